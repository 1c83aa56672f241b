package dk.samspil.fuzz;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.access.auth.AuthenticationFilter;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestFiles;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestPartners;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What ApiFuzzTest found, each pinned by a plain request: a 500 where the client was at fault, or a request
 * outside the contract that was answered as if it were in it.
 */
@QuarkusTest
class FuzzFindingsTest {

    @Inject
    TestUsers users;

    @Inject
    TestLibraries libraries;

    @Inject
    TestPartners partners;

    @Inject
    TestDatabase db;

    @TestHTTPResource("/")
    URI root;

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status));
    }

    /** The exact text, not re-encoded by RestAssured. */
    private static RequestSpecification raw() {
        return RestAssured.given().urlEncodingEnabled(false).accept("application/json, application/problem+json");
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIs415NotA500() {
        for (String type : List.of("json", "application/", ";;;", "application/json, text/plain")) {
            problem(
                            RestAssured.given()
                                    .header("Content-Type", type)
                                    .body("{\"email\":\"a@b.dk\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8))
                                    .post("/api/auth/login"),
                            415)
                    .body("type", equalTo("/problems/unsupported-media-type"));
        }
    }

    @Test
    void aWildcardOrMissingContentTypeIsNotTakenForJson() throws Exception {
        TestUsers.Session coordinator = users.coordinator();
        String partner = "{\"name\":\"Fuzz " + uniqueWord() + "\",\"type\":\"OTHER\"}";
        for (String type : List.of("*/*", "application/*")) {
            problem(
                    coordinator
                            .givenInvalidRequest()
                            .header("Content-Type", type)
                            .body(partner.getBytes(StandardCharsets.UTF_8))
                            .post("/api/partners"),
                    415);
        }
        // java.net.http sends no Content-Type unless told (RestAssured would add one)
        HttpResponse<String> missing = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(root.resolve("/api/partners"))
                                .header("Cookie", AuthenticationFilter.SESSION_COOKIE + "=" + coordinator.cookie())
                                .header(AuthenticationFilter.CSRF_HEADER, coordinator.csrf())
                                .header("Accept-Language", "en")
                                .POST(HttpRequest.BodyPublishers.ofString(partner))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(415, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("The body has no Content-Type; send application/json."), missing.body());
    }

    @Test
    void theLastPageNumberIsAnEmptyPageNotA500() {
        raw().get("/api/libraries?page=2147483647&size=100")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(2147483647));
    }

    @Test
    void queryNumbersAreDigitsWithinTheirRange() {
        for (String query : List.of(
                "/api/libraries?size=%2B5",
                "/api/libraries?size=%D9%A3",
                "/api/libraries?size=%EF%BC%91",
                "/api/activities?libraryId=0",
                "/api/contacts?partnerId=-1",
                "/api/themes?year=0",
                "/api/network-meetings?year=2101",
                "/api/municipalities?region=0",
                "/api/libraries?municipality=861",
                "/api/projects?updatedSince=-999999999-01-01T00:00:00Z",
                "/api/themes?updatedSince=%2B10000-01-01T00:00:00Z",
                "/api/activities?from=%2B10000-01-01")) {
            problem(raw().get(query), 400).body("type", equalTo("/problems/bad-request"));
        }
    }

    @Test
    void anIdInAPathIsWrittenInDigits() {
        long library = libraries.create("Fuzz " + uniqueWord(), 851);
        String etag = raw().get("/api/libraries/" + library)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String digit = String.valueOf(library).substring(0, 1);
        String arabicIndic = new String(Character.toChars('\u0660' + Integer.parseInt(digit)));
        String[] others = {
            "%2B" + library, // +id
            encode(arabicIndic + String.valueOf(library).substring(1)),
            encode(new String(Character.toChars('\uff10' + Integer.parseInt(digit)))
                    + String.valueOf(library).substring(1))
        };
        for (String id : others) {
            problem(raw().get("/api/libraries/" + id), 404);
            problem(
                    users.coordinator()
                            .givenInvalidRequest()
                            .urlEncodingEnabled(false)
                            .header("If-Match", etag)
                            .delete("/api/libraries/" + id),
                    404);
        }
        assertEquals(1, db.count("select count(*) from library where id = ?1", library));
    }

    @Test
    void anIfModifiedSinceThatIsNoDateIsIgnored() {
        for (String date : List.of("yesterday", "Mon, 32 Foo 2026 25:61:61 GMT")) {
            RestAssured.given()
                    .header("If-Modified-Since", date)
                    .get("/api/open-data/libraries.json")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void aJsonValueOfAnotherTypeIsNotConverted() {
        TestUsers.Session coordinator = users.coordinator();
        long partner = partners.create("Fuzz " + uniqueWord());
        String name = "\"name\":\"Fuzz " + uniqueWord() + "\"";
        for (String body : List.of(
                "{" + name + ",\"type\":\"OTHER\",\"national\":\"true\"}",
                "{" + name + ",\"type\":\"OTHER\",\"national\":1}",
                "{\"name\":7,\"type\":\"OTHER\"}",
                "{" + name + ",\"type\":3}",
                "{" + name + ",\"type\":\"OTHER \"}",
                "{" + name + ",\"type\":\"\\u0000OTHER\"}",
                "{" + name + ",\"type\":\"OTHER\"}}",
                "{" + name + ",\"type\":\"OTHER\"} garbage")) {
            problem(
                            coordinator
                                    .givenInvalidRequest()
                                    .contentType("application/json")
                                    .header("If-Match", "*")
                                    .body(body)
                                    .put("/api/partners/{id}", partner),
                            400)
                    .body("type", equalTo("/problems/bad-request"));
        }
        for (String goal : List.of(
                "{\"targetLibraries\":90.5,\"targetDate\":\"2030-12-31\"}",
                "{\"targetLibraries\":\"90\",\"targetDate\":\"2030-12-31\"}",
                "{\"targetLibraries\":90,\"targetDate\":506}",
                "{\"targetLibraries\":90,\"targetDate\":[2030,12,31]}",
                "{\"targetLibraries\":90,\"targetDate\":\"+999999999-12-31\"}",
                "{\"targetLibraries\":90,\"targetDate\":\"-0001-01-01\"}",
                "{\"targetLibraries\":90,\"targetDate\":\"2030-12-31T00:00:00Z\"}")) {
            problem(
                    coordinator
                            .givenInvalidRequest()
                            .contentType("application/json")
                            .header("If-Match", "*")
                            .body(goal)
                            .put("/api/goal"),
                    400);
        }
    }

    @Test
    void aRoleGivenTwiceIsRefusedNotDropped() {
        problem(
                        users.admin()
                                .givenInvalidRequest()
                                .contentType("application/json")
                                .body(Map.of(
                                        "email",
                                        uniqueWord().toLowerCase() + "@test.samspil",
                                        "displayName",
                                        "Fuzz",
                                        "roles",
                                        List.of("ADMIN", "ADMIN", "COORDINATOR", "EDITOR"),
                                        "password",
                                        "long-enough-password"))
                                .post("/api/users"),
                        400)
                .body("type", equalTo("/problems/bad-request"));
    }

    @Test
    void moreChangeTypesThanThereAreIs400() {
        problem(raw().get("/api/changes?" + "types=library&".repeat(15)), 400);
    }

    @Test
    void aDownloadNameLongerThanTheContractAllowsIs400() {
        long attachment = TestFiles.uploadPdf(users.coordinator(), "fund.pdf");
        problem(
                users.coordinator()
                        .givenInvalidRequest()
                        .queryParam("name", "n".repeat(201))
                        .get("/api/attachments/{id}", attachment),
                400);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
