package dk.samspil.directory.partner;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestLibraries libraries;

    @Test
    void anEditorAddsAMissingLocalPartnerButLeavesNationalOnesAndChangesToCoordinators() {
        TestUsers.Session editor = users.editorOf(libraries.create("Lokal " + uniqueWord(), 851));
        String name = "Aftenskolen " + uniqueWord();
        long id = editor.given()
                .contentType("application/json")
                .body(Map.of("name", name, "type", "EDUCATION"))
                .post("/api/partners")
                .then()
                .statusCode(201)
                .body("national", equalTo(false))
                .extract()
                .jsonPath()
                .getLong("id");
        editor.given()
                .contentType("application/json")
                .body(Map.of("name", "Landsdækkende " + uniqueWord(), "type", "MEDIA", "national", true))
                .post("/api/partners")
                .then()
                .statusCode(403)
                .body("detail", containsString("lokal partner"));
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(Map.of("name", name + " (ny)", "type", "EDUCATION"))
                .put("/api/partners/{id}", id)
                .then()
                .statusCode(403);
        editor.given()
                .header("If-Match", "\"v0\"")
                .delete("/api/partners/{id}", id)
                .then()
                .statusCode(403);
        Api.given().get("/api/partners/{id}", id).then().body("name", equalTo(name));
    }

    @Test
    void coordinatorsManagePartnersEveryoneReadsThem() {
        String name = "Teater " + uniqueWord();
        long id = users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of("name", name, "type", "THEATRE", "website", "https://teater.example.dk"))
                .post("/api/partners")
                .then()
                .statusCode(201)
                .body("national", equalTo(false))
                .extract()
                .jsonPath()
                .getLong("id");
        Api.given().queryParam("q", name).get("/api/partners").then().body("items.id", contains((int) id));
        Api.given()
                .queryParam("national", true)
                .queryParam("size", 100)
                .get("/api/partners")
                .then()
                .body("items.national", everyItem(equalTo(true)));
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of("name", name.toUpperCase(), "type", "THEATRE"))
                .post("/api/partners")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("name"));
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(Map.of("name", name, "type", "THEATRE", "national", true))
                .put("/api/partners/{id}", id)
                .then()
                .statusCode(200)
                .body("national", equalTo(true));
        Api.givenInvalidRequest()
                .contentType("application/json")
                .body(Map.of("name", "x", "type", "MEDIA"))
                .post("/api/partners")
                .then()
                .statusCode(401);
        // An editor may add local partners only (see above): a national one is the coordinators'.
        users.editorOf(1)
                .given()
                .contentType("application/json")
                .body(Map.of("name", "x", "type", "MEDIA", "national", true))
                .post("/api/partners")
                .then()
                .statusCode(403);
    }
}
