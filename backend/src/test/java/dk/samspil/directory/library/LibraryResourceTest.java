package dk.samspil.directory.library;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LibraryResourceTest {

    private static final int AALBORG = 851;
    private static final int KOEBENHAVN = 101;

    @Inject
    TestLibraries libraries;

    @Inject
    TestDatabase db;

    @Inject
    TestUsers users;

    private TestUsers.Session coordinator() {
        return users.coordinator();
    }

    // --- Reading -------------------------------------------------------------------------------

    @Test
    void getsALibraryWithIsilRegionAndStrongETag() {
        String word = uniqueWord();
        long id = libraries.create(word + " Bibliotek", AALBORG);
        String number = (String)
                db.row("select library_number from library where id = ?1", id).get("library_number");

        Api.given()
                .when()
                .get("/api/libraries/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"v0\"")
                .body("id", equalTo((int) id))
                .body("name", equalTo(word + " Bibliotek"))
                .body("libraryNumber", equalTo(number))
                .body("isil", equalTo("DK-" + number))
                .body("municipality.name", equalTo("Aalborg"))
                .body("region.code", equalTo(1081))
                .body("region.name", equalTo("Region Nordjylland"))
                .body("postalCode", equalTo("9000"))
                .body("joinedOn", equalTo("2016-03-01"))
                .body("createdAt", notNullValue());
    }

    @Test
    void answersNotModifiedWhenTheETagIsCurrent() {
        long id = libraries.create(uniqueWord(), AALBORG);
        Api.given()
                .header("If-None-Match", "\"v0\"")
                .when()
                .get("/api/libraries/{id}", id)
                .then()
                .statusCode(304)
                .header("ETag", "\"v0\"");
        Api.given()
                .header("If-None-Match", "\"v7\"")
                .when()
                .get("/api/libraries/{id}", id)
                .then()
                .statusCode(200);
    }

    @Test
    void answersNotFoundAsProblemForAnUnknownLibrary() {
        Api.given()
                .when()
                .get("/api/libraries/{id}", 987654321)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404))
                .body("title", notNullValue())
                .body("detail", containsString("987654321"));
    }

    @Test
    void filtersByRegionMunicipalityCentralAndActive() {
        String word = uniqueWord();
        long inAalborg = libraries.create(word + " Nord", AALBORG);
        long inCopenhagen = libraries.create(word + " Hovedstad", KOEBENHAVN);
        Map<String, Object> inactive = libraries.input(word + " Lukket", AALBORG);
        inactive.put("active", false);
        coordinator()
                .given()
                .contentType("application/json")
                .body(inactive)
                .post("/api/libraries")
                .then()
                .statusCode(201);

        Api.given()
                .queryParam("q", word)
                .queryParam("region", 1081)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200)
                .body("items.name", contains(word + " Lukket", word + " Nord"))
                .body("items.region.code", everyItem(equalTo(1081)))
                .body("totalItems", equalTo(2));
        Api.given()
                .queryParam("q", word)
                .queryParam("municipality", KOEBENHAVN)
                .when()
                .get("/api/libraries")
                .then()
                .body("items.id", contains((int) inCopenhagen));
        Api.given()
                .queryParam("q", word)
                .queryParam("active", true)
                .queryParam("region", 1081)
                .when()
                .get("/api/libraries")
                .then()
                .body("items.id", contains((int) inAalborg));
        Api.given()
                .queryParam("q", word)
                .queryParam("central", true)
                .when()
                .get("/api/libraries")
                .then()
                .body("totalItems", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void searchesNameAndMunicipalityCaseInsensitively() {
        String word = uniqueWord();
        libraries.create("Biblioteket " + word, AALBORG);
        Api.given()
                .queryParam("q", word.toLowerCase())
                .when()
                .get("/api/libraries")
                .then()
                .body("items.name", contains("Biblioteket " + word));
        // The municipality's name and the town match too: all libraries in Aalborg, the demo one and ours
        // among them (the test libraries are all in the town of Aalborg, whatever their municipality).
        Api.given()
                .queryParam("q", "aalborg")
                .queryParam("size", 100)
                .when()
                .get("/api/libraries")
                .then()
                .body("items.name", hasItem("Biblioteket " + word))
                .body("items.findAll { it.municipality.name != 'Aalborg' }.city", everyItem(equalTo("Aalborg")));
        // Wildcards in q are literal characters, not patterns.
        Api.given()
                .queryParam("q", "%")
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void sortsByNameInDanishOrderAndByUpdatedAtDescending() {
        String word = uniqueWord();
        libraries.create(word + " Åby", AALBORG);
        libraries.create(word + " Æbelø", AALBORG);
        libraries.create(word + " Bjerre", AALBORG);
        libraries.create(word + " Aalestrup", AALBORG);

        // Danish: Æ, Ø, Å come after Z, and "Aa" sorts as Å (so Åby < Aalestrup, as b < l).
        Api.given()
                .queryParam("q", word)
                .queryParam("sort", "name")
                .when()
                .get("/api/libraries")
                .then()
                .body("items.name", contains(word + " Bjerre", word + " Æbelø", word + " Åby", word + " Aalestrup"));
        Api.given()
                .queryParam("q", word)
                .queryParam("sort", "-name")
                .when()
                .get("/api/libraries")
                .then()
                .body("items.name", contains(word + " Aalestrup", word + " Åby", word + " Æbelø", word + " Bjerre"));
        Api.given()
                .queryParam("q", word)
                .queryParam("sort", "-updatedAt")
                .when()
                .get("/api/libraries")
                .then()
                .body("items[0].name", equalTo(word + " Aalestrup"));
    }

    @Test
    void pagesThroughResultsWithTotals() {
        String word = uniqueWord();
        for (int i = 1; i <= 5; i++) {
            libraries.create(word + " Filial " + i, AALBORG);
        }
        Api.given()
                .queryParam("q", word)
                .queryParam("size", 2)
                .queryParam("page", 3)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200)
                .body("items.name", contains(word + " Filial 5"))
                .body("page", equalTo(3))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
        Api.given()
                .queryParam("q", word)
                .queryParam("page", 9)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(5));
    }

    @Test
    void defaultsToPagesOfTwentyAndRefusesMoreThanAHundred() {
        Api.given()
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200)
                .body("size", equalTo(20))
                .body("page", equalTo(1));
        Api.given().queryParam("size", 100).when().get("/api/libraries").then().statusCode(200);
        Api.givenInvalidRequest()
                .queryParam("size", 101)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/bad-request"))
                .body("detail", containsString("size"));
    }

    @Test
    void refusesUnknownSortFieldsAndMalformedParameters() {
        Api.given()
                .queryParam("sort", "password")
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(400)
                .body("detail", containsString("password"))
                .body("detail", containsString("updatedAt"));
        Api.givenInvalidRequest()
                .queryParam("page", "abc")
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(400)
                .body("detail", containsString("page"));
        Api.givenInvalidRequest()
                .queryParam("region", "nord")
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(400)
                .body("detail", containsString("region"));
        Api.givenInvalidRequest()
                .queryParam("central", "ja")
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(400)
                .body("detail", containsString("central"));
        Api.givenInvalidRequest()
                .queryParam("page", 0)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(400);
    }

    // --- Creating ------------------------------------------------------------------------------

    @Test
    void createsALibraryWith201LocationAndETag() {
        String word = uniqueWord();
        Map<String, Object> input = libraries.input(word, AALBORG);
        Response response = coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(201)
                .header("ETag", "\"v0\"")
                .body("name", equalTo(word))
                .body("isil", equalTo("DK-" + input.get("libraryNumber")))
                .extract()
                .response();
        long id = response.jsonPath().getLong("id");
        assertEquals(response.header("Location").replaceAll("^https?://[^/]+", ""), "/api/libraries/" + id);

        Map<String, Object> row = db.row("select name, library_number, demo, active from library where id = ?1", id);
        assertEquals(word, row.get("name"));
        assertEquals(input.get("libraryNumber"), row.get("library_number"));
        assertEquals(false, row.get("demo"));
    }

    @Test
    void refusesInvalidInputWithFieldErrorsAndStoresNothing() {
        String word = uniqueWord();
        Map<String, Object> input = libraries.input(word, AALBORG);
        input.put("libraryNumber", "12345");
        input.put("email", "ikke-en-adresse");
        input.put("postalCode", "90");
        input.put("website", "ftp://x");

        coordinator()
                .givenInvalidRequest()
                .contentType("application/json")
                .header("Accept-Language", "en")
                .body(input)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", contains("email", "libraryNumber", "postalCode", "website"))
                .body(
                        "errors.find { it.field == 'postalCode' }.message",
                        equalTo("must be a 4-digit Danish postal code"));
        assertEquals(0, db.count("select count(*) from library where name = ?1", word));
    }

    @Test
    void answersValidationMessagesInDanishByDefault() {
        Map<String, Object> input = libraries.input("", AALBORG);
        coordinator()
                .givenInvalidRequest()
                .contentType("application/json")
                .body(input)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(400)
                .header("Content-Language", "da")
                .body("title", equalTo("Ugyldige oplysninger"))
                .body("errors.field", hasItem("name"))
                .body("errors.message", hasItem("må ikke være blank"));
    }

    @Test
    void refusesALibraryNumberThatDoesNotBelongToTheMunicipality() {
        Map<String, Object> input = libraries.input(uniqueWord(), AALBORG);
        input.put("libraryNumber", libraries.freeLibraryNumber(KOEBENHAVN));
        coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("libraryNumber"))
                .body("errors[0].message", containsString("7851xx"));

        input.put("municipalityCode", 999);
        coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("municipalityCode"));
    }

    @Test
    void refusesADuplicateLibraryNumberWith409() {
        Map<String, Object> input = libraries.input(uniqueWord(), AALBORG);
        input.put("libraryNumber", "785100"); // the demo Aalborg Bibliotekerne has it
        coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("785100"))
                .body("errors[0].field", equalTo("libraryNumber"));
        assertEquals(1, db.count("select count(*) from library where library_number = '785100'"));
    }

    @Test
    void refusesUnknownFieldsMalformedJsonAndWrongTypes() {
        Map<String, Object> input = libraries.input(uniqueWord(), AALBORG);
        input.put("isCool", true);
        coordinator()
                .givenInvalidRequest()
                .contentType("application/json")
                .body(input)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/bad-request"))
                .body("detail", containsString("isCool"));
        coordinator()
                .givenInvalidRequest()
                .contentType("application/json")
                .body("{\"name\": ")
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/bad-request"));
        coordinator()
                .givenInvalidRequest()
                .contentType("application/json")
                .body("{\"name\":\"X\",\"municipalityCode\":\"nord\"}")
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(400)
                .body("detail", containsString("municipalityCode"));
        assertEquals(0, db.count("select count(*) from library where name = ?1", input.get("name")));
    }

    @Test
    void refusesAnotherContentTypeWith415() {
        coordinator()
                .givenInvalidRequest()
                .contentType("text/plain")
                .body("Aalborg")
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"));
    }

    // --- Updating ------------------------------------------------------------------------------

    @Test
    void updatesWithIfMatchAndReturnsTheNewETag() {
        long id = libraries.create(uniqueWord(), AALBORG);
        Map<String, Object> input = libraries.input("Omdøbt " + uniqueWord(), AALBORG);
        input.put(
                "libraryNumber",
                db.row("select library_number from library where id = ?1", id).get("library_number"));

        coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .when()
                .put("/api/libraries/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"v1\"")
                .body("name", equalTo(input.get("name")))
                .body("version", equalTo(1));
        assertEquals(
                input.get("name"),
                db.row("select name from library where id = ?1", id).get("name"));

        // The same content again changes nothing, so the version (and the ETag) stays.
        coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v1\"")
                .body(input)
                .when()
                .put("/api/libraries/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"v1\"");
    }

    @Test
    void refusesAnUpdateWithoutIfMatchWith428AndChangesNothing() {
        long id = libraries.create("Uændret " + uniqueWord(), AALBORG);
        Map<String, Object> before = db.row("select * from library where id = ?1", id);
        Map<String, Object> input = libraries.input("Ændret", AALBORG);
        input.put("libraryNumber", before.get("library_number"));

        coordinator()
                .givenInvalidRequest()
                .contentType("application/json")
                .body(input)
                .when()
                .put("/api/libraries/{id}", id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-required"));
        assertEquals(before, db.row("select * from library where id = ?1", id));
    }

    @Test
    void refusesAStaleIfMatchWith412AndLeavesTheRowUntouched() {
        long id = libraries.create("Original " + uniqueWord(), AALBORG);
        Map<String, Object> input = libraries.input("Første ændring", AALBORG);
        input.put(
                "libraryNumber",
                db.row("select library_number from library where id = ?1", id).get("library_number"));
        coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/libraries/{id}", id)
                .then()
                .statusCode(200);
        Map<String, Object> afterFirst = db.row("select * from library where id = ?1", id);

        input.put("name", "Anden ændring, på et forældet grundlag");
        coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .when()
                .put("/api/libraries/{id}", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"));
        assertEquals(afterFirst, db.row("select * from library where id = ?1", id));
    }

    @Test
    void answersNotFoundForAnUpdateOfAnUnknownLibrary() {
        coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(libraries.input("Ingen", AALBORG))
                .when()
                .put("/api/libraries/{id}", 987654321)
                .then()
                .statusCode(404);
    }

    // --- Deleting ------------------------------------------------------------------------------

    @Test
    void deletesWithIfMatch() {
        long id = libraries.create(uniqueWord(), AALBORG);
        coordinator()
                .givenInvalidRequest()
                .when()
                .delete("/api/libraries/{id}", id)
                .then()
                .statusCode(428);
        coordinator()
                .given()
                .header("If-Match", "\"v3\"")
                .when()
                .delete("/api/libraries/{id}", id)
                .then()
                .statusCode(412);
        assertEquals(1, db.count("select count(*) from library where id = ?1", id));

        coordinator()
                .given()
                .header("If-Match", "\"v0\"")
                .when()
                .delete("/api/libraries/{id}", id)
                .then()
                .statusCode(204);
        assertNull(db.row("select id from library where id = ?1", id));
        Api.given().when().get("/api/libraries/{id}", id).then().statusCode(404);
    }

    @Test
    void refusesToDeleteALibraryOthersStillReferTo() {
        long id = libraries.create(uniqueWord(), AALBORG);
        // A stand-in for the features that will refer to libraries (sign-ups, partnerships).
        db.execute("create table if not exists test_library_reference ("
                + " id bigint generated always as identity primary key, library_id bigint references library (id))");
        db.execute("insert into test_library_reference (library_id) values (?1), (?1)", id);
        try {
            coordinator()
                    .given()
                    .header("If-Match", "\"v0\"")
                    .when()
                    .delete("/api/libraries/{id}", id)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/still-referenced"))
                    .body("references.entity", contains("test_library_reference"))
                    .body("references.count", contains(2));
            assertEquals(1, db.count("select count(*) from library where id = ?1", id));
        } finally {
            db.execute("delete from test_library_reference where library_id = ?1", id);
        }
    }

    @Test
    void listsOnlyDocumentedFields() {
        long id = libraries.create(uniqueWord(), AALBORG);
        Map<String, Object> item = Api.given()
                .queryParam(
                        "q",
                        db.row("select name from library where id = ?1", id).get("name"))
                .when()
                .get("/api/libraries")
                .then()
                .extract()
                .jsonPath()
                .getMap("items[0]");
        assertEquals(
                List.of(
                        "active",
                        "centralLibrary",
                        "city",
                        "id",
                        "isil",
                        "libraryNumber",
                        "municipality",
                        "name",
                        "region",
                        "updatedAt"),
                item.keySet().stream().sorted().toList());
        Map<String, Object> whole = Api.given()
                .when()
                .get("/api/libraries/{id}", id)
                .then()
                .extract()
                .jsonPath()
                .getMap("$");
        assertEquals(false, whole.containsKey("demo"));
    }
}
