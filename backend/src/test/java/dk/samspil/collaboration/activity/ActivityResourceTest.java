package dk.samspil.collaboration.activity;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dk.samspil.common.security.Role;
import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestThemes themes;

    @Inject
    TestLibraries libraries;

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Map<String, Object> activity(String title, String startsAt) {
        return new HashMap<>(Map.of(
                "title",
                title,
                "startsAt",
                startsAt,
                "endsAt",
                startsAt.replace("T19", "T21"),
                "place",
                "Salen",
                "channel",
                "EVENTS",
                "audience",
                "ADULTS"));
    }

    /** Adds an activity to the sign-up as this person; the answer, for the test to check. */
    private static ValidatableResponse add(TestUsers.Session session, long participation, Map<String, Object> body) {
        return session.given()
                .contentType("application/json")
                .body(body)
                .post("/api/participations/{id}/activities", participation)
                .then();
    }

    @Test
    void anActivityStartsOnADayOfItsThemesWeeksInDanishTime() {
        long theme = themes.create("Uger " + uniqueWord(), 2050); // weeks 37-42: 12 September to 23 October
        long library = libraries.create("Uger " + uniqueWord(), 851);
        long participation = themes.signUp(theme, library, "EVENTS");
        TestUsers.Session editor = users.editorOf(library);

        // Sunday before week 37, 23:30 in Denmark (21:30 UTC): refused, in the form's words, and nothing saved.
        editor.given()
                .contentType("application/json")
                .header("Accept-Language", "da")
                .body(activity("For tidligt", "2050-09-11T23:30:00+02:00"))
                .post("/api/participations/{id}/activities", participation)
                .then()
                .statusCode(400)
                .body("errors.field", contains("startsAt"))
                .body("errors[0].message", equalTo("skal ligge i temaets uger: uge 37, 2050 til uge 42, 2050"));
        editor.given()
                .contentType("application/json")
                .header("Accept-Language", "en")
                .body(activity("For sent", "2050-10-24T00:15:00+02:00"))
                .post("/api/participations/{id}/activities", participation)
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must be within the theme's weeks: week 37, 2050 to week 42, 2050"));
        Api.given().queryParam("themeId", theme).get("/api/activities").then().body("totalItems", equalTo(0));

        // Monday of week 37 just after midnight in Denmark (still Sunday in UTC), and the last Sunday late.
        long first = add(editor, participation, activity("Første dag", "2050-09-11T22:30:00Z"))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        add(editor, participation, activity("Sidste dag", "2050-10-23T23:00:00+02:00"))
                .statusCode(201);

        // Moving an activity out of the weeks is refused too, and it keeps its time.
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(activity("Første dag", "2051-03-09T19:00:00+01:00"))
                .put("/api/activities/{id}", first)
                .then()
                .statusCode(400)
                .body("errors.field", contains("startsAt"));
        Api.given().get("/api/activities/{id}", first).then().body("startsAt", equalTo("2050-09-11T22:30:00Z"));
    }

    @Test
    void anEditorPlansAnActivityAndReportsAttendanceOnceItHasHappened() {
        long theme = themes.create("Aktiv " + uniqueWord(), 2050); // weeks 37-42 of 2050
        long library = libraries.create("Aktiv " + uniqueWord(), 851);
        long participation = themes.signUp(theme, library, "EVENTS");
        TestUsers.Session editor = users.editorOf(library);

        Map<String, Object> early = activity("Fortælleaften", "2050-09-15T19:00:00+02:00");
        early.put("attendance", 40);
        add(editor, participation, early).statusCode(400).body("errors[0].field", equalTo("attendance"));
        long id = add(editor, participation, activity("Fortælleaften", "2050-09-15T19:00:00+02:00"))
                .statusCode(201)
                .body("happened", equalTo(false))
                .body("theme.id", equalTo((int) theme))
                .body("library.id", equalTo((int) library))
                .body("startsAt", equalTo("2050-09-15T17:00:00Z"))
                .extract()
                .jsonPath()
                .getLong("id");

        clock.shift(Duration.between(
                clock.now(),
                LocalDate.of(2050, 9, 16)
                        .atTime(LocalTime.NOON)
                        .atZone(AppClock.DANISH_TIME)
                        .toInstant()));
        TestUsers.Session later = users.fresh(Set.of(Role.EDITOR), library);
        Map<String, Object> report = activity("Fortælleaften", "2050-09-15T19:00:00+02:00");
        report.put("attendance", 42);
        later.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(report)
                .put("/api/activities/{id}", id)
                .then()
                .statusCode(200)
                .body("attendance", equalTo(42))
                .body("happened", equalTo(true))
                .body("reach", nullValue());

        users.fresh(Set.of(Role.EDITOR), libraries.create("Fremmed " + uniqueWord(), 101))
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v1\"")
                .body(report)
                .put("/api/activities/{id}", id)
                .then()
                .statusCode(403);
        Api.given()
                .queryParam("themeId", theme)
                .get("/api/activities")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id))
                .body("items[0].attendance", equalTo(42));
        Api.given()
                .queryParam("libraryId", library)
                .queryParam("from", "2050-09-16")
                .get("/api/activities")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        Api.given()
                .queryParam("libraryId", library)
                .queryParam("from", "2050-09-15")
                .queryParam("to", "2050-09-15")
                .get("/api/activities")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void badTimesAreRefusedAndAWithdrawnSignUpGetsNoNewActivities() {
        long theme = themes.create("Tider " + uniqueWord(), 2051);
        long library = libraries.create("Tider " + uniqueWord(), 851);
        long participation = themes.signUp(theme, library, "EVENTS");
        TestUsers.Session editor = users.editorOf(library);
        Map<String, Object> backwards = activity("Baglæns", "2051-09-15T19:00:00+02:00");
        backwards.put("endsAt", "2051-09-15T18:00:00+02:00");
        add(editor, participation, backwards).statusCode(400).body("errors[0].field", equalTo("endsAt"));

        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(Map.of("state", "WITHDRAWN", "channels", List.of(), "focusAreas", List.of()))
                .put("/api/participations/{id}", participation)
                .then()
                .statusCode(200);
        add(editor, participation, activity("For sent", "2051-09-15T19:00:00+02:00"))
                .statusCode(409);
        Api.given()
                .get("/api/participations/{id}/activities", participation)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        Api.given()
                .get("/api/participations/{id}/activities", 987654321L)
                .then()
                .statusCode(404);
    }

    @Test
    void anEditorDeletesTheirActivityWithTheCurrentVersion() {
        long theme = themes.create("Slet " + uniqueWord(), 2052);
        long library = libraries.create("Slet " + uniqueWord(), 851);
        long participation = themes.signUp(theme, library, "EVENTS");
        TestUsers.Session editor = users.editorOf(library);
        long id = add(editor, participation, activity("Væk", "2052-09-15T19:00:00+02:00"))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        editor.given()
                .header("If-Match", "\"v7\"")
                .delete("/api/activities/{id}", id)
                .then()
                .statusCode(412);
        editor.given()
                .header("If-Match", "\"v0\"")
                .delete("/api/activities/{id}", id)
                .then()
                .statusCode(204);
        Api.given().get("/api/activities/{id}", id).then().statusCode(404);
    }
}
