package dk.samspil.common.web;

import dk.samspil.common.i18n.Messages;
import dk.samspil.common.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * Refuses a body over quarkus.http.limits.max-body-size from its Content-Length, before it is read,
 * with a 413 problem (the server's own limit answers with an empty body).
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ProblemWriter problems;

    void register(@Observes Router router) {
        router.route().order(-1000).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize.asLongValue()) {
                    Locale locale = Messages.locale(ctx.request().getHeader("Accept-Language"));
                    problems.write(ctx, ProblemType.PAYLOAD_TOO_LARGE, locale, Messages.get(locale,
                            "problem.payload-too-large.detail.limit", maxBodySize.asLongValue() / 1024));
                    return;
                }
            } catch (NumberFormatException malformed) {
                // Left to the HTTP server, which refuses a malformed Content-Length itself.
            }
        }
        ctx.next();
    }
}
