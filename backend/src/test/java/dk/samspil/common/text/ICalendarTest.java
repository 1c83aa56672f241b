package dk.samspil.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The writer on its own: folding by octets whatever the characters, and the same feed in memory or streamed. */
class ICalendarTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    /** One, two, three and four octets a character in UTF-8, and long enough to fold many times. */
    private static final String TITLE =
            "Læsning på tværs: €-bøger og 📚 for alle ".repeat(8).strip();

    private static void write(ICalendar ics) {
        ics.allDay("theme-1", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 10))
                .summary(TITLE)
                .description("Linje 1\nLinje 2; med komma, og \\")
                .end();
    }

    @Test
    void linesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        ICalendar ics = new ICalendar("Kalender", "samspil.example", NOW);
        write(ics);
        String feed = ics.build();
        assertTrue(feed.endsWith("END:VCALENDAR\r\n"));
        String[] lines = feed.split("\r\n");
        assertTrue(Arrays.stream(lines).anyMatch(line -> line.startsWith(" ")), "the summary is folded");
        for (String line : lines) {
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, octets + " octets: " + line);
            assertTrue(line.codePoints().noneMatch(c -> c == 0xFFFD), "a character split: " + line);
        }
        String unfolded = feed.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nSUMMARY:" + TITLE.replace(",", "\\,") + "\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nDESCRIPTION:Linje 1\\nLinje 2\\; med komma\\, og \\\\\r\n"), unfolded);
    }

    @Test
    void aStreamedFeedIsTheSameAsOneBuiltInMemory() {
        ICalendar built = new ICalendar("Kalender", "samspil.example", NOW);
        write(built);
        StringBuilder out = new StringBuilder();
        ICalendar streamed = ICalendar.to(out, "Kalender", "samspil.example", NOW);
        write(streamed);
        assertEquals(0, out.indexOf("BEGIN:VCALENDAR\r\n"), "written as it goes");
        streamed.finish();
        assertEquals(built.build(), out.toString());
    }

    @Test
    void aFeedWithoutEventsStillHasAComponentDanishTime() {
        String feed = new ICalendar("Tom", "samspil.example", NOW).build();
        assertTrue(feed.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n"), feed);
        assertTrue(feed.endsWith("END:VTIMEZONE\r\nEND:VCALENDAR\r\n"), feed);
    }
}
