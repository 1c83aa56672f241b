package dk.samspil.common.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Responses for data that rarely changes (reference data): a strong ETag from the content, so a
 * client revalidates with If-None-Match and gets 304, and a Cache-Control lifetime.
 */
public final class CacheableResponses {

    private static final int MAX_AGE_SECONDS = 3600;

    private CacheableResponses() {}

    /** @param body records only: their toString() covers every field, so it fingerprints the content */
    public static Response ok(Request request, Object body) {
        EntityTag etag = new EntityTag(fingerprint(body.toString()));
        String cache = "public, max-age=" + MAX_AGE_SECONDS;
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.header("Cache-Control", cache).tag(etag).build();
        }
        return Response.ok(body).tag(etag).header("Cache-Control", cache).build();
    }

    private static String fingerprint(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
