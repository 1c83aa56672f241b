package dk.samspil.access.auth;

import dk.samspil.access.credential.Passwords;
import dk.samspil.access.credential.Secrets;
import dk.samspil.access.user.AppUser;
import dk.samspil.access.user.CredentialsChanged;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.Caller;
import dk.samspil.common.time.AppClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in sessions kept in PostgreSQL: idle timeout, absolute lifetime, server-side logout. Any
 * instance can check any session, so instances behind a load balancer behave as one.
 */
@ApplicationScoped
public class SessionService {

    /** A session that was just created: the cookie secret is known only now. */
    public record NewSession(String secret, SessionView view) {}

    /** A valid session found from a cookie. */
    public record ActiveSession(long id, String csrfToken, Caller caller) {}

    /** The last-seen time is written at most this often, not on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @ConfigProperty(name = "samspil.session.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    @ConfigProperty(name = "samspil.session.absolute-timeout", defaultValue = "PT12H")
    Duration absoluteTimeout;

    /** Sign-ins at /q/metrics by outcome: {@code samspil_logins_total{outcome="refused"}}. */
    static final String LOGINS = "samspil.logins";

    @Inject
    MeterRegistry registry;

    @Inject
    AppClock clock;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    /**
     * Checks the credentials and opens a session. Unknown account, inactive account and wrong password
     * all answer the same 401, after the same bcrypt work.
     */
    public NewSession login(String email, String password, String clientAddress) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        throttle.check(LoginThrottle.Attempt.LOGIN, normalized, clientAddress);
        AppUser user = AppUser.<AppUser>find(
                        "from AppUser u left join fetch u.library where lower(u.email) = ?1", normalized)
                .firstResult();
        boolean valid;
        if (user == null) {
            passwords.burn(password);
            valid = false;
        } else {
            valid = passwords.matches(password, user.passwordHash) && user.active;
        }
        if (!valid) {
            registry.counter(LOGINS, "outcome", "refused").increment();
            throttle.record(LoginThrottle.Attempt.LOGIN, normalized, clientAddress);
            throw new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail.login");
        }
        NewSession session = QuarkusTransaction.requiringNew().call(() -> open(user.id, normalized, clientAddress));
        registry.counter(LOGINS, "outcome", "signed-in").increment();
        return session;
    }

    private NewSession open(long userId, String email, String clientAddress) {
        Instant now = clock.now();
        // A bulk update: signing in is not an edit of the account, so its version (ETag) stays.
        AppUser.update("lastLoginAt = ?1 where id = ?2", now, userId);
        AppUser user = AppUser.findById(userId);
        throttle.clearAccount(email);
        UserSession session = new UserSession();
        String secret = Secrets.random();
        session.tokenHash = Secrets.sha256(secret);
        session.csrfToken = Secrets.random();
        session.user = user;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(absoluteTimeout);
        session.clientAddress = clientAddress;
        session.persistAndFlush();
        forgetStale(now);
        return new NewSession(secret, view(session));
    }

    /** The session behind a cookie, if it is still valid; expired ones are removed on the way. */
    public Optional<ActiveSession> resolve(String secret) {
        UserSession session =
                withUser("s.tokenHash = ?1", Secrets.sha256(secret)).orElse(null);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.now();
        boolean expired = !now.isBefore(session.expiresAt) || !now.isBefore(session.lastSeenAt.plus(idleTimeout));
        if (expired || !session.user.active) {
            long id = session.id;
            end(id);
            return Optional.empty();
        }
        if (Duration.between(session.lastSeenAt, now).compareTo(TOUCH_INTERVAL) >= 0) {
            long id = session.id;
            QuarkusTransaction.requiringNew().run(() -> UserSession.update("lastSeenAt = ?1 where id = ?2", now, id));
        }
        AppUser user = session.user;
        Caller caller =
                Caller.user(user.id, user.displayName, user.roleSet(), user.library == null ? null : user.library.id);
        return Optional.of(new ActiveSession(session.id, session.csrfToken, caller));
    }

    public Optional<SessionView> view(long sessionId) {
        return withUser("s.id = ?1", sessionId).map(this::view);
    }

    /** Ends a session on the server: its cookie is worthless from now on, on every instance. */
    public void logout(long sessionId) {
        end(sessionId);
    }

    private static void end(long sessionId) {
        QuarkusTransaction.requiringNew().run(() -> UserSession.delete("id", sessionId));
    }

    /** A session found by {@code where}, with its user and the user's library in the same statement. */
    private static Optional<UserSession> withUser(String where, Object value) {
        return UserSession.<UserSession>find(
                        "from UserSession s join fetch s.user u left join fetch u.library where " + where, value)
                .firstResultOptional();
    }

    /** A changed password or a deactivated account ends the user's sessions, in the same transaction. */
    void onCredentialsChanged(@Observes CredentialsChanged change) {
        endSessionsOf(change.userId(), change.keepSession());
    }

    /** Ends every session of a user (password change, deactivation), except the one given. */
    public void endSessionsOf(long userId, Long except) {
        UserSession.delete("user.id = ?1 and id <> ?2", userId, except == null ? -1L : except);
    }

    /** Sessions nobody will present again, and failures outside the window, go at each sign-in. */
    private void forgetStale(Instant now) {
        UserSession.delete("expiresAt <= ?1 or lastSeenAt <= ?2", now, now.minus(idleTimeout));
        throttle.forgetBefore(now);
    }

    private SessionView view(UserSession session) {
        return new SessionView(
                CurrentUserView.of(session.user), session.csrfToken, session.expiresAt, idleTimeout.toSeconds());
    }
}
