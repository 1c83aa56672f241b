package dk.samspil.access.account;

import dk.samspil.common.i18n.Messages;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The mails that carry account links, in Danish with English below. Sent once the transaction that made
 * the link has committed (never a link that was rolled back), and without making the request wait for
 * the mail server, so asking for a reset takes as long whether or not the account exists.
 */
@ApplicationScoped
public class AccountMail {

    private static final Logger LOG = Logger.getLogger(AccountMail.class);

    /**
     * A mail server that fails for a moment (a pooled connection it has closed, a restart) gets the mail
     * again a few times over about a minute, rather than the link being lost with only a line in the log.
     */
    static final int RETRIES = 5;

    static final java.time.Duration FIRST_RETRY = java.time.Duration.ofSeconds(1);
    static final java.time.Duration LAST_RETRY = java.time.Duration.ofSeconds(30);

    /** A mail to send: to whom, which kind, the link's secret, and for an invitation who invited. */
    public record Letter(String to, String name, AccountTokens.Purpose purpose, String secret, String invitedBy) {}

    @Inject
    ReactiveMailer mailer;

    @ConfigProperty(name = "samspil.public-url")
    String publicUrl;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Letter letter) {
        Mail mail = Mail.withText(letter.to(), subject(letter), body(letter));
        // Deferred: each retry asks the mailer again, rather than resubscribing to a failed attempt.
        io.smallrye.mutiny.Uni.createFrom()
                .deferred(() -> mailer.send(mail))
                .onFailure()
                .invoke(failure -> LOG.warnf("A %s mail was not sent (%s); trying again", letter.purpose(), failure))
                .onFailure()
                .retry()
                .withBackOff(FIRST_RETRY, LAST_RETRY)
                .atMost(RETRIES)
                .subscribe()
                .with(
                        sent -> LOG.infof("Sent a %s mail", letter.purpose()),
                        failure ->
                                LOG.errorf(failure, "Could not send a %s mail to %s", letter.purpose(), letter.to()));
    }

    /** The page the link opens; the secret goes in the fragment, which browsers never send to a server. */
    String link(Letter letter) {
        String page = letter.purpose() == AccountTokens.Purpose.INVITE ? "/velkommen" : "/ny-adgangskode";
        return publicUrl.replaceAll("/+$", "") + page + "#" + letter.secret();
    }

    private String subject(Letter letter) {
        String key = "mail." + letter.purpose().name().toLowerCase(Locale.ROOT) + ".subject";
        return Messages.get(Messages.DANISH, key) + " / " + Messages.get(Locale.ENGLISH, key);
    }

    private String body(Letter letter) {
        String key = "mail." + letter.purpose().name().toLowerCase(Locale.ROOT) + ".body";
        Object[] args = {letter.name(), link(letter), letter.invitedBy()};
        return Messages.get(Messages.DANISH, key, args) + "\n\n-- English --\n\n"
                + Messages.get(Locale.ENGLISH, key, args);
    }
}
