package dk.samspil.access.token;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dk.samspil.access.credential.Secrets;
import dk.samspil.common.security.Role;
import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestLibraries libraries;

    @Inject
    TestDatabase db;

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Response issue(String name, List<String> scopes, Instant expiresAt) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("scopes", scopes);
        input.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        return users.admin()
                .given()
                .contentType("application/json")
                .body(input)
                .when()
                .post("/api/tokens");
    }

    @Test
    void issuesATokenWhoseSecretIsShownOnceAndStoredHashed() {
        Response created = issue("Intranet " + uniqueWord(), List.of("write"), null);
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/tokens/"))
                .body("secret", startsWith("smp_"))
                .body("token.scopes[0]", equalTo("write"))
                .body("token.active", equalTo(true));
        String secret = created.jsonPath().getString("secret");
        long id = created.jsonPath().getLong("token.id");

        users.admin()
                .given()
                .when()
                .get("/api/tokens/{id}", id)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("secret")))
                .body("prefix", equalTo(secret.substring(0, 10)));
        Map<String, Object> row = db.row("select token_hash from api_token where id = ?1", id);
        assertEquals(Secrets.sha256(secret), row.get("token_hash"));
        assertEquals(0, db.count("select count(*) from audit_event where changes::text like ?1", "%" + secret + "%"));
    }

    @Test
    void aWriteTokenWorksAsBearerAndRecordsItsUse() {
        Response created = issue("Skriver " + uniqueWord(), List.of("write"), null);
        String secret = created.jsonPath().getString("secret");
        long id = created.jsonPath().getLong("token.id");

        long library = Api.given()
                .header("Authorization", "Bearer " + secret)
                .contentType("application/json")
                .body(libraries.input("Via token " + uniqueWord(), 851))
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        assertNotNull(
                db.row("select last_used_at from api_token where id = ?1", id).get("last_used_at"));
        Map<String, Object> audit = db.row(
                "select actor_type, actor_id, actor_name from audit_event"
                        + " where entity_type = 'library' and entity_id = ?1 and action = 'CREATE'",
                library);
        assertEquals("TOKEN", audit.get("actor_type"));
        assertEquals(id, ((Number) audit.get("actor_id")).longValue());
    }

    @Test
    void aTokenWithoutWriteScopeCannotWrite() {
        String secret = issue("Læser " + uniqueWord(), List.of("read-private"), null)
                .jsonPath()
                .getString("secret");
        Api.given()
                .header("Authorization", "Bearer " + secret)
                .contentType("application/json")
                .body(libraries.input("Nej " + uniqueWord(), 851))
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(403);
        Api.given()
                .header("Authorization", "Bearer " + secret)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200);
    }

    @Test
    void unknownRevokedAndExpiredTokensGet401() {
        Api.given()
                .header("Authorization", "Bearer smp_not-a-real-token")
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        Api.given()
                .header("Authorization", "Basic dXNlcjpwYXNz")
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(401);

        Response created = issue("Tilbagekaldes " + uniqueWord(), List.of(), null);
        String secret = created.jsonPath().getString("secret");
        long id = created.jsonPath().getLong("token.id");
        Api.given()
                .header("Authorization", "Bearer " + secret)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200);
        users.admin()
                .givenInvalidRequest()
                .when()
                .delete("/api/tokens/{id}", id)
                .then()
                .statusCode(428);
        users.admin()
                .given()
                .header("If-Match", "\"v0\"")
                .when()
                .delete("/api/tokens/{id}", id)
                .then()
                .statusCode(204);
        Api.given()
                .header("Authorization", "Bearer " + secret)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(401)
                .body("detail", notNullValue());
        users.admin()
                .given()
                .when()
                .get("/api/tokens/{id}", id)
                .then()
                .body("revokedAt", notNullValue())
                .body("active", equalTo(false));

        String expiring = issue(
                        "Udløber " + uniqueWord(), List.of(), clock.now().plus(Duration.ofDays(1)))
                .jsonPath()
                .getString("secret");
        Api.given()
                .header("Authorization", "Bearer " + expiring)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200);
        clock.shift(Duration.ofDays(2));
        Api.given()
                .header("Authorization", "Bearer " + expiring)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(401);
    }

    @Test
    void refusesAnExpiryInThePast() {
        issue("Fortid", List.of(), Instant.now().minus(Duration.ofDays(1)))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresAt"));
    }

    @Test
    void onlyAdminsManageTokens() {
        users.coordinator().given().when().get("/api/tokens").then().statusCode(403);
        Api.given().when().get("/api/tokens").then().statusCode(401);
        users.admin()
                .given()
                .queryParam("sort", "-createdAt")
                .when()
                .get("/api/tokens")
                .then()
                .statusCode(200)
                .body("items[0]", not(hasKey("tokenHash")));
        TestUsers.Session editor = users.fresh(Set.of(Role.EDITOR), db.count("select min(id) from library"));
        editor.given()
                .contentType("application/json")
                .body(Map.of("name", "x", "scopes", List.of()))
                .when()
                .post("/api/tokens")
                .then()
                .statusCode(403);
    }

    @Test
    void listsTokensNewestFirstWithoutSecrets() {
        String name = "Liste " + uniqueWord();
        issue(name, List.of("write", "read-private"), null).then().statusCode(201);
        users.admin()
                .given()
                .when()
                .get("/api/tokens")
                .then()
                .statusCode(200)
                .body("items[0].name", equalTo(name))
                .body("items[0].scopes", org.hamcrest.Matchers.contains("read-private", "write"))
                .body("items[0].revokedAt", nullValue());
    }
}
