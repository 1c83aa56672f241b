package dk.samspil.access.auth;

import dk.samspil.common.db.Sql;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stops password guessing: more than {@code max-failures} failed logins for one account or from one
 * client address within the window gives 429 with Retry-After. Requests for a password-reset link are
 * counted the same way, each request as one attempt, so nobody floods an inbox or probes accounts.
 * Counted in PostgreSQL, so every instance sees the same count.
 */
@ApplicationScoped
public class LoginThrottle {

    @ConfigProperty(name = "samspil.login.max-failures", defaultValue = "10")
    int maxFailures;

    @ConfigProperty(name = "samspil.login.failure-window", defaultValue = "PT15M")
    Duration window;

    /** What is counted: failed sign-ins, or requests for a reset link. */
    public enum Attempt {
        LOGIN("problem.too-many-requests.detail.login"),
        RESET("problem.too-many-requests.detail.reset");

        private final String message;

        Attempt(String message) {
            this.message = message;
        }
    }

    /** Recent failures for one account and from one address, and when the first of each was. */
    record Failures(long byAccount, Instant firstByAccount, long byAddress, Instant firstByAddress) {}

    @Inject
    Sql sql;

    @Inject
    AppClock clock;

    /** Throws 429 when the account or the address has used up its attempts of this kind. */
    public void check(Attempt kind, String email, String clientAddress) {
        Instant now = clock.now();
        Failures failures = sql.select("""
                        select count(*) filter (where lower(email) = lower(:email)) as by_account,
                               min(failed_at) filter (where lower(email) = lower(:email)) as first_by_account,
                               count(*) filter (where client_address = :address) as by_address,
                               min(failed_at) filter (where client_address = :address) as first_by_address
                        from login_failure
                        where kind = :kind and failed_at > :since
                          and (lower(email) = lower(:email) or client_address = :address)
                        """)
                .param("kind", kind.name())
                .param("email", email)
                .param("address", clientAddress)
                .param("since", now.minus(window))
                .one(Failures.class);
        Instant blockedUntil = null;
        if (failures.byAccount() >= maxFailures) {
            blockedUntil = failures.firstByAccount().plus(window);
        }
        if (failures.byAddress() >= maxFailures) {
            Instant byAddress = failures.firstByAddress().plus(window);
            blockedUntil = blockedUntil == null || byAddress.isAfter(blockedUntil) ? byAddress : blockedUntil;
        }
        if (blockedUntil != null) {
            long seconds = Math.max(1, Duration.between(now, blockedUntil).toSeconds() + 1);
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, kind.message, seconds)
                    .withHeader("Retry-After", String.valueOf(seconds));
        }
    }

    /** Records an attempt in its own transaction: the login's refusal must not roll it back. */
    public void record(Attempt kind, String email, String clientAddress) {
        QuarkusTransaction.requiringNew()
                .run(() -> sql.update("insert into login_failure (kind, email, client_address, failed_at)"
                                + " values (:kind, :email, :address, :at)")
                        .param("kind", kind.name())
                        .param("email", email.length() > 254 ? email.substring(0, 254) : email)
                        .param("address", clientAddress)
                        .param("at", clock.now())
                        .execute());
    }

    /** A successful login forgives the account's earlier failures (not the address's). */
    public void clearAccount(String email) {
        sql.update("delete from login_failure where kind = 'LOGIN' and lower(email) = lower(:email)")
                .param("email", email)
                .execute();
    }

    void forgetBefore(Instant now) {
        sql.update("delete from login_failure where failed_at <= :since")
                .param("since", now.minus(window))
                .execute();
    }
}
