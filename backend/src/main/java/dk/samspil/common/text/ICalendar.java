package dk.samspil.common.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar (RFC 5545) feed: CRLF line ends, TEXT values escaped, lines folded at 75 octets
 * without splitting a UTF-8 character, timed events in UTC and all-day events as dates. Built in memory
 * ({@link #build()}) or written event by event to a stream ({@link #to}, then {@link #finish()}).
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Appendable out;
    private final StringBuilder folded = new StringBuilder(128);
    private final String stamp;
    private final String uidDomain;

    /**
     * @param name      the calendar's name, as calendar apps show it
     * @param uidDomain the domain that makes the events' UIDs globally unique
     * @param now       the time the feed is written (DTSTAMP)
     */
    public ICalendar(String name, String uidDomain, Instant now) {
        this(new StringBuilder(), name, uidDomain, now);
    }

    private ICalendar(Appendable out, String name, String uidDomain, Instant now) {
        this.out = out;
        this.stamp = UTC.format(now);
        this.uidDomain = uidDomain;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Samspil//Samspil//DA");
        line("CALSCALE:GREGORIAN");
        text("X-WR-CALNAME", name);
        danishTime();
    }

    /**
     * Danish time as a component: calendar apps show the feed in it, and a feed with no event in its window is
     * still a valid calendar (RFC 5545 asks for at least one component). Events are in UTC all the same.
     */
    private void danishTime() {
        line("X-WR-TIMEZONE:Europe/Copenhagen");
        line("BEGIN:VTIMEZONE");
        line("TZID:Europe/Copenhagen");
        line("BEGIN:DAYLIGHT");
        line("TZOFFSETFROM:+0100");
        line("TZOFFSETTO:+0200");
        line("TZNAME:CEST");
        line("DTSTART:19810329T020000");
        line("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        line("END:DAYLIGHT");
        line("BEGIN:STANDARD");
        line("TZOFFSETFROM:+0200");
        line("TZOFFSETTO:+0100");
        line("TZNAME:CET");
        line("DTSTART:19961027T030000");
        line("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        line("END:STANDARD");
        line("END:VTIMEZONE");
    }

    /** A feed written straight to {@code out}, event by event, so that no feed is held in memory. */
    public static ICalendar to(Appendable out, String name, String uidDomain, Instant now) {
        return new ICalendar(out, name, uidDomain, now);
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

    /** The feed, when it was built in memory. */
    public String build() {
        finish();
        return out.toString();
    }

    /** Ends the feed written to a stream. */
    public void finish() {
        line("END:VCALENDAR");
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
        folded.setLength(0);
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        folded.append("\r\n");
        try {
            out.append(folded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
