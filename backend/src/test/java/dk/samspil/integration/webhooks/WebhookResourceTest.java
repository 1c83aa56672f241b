package dk.samspil.integration.webhooks;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestDatabase db;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        db.execute("delete from webhook_subscription");
    }

    private static Map<String, Object> input(String url, List<String> eventTypes) {
        Map<String, Object> input = new HashMap<>();
        input.put("url", url);
        input.put("eventTypes", eventTypes);
        input.put("description", "Intranettet");
        return input;
    }

    private Response create(Map<String, Object> input) {
        return users.admin().given().contentType("application/json").body(input).post("/api/webhooks");
    }

    /** Input the contract already refuses, sent anyway: the API must refuse it too. */
    private Response createInvalid(Map<String, Object> input) {
        return users.admin()
                .givenInvalidRequest()
                .contentType("application/json")
                .body(input)
                .post("/api/webhooks");
    }

    @Test
    void theSecretIsShownOnceAndStoredOnlyEncrypted() {
        Response created = create(input("http://127.0.0.1:9/hook", List.of("library.created", "theme.updated")));
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/webhooks/"))
                .header("ETag", equalTo("\"v0\""))
                .body("secret", startsWith("whsec_"))
                .body("webhook.eventTypes", equalTo(List.of("library.created", "theme.updated")))
                .body("webhook.enabled", equalTo(true))
                .body("webhook.failingSince", nullValue());
        String secret = created.jsonPath().getString("secret");
        long id = created.jsonPath().getLong("webhook.id");

        users.admin()
                .given()
                .get("/api/webhooks/{id}", id)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("secret")))
                .body("url", equalTo("http://127.0.0.1:9/hook"));
        String stored = (String) db.row("select secret_ciphertext from webhook_subscription where id = ?1", id)
                .get("secret_ciphertext");
        assertFalse(stored.contains(secret.substring("whsec_".length())), "not stored in plain text");
        String audit = db.row(
                        "select changes::text as changes from audit_event where entity_type = 'webhook_subscription'"
                                + " and entity_id = ?1",
                        id)
                .get("changes")
                .toString();
        assertFalse(audit.contains(secret.substring("whsec_".length())), audit);
        assertEquals(true, audit.contains("***"), audit);
    }

    @Test
    void updatesNeedTheCurrentETagAndSwitchingOffIsShown() {
        long id = create(input("http://127.0.0.1:9/hook", List.of("*")))
                .jsonPath()
                .getLong("webhook.id");
        Map<String, Object> off = input("http://127.0.0.1:9/other", List.of("partner.deleted"));
        off.put("enabled", false);
        TestUsers.Session admin = users.admin();
        admin.givenInvalidRequest()
                .contentType("application/json")
                .body(off)
                .put("/api/webhooks/{id}", id)
                .then()
                .statusCode(428);
        admin.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(off)
                .put("/api/webhooks/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("enabled", equalTo(false))
                .body("disabledReason", equalTo("admin"))
                .body("eventTypes", equalTo(List.of("partner.deleted")));
        admin.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(off)
                .put("/api/webhooks/{id}", id)
                .then()
                .statusCode(412);
        admin.given()
                .header("If-Match", "\"v1\"")
                .delete("/api/webhooks/{id}", id)
                .then()
                .statusCode(204);
        admin.given().get("/api/webhooks/{id}", id).then().statusCode(404);
    }

    @Test
    void refusesUnknownEventTypesAndUrlsThatAreNoHttp() {
        createInvalid(input("http://127.0.0.1:9/hook", List.of("library.renamed")))
                .then()
                .statusCode(400)
                .body("errors[0].field", startsWith("eventTypes"));
        refused(input("http://127.0.0.1:9/hook", List.of("dragon.created")), "eventTypes");
        // files are never public: nothing would be sent
        refused(input("http://127.0.0.1:9/hook", List.of("attachment.created")), "eventTypes");
        refused(input("ftp://example.dk/hook", List.of("*")), "url");
        refused(input("https://user:pw@example.dk/hook", List.of("*")), "url");
    }

    /** A 400 naming the field, and nothing subscribed. */
    private void refused(Map<String, Object> input, String field) {
        create(input).then().statusCode(400).body("errors[0].field", equalTo(field));
        assertEquals(0, db.count("select count(*) from webhook_subscription where url = ?1", input.get("url")));
    }

    @Test
    void listsSubscriptionsNewestFirst() {
        create(input("http://127.0.0.1:9/first", List.of("*")));
        create(input("http://127.0.0.1:9/second", List.of("*")));
        users.admin()
                .given()
                .get("/api/webhooks")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].url", equalTo("http://127.0.0.1:9/second"));
    }

    @Test
    void aSubscriptionWhoseHostHasGoneCanStillBeSwitchedOff() {
        long id = create(input("http://127.0.0.1:9/hook", List.of("*")))
                .jsonPath()
                .getLong("webhook.id");
        // an address the check refuses now (in production: a host that no longer resolves; tests allow any host)
        String gone = "ftp://gone.example.dk/hook";
        db.execute("update webhook_subscription set url = ?1 where id = ?2", gone, id);
        Map<String, Object> off = input(gone, List.of("*"));
        off.put("enabled", false);
        TestUsers.Session admin = users.admin();
        admin.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(off)
                .put("/api/webhooks/{id}", id)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        Map<String, Object> moved = input("ftp://other.example.dk/hook", List.of("*"));
        admin.given()
                .contentType("application/json")
                .header("If-Match", "\"v1\"")
                .body(moved)
                .put("/api/webhooks/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url")); // a new address is still checked
    }

    @Test
    void aRotationAnswersTheNewETag() {
        long id = create(input("http://127.0.0.1:9/hook", List.of("*")))
                .jsonPath()
                .getLong("webhook.id");
        TestUsers.Session admin = users.admin();
        String etag = admin.given()
                .post("/api/webhooks/{id}/rotate-secret", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("webhook.version", equalTo(1))
                .extract()
                .header("ETag");
        admin.given()
                .header("If-Match", etag)
                .delete("/api/webhooks/{id}", id)
                .then()
                .statusCode(204);
    }
}
