package dk.samspil.common.content;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partners, guide chapters, toolbox items, good examples and projects are written the same way: 201 with
 * Location and ETag, 404 for what is not there, 428 without If-Match, 412 on a stale one, 409 on a taken
 * name or slug, and every create, update and delete in the audit trail.
 */
@QuarkusTest
class ContentTypesTest {

    /** One content type: where it lives, what the audit trail calls it, a valid input and its unique field. */
    record Type(String path, String auditName, String uniqueField, Function<String, Map<String, Object>> input) {

        @Override
        public String toString() {
            return path;
        }
    }

    @Inject
    TestUsers users;

    static Stream<Type> types() {
        return Stream.of(
                new Type(
                        "/api/partners",
                        "partner",
                        "name",
                        word -> new HashMap<>(Map.of("name", "Partner " + word, "type", "MUSEUM"))),
                new Type(
                        "/api/guide/chapters",
                        "guide_chapter",
                        "slug",
                        word -> new HashMap<>(Map.of(
                                "number", freeChapterNumber(),
                                "title", "Kapitel " + word,
                                "slug", "kapitel-" + word.toLowerCase()))),
                new Type(
                        "/api/toolbox",
                        "toolbox_item",
                        "slug",
                        word -> new HashMap<>(Map.of(
                                "kind", "TOOL",
                                "title", "Værktøj " + word,
                                "slug", "vaerktoej-" + word.toLowerCase(),
                                "summary", "Kort",
                                "heading", "BE_STRATEGIC"))),
                new Type(
                        "/api/cases",
                        "cases",
                        "slug",
                        word -> new HashMap<>(Map.of(
                                "title",
                                "Eksempel " + word,
                                "slug",
                                "eksempel-" + word.toLowerCase(),
                                "summary",
                                "Kort",
                                "answers",
                                fiveAnswers()))),
                new Type(
                        "/api/projects",
                        "project",
                        "slug",
                        word -> new HashMap<>(Map.of(
                                "name", "Projekt " + word,
                                "slug", "projekt-" + word.toLowerCase(),
                                "summary", "Kort"))));
    }

    private static List<Map<String, Object>> fiveAnswers() {
        List<Map<String, Object>> answers = new ArrayList<>();
        IntStream.rangeClosed(1, 5).forEach(i -> answers.add(Map.of("question", "Spørgsmål " + i, "answer", "Svar")));
        return answers;
    }

    private static int freeChapterNumber() {
        List<Integer> taken = Api.given().get("/api/guide").jsonPath().getList("chapters.number", Integer.class);
        return IntStream.rangeClosed(1, 99)
                .filter(n -> !taken.contains(n))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("types")
    void createReadUpdateDeleteFollowTheSameRules(Type type) {
        TestUsers.Session coordinator = users.coordinator();
        Map<String, Object> input = type.input().apply(uniqueWord());

        var created = coordinator
                .given()
                .contentType("application/json")
                .body(input)
                .post(type.path())
                .then()
                .statusCode(201)
                .header("ETag", "\"v0\"")
                .extract();
        long id = created.jsonPath().getLong("id");
        String location = created.header("Location");
        assertEquals(true, location.endsWith(type.path() + "/" + id), location);

        Api.given()
                .header("If-None-Match", "\"v0\"")
                .get(type.path() + "/{id}", id)
                .then()
                .statusCode(304);
        Api.given()
                .get(type.path() + "/{id}", Long.MAX_VALUE)
                .then()
                .statusCode(404)
                .body("type", endsWith("/problems/not-found"));

        // The unique field of another is taken: 409 on that field, and nothing is written.
        Map<String, Object> twin = type.input().apply(uniqueWord());
        twin.put(type.uniqueField(), input.get(type.uniqueField()));
        coordinator
                .given()
                .contentType("application/json")
                .body(twin)
                .post(type.path())
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo(type.uniqueField()));

        Map<String, Object> changed = new HashMap<>(input);
        changed.put(type.uniqueField(), input.get(type.uniqueField()) + "-ny");
        coordinator
                .givenInvalidRequest()
                .contentType("application/json")
                .body(changed)
                .put(type.path() + "/{id}", id)
                .then()
                .statusCode(428);
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v7\"")
                .body(changed)
                .put(type.path() + "/{id}", id)
                .then()
                .statusCode(412);
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(changed)
                .put(type.path() + "/{id}", Long.MAX_VALUE)
                .then()
                .statusCode(404);
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(changed)
                .put(type.path() + "/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"v1\"")
                .body(type.uniqueField(), equalTo(changed.get(type.uniqueField())));

        coordinator
                .givenInvalidRequest()
                .delete(type.path() + "/{id}", id)
                .then()
                .statusCode(428);
        coordinator
                .given()
                .header("If-Match", "\"v0\"")
                .delete(type.path() + "/{id}", id)
                .then()
                .statusCode(412);
        coordinator
                .given()
                .header("If-Match", "\"v1\"")
                .delete(type.path() + "/{id}", id)
                .then()
                .statusCode(204);
        Api.given().get(type.path() + "/{id}", id).then().statusCode(404);

        users.admin()
                .given()
                .queryParam("entityType", type.auditName())
                .queryParam("entityId", id)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items.action", contains("DELETE", "UPDATE", "CREATE"))
                .body("items[1].changes." + type.uniqueField() + ".new", equalTo(changed.get(type.uniqueField())))
                .body("items[2].changes." + type.uniqueField() + ".new", equalTo(input.get(type.uniqueField())))
                .body("items[0].changes." + type.uniqueField() + ".old", equalTo(changed.get(type.uniqueField())));
    }
}
