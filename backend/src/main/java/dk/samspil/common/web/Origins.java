package dk.samspil.common.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which origins may send writes: the app's own, plus the CORS allow-list. A browser sends Origin on
 * cross-site writes; "null" (sandboxed frames, file: pages) is never allowed.
 */
@ApplicationScoped
public class Origins {

    @ConfigProperty(name = "samspil.cors.origins")
    Optional<List<String>> allowList;

    public boolean allowed(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true; // not a browser's cross-site request (same-origin GETs, servers, curl)
        }
        if (origin.equals("null")) {
            return false;
        }
        String self = request.scheme() + "://" + request.getHeader("Host");
        return origin.equalsIgnoreCase(self)
                || allowList.orElse(List.of()).stream().anyMatch(origin::equalsIgnoreCase);
    }
}
