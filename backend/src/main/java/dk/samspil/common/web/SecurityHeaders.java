package dk.samspil.common.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Hardening headers on every response (API, SPA, files). The Content-Security-Policy allows no
 * inline script; Swagger UI, which needs inline script, gets its own looser policy on /q/swagger-ui only.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String SWAGGER_UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'";

    void register(@Observes Router router) {
        router.route().order(-2000).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext ctx) {
        boolean swaggerUi = ctx.normalizedPath().startsWith("/q/swagger-ui");
        boolean tls = "https".equalsIgnoreCase(ctx.request().scheme());
        ctx.addHeadersEndHandler(v -> {
            var headers = ctx.response().headers();
            headers.set("Content-Security-Policy", swaggerUi ? SWAGGER_UI_CSP : CSP);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            if (tls) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            headers.remove("Server");
            headers.remove("X-Powered-By");
        });
        ctx.next();
    }
}
