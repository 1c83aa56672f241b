package dk.samspil.access.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.access.credential.Secrets;
import dk.samspil.common.security.Role;
import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestDatabase db;

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String address() {
        return "10.20." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250 + 1);
    }

    private static Response login(String email, String password, String address) {
        return Api.givenInvalidRequest()
                .contentType("application/json")
                .header("X-Forwarded-For", address)
                .body(Map.of("email", email, "password", password))
                .when()
                .post("/api/auth/login");
    }

    @Test
    void signsInWithAnHttpOnlySameSiteStrictCookieAndReturnsTheUserAndCsrfToken() {
        TestUsers.Session existing = users.fresh(Set.of(Role.COORDINATOR), null);
        Response response = login(existing.email(), TestUsers.PASSWORD, address());
        response.then()
                .statusCode(200)
                .body("user.email", equalTo(existing.email()))
                .body("user.roles[0]", equalTo("COORDINATOR"))
                .body("csrfToken", notNullValue())
                .body("idleTimeoutSeconds", equalTo(1800))
                .body("user", not(hasKey("passwordHash")));
        String setCookie = response.header("Set-Cookie");
        assertTrue(setCookie.startsWith(AuthenticationFilter.SESSION_COOKIE + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertFalse(setCookie.contains("Secure"), "no Secure flag over plain HTTP: " + setCookie);
        // The database holds only a hash of the cookie's secret.
        String secret = response.cookie(AuthenticationFilter.SESSION_COOKIE);
        assertEquals(0, db.count("select count(*) from user_session where token_hash = ?1", secret));
        assertEquals(1, db.count("select count(*) from user_session where token_hash = ?1", Secrets.sha256(secret)));
    }

    @Test
    void marksTheCookieSecureOverTls() {
        TestUsers.Session existing = users.fresh(Set.of(Role.COORDINATOR), null);
        String setCookie = Api.givenInvalidRequest()
                .contentType("application/json")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", address())
                .body(Map.of("email", existing.email(), "password", TestUsers.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .header("Set-Cookie");
        assertTrue(setCookie.contains("Secure"), setCookie);
    }

    @Test
    void answersTheSameForAnUnknownEmailAWrongPasswordAndAnInactiveAccount() {
        TestUsers.Session existing = users.fresh(Set.of(Role.EDITOR), libraryId());
        String unknown = login("nobody-" + System.nanoTime() + "@test.samspil", "whatever-password", address())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .asString();
        String wrong = login(existing.email(), "wrong-password-123", address())
                .then()
                .statusCode(401)
                .extract()
                .asString();
        assertEquals(unknown, wrong);
        db.execute("update app_user set active = false where id = ?1", existing.userId());
        String inactive = login(existing.email(), TestUsers.PASSWORD, address())
                .then()
                .statusCode(401)
                .extract()
                .asString();
        assertEquals(unknown, inactive);
    }

    @Test
    void tellsAVisitorThatNoOneIsSignedInWithoutAnError() {
        // The web app asks on every page; for a visitor the answer is not a failed request.
        Response answer = RestAssured.given().when().get("/api/auth/session");
        answer.then().statusCode(204);
        assertEquals("", answer.asString(), "no body");
        assertNull(answer.header("Set-Cookie"), "no cookie to clear");
    }

    @Test
    void knowsTheSessionAndForgetsItAfterLogoutOnTheServer() {
        TestUsers.Session session = users.fresh(Set.of(Role.COORDINATOR), null);
        session.given()
                .when()
                .get("/api/auth/session")
                .then()
                .statusCode(200)
                .body("user.id", equalTo((int) session.userId()))
                .body("csrfToken", equalTo(session.csrf()));

        Response logout = session.given().when().post("/api/auth/logout");
        logout.then().statusCode(204);
        assertTrue(logout.header("Set-Cookie").contains("Max-Age=0"), "the cookie is cleared");
        // The old cookie, replayed, is worthless: the session is gone from the database.
        session.given().when().get("/api/auth/session").then().statusCode(204);
        assertEquals(0, db.count("select count(*) from user_session where user_id = ?1", session.userId()));
    }

    @Test
    void endsASessionAfterThirtyIdleMinutes() {
        TestUsers.Session session = users.fresh(Set.of(Role.COORDINATOR), null);
        clock.shift(Duration.ofMinutes(29));
        session.given().when().get("/api/auth/session").then().statusCode(200);
        clock.shift(Duration.ofMinutes(29)); // active 29 minutes ago: still valid
        session.given().when().get("/api/auth/session").then().statusCode(200);
        clock.shift(Duration.ofMinutes(31));
        Response expired = session.given().when().get("/api/auth/session");
        expired.then().statusCode(204);
        assertNotNull(expired.header("Set-Cookie"), "the stale cookie is cleared");
        // A write with the stale cookie says the session ended.
        session.givenInvalidRequest()
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(401)
                .body("detail", containsString("session"));
        // Signing in again with the stale cookie still in the browser just works.
        session.givenInvalidRequest()
                .contentType("application/json")
                .body(Map.of("email", session.email(), "password", TestUsers.PASSWORD))
                .when()
                .post("/api/auth/login")
                .then()
                .statusCode(200);
    }

    @Test
    void endsASessionTwelveHoursAfterSignInEvenWhenActive() {
        TestUsers.Session session = users.fresh(Set.of(Role.COORDINATOR), null);
        for (int i = 0; i < 24; i++) {
            clock.shift(Duration.ofMinutes(29));
            session.given().when().get("/api/auth/session").then().statusCode(200);
        }
        clock.shift(Duration.ofMinutes(25)); // 12 h 1 min after sign-in
        session.given().when().get("/api/auth/session").then().statusCode(204);
    }

    @Test
    void throttlesAnAccountAfterTenFailuresWith429AndRetryAfter() {
        TestUsers.Session target = users.fresh(Set.of(Role.EDITOR), libraryId());
        for (int i = 0; i < 10; i++) {
            login(target.email(), "wrong-password-" + i, address()).then().statusCode(401);
        }
        // Even the right password is refused now, from any address.
        Response refused = login(target.email(), TestUsers.PASSWORD, address());
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 800 && retryAfter <= 901, "about 15 minutes: " + retryAfter);
        clock.shift(Duration.ofMinutes(16));
        login(target.email(), TestUsers.PASSWORD, address()).then().statusCode(200);
    }

    @Test
    void throttlesAClientAddressAfterTenFailures() {
        String attacker = address();
        for (int i = 0; i < 10; i++) {
            login("guess" + i + "-" + System.nanoTime() + "@test.samspil", "password-guess-1", attacker)
                    .then()
                    .statusCode(401);
        }
        TestUsers.Session innocent = users.fresh(Set.of(Role.EDITOR), libraryId());
        login(innocent.email(), TestUsers.PASSWORD, attacker)
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue());
        login(innocent.email(), TestUsers.PASSWORD, address()).then().statusCode(200);
    }

    @Test
    void changesOneOwnPasswordWithTheCurrentOneAndEndsOtherSessions() {
        TestUsers.Session first = users.fresh(Set.of(Role.COORDINATOR), null);
        TestUsers.Session second = users.login(first.email(), TestUsers.PASSWORD);

        first.given()
                .contentType("application/json")
                .body(Map.of("currentPassword", "not-my-password", "newPassword", "a-new-password-456"))
                .when()
                .post("/api/auth/password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"));
        first.givenInvalidRequest()
                .contentType("application/json")
                .body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "short"))
                .when()
                .post("/api/auth/password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));

        first.given()
                .contentType("application/json")
                .body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "a-new-password-456"))
                .when()
                .post("/api/auth/password")
                .then()
                .statusCode(204);

        first.given().get("/api/auth/session").then().statusCode(200);
        second.given().get("/api/auth/session").then().statusCode(204);
        login(first.email(), TestUsers.PASSWORD, address()).then().statusCode(401);
        login(first.email(), "a-new-password-456", address()).then().statusCode(200);
        String hash = (String) db.row("select password_hash from app_user where id = ?1", first.userId())
                .get("password_hash");
        assertTrue(hash.startsWith("$2b$12$"), "bcrypt with cost 12: " + hash);
    }

    @Test
    void refusesAWriteWithoutTheCsrfTokenOrFromAnotherOrigin() {
        TestUsers.Session session = users.coordinator();
        String body = "{\"name\":\"x\"}";
        Api.givenInvalidRequest()
                .cookie(AuthenticationFilter.SESSION_COOKIE, session.cookie())
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(403)
                .body("detail", containsString("CSRF"));
        Api.givenInvalidRequest()
                .cookie(AuthenticationFilter.SESSION_COOKIE, session.cookie())
                .header(AuthenticationFilter.CSRF_HEADER, "guessed")
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(403);
        session.givenInvalidRequest()
                .header("Origin", "https://evil.example")
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(403);
        session.givenInvalidRequest()
                .header("Origin", "null")
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(403);
        // With the token, from the app's own origin, the request reaches validation.
        session.givenInvalidRequest()
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(400);
    }

    @Test
    void anonymousCallersCannotWrite() {
        Api.givenInvalidRequest()
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        RestAssured.given().when().get("/api/auth/session").then().statusCode(204);
    }

    private long libraryId() {
        return db.count("select min(id) from library");
    }
}
