package dk.samspil.access.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A mail server that refuses a mail for a moment still gets it: the link is not lost. */
class AccountMailTest {

    @Test
    void aMailRefusedTwiceIsSentOnTheThirdTry() throws InterruptedException {
        List<Mail> delivered = new CopyOnWriteArrayList<>();
        int[] attempts = {0};
        AccountMail sender = new AccountMail();
        sender.publicUrl = "https://samspil.example/";
        sender.mailer = mails -> {
            attempts[0]++;
            if (attempts[0] <= 2) {
                return Uni.createFrom().failure(new IllegalStateException("connection closed"));
            }
            delivered.addAll(List.of(mails));
            return Uni.createFrom().voidItem();
        };

        sender.send(new AccountMail.Letter(
                "glemsom@bibliotek.test", "Gitte Glemsom", AccountTokens.Purpose.RESET, "hemmelig", null));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (delivered.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(3, attempts[0]);
        assertEquals(1, delivered.size());
        assertEquals(List.of("glemsom@bibliotek.test"), delivered.get(0).getTo());
        assertTrue(delivered.get(0).getText().contains("https://samspil.example/ny-adgangskode#hemmelig"));
    }
}
