package dk.samspil.integration.opendata;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestPartners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a harvester sees: a catalogue, every dataset in both formats, and cheap polling. */
@QuarkusTest
class OpenDataTest {

    @Inject
    TestLibraries libraries;

    @Inject
    TestPartners partners;

    @Inject
    AppClock clock;

    @Test
    void theCatalogueListsEveryDatasetWithItsDownloadsAndTheLicence() {
        var catalogue = Api.given()
                .get("/api/open-data")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("CC BY 4.0", catalogue.getString("licence.name"));
        List<String> ids = catalogue.getList("datasets.id");
        assertEquals(
                List.of(
                        "libraries",
                        "themes",
                        "signups",
                        "activities",
                        "partners",
                        "toolbox",
                        "guide",
                        "cases",
                        "projects"),
                ids);
        for (Map<String, Object> dataset : catalogue.<Map<String, Object>>getList("datasets")) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> distributions = (List<Map<String, String>>) dataset.get("distributions");
            for (Map<String, String> distribution : distributions) {
                String path = distribution.get("url").replaceFirst("^https?://[^/]+", "");
                RestAssured.given()
                        .accept(distribution.get("mediaType"))
                        .get(path)
                        .then()
                        .statusCode(200)
                        .contentType(containsString(distribution.get("mediaType")))
                        .header("ETag", org.hamcrest.Matchers.startsWith("\""))
                        .header("Last-Modified", org.hamcrest.Matchers.notNullValue())
                        .header("Link", containsString("creativecommons.org/licenses/by/4.0"));
            }
        }
    }

    @Test
    void aNewLibraryIsInBothFormatsAndChangesTheTag() {
        ExtractableResponse<Response> before = Api.given()
                .get("/api/open-data/libraries.json")
                .then()
                .statusCode(200)
                .extract();
        String name = "Åben data " + uniqueWord();
        long id = libraries.create(name, 851);

        ExtractableResponse<Response> after = Api.given()
                .header("If-None-Match", before.header("ETag"))
                .get("/api/open-data/libraries.json")
                .then()
                .statusCode(200)
                .body("name", hasItem(name))
                .body("find { it.id == " + id + " }.isil", org.hamcrest.Matchers.startsWith("DK-7851"))
                .body("find { it.id == " + id + " }.region", equalTo("Region Nordjylland"))
                .extract();
        assertTrue(!after.header("ETag").equals(before.header("ETag")));
        assertEquals(
                before.jsonPath().getList("$").size() + 1,
                after.jsonPath().getList("$").size());

        byte[] csv = RestAssured.given()
                .accept("text/csv")
                .get("/api/open-data/libraries.csv")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid;name;libraryNumber;isil;"), text.substring(0, 60));
        assertTrue(text.contains("\r\n" + id + ";" + name + ";7851"), "the new library's row");
    }

    @Test
    void pollingWithTheTagOrTheDateCostsA304UntilTheDataChanges() {
        ExtractableResponse<Response> first = RestAssured.given()
                .get("/api/open-data/partners.json")
                .then()
                .statusCode(200)
                .extract();
        RestAssured.given()
                .header("If-None-Match", first.header("ETag"))
                .get("/api/open-data/partners.json")
                .then()
                .statusCode(304)
                .header("ETag", first.header("ETag"));
        RestAssured.given()
                .header("If-Modified-Since", first.header("Last-Modified"))
                .get("/api/open-data/partners.json")
                .then()
                .statusCode(304);
        // the JSON and the CSV of one dataset are different files with different tags
        String csvTag = RestAssured.given()
                .get("/api/open-data/partners.csv")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertTrue(!csvTag.equals(first.header("ETag")));
    }

    @Test
    void aDeletionIsANewVersionForHarvestersPollingByDate() {
        long id = partners.create("Open data deleted " + uniqueWord());
        ExtractableResponse<Response> before = RestAssured.given()
                .get("/api/open-data/partners.json")
                .then()
                .statusCode(200)
                .extract();
        try {
            clock.shift(Duration.ofMinutes(10)); // no newer updated_at is left behind by a deletion
            partners.delete(id);
        } finally {
            clock.reset();
        }
        ExtractableResponse<Response> after = RestAssured.given()
                .header("If-Modified-Since", before.header("Last-Modified"))
                .get("/api/open-data/partners.json")
                .then()
                .statusCode(200)
                .extract();
        assertTrue(httpDate(after.header("Last-Modified")).isAfter(httpDate(before.header("Last-Modified"))));
        assertTrue(!after.body().asString().contains("\"id\":" + id + ","), "the deleted partner is gone");
        RestAssured.given()
                .get("/api/open-data")
                .then()
                .statusCode(200)
                .body(
                        "datasets.find { it.id == 'partners' }.lastModified",
                        equalTo(httpDate(after.header("Last-Modified")).toString()));
    }

    private static Instant httpDate(String header) {
        return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    @Test
    void anUnknownDatasetIsA404Problem() {
        RestAssured.given()
                .get("/api/open-data/contacts.json")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
