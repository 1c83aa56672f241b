package dk.samspil.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dk.samspil.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The API's error conventions, seen from a client. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void unknownApiRouteIsA404Problem() {
        RestAssured.given()
                .when()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/no-such-thing"));
    }

    @Test
    void unsupportedMethodIsA405Problem() {
        RestAssured.given()
                .when()
                .patch("/api/libraries/1")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/method-not-allowed"));
    }

    @Test
    void unexpectedErrorIsA500ProblemWithCorrelationIdAndNoInternals() {
        RestAssured.given()
                .header("Accept-Language", "en")
                .when()
                .get("/api/test-only/failure")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/internal"))
                .body("title", equalTo("Unexpected error"))
                .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("dk.samspil")))
                .body(not(containsString("secret")));
    }

    @Test
    void problemsSpeakEnglishWhenAsked() {
        Api.given()
                .header("Accept-Language", "en-GB,en;q=0.9")
                .when()
                .get("/api/libraries/987654")
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .body("title", equalTo("Not found"));
        Api.given().when().get("/api/libraries/987654").then().statusCode(404).body("title", equalTo("Ikke fundet"));
    }

    @Test
    void refusesABodyOverTheLimitWith413Problem() {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        RestAssured.given()
                .contentType("application/json")
                .body(huge)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void refusesAnUnavailableRepresentationWith406Problem() {
        RestAssured.given()
                .accept("application/xml")
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void compressesJsonWhenTheClientAcceptsGzip() {
        RestAssured.given()
                .header("Accept-Encoding", "gzip")
                .queryParam("size", 100)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
    }
}
