package dk.samspil.access.account;

import dk.samspil.access.credential.Secrets;
import dk.samspil.common.db.Sql;
import dk.samspil.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The secrets in invitation and reset links: random, stored only as their SHA-256, each usable once and
 * only until it expires. Issuing one for a purpose withdraws the user's earlier ones for it.
 */
@ApplicationScoped
public class AccountTokens {

    /** What a link is for. */
    public enum Purpose {
        INVITE,
        RESET
    }

    /** The account a valid link is for. */
    public record Redeemed(long userId, Purpose purpose) {}

    record Row(long id, long userId, String purpose) {}

    @Inject
    Sql sql;

    @Inject
    AppClock clock;

    /** A new link's secret for this user; the user's earlier unused ones for the purpose stop working. */
    public String issue(long userId, Purpose purpose, Duration lifetime) {
        Instant now = clock.now();
        sql.update("delete from account_token where user_id = :user and purpose = :purpose")
                .param("user", userId)
                .param("purpose", purpose.name())
                .execute();
        sql.update("delete from account_token where expires_at <= :now")
                .param("now", now)
                .execute();
        String secret = Secrets.random();
        sql.update("""
                        insert into account_token (user_id, purpose, token_hash, created_at, expires_at)
                        values (:user, :purpose, :hash, :now, :expires)
                        """)
                .param("user", userId)
                .param("purpose", purpose.name())
                .param("hash", Secrets.sha256(secret))
                .param("now", now)
                .param("expires", now.plus(lifetime))
                .execute();
        return secret;
    }

    /**
     * Uses a link: its account, if the secret is known, unused and not expired; it is then spent, and so
     * are the account's other links (a new password ends every way in that led to the old one).
     */
    public Optional<Redeemed> redeem(String secret) {
        // One statement: of two requests with the same link, only one spends it.
        Optional<Row> row = sql
                .select("""
                        update account_token set used_at = :now
                        where token_hash = :hash and used_at is null and expires_at > :now
                        returning id, user_id, purpose
                        """)
                .param("hash", Secrets.sha256(secret))
                .param("now", clock.now())
                .list(Row.class) // not optional(): a LIMIT cannot follow RETURNING
                .stream()
                .findFirst();
        row.ifPresent(r -> sql.update("delete from account_token where user_id = :user and id <> :id")
                .param("user", r.userId())
                .param("id", r.id())
                .execute());
        return row.map(r -> new Redeemed(r.userId(), Purpose.valueOf(r.purpose())));
    }

    /** Withdraws every link of the user that has not been used (a new password, a deactivated account). */
    public void withdrawAll(long userId) {
        sql.update("delete from account_token where user_id = :user and used_at is null")
                .param("user", userId)
                .execute();
    }
}
