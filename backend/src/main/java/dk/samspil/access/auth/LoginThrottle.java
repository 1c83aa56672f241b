package dk.samspil.access.auth;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stops password guessing: more than {@code max-failures} failed logins for one account or from one
 * client address within the window gives 429 with Retry-After. Counted in PostgreSQL, so every
 * instance sees the same count.
 */
@ApplicationScoped
public class LoginThrottle {

    @ConfigProperty(name = "samspil.login.max-failures", defaultValue = "10")
    int maxFailures;

    @ConfigProperty(name = "samspil.login.failure-window", defaultValue = "PT15M")
    Duration window;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    /** Throws 429 when the account or the address has used up its attempts. */
    public void check(String email, String clientAddress) {
        Instant now = clock.now();
        Object[] row = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where lower(email) = lower(:email)),
                               min(failed_at) filter (where lower(email) = lower(:email)),
                               count(*) filter (where client_address = :address),
                               min(failed_at) filter (where client_address = :address)
                        from login_failure
                        where failed_at > :since and (lower(email) = lower(:email) or client_address = :address)
                        """)
                .setParameter("email", email)
                .setParameter("address", clientAddress)
                .setParameter("since", now.minus(window))
                .getSingleResult();
        Instant blockedUntil = null;
        if (((Number) row[0]).intValue() >= maxFailures) {
            blockedUntil = toInstant(row[1]).plus(window);
        }
        if (((Number) row[2]).intValue() >= maxFailures) {
            Instant byAddress = toInstant(row[3]).plus(window);
            blockedUntil = blockedUntil == null || byAddress.isAfter(blockedUntil) ? byAddress : blockedUntil;
        }
        if (blockedUntil != null) {
            long seconds = Math.max(1, Duration.between(now, blockedUntil).toSeconds() + 1);
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "problem.too-many-requests.detail.login", seconds)
                    .withHeader("Retry-After", String.valueOf(seconds));
        }
    }

    /** Records a failure in its own transaction: the login's refusal must not roll it back. */
    public void recordFailure(String email, String clientAddress) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into login_failure (email, client_address, failed_at) values (:email, :address, :at)")
                        .setParameter("email", email.length() > 254 ? email.substring(0, 254) : email)
                        .setParameter("address", clientAddress)
                        .setParameter("at", clock.now())
                        .executeUpdate());
    }

    /** A successful login forgives the account's earlier failures (not the address's). */
    public void clearAccount(String email) {
        em.createNativeQuery("delete from login_failure where lower(email) = lower(:email)")
                .setParameter("email", email)
                .executeUpdate();
    }

    void forgetBefore(Instant now) {
        em.createNativeQuery("delete from login_failure where failed_at <= :since")
                .setParameter("since", now.minus(window))
                .executeUpdate();
    }

    private static Instant toInstant(Object value) {
        return value instanceof java.sql.Timestamp ts
                ? ts.toInstant()
                : value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
