package dk.samspil.access.audit;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samspil.common.security.Role;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    TestUsers users;

    @Inject
    TestLibraries libraries;

    @Inject
    TestDatabase db;

    @Inject
    TestThemes themes;

    @Test
    void recordsCreateUpdateAndDeleteOfALibraryWithWhoAndWhatChanged() {
        TestUsers.Session coordinator = users.coordinator();
        String name = "Revision " + uniqueWord();
        long id = libraries.create(name, 851);
        Map<String, Object> input = libraries.input(name + " (ny)", 851);
        input.put(
                "libraryNumber",
                db.row("select library_number from library where id = ?1", id).get("library_number"));
        input.put("phone", "+45 11 22 33 44");
        input.put("active", false);
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/libraries/{id}", id)
                .then()
                .statusCode(200);
        coordinator
                .given()
                .header("If-Match", "\"v1\"")
                .delete("/api/libraries/{id}", id)
                .then()
                .statusCode(204);

        users.admin()
                .given()
                .queryParam("entityType", "library")
                .queryParam("entityId", id)
                .when()
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items.action", contains("DELETE", "UPDATE", "CREATE"))
                .body("items.actorType", everyItem(equalTo("USER")))
                .body("items.actorId", everyItem(equalTo((int) coordinator.userId())))
                .body("items[1].changes.name.old", equalTo(name))
                .body("items[1].changes.name.new", equalTo(name + " (ny)"))
                .body("items[1].changes.phone.old", equalTo("+45 12 34 56 78"))
                .body("items[1].changes.phone.new", equalTo("+45 11 22 33 44"))
                .body("items[1].changes", not(org.hamcrest.Matchers.hasKey("city")))
                .body("items[2].changes.name.new", equalTo(name))
                .body("items[0].changes.name.old", equalTo(name + " (ny)"))
                .body("items.entityLabel", everyItem(equalTo("Bibliotek")))
                // Deleted: named as it was.
                .body("items.entityName", everyItem(equalTo(name + " (ny)")))
                .body("items[1].changes.phone.label", equalTo("Telefon"))
                .body("items[1].changes.phone.newText", equalTo("+45 11 22 33 44"))
                // A yes/no field reads as the form's words, and keeps its raw values for integrators.
                .body("items[1].changes.active.label", equalTo("Aktiv"))
                .body("items[1].changes.active.old", equalTo("true"))
                .body("items[1].changes.active.oldText", equalTo("Ja"))
                .body("items[1].changes.active.newText", equalTo("Nej"));
    }

    @Test
    void saysASignUpsChangesInWordsWithNamesForIdsAndLabelsForCodes() {
        long library = libraries.create("Ordbog " + uniqueWord(), 851);
        String libraryName = db.row("select name from library where id = ?1", library)
                .get("name")
                .toString();
        long theme = themes.create("Ord og navne " + uniqueWord(), 2031);
        Object number = db.row("select number from theme where id = ?1", theme).get("number");
        long signUp = themes.signUp(theme, library, "EVENTS", "PARTNER_ACTIVITY");
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(Map.of("state", "CONFIRMED", "channels", List.of("EVENTS"), "focusAreas", List.of()))
                .put("/api/participations/{id}", signUp)
                .then()
                .statusCode(200);

        users.admin()
                .given()
                .queryParam("entityType", "participation")
                .queryParam("entityId", signUp)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items.entityLabel", everyItem(equalTo("Tilmelding")))
                .body("items.entityName", everyItem(equalTo(libraryName + ", tema " + number)))
                .body("items[0].changes.state.label", equalTo("Status"))
                .body("items[0].changes.state.old", equalTo("SIGNED_UP"))
                .body("items[0].changes.state.oldText", equalTo("Tilmeldt"))
                .body("items[0].changes.state.newText", equalTo("Bekræftet"))
                .body("items[0].changes.channels.oldText", equalTo("Arrangementer, Aktiviteter med partnere"))
                .body("items[1].changes.libraryId.label", equalTo("Bibliotek"))
                .body("items[1].changes.libraryId.newText", equalTo(libraryName))
                .body("items[1].changes.themeId.newText", startsWith("Tema " + number + ": Ord og navne"));

        users.admin()
                .given()
                .header("Accept-Language", "en")
                .queryParam("entityType", "participation")
                .queryParam("entityId", signUp)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items.entityLabel", everyItem(equalTo("Sign-up")))
                .body("items[0].changes.state.label", equalTo("Status"))
                .body("items[0].changes.state.newText", equalTo("Confirmed"))
                .body("items[1].changes.themeId.label", equalTo("Theme"));
    }

    @Test
    void refusesAKindOfItemItDoesNotRecord() {
        users.admin()
                .givenInvalidRequest()
                .queryParam("entityType", "bibliotek")
                .get("/api/audit")
                .then()
                .statusCode(400)
                .body("detail", containsString("participation"));
    }

    @Test
    void aRefusedWriteLeavesNoRecord() {
        long id = libraries.create("Uændret " + uniqueWord(), 851);
        long before = db.count("select count(*) from audit_event where entity_id = ?1 and entity_type = 'library'", id);
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v5\"")
                .body(libraries.input("Forældet", 851))
                .put("/api/libraries/{id}", id)
                .then()
                .statusCode(412);
        assertEquals(
                before,
                db.count("select count(*) from audit_event where entity_id = ?1 and entity_type = 'library'", id));
    }

    @Test
    void neverRecordsPasswords() {
        TestUsers.Session user = users.fresh(Set.of(Role.COORDINATOR), null);
        user.given()
                .contentType("application/json")
                .body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "another-secret-789"))
                .post("/api/auth/password")
                .then()
                .statusCode(204);
        List<Map<String, Object>> events = db.rows(
                "select changes::text as c from audit_event" + " where entity_type = 'app_user' and entity_id = ?1",
                user.userId());
        assertEquals(2, events.size(), "created, then the password changed");
        events.forEach(e -> {
            String changes = (String) e.get("c");
            assertFalse(
                    changes.contains(TestUsers.PASSWORD)
                            || changes.contains("another-secret-789")
                            || changes.contains("$2b$"),
                    changes);
        });
        users.admin()
                .given()
                .queryParam("entityType", "app_user")
                .queryParam("entityId", user.userId())
                .get("/api/audit")
                .then()
                .body("items[0].changes.password.new", equalTo("***"));
    }

    @Test
    void coordinatorsReadOneResourceHistoryAdminsEverything() {
        long id = libraries.create("Historik " + uniqueWord(), 851);
        users.coordinator()
                .given()
                .queryParam("entityType", "library")
                .queryParam("entityId", id)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        users.coordinator().given().get("/api/audit").then().statusCode(403);
        users.editorOf(id)
                .given()
                .queryParam("entityType", "library")
                .queryParam("entityId", id)
                .get("/api/audit")
                .then()
                .statusCode(403);
        Api.given().get("/api/audit").then().statusCode(401);
        users.admin()
                .given()
                .queryParam("userId", users.coordinator().userId())
                .queryParam("size", 5)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items.actorName", everyItem(containsString("Test")));
        users.admin()
                .givenInvalidRequest()
                .queryParam("from", "i går")
                .get("/api/audit")
                .then()
                .statusCode(400);
    }
}
