package dk.samspil.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification and independent of
 * the code that signs: strip "whsec_", base64-decode the key, HMAC-SHA256 "id.timestamp.body", and accept if
 * any of the space-separated "v1,&lt;base64&gt;" signatures matches, compared in constant time.
 */
public final class StandardWebhooks {

    /** How far the timestamp may be from the receiver's clock: the specification's libraries use 5 minutes. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StandardWebhooks() {}

    /** The signature verifies and the timestamp is within {@link #TOLERANCE} of {@code now}, against replays. */
    public static boolean verifies(String secret, WebhookReceiver.Request request, Instant now) {
        try {
            long timestamp = Long.parseLong(request.timestamp());
            return Math.abs(now.getEpochSecond() - timestamp) <= TOLERANCE.toSeconds() && verifies(secret, request);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static boolean verifies(String secret, WebhookReceiver.Request request) {
        if (request.id() == null || request.timestamp() == null || request.signature() == null) {
            return false;
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.replaceFirst("^whsec_", ""));
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            String signed = request.id() + "." + request.timestamp() + "." + request.body();
            byte[] expected = hmac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            for (String candidate : request.signature().split(" ")) {
                String[] parts = candidate.split(",", 2);
                if (parts.length == 2
                        && parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
