package dk.samspil.common;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Accept as RFC 9110 reads it, seen by a generated client: an operation without a body never answers 406
 * (clients send the media types of the error responses, the only ones such an operation documents), and
 * errors are problem+json whatever Accept asks.
 */
@QuarkusTest
class ContentNegotiationTest {

    @Inject
    TestUsers users;

    @Inject
    TestLibraries libraries;

    @Test
    void noOperationThatAnswers204RefusesTheAcceptOfItsErrorResponses() {
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT.toString());
        TestUsers.Session coordinator = users.coordinator();
        List<String> refused = new ArrayList<>();
        contract.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    // Body-less operations: a 204 and no success with a body (GET /api/auth/session
                    // answers 200 with JSON or 204, and negotiates as any JSON operation does).
                    boolean bodyLess = op.getResponses().containsKey("204")
                            && op.getResponses().entrySet().stream()
                                    .noneMatch(r -> r.getKey().startsWith("2")
                                            && r.getValue().getContent() != null
                                            && !r.getValue().getContent().isEmpty());
                    if (!bodyLess) {
                        return;
                    }
                    int status = coordinator
                            .givenInvalidRequest()
                            .accept("application/problem+json")
                            .header("If-Match", "\"v0\"")
                            .contentType("application/json")
                            .body("{}")
                            .request(
                                    method.name(),
                                    "/api" + path.substring("/api".length()).replaceAll("\\{[^}]+}", "999999999"))
                            .statusCode();
                    if (status == 406) {
                        refused.add(method + " " + path);
                    }
                }));
        assertTrue(refused.isEmpty(), "406 for a body-less operation: " + refused);
    }

    @Test
    void aDeleteAnswers204WhateverTheClientAccepts() {
        TestUsers.Session coordinator = users.coordinator();
        for (String accept : List.of("application/problem+json", "application/json", "*/*", "text/plain")) {
            long library = libraries.create("Accept " + uniqueWord(), 851);
            String etag =
                    coordinator.given().get("/api/libraries/{id}", library).header("ETag");
            coordinator
                    .givenInvalidRequest()
                    .accept(accept)
                    .header("If-Match", etag)
                    .delete("/api/libraries/{id}", library)
                    .then()
                    .statusCode(204);
        }
    }

    @Test
    void errorsAreProblemsWhateverTheClientAccepts() {
        for (String accept : List.of("text/calendar", "text/csv", "text/html", "application/json", "*/*")) {
            RestAssured.given()
                    .accept(accept)
                    .get("/api/libraries/{id}", 999_999_999)
                    .then()
                    .statusCode(accept.startsWith("text/") ? 406 : 404)
                    .contentType("application/problem+json");
        }
        RestAssured.given()
                .accept("application/json")
                .get("/api/themes/{id}/export/participations.csv", 999_999_999)
                .then()
                .contentType("application/problem+json")
                .body("status", equalTo(406));
    }

    @Test
    void jsonOperationsServeJsonToWildcardsAndParameters() {
        for (String accept : List.of(
                "*/*",
                "application/*",
                "application/json; charset=utf-8",
                "application/json, application/problem+json")) {
            RestAssured.given()
                    .accept(accept)
                    .get("/api/libraries")
                    .then()
                    .statusCode(200)
                    .contentType("application/json");
        }
    }
}
