package dk.samspil.access.account;

import dk.samspil.access.auth.LoginThrottle;
import dk.samspil.access.credential.Passwords;
import dk.samspil.access.user.AppUser;
import dk.samspil.access.user.CredentialsChanged;
import dk.samspil.access.user.InvitationRequested;
import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Caller;
import dk.samspil.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accounts people run themselves (OWASP ASVS 2.5): a forgotten password is replaced through a single-use
 * link that works for an hour, and an invited colleague chooses their own password through a link that
 * works for a week. The answer to a reset request is the same whether or not the account exists.
 */
@ApplicationScoped
public class AccountService {

    static final Duration RESET_LIFETIME = Duration.ofHours(1);
    static final Duration INVITE_LIFETIME = Duration.ofDays(7);

    @Inject
    AccountTokens tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    Passwords passwords;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<AccountMail.Letter> mail;

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    /**
     * Mails a reset link to an active account with this email; does nothing else, and says nothing
     * either way. Each request counts against the email's and the address's attempts, as logins do.
     */
    @Transactional
    public void requestReset(String email, String clientAddress) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        throttle.check(LoginThrottle.Attempt.RESET, normalized, clientAddress);
        throttle.record(LoginThrottle.Attempt.RESET, normalized, clientAddress);
        AppUser user = AppUser.<AppUser>find("lower(email) = ?1 and active = true", normalized)
                .firstResult();
        if (user == null) {
            return;
        }
        String secret = tokens.issue(user.id, AccountTokens.Purpose.RESET, RESET_LIFETIME);
        mail.fire(new AccountMail.Letter(user.email, user.displayName, AccountTokens.Purpose.RESET, secret, null));
    }

    /**
     * Sets the password of the account a link is for, and spends the link. Every session of the account
     * ends: whoever knew the old password is signed out.
     */
    @Transactional
    public void choosePassword(String secret, String password) {
        AppUser user = tokens.redeem(secret)
                .map(redeemed -> AppUser.<AppUser>findById(redeemed.userId()))
                .filter(found -> found != null && found.active)
                .orElseThrow(() -> ApiException.invalidField("token", "account.token.invalid"));
        user.passwordHash = passwords.hash(password);
        user.updatedAt = clock.now();
        AppUser.flush();
        // The link proved who chose the password: the event names the account's owner.
        audit.updatedBy(
                Caller.user(user.id, user.displayName, Set.of(), null),
                "app_user",
                user.id,
                Map.of(),
                Map.of("password", "***"));
        credentialsChanged.fire(new CredentialsChanged(user.id, null));
    }

    /** A new account without a password, or one invited again: its owner gets a link to choose one. */
    void onInvitationRequested(@Observes InvitationRequested request) {
        AppUser user = AppUser.findById(request.userId());
        String secret = tokens.issue(user.id, AccountTokens.Purpose.INVITE, INVITE_LIFETIME);
        mail.fire(new AccountMail.Letter(
                user.email, user.displayName, AccountTokens.Purpose.INVITE, secret, request.invitedBy()));
    }

    /**
     * A password set or changed another way (by the user, by an admin) or a deactivated account: the links
     * still out stop working, so an old mail cannot set the password again.
     */
    void onCredentialsChanged(@Observes CredentialsChanged change) {
        tokens.withdrawAll(change.userId());
    }
}
