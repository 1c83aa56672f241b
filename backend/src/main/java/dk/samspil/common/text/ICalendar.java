package dk.samspil.common.text;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar (RFC 5545) feed: CRLF line ends, TEXT values escaped, lines folded at 75 octets
 * without splitting a UTF-8 character, timed events in UTC and all-day events as dates.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final StringBuilder out = new StringBuilder();
    private final String stamp;
    private final String uidDomain;

    /**
     * @param name      the calendar's name, as calendar apps show it
     * @param uidDomain the domain that makes the events' UIDs globally unique
     * @param now       the time the feed is written (DTSTAMP)
     */
    public ICalendar(String name, String uidDomain, Instant now) {
        this.stamp = UTC.format(now);
        this.uidDomain = uidDomain;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Samspil//Samspil//DA");
        line("CALSCALE:GREGORIAN");
        text("X-WR-CALNAME", name);
    }

    /** An event over whole days, {@code lastDay} included. */
    public Event allDay(String uid, LocalDate firstDay, LocalDate lastDay) {
        return new Event(uid)
                .property("DTSTART;VALUE=DATE:" + DATE.format(firstDay))
                .property("DTEND;VALUE=DATE:" + DATE.format(lastDay.plusDays(1)));
    }

    /** An event at a time; without an end it lasts {@code fallbackMinutes}. */
    public Event timed(String uid, Instant start, Instant end, long fallbackMinutes) {
        Instant until = end != null ? end : start.plusSeconds(fallbackMinutes * 60);
        return new Event(uid).property("DTSTART:" + UTC.format(start)).property("DTEND:" + UTC.format(until));
    }

    public String build() {
        line("END:VCALENDAR");
        return out.toString();
    }

    /** One VEVENT; call {@link #end()} when its properties are written. */
    public final class Event {

        private Event(String uid) {
            line("BEGIN:VEVENT");
            line("UID:" + escape(uid + "@" + uidDomain));
            line("DTSTAMP:" + stamp);
        }

        private Event property(String line) {
            line(line);
            return this;
        }

        public Event summary(String value) {
            return text("SUMMARY", value);
        }

        public Event description(String value) {
            return text("DESCRIPTION", value);
        }

        public Event location(String value) {
            return text("LOCATION", value);
        }

        public Event categories(String value) {
            return text("CATEGORIES", value);
        }

        public Event url(String value) {
            if (value != null) {
                line("URL:" + value);
            }
            return this;
        }

        private Event text(String name, String value) {
            ICalendar.this.text(name, value);
            return this;
        }

        public ICalendar end() {
            line("END:VEVENT");
            return ICalendar.this;
        }
    }

    private void text(String name, String value) {
        if (value != null && !value.isBlank()) {
            line(name + ":" + escape(value));
        }
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Folds the line into pieces of at most 75 octets, continuation lines starting with a space. */
    private void line(String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
