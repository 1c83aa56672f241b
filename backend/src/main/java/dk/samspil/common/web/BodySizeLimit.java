package dk.samspil.common.web;

import dk.samspil.common.i18n.Messages;
import dk.samspil.common.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body over the limit from its Content-Length, before it is read, with a 413 problem (the
 * server's own limit, quarkus.http.limits.max-body-size, answers with an empty body): JSON bodies up to
 * samspil.http.max-json-body-size, file uploads up to the server's limit (the upload itself then checks
 * the file against its own limit).
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Where files are uploaded (multipart): the only bodies allowed to be large. */
    public static final String UPLOAD_PATH = "/api/attachments";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxUploadBodySize;

    @ConfigProperty(name = "samspil.http.max-json-body-size")
    MemorySize maxJsonBodySize;

    @Inject
    ProblemWriter problems;

    void register(@Observes Router router) {
        router.route().order(-1000).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            long limit = UPLOAD_PATH.equals(ctx.normalizedPath())
                    ? maxUploadBodySize.asLongValue()
                    : maxJsonBodySize.asLongValue();
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    Locale locale = ProblemWriter.locale(ctx);
                    problems.write(
                            ctx,
                            ProblemType.PAYLOAD_TOO_LARGE,
                            locale,
                            Messages.get(locale, "problem.payload-too-large.detail.limit", limit / 1024));
                    return;
                }
            } catch (NumberFormatException malformed) {
                // Left to the HTTP server, which refuses a malformed Content-Length itself.
            }
        }
        ctx.next();
    }
}
