package dk.samspil.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.common.i18n.Messages;
import dk.samspil.common.problem.Problem;
import dk.samspil.common.problem.ProblemType;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The last route: what neither the API nor a static file answered. Under /api and /q that is a
 * 404 problem; any other GET is a route of the single-page app (history mode, e.g. /biblioteker/42),
 * so it gets index.html and the app's router takes over.
 */
@ApplicationScoped
public class SpaFallback {

    @Inject
    ObjectMapper json;

    private volatile byte[] indexHtml;

    void register(@Observes Router router) {
        router.route().last().handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean pageRequest = ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
        if (!pageRequest || isApi(path) || index() == null) {
            notFound(ctx, path);
            return;
        }
        ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(io.vertx.core.buffer.Buffer.buffer(index()));
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/")
                || path.contains(".") && !path.endsWith(".html");
    }

    private void notFound(RoutingContext ctx, String path) {
        Locale locale = Messages.locale(ctx.request().getHeader("Accept-Language"));
        ProblemType type = ProblemType.NOT_FOUND;
        Problem problem = new Problem(type.uri(), Messages.get(locale, type.key() + ".title"), type.status(),
                Messages.get(locale, "problem.not-found.detail.route", path), path, null, null, null);
        try {
            ctx.response().setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Content-Language", locale.toLanguageTag())
                    .end(json.writeValueAsString(problem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] index() {
        if (indexHtml == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("META-INF/resources/index.html")) {
                indexHtml = in == null ? new byte[0] : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return indexHtml.length == 0 ? null : indexHtml;
    }
}
