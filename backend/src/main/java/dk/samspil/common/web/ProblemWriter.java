package dk.samspil.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.common.i18n.Messages;
import dk.samspil.common.problem.Problem;
import dk.samspil.common.problem.ProblemType;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Writes a problem response from a plain Vert.x route (outside JAX-RS and its exception mappers). */
@ApplicationScoped
public class ProblemWriter {

    @Inject
    ObjectMapper json;

    /** The caller's language, from Accept-Language as the REST layer reads it. */
    public static Locale locale(RoutingContext ctx) {
        return Messages.locale(ctx.request().getHeader("Accept-Language"));
    }

    public void write(RoutingContext ctx, ProblemType type, Locale locale, String detail) {
        write(ctx, type, locale, detail, null);
    }

    /** With the correlation id an unexpected error is logged under. */
    public void write(RoutingContext ctx, ProblemType type, Locale locale, String detail, String correlationId) {
        Problem problem = new Problem(
                type.uri(),
                Messages.get(locale, type.key() + ".title"),
                type.status(),
                detail,
                path(ctx),
                correlationId,
                null,
                null);
        try {
            ctx.response()
                    .setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Content-Language", locale.toLanguageTag())
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path as normalized, or as sent when it cannot be (a broken percent-escape is why we answer). */
    private static String path(RoutingContext ctx) {
        try {
            return ctx.normalizedPath();
        } catch (IllegalArgumentException malformed) {
            return ctx.request().path();
        }
    }
}
