package dk.samspil.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With an allow-list, only the listed origins get CORS headers; "null" never does. */
@QuarkusTest
@TestProfile(CorsTest.AllowPartner.class)
class CorsTest {

    public static class AllowPartner implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.cors.enabled",
                    "true",
                    "quarkus.http.cors.origins",
                    "https://partner.example",
                    "samspil.cors.origins",
                    "https://partner.example");
        }
    }

    private static Response preflight(String origin) {
        return RestAssured.given()
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .options("/api/libraries");
    }

    @Test
    void allowsAListedOrigin() {
        assertEquals(
                "https://partner.example", preflight("https://partner.example").header("Access-Control-Allow-Origin"));
        assertEquals(
                "https://partner.example",
                RestAssured.given()
                        .header("Origin", "https://partner.example")
                        .get("/api/regions")
                        .header("Access-Control-Allow-Origin"));
    }

    @Test
    void refusesOtherOriginsAndTheNullOrigin() {
        for (String origin : new String[] {"https://evil.example", "null"}) {
            Response response = preflight(origin);
            String allowed = response.header("Access-Control-Allow-Origin");
            assertNotEquals(origin, allowed, origin);
            assertNotEquals("*", allowed, origin);
        }
        assertNull(
                RestAssured.given().header("Origin", "null").get("/api/regions").header("Access-Control-Allow-Origin"));
    }
}
