package dk.samspil.collaboration.calendar;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The feeds are read back by an independent RFC 5545 parser (ical4j), as a calendar app would. */
@QuarkusTest
class CalendarFeedTest {

    @Inject
    TestUsers users;

    @Inject
    TestThemes themes;

    @Inject
    TestLibraries libraries;

    @Inject
    AppClock clock;

    @Inject
    TestDatabase db;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A feed as it reads on {@code day} (the feeds reach a year back and two years ahead); then real time again. */
    private Map<String, Map<String, String>> eventsOn(LocalDate day, String path, Object... params) throws Exception {
        clock.travelTo(day);
        try {
            return events(path, params);
        } finally {
            clock.reset();
        }
    }

    /** Parses and validates a feed; returns its events by UID in the feed's order, each as property name → value. */
    private static Map<String, Map<String, String>> events(String path, Object... params) throws Exception {
        Response response =
                Api.given().accept("text/calendar, application/problem+json").get(path, params);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/calendar"), response.contentType());
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "Line longer than 75 octets: " + line);
            assertFalse(line.contains("\n"), "Bare line feed in: " + line);
        }
        assertTrue(body.endsWith("END:VCALENDAR\r\n"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation.toString());
        Map<String, Map<String, String>> events = new LinkedHashMap<>();
        for (Component event : calendar.<net.fortuna.ical4j.model.component.CalendarComponent>getComponents()) {
            if (!Component.VEVENT.equals(event.getName())) {
                continue;
            }
            Map<String, String> properties = event.<Property>getProperties().stream()
                    .collect(Collectors.toMap(Property::getName, Property::getValue, (a, b) -> a + "|" + b));
            events.put(properties.get(Property.UID), properties);
        }
        return events;
    }

    @Test
    void themeWeeksAndPeakWeeksAreAllDayEvents() throws Exception {
        String title = "Kalender; med komma, og en lang titel der skal foldes over flere linjer æøå " + uniqueWord();
        long theme = themes.create(title, 2054); // weeks 37-42, peak weeks 40 and 41
        Map<String, Map<String, String>> events = eventsOn(LocalDate.of(2053, 10, 1), "/api/calendar/themes.ics");
        Map<String, String> weeks = events.get("theme-" + theme + "@localhost");
        assertTrue(weeks.get("SUMMARY").endsWith(": " + title), weeks.get("SUMMARY"));
        assertEquals("20540907", weeks.get("DTSTART")); // Monday of ISO week 37, 2054
        assertEquals("20541019", weeks.get("DTEND")); // the day after Sunday of week 42 (DTEND is exclusive)
        Map<String, String> peak = events.get("theme-" + theme + "-peak-2054-40@localhost");
        assertEquals("20540928", peak.get("DTSTART"));
        assertEquals("20541005", peak.get("DTEND"));
        assertTrue(events.containsKey("theme-" + theme + "-peak-2054-41@localhost"));
        assertTrue(weeks.get("URL")
                .endsWith("/temaer/"
                        + Api.given().get("/api/themes/{id}", theme).jsonPath().getString("slug")));
    }

    @Test
    void milestonesMeetingsAndALibrarysActivities() throws Exception {
        long theme = themes.create("Milepæle " + uniqueWord(), 2055); // idea workshop 2055-05-20
        long milestone = Api.given().get("/api/themes/{id}", theme).jsonPath().getLong("milestones[0].id");
        Map<String, String> workshop = eventsOn(LocalDate.of(2055, 6, 1), "/api/calendar/milestones.ics")
                .get("milestone-" + milestone + "@localhost");
        assertEquals("20550520", workshop.get("DTSTART"));
        assertTrue(workshop.get("SUMMARY").startsWith("Idéværksted"));

        long host = libraries.create("Vært " + uniqueWord(), 851);
        long meeting = users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Netværksmøde " + uniqueWord(),
                        "startsAt",
                        "2055-03-01T10:00:00+01:00",
                        "endsAt",
                        "2055-03-01T15:00:00+01:00",
                        "hostLibraryId",
                        host,
                        "place",
                        "Salen, 1. sal",
                        "attendingLibraryIds",
                        List.of(host),
                        "ideas",
                        List.of()))
                .post("/api/network-meetings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, String> event = eventsOn(LocalDate.of(2055, 6, 1), "/api/calendar/network-meetings.ics")
                .get("network-meeting-" + meeting + "@localhost");
        assertEquals("20550301T090000Z", event.get("DTSTART"));
        assertEquals("20550301T140000Z", event.get("DTEND"));
        assertEquals("Salen, 1. sal", event.get("LOCATION"));

        long library = libraries.create("Aktiv " + uniqueWord(), 851);
        long participation = themes.signUp(theme, library, "EVENTS");
        long activity = users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Naturvandring",
                        "startsAt",
                        "2055-09-20T10:00:00+02:00",
                        "place",
                        "Skoven",
                        "channel",
                        "EVENTS",
                        "audience",
                        "FAMILIES"))
                .post("/api/participations/{id}/activities", participation)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Map<String, String>> activities =
                eventsOn(LocalDate.of(2055, 6, 1), "/api/calendar/libraries/{id}/activities.ics", library);
        assertEquals(List.of("activity-" + activity + "@localhost"), List.copyOf(activities.keySet()));
        Map<String, String> walk = activities.get("activity-" + activity + "@localhost");
        assertEquals("20550920T080000Z", walk.get("DTSTART"));
        assertEquals("20550920T090000Z", walk.get("DTEND")); // an hour when no end is given
        assertEquals("Skoven", walk.get("LOCATION"));
        Api.given()
                .accept("text/calendar, application/problem+json")
                .get("/api/calendar/libraries/{id}/activities.ics", 987654321L)
                .then()
                .statusCode(404);
    }

    @Test
    void aLibrarysFeedHoldsEveryActivityInTimeOrderHoweverMany() throws Exception {
        long theme = themes.create("Travl " + uniqueWord(), 2057);
        long library = libraries.create("Travl " + uniqueWord(), 851);
        // More than two of the batches the database hands the feed over in: none lost or repeated between them.
        List<Long> ids = themes.addActivities(themes.signUp(theme, library, "EVENTS"), 1201, "2057-09-07T08:00:00Z");
        Map<String, Map<String, String>> feed =
                eventsOn(LocalDate.of(2057, 6, 1), "/api/calendar/libraries/{id}/activities.ics", library);
        assertEquals(ids.stream().map(id -> "activity-" + id + "@localhost").toList(), List.copyOf(feed.keySet()));
        Map<String, String> last = feed.get("activity-" + ids.getLast() + "@localhost");
        assertTrue(last.get("SUMMARY").startsWith("Aktivitet 1201 (Tema "), last.get("SUMMARY"));
        assertEquals("20571027T080000Z", last.get("DTSTART")); // 1200 hours (50 days) after the first
    }

    @Test
    void everyFeedReachesFromTheDayAYearBackToTheDayTwoYearsAhead() throws Exception {
        long library = libraries.create("Vindue " + uniqueWord(), 851);
        long theme = themes.create("Vindue " + uniqueWord(), 2059);
        long participation = themes.signUp(theme, library, "EVENTS");
        List<String> days = List.of("2058-06-14", "2058-06-15", "2058-06-16", "2061-06-14", "2061-06-15", "2061-06-16");
        Map<String, String> activities = new LinkedHashMap<>();
        Map<String, String> milestones = new LinkedHashMap<>();
        for (String day : days) {
            activities.put(
                    day,
                    "activity-"
                            + themes.addActivities(participation, 1, day + "T12:00:00Z")
                                    .getLast() + "@localhost");
            db.execute(
                    "insert into milestone (theme_id, kind, title, due_on) values (?, 'OTHER', ?, cast(? as date))",
                    theme,
                    "Vindue " + day,
                    day);
            milestones.put(
                    day,
                    "milestone-" + db.count("select max(id) from milestone where theme_id = ?", theme) + "@localhost");
        }
        clock.travelTo(LocalDate.of(2059, 6, 15));
        List<String> inside = days.subList(1, 5);
        assertEquals(
                inside.stream().map(activities::get).toList(),
                List.copyOf(events("/api/calendar/libraries/{id}/activities.ics", library)
                        .keySet()),
                "a library's activities from the day a year back to the day two years ahead, both included");
        Set<String> dueInside = events("/api/calendar/milestones.ics").keySet();
        for (String day : days) {
            assertEquals(inside.contains(day), dueInside.contains(milestones.get(day)), "milestone due " + day);
        }
        // A theme counts while any of its weeks are in the window.
        Set<String> running = events("/api/calendar/themes.ics").keySet();
        assertTrue(running.contains("theme-" + theme + "@localhost"));
        clock.travelTo(LocalDate.of(2060, 10, 19)); // its last day, Sunday of week 42, 2059, is a year back
        assertTrue(events("/api/calendar/themes.ics").containsKey("theme-" + theme + "@localhost"));
        clock.travelTo(LocalDate.of(2060, 10, 20));
        assertFalse(events("/api/calendar/themes.ics").containsKey("theme-" + theme + "@localhost"));
    }
}
