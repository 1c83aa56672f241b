package dk.samspil.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The API's texts: both languages complete, and a count in the form its number asks for. */
class MessagesTest {

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveEveryText() throws IOException {
        assertEquals(
                new TreeSet<>(bundle("messages_da.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages.properties").stringPropertyNames()));
    }

    @Test
    void aWaitOfOneSecondIsSingular() {
        String key = "problem.too-many-requests.detail.login";
        assertEquals(
                "For mange mislykkede login-forsøg. Prøv igen om 1 sekund.", Messages.get(Messages.DANISH, key, 1L));
        assertEquals(
                "For mange mislykkede login-forsøg. Prøv igen om 1.200 sekunder.",
                Messages.get(Messages.DANISH, key, 1200L));
        assertEquals("Too many failed sign-ins. Try again in 1 second.", Messages.get(Locale.ENGLISH, key, 1L));
        assertEquals("Too many failed sign-ins. Try again in 30 seconds.", Messages.get(Locale.ENGLISH, key, 30L));
    }

    @Test
    void exportsUseTheWordsOfThePages() {
        assertEquals("Aktiviteter med partnere", Messages.get(Messages.DANISH, "label.channel.PARTNER_ACTIVITY"));
        assertEquals("Trukket tilbage", Messages.get(Messages.DANISH, "label.participation-state.WITHDRAWN"));
    }
}
