package dk.samspil.collaboration.participation;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipationResourceTest {

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

    private static Map<String, Object> signUp(long library) {
        return TestThemes.signUpInput(library, List.of("EVENTS", "SOCIAL_MEDIA"), List.of("DEBATE"));
    }

    @Test
    void aLibraryEditorSignsTheirLibraryUpOnce() {
        long theme = themes.create("Tilmelding " + uniqueWord(), 2045);
        long library = libraries.create("Tilmelder " + uniqueWord(), 851);
        TestUsers.Session editor = users.editorOf(library);
        editor.given()
                .contentType("application/json")
                .body(signUp(library))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/participations/"))
                .body("state", equalTo("SIGNED_UP"))
                .body("library.region.code", equalTo(1081))
                .body("channels", contains("EVENTS", "SOCIAL_MEDIA"));
        editor.given()
                .contentType("application/json")
                .body(signUp(library))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("libraryId"));

        long other = libraries.create("Anden " + uniqueWord(), 101);
        editor.given()
                .contentType("application/json")
                .body(signUp(other))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(403);
        Api.givenInvalidRequest()
                .contentType("application/json")
                .body(signUp(other))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(401);

        Api.given()
                .queryParam("region", 1081)
                .get("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(200)
                .body("items.library.id", contains((int) library));
        Api.given().get("/api/libraries/{id}/participations", library).then().body("items[0].theme.id", equalTo((int)
                theme));
    }

    @Test
    void afterTheDeadlineOnlyCoordinatorsAddLibraries() {
        long theme = themes.create("Frist " + uniqueWord(), 2046); // deadline 2046-08-01
        long late = libraries.create("Sen " + uniqueWord(), 851);
        long later = libraries.create("Senere " + uniqueWord(), 851);
        clock.travelTo(LocalDate.of(2046, 8, 2));
        // Signed in after the jump in time, so the sessions are fresh then.
        TestUsers.Session editor = users.fresh(java.util.Set.of(dk.samspil.common.security.Role.EDITOR), late);
        editor.given()
                .contentType("application/json")
                .body(signUp(late))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("2046-08-01"));
        users.fresh(java.util.Set.of(dk.samspil.common.security.Role.COORDINATOR), null)
                .given()
                .contentType("application/json")
                .body(signUp(later))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(201);
    }

    @Test
    void coordinatorsConfirmLibrariesWithdrawAndComeBackUntilTheDeadline() {
        long theme = themes.create("Tilstande " + uniqueWord(), 2047);
        long library = libraries.create("Skifter " + uniqueWord(), 851);
        TestUsers.Session editor = users.editorOf(library);
        long id = themes.signUp(editor, theme, signUp(library));
        Map<String, Object> confirm =
                Map.of("state", "CONFIRMED", "channels", List.of("EVENTS"), "focusAreas", List.of());
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(confirm)
                .put("/api/participations/{id}", id)
                .then()
                .statusCode(403);
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(confirm)
                .put("/api/participations/{id}", id)
                .then()
                .statusCode(200)
                .body("state", equalTo("CONFIRMED"))
                .body("confirmedAt", notNullValue());
        Map<String, Object> withdraw =
                Map.of("state", "WITHDRAWN", "channels", List.of("EVENTS"), "focusAreas", List.of());
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v1\"")
                .body(withdraw)
                .put("/api/participations/{id}", id)
                .then()
                .statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        clock.travelTo(LocalDate.of(2047, 8, 2));
        Map<String, Object> back = Map.of("state", "SIGNED_UP", "channels", List.of("EVENTS"), "focusAreas", List.of());
        users.fresh(java.util.Set.of(dk.samspil.common.security.Role.EDITOR), library)
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v2\"")
                .body(back)
                .put("/api/participations/{id}", id)
                .then()
                .statusCode(409);
        clock.reset();
        users.fresh(java.util.Set.of(dk.samspil.common.security.Role.EDITOR), library)
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v2\"")
                .body(back)
                .put("/api/participations/{id}", id)
                .then()
                .statusCode(200)
                .body("state", equalTo("SIGNED_UP"))
                .body("withdrawnAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aSignUpNamesAtLeastOneChannel() {
        long theme = themes.create("Kanaler " + uniqueWord(), 2048);
        long library = libraries.create("Uden kanal " + uniqueWord(), 851);
        users.coordinator()
                .givenInvalidRequest()
                .contentType("application/json")
                .body(TestThemes.signUpInput(library))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("channels"))
                .body("errors[0].message", equalTo("vælg mindst én kanal"));
        Api.given()
                .queryParam("size", 100)
                .get("/api/themes/{id}/participations", theme)
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void focusAreasMustBeTheThemes() {
        long theme = themes.create("Fokus " + uniqueWord(), 2048); // DEBATE and LITERATURE
        long library = libraries.create("Fokuseret " + uniqueWord(), 851);
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(TestThemes.signUpInput(library, List.of("EVENTS"), List.of("PARTNERS")))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("focusAreas[0]"));
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(signUp(987654321L))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(400);
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(signUp(library))
                .post("/api/themes/{id}/participations", 987654321L)
                .then()
                .statusCode(404);
    }

    @Test
    void coordinatorsConfirmSeveralSignUpsAtOnceAllOrNone() {
        long theme = themes.create("Samlet bekræftelse " + uniqueWord(), 2048);
        long a = themes.signUp(theme, libraries.create("Først " + uniqueWord(), 851), "EVENTS");
        long b = themes.signUp(theme, libraries.create("Dernæst " + uniqueWord(), 851), "EVENTS");
        long withdrawn = themes.signUp(theme, libraries.create("Trukket " + uniqueWord(), 851), "EVENTS");
        long elsewhere = themes.signUp(
                themes.create("Andet tema " + uniqueWord(), 2048),
                libraries.create("Andetsteds " + uniqueWord(), 851),
                "EVENTS");
        TestUsers.Session coordinator = users.coordinator();
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(Map.of("state", "WITHDRAWN", "channels", List.of("EVENTS"), "focusAreas", List.of()))
                .put("/api/participations/{id}", withdrawn)
                .then()
                .statusCode(200);

        // One that is not waiting, one of another theme, one listed twice: nothing changes, and the field is named.
        coordinator
                .given()
                .contentType("application/json")
                .body(Map.of("ids", List.of(a, withdrawn)))
                .post("/api/themes/{id}/participations/confirm", theme)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("ids[1]"))
                .body("errors[0].message", containsString("Trukket tilbage"));
        for (List<Long> refused : List.of(List.of(a, elsewhere), List.of(a, a))) {
            coordinator
                    .given()
                    .contentType("application/json")
                    .body(Map.of("ids", refused))
                    .post("/api/themes/{id}/participations/confirm", theme)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("ids[1]"));
        }
        Api.given().get("/api/participations/{id}", a).then().body("state", equalTo("SIGNED_UP"));
        users.editorOf(libraries.create("Redaktør " + uniqueWord(), 851))
                .given()
                .contentType("application/json")
                .body(Map.of("ids", List.of(a)))
                .post("/api/themes/{id}/participations/confirm", theme)
                .then()
                .statusCode(403);

        coordinator
                .given()
                .contentType("application/json")
                .body(Map.of("ids", List.of(a, b)))
                .post("/api/themes/{id}/participations/confirm", theme)
                .then()
                .statusCode(200)
                .body("confirmed", equalTo(2));
        for (long id : List.of(a, b)) {
            Api.given()
                    .get("/api/participations/{id}", id)
                    .then()
                    .body("state", equalTo("CONFIRMED"))
                    .body("confirmedAt", notNullValue());
            users.admin()
                    .given()
                    .queryParam("entityType", "participation")
                    .queryParam("entityId", id)
                    .get("/api/audit")
                    .then()
                    .body("items[0].changes.state.newText", equalTo("Bekræftet"));
        }
        Api.given().get("/api/participations/{id}", withdrawn).then().body("state", equalTo("WITHDRAWN"));
    }
}
