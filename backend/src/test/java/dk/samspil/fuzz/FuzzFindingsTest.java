package dk.samspil.fuzz;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dk.samspil.testing.TestDatabase;
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
import java.nio.charset.StandardCharsets;
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
    void theLastPageNumberIsAnEmptyPageNotA500() {
        raw().get("/api/libraries?page=2147483647&size=100")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(2147483647));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
