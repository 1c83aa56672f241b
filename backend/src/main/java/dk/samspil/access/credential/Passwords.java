package dk.samspil.access.credential;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** bcrypt password hashes. The cost never goes below 12. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    private static final int MIN_COST = 12;

    @ConfigProperty(name = "samspil.password.bcrypt-cost", defaultValue = "12")
    int cost;

    /** Checked against when an account does not exist, so a failed login takes as long either way. */
    private volatile String dummyHash;

    public static final int MAX_LENGTH = 200;

    /** bcrypt reads at most 72 bytes; longer passwords are pre-hashed (SHA-512) so every character counts. */
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;

    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    public String hash(String password) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(Math.max(MIN_COST, cost), password.toCharArray());
    }

    /** False for an account without a password (invited, not yet chosen), after the same work. */
    public boolean matches(String password, String hash) {
        if (hash == null) {
            burn(password);
            return false;
        }
        try {
            return BCrypt.verifyer(VERSION, LONG_PASSWORDS)
                    .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                    .verified;
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }

    /** Spends the same work as a real check, for unknown accounts. */
    public void burn(String password) {
        if (dummyHash == null) {
            dummyHash = hash(Secrets.random());
        }
        matches(password, dummyHash);
    }
}
