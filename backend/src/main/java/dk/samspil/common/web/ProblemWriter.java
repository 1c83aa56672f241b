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

    public void write(RoutingContext ctx, ProblemType type, Locale locale, String detail) {
        String path = ctx.normalizedPath();
        Problem problem = new Problem(
                type.uri(), Messages.get(locale, type.key() + ".title"), type.status(), detail, path, null, null, null);
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
}
