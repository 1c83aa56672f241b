package dk.samspil.directory.contact;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestLibraries libraries;

    @Inject
    TestThemes themes;

    private static Map<String, Object> ledBy(long library, long lead) {
        Map<String, Object> input = TestThemes.signUpInput(library, "PRESS");
        input.put("networkLeadId", lead);
        return input;
    }

    private static Map<String, Object> contact(String name, Long library, boolean isPublic) {
        Map<String, Object> input = new HashMap<>(Map.of(
                "name",
                name,
                "title",
                "Netværksansvarlig",
                "email",
                "person@example.dk",
                "phone",
                "+45 12 34 56 78",
                "isPublic",
                isPublic));
        if (library != null) {
            input.put("libraryId", library);
        }
        return input;
    }

    @Test
    void privateContactsAreSeenOnlyBySignedInCallers() {
        long library = libraries.create("Kontakter " + uniqueWord(), 851);
        TestUsers.Session editor = users.editorOf(library);
        long open = editor.given()
                .contentType("application/json")
                .body(contact("Åben " + uniqueWord(), library, true))
                .post("/api/contacts")
                .then()
                .statusCode(201)
                .body("library.id", equalTo((int) library))
                .extract()
                .jsonPath()
                .getLong("id");
        long closed = editor.given()
                .contentType("application/json")
                .body(contact("Lukket " + uniqueWord(), library, false))
                .post("/api/contacts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        Api.given()
                .queryParam("libraryId", library)
                .get("/api/contacts")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) open))
                .body("items[0].email", equalTo("person@example.dk"));
        Api.given().get("/api/contacts/{id}", closed).then().statusCode(404);
        users.editorOf(libraries.create("Andet " + uniqueWord(), 101))
                .given()
                .queryParam("libraryId", library)
                .get("/api/contacts")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) closed, (int) open));
    }

    @Test
    void editorsManageTheirOwnLibrarysContactsAndOnlyCoordinatorsNameCoordinators() {
        long library = libraries.create("Egne " + uniqueWord(), 851);
        long other = libraries.create("Fremmede " + uniqueWord(), 101);
        TestUsers.Session editor = users.editorOf(library);
        editor.given()
                .contentType("application/json")
                .body(contact("Forkert " + uniqueWord(), other, true))
                .post("/api/contacts")
                .then()
                .statusCode(403);
        editor.given()
                .contentType("application/json")
                .body(contact("Ingen " + uniqueWord(), null, true))
                .post("/api/contacts")
                .then()
                .statusCode(403);
        Map<String, Object> coordinator = contact("Koordinator " + uniqueWord(), library, true);
        coordinator.put("coordinator", true);
        editor.given()
                .contentType("application/json")
                .body(coordinator)
                .post("/api/contacts")
                .then()
                .statusCode(403);
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(coordinator)
                .post("/api/contacts")
                .then()
                .statusCode(201)
                .body("coordinator", equalTo(true));
        Api.given()
                .queryParam("coordinator", true)
                .queryParam("libraryId", library)
                .get("/api/contacts")
                .then()
                .body("items.name", contains(coordinator.get("name")));

        Map<String, Object> both = contact("Begge " + uniqueWord(), library, true);
        both.put("partnerId", 1);
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(both)
                .post("/api/contacts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("partnerId"));
        Map<String, Object> badEmail = contact("Mail " + uniqueWord(), library, true);
        badEmail.put("email", "ikke-en-adresse");
        editor.givenInvalidRequest()
                .contentType("application/json")
                .body(badEmail)
                .post("/api/contacts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
        Api.given()
                .queryParam("libraryId", library)
                .queryParam("q", "Mail")
                .get("/api/contacts")
                .then()
                .body("items", empty());
    }

    @Test
    void aNetworkLeadIsOneOfTheLibrarysContactsAndHiddenFromAnonymousWhenPrivate() {
        long theme = themes.create("Netværk " + uniqueWord(), 2049);
        long library = libraries.create("Ledet " + uniqueWord(), 851);
        long other = libraries.create("Uden " + uniqueWord(), 101);
        TestUsers.Session editor = users.editorOf(library);
        long lead = editor.given()
                .contentType("application/json")
                .body(contact("Leder " + uniqueWord(), library, false))
                .post("/api/contacts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long stranger = users.coordinator()
                .given()
                .contentType("application/json")
                .body(contact("Fremmed " + uniqueWord(), other, true))
                .post("/api/contacts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        editor.given()
                .contentType("application/json")
                .body(ledBy(library, stranger))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("networkLeadId"));
        long participation = editor.given()
                .contentType("application/json")
                .body(ledBy(library, lead))
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(201)
                .body("networkLead.id", equalTo((int) lead))
                .body("networkLead.email", equalTo("person@example.dk"))
                .extract()
                .jsonPath()
                .getLong("id");

        Api.given()
                .get("/api/participations/{id}", participation)
                .then()
                .statusCode(200)
                .body("networkLead", nullValue());
        Api.given().get("/api/themes/{id}/participations", theme).then().body("items[0].networkLead", nullValue());

        // The lead cannot be deleted while named, nor moved to another library.
        editor.given()
                .header("If-Match", "\"v0\"")
                .delete("/api/contacts/{id}", lead)
                .then()
                .statusCode(409)
                .body("references[0].entity", equalTo("participation"));
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(contact("Flyttet", other, false))
                .put("/api/contacts/{id}", lead)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("libraryId"));
    }
}
