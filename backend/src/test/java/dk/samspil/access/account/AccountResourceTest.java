package dk.samspil.access.account;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.security.Role;
import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.GreenMailResource;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Invitations and forgotten passwords, followed through the mails a real SMTP server receives. */
@QuarkusTest
class AccountResourceTest {

    private static final String NEW_PASSWORD = "a-new-password-42";

    @Inject
    TestUsers users;

    @Inject
    AppClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Each test asks from an address of its own: the requests count against it, as logins do. */
    private static String address() {
        return "10.30." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250 + 1);
    }

    private static Response requestReset(String email, String address) {
        return Api.given()
                .contentType("application/json")
                .header("X-Forwarded-For", address)
                .body(Map.of("email", email))
                .post("/api/auth/password-reset");
    }

    private static Response choose(String token, String password) {
        return Api.given()
                .contentType("application/json")
                .body(Map.of("token", token, "password", password))
                .post("/api/auth/new-password");
    }

    private static Response login(String email, String password) {
        return Api.givenInvalidRequest()
                .contentType("application/json")
                .header("X-Forwarded-For", address())
                .body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }

    @Test
    void anInvitedColleagueChoosesTheirOwnPasswordThroughTheMailAndThenSignsIn() {
        TestUsers.Session admin = users.admin();
        String email = uniqueWord().toLowerCase() + "@invite.test";
        Map<String, Object> input = new HashMap<>();
        input.put("email", email);
        input.put("displayName", "Ida Inviteret");
        input.put("roles", List.of("COORDINATOR"));
        long id = admin.given()
                .contentType("application/json")
                .body(input)
                .post("/api/users")
                .then()
                .statusCode(201)
                .body("invited", equalTo(true))
                .extract()
                .jsonPath()
                .getLong("id");
        admin.given().queryParam("q", email).get("/api/users").then().body("items[0].invited", equalTo(true));

        GreenMailResource.Letter mail = GreenMailResource.latestTo(email);
        assertEquals("Du er inviteret til Samspil / You are invited to Samspil", mail.subject());
        assertTrue(mail.text().startsWith("Hej Ida Inviteret"), mail.text());
        assertTrue(mail.text().contains("har oprettet en konto til dig i Samspil"), mail.text());
        String token = mail.link("/velkommen");

        // No password yet: nothing signs in, not even an empty guess.
        login(email, "any-password-at-all").then().statusCode(401);

        choose(token, NEW_PASSWORD).then().statusCode(204);
        login(email, NEW_PASSWORD).then().statusCode(200);
        admin.given().get("/api/users/{id}", id).then().body("invited", equalTo(false));

        // One use only; and once a password is chosen, there is nothing to invite to.
        choose(token, "another-password-1")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("token"))
                .body("errors[0].message", equalTo("linket er udløbet eller allerede brugt; bed om et nyt"));
        admin.given()
                .post("/api/users/{id}/invitation", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("Glemt adgangskode?"));
    }

    @Test
    void aNewInvitationReplacesTheOldOne() {
        TestUsers.Session admin = users.admin();
        String email = uniqueWord().toLowerCase() + "@invite.test";
        long id = users.invite(email, "Ole Igen");
        String first = GreenMailResource.nthTo(email, 1).link("/velkommen");
        admin.given().post("/api/users/{id}/invitation", id).then().statusCode(202);
        String second = GreenMailResource.nthTo(email, 2).link("/velkommen");

        choose(first, NEW_PASSWORD).then().statusCode(400);
        choose(second, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void aPasswordSetAnotherWayWithdrawsTheLinksStillOut() {
        TestUsers.Session admin = users.admin();
        String email = uniqueWord().toLowerCase() + "@invite.test";
        long id = users.invite(email, "Vera Venter");
        String invitation = GreenMailResource.latestTo(email).link("/velkommen");
        // The admin sets a password after all: the invitation in the mail no longer works.
        String etag = admin.given().get("/api/users/{id}", id).then().extract().header("ETag");
        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of(
                        "email",
                        email,
                        "displayName",
                        "Vera Venter",
                        "roles",
                        List.of("COORDINATOR"),
                        "password",
                        "set-by-the-admin-1"))
                .put("/api/users/{id}", id)
                .then()
                .statusCode(200)
                .body("invited", equalTo(false));
        choose(invitation, NEW_PASSWORD).then().statusCode(400).body("errors[0].field", equalTo("token"));
        login(email, "set-by-the-admin-1").then().statusCode(200);
    }

    @Test
    void aForgottenPasswordIsReplacedThroughASingleUseLinkThatEndsEverySession() {
        TestUsers.Session user = users.fresh(Set.of(Role.COORDINATOR), null);
        TestUsers.Session other = users.login(user.email(), TestUsers.PASSWORD);

        requestReset(user.email().toUpperCase(), address()).then().statusCode(202);
        GreenMailResource.Letter mail = GreenMailResource.latestTo(user.email());
        assertEquals("Ny adgangskode til Samspil / New password for Samspil", mail.subject());
        assertTrue(mail.text().contains("Linket virker én gang og i en time."), mail.text());
        String token = mail.link("/ny-adgangskode");

        choose(token, NEW_PASSWORD).then().statusCode(204);
        // Whoever was signed in with the old password is signed out, on every device.
        user.given().get("/api/auth/session").then().statusCode(204);
        other.given().get("/api/auth/session").then().statusCode(204);
        login(user.email(), TestUsers.PASSWORD).then().statusCode(401);
        login(user.email(), NEW_PASSWORD).then().statusCode(200);
        choose(token, "yet-another-password").then().statusCode(400);
        // The audit log names the person who chose the password through the link.
        users.admin()
                .given()
                .queryParam("entityType", "app_user")
                .queryParam("entityId", user.userId())
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items[0].changes.password.new", equalTo("***"))
                .body("items[0].actorType", equalTo("USER"))
                .body("items[0].actorName", equalTo("Test [COORDINATOR]"));
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAccountExists() {
        TestUsers.Session user = users.fresh(Set.of(Role.COORDINATOR), null);
        String unknown = "nobody-" + uniqueWord().toLowerCase() + "@invite.test";
        Response known = requestReset(user.email(), address());
        Response stranger = requestReset(unknown, address());
        assertEquals(202, known.statusCode());
        assertEquals(202, stranger.statusCode());
        assertEquals(known.body().asString(), stranger.body().asString());
        GreenMailResource.latestTo(user.email());
        assertEquals(0, GreenMailResource.countTo(unknown));
    }

    @Test
    void aResetLinkStopsWorkingAfterAnHour() {
        TestUsers.Session user = users.fresh(Set.of(Role.EDITOR), null);
        requestReset(user.email(), address()).then().statusCode(202);
        String token = GreenMailResource.latestTo(user.email()).link("/ny-adgangskode");
        clock.shift(Duration.ofMinutes(61));
        choose(token, NEW_PASSWORD).then().statusCode(400).body("errors[0].field", equalTo("token"));
        login(user.email(), TestUsers.PASSWORD).then().statusCode(200);
    }

    @Test
    void requestsAreThrottledLikeLogins() {
        TestUsers.Session user = users.fresh(Set.of(Role.EDITOR), null);
        for (int i = 0; i < 10; i++) {
            requestReset(user.email(), address()).then().statusCode(202);
        }
        Response refused = Api.givenInvalidRequest()
                .contentType("application/json")
                .header("X-Forwarded-For", address())
                .body(Map.of("email", user.email()))
                .post("/api/auth/password-reset");
        refused.then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("For mange anmodninger om ny adgangskode"));
        // Signing in is counted apart: the account still signs in.
        login(user.email(), TestUsers.PASSWORD).then().statusCode(200);
    }

    @Test
    void refusesAShortPasswordAndAnUnknownLinkWithoutChangingAnything() {
        Api.givenInvalidRequest()
                .contentType("application/json")
                .body(Map.of("token", "x", "password", "short"))
                .post("/api/auth/new-password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("password"));
        choose("not-a-link-anyone-was-sent", NEW_PASSWORD)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("token"));
    }
}
