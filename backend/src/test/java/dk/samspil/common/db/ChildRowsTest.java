package dk.samspil.common.db;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestPartners;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An update writes only the parts that changed: a row the update leaves as it was keeps its row version
 * (PostgreSQL's xmin), a changed one is updated in place, a removed one is gone and a new one is added,
 * and the audit trail records the change as before.
 */
@QuarkusTest
class ChildRowsTest {

    @Inject
    TestUsers users;

    @Inject
    TestPartners partners;

    @Inject
    TestLibraries libraries;

    @Inject
    TestDatabase db;

    /** Row version by key, e.g. position or library id. */
    private Map<Object, String> versions(String sql, long owner) {
        return db.rows(sql, owner).stream().collect(Collectors.toMap(r -> r.get("k"), r -> (String) r.get("v")));
    }

    private long partner() {
        return partners.create("Del " + uniqueWord(), "ARCHIVE");
    }

    private static List<Map<String, Object>> answers(String third) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            answers.add(Map.of("question", "Spørgsmål " + i, "answer", i == 3 ? third : "Svar " + i));
        }
        return answers;
    }

    @Test
    void aGoodExampleRewritesOnlyTheAnswerAndLinksThatChanged() {
        String word = uniqueWord();
        long a = libraries.create("A " + word, 851);
        long b = libraries.create("B " + word, 851);
        long c = libraries.create("C " + word, 851);
        long partner = partner();
        Map<String, Object> input = new HashMap<>(Map.of(
                "title", "Dele " + word,
                "summary", "Kort",
                "answers", answers("Svar 3"),
                "libraryIds", List.of(a, b),
                "partnerIds", List.of(partner)));
        long id = users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/cases")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String answersSql = "select position as k, xmin::text as v from case_answer where case_id = ?1";
        String librariesSql = "select library_id as k, xmin::text as v from case_library where case_id = ?1";
        String partnersSql = "select partner_id as k, xmin::text as v from case_partner where case_id = ?1";
        Map<Object, String> answersBefore = versions(answersSql, id);
        Map<Object, String> librariesBefore = versions(librariesSql, id);
        Map<Object, String> partnersBefore = versions(partnersSql, id);

        input.put("answers", answers("Et nyt svar"));
        input.put("libraryIds", List.of(c, b));
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/cases/{id}", id)
                .then()
                .statusCode(200)
                .body("answers[2].answer", equalTo("Et nyt svar"))
                .body("libraries.id", contains((int) b, (int) c));

        Map<Object, String> answersAfter = versions(answersSql, id);
        Map<Object, String> librariesAfter = versions(librariesSql, id);
        for (int position : List.of(1, 2, 4, 5)) {
            assertEquals(answersBefore.get(position), answersAfter.get(position), "answer " + position);
        }
        assertNotEquals(answersBefore.get(3), answersAfter.get(3), "the changed answer");
        assertEquals(librariesBefore.get(b), librariesAfter.get(b), "the library it keeps");
        assertEquals(List.of(b, c), librariesAfter.keySet().stream().sorted().toList());
        assertEquals(partnersBefore, versions(partnersSql, id), "the partners it keeps");

        users.admin()
                .given()
                .queryParam("entityType", "cases")
                .queryParam("entityId", id)
                .get("/api/audit")
                .then()
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].changes.libraryIds.old", equalTo(a + ", " + b))
                .body("items[0].changes.libraryIds.new", equalTo(b + ", " + c))
                .body("items[0].changes.answers.new", org.hamcrest.Matchers.containsString("Et nyt svar"));
    }

    @Test
    void aPartnershipUpdatesAChangedRoleInPlaceAndKeepsItsLibraries() {
        String word = uniqueWord();
        long library = libraries.create("Del " + word, 851);
        long kept = partner();
        long dropped = partner();
        long added = partner();
        Map<String, Object> input = new HashMap<>(Map.of(
                "title",
                "Roller " + word,
                "purpose",
                "At dele",
                "libraryIds",
                List.of(library),
                "partners",
                List.of(Map.of("partnerId", kept, "role", "Vært"), Map.of("partnerId", dropped, "role", "Gæst"))));
        long id = users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String librariesSql =
                "select library_id as k, xmin::text as v from partnership_library where partnership_id = ?1";
        Map<Object, String> librariesBefore = versions(librariesSql, id);

        input.put(
                "partners",
                List.of(Map.of("partnerId", kept, "role", "Medarrangør"), Map.of("partnerId", added, "role", "Gæst")));
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/partnerships/{id}", id)
                .then()
                .statusCode(200)
                .body("partners.role", containsInAnyOrder("Medarrangør", "Gæst"));

        assertEquals(librariesBefore, versions(librariesSql, id));
        List<Map<String, Object>> partners = db.rows(
                "select partner_id, role from partnership_partner where partnership_id = ?1 order by partner_id", id);
        assertEquals(
                List.of(Map.of("partner_id", kept, "role", "Medarrangør"), Map.of("partner_id", added, "role", "Gæst")),
                partners);
    }

    @Test
    void aToolboxItemKeepsTheLinksBeforeTheFirstChange() {
        String word = uniqueWord();
        Map<String, Object> input = new HashMap<>(Map.of(
                "kind", "TOOL",
                "title", "Links " + word,
                "summary", "Kort",
                "heading", "PROFESSIONALISE",
                "links",
                        List.of(
                                Map.of("title", "Et", "url", "https://example.dk/1"),
                                Map.of("title", "To", "url", "https://example.dk/2"),
                                Map.of("title", "Tre", "url", "https://example.dk/3"))));
        long id = users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/toolbox")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String linksSql = "select position as k, xmin::text as v from toolbox_item_link where item_id = ?1";
        Map<Object, String> before = versions(linksSql, id);

        input.put(
                "links",
                List.of(
                        Map.of("title", "Et", "url", "https://example.dk/1"),
                        Map.of("title", "Tre", "url", "https://example.dk/3")));
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/toolbox/{id}", id)
                .then()
                .statusCode(200)
                .body("links.title", contains("Et", "Tre"));

        Map<Object, String> after = versions(linksSql, id);
        assertEquals(before.get(0), after.get(0), "the first link is as it was");
        assertEquals(2, after.size());
        Api.given()
                .get("/api/toolbox/{id}", id)
                .then()
                .body("links.url", contains("https://example.dk/1", "https://example.dk/3"));
    }
}
