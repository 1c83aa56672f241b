package dk.samspil.common.web;

import dk.samspil.common.i18n.Messages;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.problem.UnexpectedErrors;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first route: a request that no part of Samspil could read is answered here, as a problem in the
 * caller's language, before anything else sees it: a URI or headers over the limits (414, 431), a broken
 * percent-escape, bytes that are not UTF-8 or control characters in the path or a query parameter (400,
 * naming the parameter), a Content-Type that is no media type or only a pattern of one (415). It is also the
 * first failure handler, so that what Vert.x itself fails (a request without Host, say) is a problem too.
 *
 * <p>The HTTP codec's own limits are set well above these (application.properties), so that a request
 * is refused here with a body; only one beyond those, or one that is not HTTP at all, gets the codec's
 * bare status (docs/operations.md).
 */
@ApplicationScoped
public class MalformedRequests {

    private static final Logger LOG = Logger.getLogger(MalformedRequests.class);

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

    /** A type or subtype of "*": what a client accepts, never what a body is. */
    private static final Pattern WILDCARD = Pattern.compile("\\*/.*|[^/;]*/\\*[ \\t]*(;.*)?");

    /** A media type as RFC 9110 (section 8.3.1) writes it: type/subtype, then parameters. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "([ \\t]*;[ \\t]*(" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))?)*[ \\t]*");

    @ConfigProperty(name = "samspil.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @ConfigProperty(name = "samspil.http.max-header-bytes", defaultValue = "32768")
    int maxHeaderBytes;

    @Inject
    ProblemWriter problems;

    void register(@Observes Router router) {
        router.route().order(-3000).handler(this::check).failureHandler(this::failed);
    }

    private void check(RoutingContext ctx) {
        Locale locale = ProblemWriter.locale(ctx);
        String uri = ctx.request().uri();
        if (uri.length() > maxUriLength) {
            problems.write(
                    ctx,
                    ProblemType.URI_TOO_LONG,
                    locale,
                    Messages.get(locale, "problem.uri-too-long.detail", maxUriLength));
            return;
        }
        if (headerBytes(ctx.request().headers()) > maxHeaderBytes) {
            problems.write(
                    ctx,
                    ProblemType.HEADERS_TOO_LARGE,
                    locale,
                    Messages.get(locale, "problem.headers-too-large.detail", maxHeaderBytes / 1024));
            return;
        }
        int question = uri.indexOf('?');
        String rawPath = question < 0 ? uri : uri.substring(0, question);
        try {
            RequestText.decode(rawPath, false);
        } catch (RequestText.Refused e) {
            refuse(ctx, locale, e.flaw, Messages.get(locale, "problem.bad-request.part.path"));
            return;
        }
        if (question >= 0) {
            for (String pair : uri.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                String rawName = equals < 0 ? pair : pair.substring(0, equals);
                String name = rawName;
                try {
                    name = RequestText.decode(rawName, true);
                    if (equals >= 0) {
                        RequestText.decode(pair.substring(equals + 1), true);
                    }
                } catch (RequestText.Refused e) {
                    refuse(ctx, locale, e.flaw, Messages.get(locale, "problem.bad-request.part.query", name));
                    return;
                }
            }
        }
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null
                && (!MEDIA_TYPE.matcher(contentType).matches()
                        || WILDCARD.matcher(contentType).matches())) {
            // The REST layer cannot parse it either, and would fail with an error of its own; a wildcard says
            // what the body might be, not what it is, and would match any operation's type.
            problems.write(
                    ctx,
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    locale,
                    Messages.get(locale, "problem.unsupported-media-type.detail", contentType));
            return;
        }
        try {
            new URI(uri); // what java.net.URI refuses (a raw space, quote or bar) no later code should meet
        } catch (URISyntaxException e) {
            problems.write(
                    ctx,
                    ProblemType.BAD_REQUEST,
                    locale,
                    Messages.get(locale, "problem.bad-request.detail.request-text.syntax"));
            return;
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, Locale locale, RequestText.Flaw flaw, String part) {
        problems.write(
                ctx,
                ProblemType.BAD_REQUEST,
                locale,
                Messages.get(locale, "problem.bad-request.detail.request-text." + flaw.key, part));
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    /** What a route failed without answering: a problem with the status it failed with (500 if none). */
    private void failed(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        Locale locale = ProblemWriter.locale(ctx);
        int status = ctx.statusCode() < 400 ? 500 : ctx.statusCode();
        ProblemType type = ProblemType.forStatus(status);
        if (type == ProblemType.INTERNAL) {
            String correlationId =
                    UnexpectedErrors.log(LOG, ctx.failure(), ctx.request().path());
            problems.write(
                    ctx, type, locale, Messages.get(locale, "problem.internal.detail", correlationId), correlationId);
            return;
        }
        String detail = switch (type) {
            case METHOD_NOT_ALLOWED ->
                Messages.get(
                        locale, type.key() + ".detail", ctx.request().method().name());
            case UNSUPPORTED_MEDIA_TYPE ->
                Messages.get(locale, type.key() + ".detail", ctx.request().getHeader("Content-Type"));
            default -> Messages.get(locale, type.key() + ".detail");
        };
        problems.write(ctx, type, locale, detail);
    }
}
