package dk.samspil.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response carries the hardening headers: API, errors, documents and the SPA's paths. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/libraries", "/api/no-such-thing", "/api/regions", "/biblioteker/1", "/q/openapi"})
    void everyResponseIsHardened(String path) {
        Response response = RestAssured.given().get(path);
        String csp = response.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"));
        assertTrue(response.header("Permissions-Policy").contains("camera=()"));
        assertNull(response.header("Server"), "no server banner");
        assertNull(response.header("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    @Test
    void addsHstsOverTls() {
        String hsts = RestAssured.given()
                .header("X-Forwarded-Proto", "https")
                .get("/api/regions")
                .header("Strict-Transport-Security");
        assertTrue(hsts != null && hsts.contains("max-age="), String.valueOf(hsts));
    }

    @Test
    void problemBodiesNeverNameTheServer() {
        String body = RestAssured.given().get("/api/no-such-thing").asString();
        assertFalse(body.toLowerCase().contains("quarkus") || body.toLowerCase().contains("vert.x"), body);
    }
}
