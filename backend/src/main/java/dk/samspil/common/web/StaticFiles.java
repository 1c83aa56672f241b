package dk.samspil.common.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How the SPA's files are cached and compressed. The built assets have a content hash in their names, so
 * they are cached for a year as immutable; everything else outside /api and /q (index.html, deep links, the
 * favicon) is {@code no-cache}: revalidated with its ETag on every visit, so a deploy is seen at once. An
 * asset that the build pre-compressed (frontend/scripts/compress-assets.mjs) is sent as its .br or .gz when
 * the client accepts that, instead of being compressed again on every request.
 */
@ApplicationScoped
public class StaticFiles {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private static final Pattern ASSET = Pattern.compile("/assets/[A-Za-z0-9._-]+");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json");

    /**
     * The pre-compressed files read so far, by resource name; empty where there is none. Only names of assets
     * that exist are kept, so requests for made-up names cannot grow it.
     */
    private final Map<String, Optional<Buffer>> compressed = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        router.route().order(-1990).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        HttpMethod method = ctx.request().method();
        if (isApi(path) || (method != HttpMethod.GET && method != HttpMethod.HEAD)) {
            ctx.next();
            return;
        }
        boolean asset = ASSET.matcher(path).matches();
        ctx.addHeadersEndHandler(v -> {
            int status = ctx.response().getStatusCode();
            if (status == 200 || status == 304) {
                ctx.response().headers().set("Cache-Control", asset ? IMMUTABLE : REVALIDATE);
            }
        });
        if (asset && !sendCompressed(ctx, path)) {
            ctx.response().headers().set("Vary", "Accept-Encoding");
        }
        if (!ctx.response().ended()) {
            ctx.next();
        }
    }

    /** Sends the pre-compressed file the client accepts best; false when there is none to send. */
    private boolean sendCompressed(RoutingContext ctx, String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            return false;
        }
        for (String encoding : ContentCodings.preferred(ctx.request().getHeader("Accept-Encoding"))) {
            String suffix = encoding.equals("br") ? ".br" : ".gz";
            Optional<Buffer> body = compressed.get(path + suffix);
            if (body == null) {
                if (!exists(path)) {
                    return false; // no such asset: the static handler answers 404
                }
                body = compressed.computeIfAbsent(path + suffix, StaticFiles::read);
            }
            if (body.isPresent()) {
                ctx.response()
                        .putHeader("Content-Type", type)
                        .putHeader("Content-Encoding", encoding)
                        .putHeader("Vary", "Accept-Encoding")
                        .putHeader("Content-Length", String.valueOf(body.get().length()));
                if (ctx.request().method() == HttpMethod.HEAD) {
                    ctx.response().end();
                } else {
                    ctx.response().end(body.get());
                }
                return true;
            }
        }
        return false;
    }

    private static Optional<Buffer> read(String path) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream("META-INF/resources" + path)) {
            return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exists(String path) {
        return StaticFiles.class.getClassLoader().getResource("META-INF/resources" + path) != null;
    }

    private static boolean isApi(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.equals("/api") || lower.startsWith("/api/") || lower.equals("/q") || lower.startsWith("/q/");
    }
}
