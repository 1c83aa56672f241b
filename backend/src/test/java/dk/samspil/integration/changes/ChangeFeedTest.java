package dk.samspil.integration.changes;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestContacts;
import dk.samspil.testing.TestPartners;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    TestUsers users;

    @Inject
    TestPartners partners;

    @Inject
    TestContacts contacts;

    @Inject
    AppClock clock;

    @Inject
    ChangeFeedService feed;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** One change as a client reads it. */
    record Item(String type, long id, String action, Long version, String href) {}

    /** What following the feed from a cursor brought, and where it ended. */
    record Followed(List<Item> items, String cursor) {}

    static JsonPath page(Supplier<RequestSpecification> as, String after, String types, int limit) {
        RequestSpecification request = as.get().queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (types != null) {
            request.queryParam("types", types);
        }
        return request.get("/api/changes").then().statusCode(200).extract().jsonPath();
    }

    /** Reads from the cursor until nothing more is waiting. */
    static Followed follow(Supplier<RequestSpecification> as, String after, String types, int limit) {
        List<Item> items = new ArrayList<>();
        String cursor = after;
        boolean more = true;
        while (more) {
            JsonPath page = page(as, cursor, types, limit);
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                Number version = (Number) item.get("version");
                items.add(new Item(
                        (String) item.get("type"),
                        ((Number) item.get("id")).longValue(),
                        (String) item.get("action"),
                        version == null ? null : version.longValue(),
                        (String) item.get("href")));
            }
            cursor = page.getString("cursor");
            assertNotNull(cursor, "every answer carries a cursor");
            more = page.getBoolean("hasMore");
        }
        return new Followed(items, cursor);
    }

    /**
     * The cursor after everything there is now: asked for a type that (nearly) never changes, the feed
     * moves the cursor past all it has read without sending every entry since the start.
     */
    static String end(Supplier<RequestSpecification> as) {
        return follow(as, null, "goal", 1000).cursor();
    }

    @Test
    void showsCreatesUpdatesAndDeletesWithTheirVersionsAndTombstones() {
        String start = end(Api::given);
        long id = partners.create("Feed " + uniqueWord());
        String etag = users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(Map.of("name", "Feed renamed " + uniqueWord(), "type", "MEDIA"))
                .put("/api/partners/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        users.coordinator()
                .given()
                .header("If-Match", etag)
                .delete("/api/partners/{id}", id)
                .then()
                .statusCode(204);

        List<Item> items = follow(Api::given, start, "partner", 2).items().stream()
                .filter(i -> i.id() == id)
                .toList();
        String href = "/api/partners/" + id;
        assertEquals(
                List.of(
                        new Item("partner", id, "created", 0L, href),
                        new Item("partner", id, "updated", 1L, href),
                        new Item("partner", id, "deleted", null, href)),
                items);
        assertEquals("\"v1\"", etag, "the feed's version is the resource's ETag");
    }

    @Test
    void filtersByTypeAndMovesOnEvenWhenNothingMatches() {
        String start = end(Api::given);
        partners.create("Feed other " + uniqueWord());
        JsonPath goals = page(Api::given, start, "goal", 10);
        assertEquals(List.of(), goals.getList("items"));
        assertFalse(goals.getBoolean("hasMore"));
        // The empty answer's cursor is past the partner: following all types from it brings nothing old.
        assertEquals(
                List.of(),
                follow(Api::given, goals.getString("cursor"), null, 100).items());
        // Several types: the parameter repeated, as the contract says; commas, as people type them, work too.
        List<Item> repeated = follow(() -> Api.given().queryParam("types", "goal"), start, "partner", 100)
                .items();
        assertEquals(1, repeated.size());
        assertEquals("partner", repeated.get(0).type());
        assertEquals(
                repeated,
                follow(Api::givenInvalidRequest, start, "goal,partner", 100).items());
    }

    @Test
    void privateContactsAreShownOnlyToThoseWhoMayReadThem() {
        String anonymousStart = end(Api::given);
        TestUsers.Session coordinator = users.coordinator();
        String privateStart = end(coordinator::given);
        long hidden = contacts.create("Hemmelig " + uniqueWord(), false);
        contacts.delete(hidden);
        String name = "Åben " + uniqueWord();
        long shown = contacts.create(name, true);
        contacts.hide(shown, name);

        String href = "/api/contacts/" + shown;
        assertEquals(
                List.of(
                        new Item("contact", shown, "created", 0L, href),
                        new Item("contact", shown, "deleted", null, href)),
                follow(Api::given, anonymousStart, "contact", 10).items(),
                "anonymous callers never see the private contact, and see the public one go when it turns private");
        assertEquals(
                List.of(
                        new Item("contact", hidden, "created", 0L, "/api/contacts/" + hidden),
                        new Item("contact", hidden, "deleted", null, "/api/contacts/" + hidden),
                        new Item("contact", shown, "created", 0L, href),
                        new Item("contact", shown, "updated", 1L, href)),
                follow(coordinator::given, privateStart, "contact", 10).items(),
                "signed-in users see every contact, each change once");
    }

    @Test
    void refusesMalformedParametersNamingThem() {
        Map<String, String> bad = Map.of(
                "after", "not a cursor!",
                "types", "library,unicorn",
                "limit", "1001");
        bad.forEach((name, value) -> Api.givenInvalidRequest()
                .queryParam(name, value)
                .get("/api/changes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'" + name + "'")));
        Api.givenInvalidRequest()
                .queryParam("limit", 0)
                .get("/api/changes")
                .then()
                .statusCode(400)
                .body("detail", containsString("'limit'"));
        // Well-formed base64url that is no cursor of ours is malformed all the same.
        Api.given()
                .queryParam("after", "YWJj")
                .get("/api/changes")
                .then()
                .statusCode(400)
                .body("detail", containsString("'after'"));
    }

    @Test
    void aCursorOlderThanWhatIsKeptAnswers410() {
        String old = end(Api::given);
        partners.create("Pruned " + uniqueWord());
        String recent = end(Api::given);

        clock.shift(Duration.ofDays(36));
        feed.prune();
        clock.reset();

        Api.given()
                .header("Accept-Language", "en")
                .queryParam("after", old)
                .get("/api/changes")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/gone"))
                .body("detail", containsString("resync"));
        JsonPath fromRecent = page(Api::given, recent, null, 10);
        assertEquals(List.of(), fromRecent.getList("items"), "a cursor after the pruned changes stays valid");
        JsonPath fresh = page(Api::given, null, null, 10);
        assertEquals(List.of(), fresh.getList("items"), "a client starting afresh gets what is kept");
        assertNotNull(fresh.getString("cursor"));
    }

    @Test
    void aCursorKeepsForThirtyDays() {
        String cursor = end(Api::given);
        partners.create("Kept " + uniqueWord());
        clock.shift(Duration.ofDays(30));
        feed.prune();
        clock.reset();
        assertEquals(1, follow(Api::given, cursor, "partner", 10).items().size());
    }

    @Test
    void theContractListsExactlyTheFeedsTypes() {
        var contract = new OpenAPIV3Parser().read(Api.CONTRACT.toString());
        List<?> inContract =
                contract.getComponents().getSchemas().get("ChangeType").getEnum();
        assertEquals(
                Arrays.stream(ChangeType.values()).map(t -> t.apiName).toList(),
                inContract.stream().map(Object::toString).toList());
        assertNull(ChangeType.ofTable("app_user").orElse(null), "accounts are not in the feed");
        assertTrue(ChangeType.NOT_FOLLOWED.contains("api_token"), "nor are tokens");
    }
}
