package dk.samspil.common.web;

import dk.samspil.common.i18n.Messages;
import dk.samspil.common.problem.ProblemType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The last route: what neither the API nor a static file answered. Under /api and /q that is a
 * 404 problem; any other GET is a route of the single-page app (history mode, e.g. /biblioteker/42),
 * so it gets index.html and the app's router takes over.
 */
@ApplicationScoped
public class SpaFallback {

    @Inject
    ProblemWriter problems;

    private static final String INDEX = "spa/index.html";

    /** Null when the backend was built without the SPA (e.g. backend tests alone): then 404 everywhere. */
    private Buffer indexHtml;

    void register(@Observes Router router) throws IOException {
        try (InputStream in = SpaFallback.class.getClassLoader().getResourceAsStream(INDEX)) {
            indexHtml = in == null ? null : Buffer.buffer(in.readAllBytes());
        }
        router.route().last().handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean pageRequest =
                ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
        if (!pageRequest || isApiOrFile(path) || indexHtml == null) {
            notFound(ctx, path);
            return;
        }
        ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(indexHtml);
    }

    private static boolean isApiOrFile(String path) {
        return path.equals("/api")
                || path.startsWith("/api/")
                || path.equals("/q")
                || path.startsWith("/q/")
                || path.contains(".") && !path.endsWith(".html");
    }

    private void notFound(RoutingContext ctx, String path) {
        Locale locale = ProblemWriter.locale(ctx);
        problems.write(
                ctx, ProblemType.NOT_FOUND, locale, Messages.get(locale, "problem.not-found.detail.route", path));
    }
}
