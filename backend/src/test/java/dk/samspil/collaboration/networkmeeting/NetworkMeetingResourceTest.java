package dk.samspil.collaboration.networkmeeting;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkMeetingResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestLibraries libraries;

    @Inject
    TestThemes themes;

    @Inject
    dk.samspil.common.time.AppClock clock;

    private static Map<String, Object> meeting(
            String title, String startsAt, List<Long> attending, List<Map<String, Object>> ideas) {
        return new HashMap<>(Map.of(
                "title",
                title,
                "startsAt",
                startsAt,
                "place",
                "Hovedbiblioteket",
                "agenda",
                "1. Velkomst\n2. <script>alert(1)</script>Idéer",
                "attendingLibraryIds",
                attending,
                "ideas",
                ideas));
    }

    @Test
    void coordinatorsPlanAMeetingWithAttendeesIdeasAndMinutes() {
        long host = libraries.create("Vært " + uniqueWord(), 851);
        long guest = libraries.create("Gæst " + uniqueWord(), 101);
        long theme = themes.create("Idétema " + uniqueWord(), 2057);
        String title = "Netværksmøde " + uniqueWord();
        Map<String, Object> input = meeting(
                title,
                "2057-03-03T10:00:00+01:00",
                List.of(guest, host),
                List.of(Map.of(
                        "text", "Fælles quiz", "proposer", "Gruppe 1", "proposerLibraryId", guest, "themeId", theme)));
        input.put("hostLibraryId", host);

        users.editorOf(host)
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/network-meetings")
                .then()
                .statusCode(403);
        long id = users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/network-meetings")
                .then()
                .statusCode(201)
                .body("host.id", equalTo((int) host))
                .body("attendingLibraries.id", contains((int) guest, (int) host))
                .body("ideas[0].theme.id", equalTo((int) theme))
                .body("ideas[0].proposerLibrary.id", equalTo((int) guest))
                .body("agendaHtml", containsString("<li>Velkomst</li>"))
                .body("agendaHtml", not(containsString("<script")))
                .body("minutes", equalTo(""))
                .extract()
                .jsonPath()
                .getLong("id");

        input.put("minutes", "## Referat\n\nVi aftalte en quiz.");
        input.put("ideas", List.of());
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/network-meetings/{id}", id)
                .then()
                .statusCode(200)
                .body("minutesHtml", containsString("<h2>Referat</h2>"))
                .body("ideas.size()", equalTo(0))
                .body("version", equalTo(1));
        Api.given()
                .queryParam("year", 2057)
                .queryParam("libraryId", guest)
                .get("/api/network-meetings")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id))
                .body("items[0].hasMinutes", equalTo(true))
                .body("items[0].attendingLibraries", equalTo(2))
                .body("items[0].ideas", equalTo(0));
        Api.given()
                .queryParam("year", 2058)
                .queryParam("libraryId", guest)
                .get("/api/network-meetings")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void anUpdateKeepsTheIdeasThatStayAndIsOneNewVersion() {
        long library = libraries.create("Idébibliotek " + uniqueWord(), 851);
        Map<String, Object> input = meeting(
                "Idémøde " + uniqueWord(),
                "2060-03-03T10:00:00+01:00",
                List.of(library),
                List.of(Map.of("text", "Quiz"), Map.of("text", "Podcast")));
        var created = users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/network-meetings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        long id = created.getLong("id");

        input.put("title", "Idémøde, nyt navn " + uniqueWord());
        input.put("attendingLibraryIds", List.of());
        input.put("ideas", List.of(Map.of("text", "Quiz"), Map.of("text", "Podcast"), Map.of("text", "Udstilling")));
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/network-meetings/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"v1\"")
                .body("attendingLibraries.size()", equalTo(0))
                .body("ideas.text", contains("Quiz", "Podcast", "Udstilling"))
                .body("ideas[0].id", equalTo(created.getInt("ideas[0].id")))
                .body("ideas[1].id", equalTo(created.getInt("ideas[1].id")));
    }

    @Test
    void unknownLibrariesThemesAndTimesAreRefusedWithTheirField() {
        long library = libraries.create("Kendt " + uniqueWord(), 851);
        TestUsers.Session coordinator = users.coordinator();
        coordinator
                .given()
                .contentType("application/json")
                .body(meeting("Ukendt", "2058-03-03T10:00:00+01:00", List.of(library, 987654321L), List.of()))
                .post("/api/network-meetings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("attendingLibraryIds[1]"));
        coordinator
                .given()
                .contentType("application/json")
                .body(meeting("Dobbelt", "2058-03-03T10:00:00+01:00", List.of(library, library), List.of()))
                .post("/api/network-meetings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("attendingLibraryIds[1]"));
        coordinator
                .given()
                .contentType("application/json")
                .body(meeting(
                        "Idé",
                        "2058-03-03T10:00:00+01:00",
                        List.of(),
                        List.of(Map.of("text", "God idé"), Map.of("text", "Tema findes ikke", "themeId", 987654321L))))
                .post("/api/network-meetings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("ideas[1].themeId"));
        Map<String, Object> backwards = meeting("Baglæns", "2058-03-03T10:00:00+01:00", List.of(), List.of());
        backwards.put("endsAt", "2058-03-03T09:00:00+01:00");
        coordinator
                .given()
                .contentType("application/json")
                .body(backwards)
                .post("/api/network-meetings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endsAt"));
        Api.given().queryParam("year", 2058).get("/api/network-meetings").then().body("totalItems", equalTo(0));
    }

    @Test
    void theNextMeetingIsTheFirstThatHasNotEnded() {
        TestUsers.Session coordinator = users.coordinator();
        coordinator
                .given()
                .contentType("application/json")
                .body(meeting("Forbi", "2059-01-10T10:00:00+01:00", List.of(), List.of()))
                .post("/api/network-meetings")
                .then()
                .statusCode(201);
        Map<String, Object> today = meeting("I dag", "2059-02-01T10:00:00+01:00", List.of(), List.of());
        today.put("endsAt", "2059-02-01T16:00:00+01:00");
        long running = coordinator
                .given()
                .contentType("application/json")
                .body(today)
                .post("/api/network-meetings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long later = coordinator
                .given()
                .contentType("application/json")
                .body(meeting("Senere", "2059-09-01T10:00:00+02:00", List.of(), List.of()))
                .post("/api/network-meetings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        try {
            clock.shift(java.time.Duration.between(clock.now(), java.time.Instant.parse("2059-02-01T12:00:00Z")));
            Api.given().get("/api/network-meetings/next").then().statusCode(200).body("id", equalTo((int) running));
            clock.shift(java.time.Duration.ofHours(6)); // 18:00 Danish time: that meeting has ended
            Api.given().get("/api/network-meetings/next").then().statusCode(200).body("id", equalTo((int) later));
            Api.given()
                    .queryParam("upcoming", false)
                    .queryParam("year", 2059)
                    .queryParam("sort", "startsAt")
                    .get("/api/network-meetings")
                    .then()
                    .body("items.title", contains("Forbi", "I dag"));
        } finally {
            clock.reset();
        }
    }
}
