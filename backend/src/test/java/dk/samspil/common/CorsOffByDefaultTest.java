package dk.samspil.common;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorsOffByDefaultTest {

    @Test
    void sendsNoCorsHeadersWithoutAnAllowList() {
        assertNull(RestAssured.given()
                .header("Origin", "https://partner.example")
                .get("/api/regions")
                .header("Access-Control-Allow-Origin"));
        assertNull(RestAssured.given()
                .header("Origin", "https://partner.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/libraries")
                .header("Access-Control-Allow-Origin"));
    }
}
