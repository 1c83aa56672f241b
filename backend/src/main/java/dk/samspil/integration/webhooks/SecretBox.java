package dk.samspil.integration.webhooks;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing secrets at rest: AES-256-GCM under a key from configuration. Signing needs the secret itself, so it
 * cannot be hashed like a token; a copy of the database alone does not give it away. Each ciphertext names its
 * key by id, so the key can be replaced: the new one goes into {@code samspil.webhooks.secret-key}, the old one
 * into {@code samspil.webhooks.previous-secret-keys} until {@link WebhookService#reencryptSecrets()} has moved
 * every secret to the new key (it does so at start).
 */
@ApplicationScoped
public class SecretBox {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "samspil webhook secret".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What is stored: the key's id and base64(iv || ciphertext || tag). */
    record Sealed(String keyId, String ciphertext) {}

    private record Key(String id, SecretKeySpec spec) {}

    private final Key current;
    private final Map<String, Key> all = new LinkedHashMap<>();

    SecretBox(
            @ConfigProperty(name = "samspil.webhooks.secret-key") Optional<String> key,
            @ConfigProperty(name = "samspil.webhooks.previous-secret-keys") Optional<List<String>> previous) {
        current = key.filter(k -> !k.isBlank()).map(SecretBox::key).orElse(null);
        if (current != null) {
            all.put(current.id(), current);
        }
        previous.orElse(List.of()).stream()
                .filter(k -> !k.isBlank())
                .map(SecretBox::key)
                .forEach(k -> all.putIfAbsent(k.id(), k));
    }

    private static Key key(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("samspil.webhooks.secret-key must be base64 (openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "samspil.webhooks.secret-key must be 32 bytes in base64 (openssl rand -base64 32)");
        }
        try {
            String id = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 12);
            return new Key(id, new SecretKeySpec(bytes, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean configured() {
        return current != null;
    }

    /** The id of the key new secrets are sealed with. */
    String currentKeyId() {
        return requireKey().id();
    }

    Sealed seal(String plain) {
        Key key = requireKey();
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(CONTEXT);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return new Sealed(key.id(), Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret could not be encrypted", e);
        }
    }

    String open(String keyId, String ciphertext) {
        Key key = all.get(keyId);
        if (key == null) {
            throw new IllegalStateException("A webhook secret is encrypted with key " + keyId
                    + ", which is neither samspil.webhooks.secret-key nor one of its previous-secret-keys");
        }
        try {
            byte[] in = Base64.getDecoder().decode(ciphertext);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(CONTEXT);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret could not be decrypted with key " + keyId, e);
        }
    }

    private Key requireKey() {
        if (current == null) {
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "problem.service-unavailable.detail.webhook-key");
        }
        return current;
    }
}
