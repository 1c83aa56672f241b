package dk.samspil.common.paging;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lists whose items have an updatedAt take updatedSince, each the same way, and the filter uses an index. */
@QuarkusTest
class UpdatedSinceTest {

    private static final String FUTURE = "2999-01-01T00:00:00Z";
    private static final String PAST = "2000-01-01T00:00:00+01:00";

    @Inject
    TestUsers users;

    @Inject
    EntityManager em;

    private List<String> pagedLists() {
        long theme = TestThemes.demoTheme();
        long library = Api.given()
                .get("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].library.id");
        return List.of(
                "/api/libraries",
                "/api/themes",
                "/api/partners",
                "/api/contacts",
                "/api/activities",
                "/api/network-meetings",
                "/api/partnerships",
                "/api/toolbox",
                "/api/cases",
                "/api/themes/" + theme + "/participations",
                "/api/libraries/" + library + "/participations");
    }

    private static long total(String path, String updatedSince) {
        var request = Api.given();
        if (updatedSince != null) {
            request.queryParam("updatedSince", updatedSince);
        }
        JsonPath body = request.get(path).then().statusCode(200).extract().jsonPath();
        return path.equals("/api/projects") ? body.getList("$").size() : body.getLong("totalItems");
    }

    @Test
    void everyListFiltersByUpdatedSince() {
        List<String> lists = new java.util.ArrayList<>(pagedLists());
        lists.add("/api/projects");
        for (String path : lists) {
            long all = total(path, null);
            assertTrue(all > 0, path + " has demo content to filter");
            assertEquals(all, total(path, PAST), path + ": everything changed since 2000");
            assertEquals(0, total(path, FUTURE), path + ": nothing changed in the future");
        }
    }

    @Test
    void showsWhatChangedAtOrAfterTheTime() {
        JsonPath created = users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of("name", "Nyligt " + uniqueWord(), "type", "OTHER"))
                .post("/api/partners")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String updatedAt = created.getString("updatedAt");
        List<Long> ids = Api.given()
                .queryParam("updatedSince", updatedAt)
                .queryParam("size", 100)
                .get("/api/partners")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
        assertTrue(ids.contains(created.getLong("id")), "at the time itself is included");
    }

    @Test
    void aMalformedTimeIsA400NamingTheParameter() {
        List<String> lists = new java.util.ArrayList<>(pagedLists());
        lists.add("/api/projects");
        for (String path : lists) {
            for (String bad : List.of("yesterday", "2026-05-01", "2026-05-01T12:00:00")) {
                Api.givenInvalidRequest()
                        .queryParam("updatedSince", bad)
                        .get(path)
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("detail", containsString("'updatedSince'"));
            }
        }
    }

    @Test
    void theFilterUsesAnIndexOnEveryTable() {
        for (String table : List.of(
                "library",
                "theme",
                "partner",
                "contact",
                "activity",
                "network_meeting",
                "partnership",
                "toolbox_item",
                "cases",
                "project",
                "participation")) {
            @SuppressWarnings("unchecked")
            List<String> plan = QuarkusTransaction.requiringNew().call(() -> {
                // The tables are small here, so the planner would scan them anyway: ask whether it could not.
                em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
                return em.createNativeQuery(
                                "explain select id from " + table + " where updated_at >= now() - interval '1 day'",
                                String.class)
                        .getResultList();
            });
            String text = String.join("\n", plan);
            assertTrue(text.contains("Index") && text.contains("updated"), table + " uses an index:\n" + text);
        }
    }
}
