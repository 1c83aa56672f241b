package dk.samspil.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server inside the test run (GreenMail), on a free port: the app's mails (invitations,
 * password resets) go there, and tests read them as a person would, to follow the link in them.
 */
@io.quarkus.test.common.QuarkusTestResource(GreenMailResource.class)
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    /**
     * How long a test waits for a mail: sending takes well under a second here, and the app retries a
     * failed send after one second, then two, then four.
     */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Override
    public Map<String, String> start() {
        return smtpConfig();
    }

    /**
     * Starts the server (once per test run) and says how the app reaches it, as configuration properties;
     * a packaged app started by a test gets them as environment variables ({@link #smtpEnvironment()}).
     */
    public static synchronized Map<String, String> smtpConfig() {
        if (server == null) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            // Now and then a session stalls (the server waits for the client, which waits for the server) until
            // this timeout ends it with "421 Service shutting down" and the app's AccountMail sends the mail again.
            // GreenMail's 30 s made that retry land after the tests had stopped waiting; 5 s lets it land in time.
            mail.getSmtp().setClientSocketTimeout(5000);
            server = mail;
        }
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    /** The same, as the environment of a packaged app (QUARKUS_MAILER_PORT=...). */
    public static Map<String, String> smtpEnvironment() {
        Map<String, String> environment = new java.util.HashMap<>();
        smtpConfig()
                .forEach((key, value) -> environment.put(
                        key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        return environment;
    }

    @Override
    public void stop() {
        // One server for the whole run: test profiles restart Quarkus, and their mails go to the same place.
    }

    /** A mail as its recipient reads it. */
    public record Letter(String to, String subject, String text) {

        /** The link in the mail that leads to this page of the app, e.g. "/ny-adgangskode". */
        public String link(String page) {
            Matcher m = Pattern.compile("https?://\\S+" + Pattern.quote(page) + "#(\\S+)")
                    .matcher(text);
            if (!m.find()) {
                throw new AssertionError("No link to " + page + " in: " + text);
            }
            return m.group(1);
        }
    }

    /** The newest mail to this address, waiting for one to arrive. */
    public static Letter latestTo(String address) {
        List<MimeMessage> mails = atLeast(address, 1);
        return read(mails.get(mails.size() - 1));
    }

    /**
     * The newest mail to this address once at least n have arrived. On a loaded machine a send can time out after
     * the server has taken the mail, and the app sends it again (the same link): counting mails is then off by one,
     * while the newest still carries the link of the latest request.
     */
    public static Letter newestOfAtLeast(String address, int n) {
        List<MimeMessage> mails = atLeast(address, n);
        return read(mails.get(mails.size() - 1));
    }

    /** The n-th mail (from 1) to this address, waiting for it to arrive. */
    public static Letter nthTo(String address, int n) {
        return read(atLeast(address, n).get(n - 1));
    }

    private static List<MimeMessage> atLeast(String address, int n) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = to(address);
            if (mails.size() >= n) {
                return mails;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not " + n + " mails to " + address + " within " + WAIT.toSeconds()
                + " s; the server has received: " + received());
    }

    /** Every mail the server has received, as "to: subject", for a failure message. */
    private static List<String> received() {
        return Arrays.stream(server.getReceivedMessages())
                .map(m -> {
                    try {
                        return Arrays.toString(m.getAllRecipients()) + ": " + m.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        return e.toString();
                    }
                })
                .toList();
    }

    /** How many mails this address has received. */
    public static int countTo(String address) {
        return to(address).size();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static Letter read(MimeMessage message) {
        try {
            return new Letter(
                    message.getAllRecipients()[0].toString(),
                    message.getSubject(),
                    // Decoded (the text is quoted-printable on the wire: Danish letters, long links).
                    new String(
                            jakarta.mail.internet.MimeUtility.decode(message.getRawInputStream(), message.getEncoding())
                                    .readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8));
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
