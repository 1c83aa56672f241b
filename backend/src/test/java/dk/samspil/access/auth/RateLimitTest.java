package dk.samspil.access.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calls are limited per caller (anonymous ones per client address); here to 5 a minute for anonymous callers. */
@QuarkusTest
@TestProfile(RateLimitTest.FivePerMinute.class)
class RateLimitTest {

    public static class FivePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("samspil.rate-limit.anonymous-per-minute", "5");
        }
    }

    @Inject
    TestUsers users;

    @Test
    void limitsAnonymousReadsPerClientAddressWith429AndRetryAfter() {
        String address = "10.30.0." + (int) (Math.random() * 250 + 1);
        for (int i = 0; i < 5; i++) {
            Api.given()
                    .header("X-Forwarded-For", address)
                    .get("/api/regions")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Policy", "\"minute\";q=5;w=60")
                    .header("RateLimit", matchesPattern("\"minute\";r=" + (4 - i) + ";t=[0-9]+"));
        }
        String retryAfter = Api.given()
                .header("X-Forwarded-For", address)
                .get("/api/regions")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests"))
                .header("RateLimit", matchesPattern("\"minute\";r=0;t=[0-9]+"))
                .extract()
                .header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 61, retryAfter);
        // Another address is not affected, nor is a signed-in user from the same address.
        Api.given()
                .header("X-Forwarded-For", "10.30.1.1")
                .get("/api/regions")
                .then()
                .statusCode(200);
        users.coordinator()
                .given()
                .header("X-Forwarded-For", address)
                .get("/api/regions")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", not(equalTo("\"minute\";q=5;w=60")));
    }

    @Test
    void everyAnswerSaysWhereTheCallerStandsEvenARefusal() {
        String address = "10.31.0." + (int) (Math.random() * 250 + 1);
        Api.givenInvalidRequest()
                .header("X-Forwarded-For", address)
                .header("Authorization", "Bearer smp_not-a-token")
                .get("/api/libraries")
                .then()
                .statusCode(401)
                .header("RateLimit-Policy", "\"minute\";q=5;w=60")
                .header("RateLimit", matchesPattern("\"minute\";r=4;t=[0-9]+"));
    }
}
