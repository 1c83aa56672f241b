package dk.samspil.partnering.toolbox;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestFiles;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestPartners;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The toolbox, the guide, the good examples and the projects: public to read, coordinators' to write. */
@QuarkusTest
class ToolboxGuideCasesProjectsTest {

    @Inject
    TestUsers users;

    @Inject
    TestPartners partners;

    @Inject
    TestLibraries libraries;

    private long upload(String text) {
        return TestFiles.uploadPdf(users.coordinator(), "værktøj.pdf", text);
    }

    private long chapter(int number, String title) {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of("number", number, "title", title, "summary", "Kort", "body", "## Tekst\n\nBrødtekst"))
                .post("/api/guide/chapters")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> item(String title, long chapter, List<Map<String, Object>> files) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "TEMPLATE");
        input.put("title", title);
        input.put("summary", "Et værktøj til aftaler");
        input.put("body", "Brug den **sammen**");
        input.put("heading", "CHOOSE_PARTNERS");
        input.put("guideChapterId", chapter);
        input.put("phases", List.of("AGREEMENT", "EXPECTATIONS"));
        input.put("tags", List.of("Aftale", "skabelon"));
        input.put("attachments", files);
        input.put("links", List.of(Map.of("title", "Mere", "url", "https://example.dk/mere")));
        input.put("source", "Ud af boksen!");
        input.put("year", 2012);
        return input;
    }

    @Test
    void coordinatorsFillTheToolboxAndEveryoneBrowsesItWithItsFiles() {
        String word = uniqueWord();
        long chapter = chapter(50 + Math.abs(word.hashCode() % 40), "Kapitel " + word);
        long file = upload(word);
        String title = "Skabelon " + word;
        Map<String, Object> input = item(title, chapter, List.of(Map.of("attachmentId", file, "title", "Skabelonen")));

        users.editorOf(libraries.create("Værktøj " + word, 851))
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/toolbox")
                .then()
                .statusCode(403);
        long id = users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/toolbox")
                .then()
                .statusCode(201)
                .body("tags", contains("aftale", "skabelon"))
                .body("bodyHtml", containsString("<strong>sammen</strong>"))
                .body("attachments[0].href", containsString("/api/attachments/" + file))
                .extract()
                .jsonPath()
                .getLong("id");
        String slug = Api.given().get("/api/toolbox/{id}", id).jsonPath().getString("slug");
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/toolbox")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("slug"));

        Api.given()
                .queryParam("heading", "CHOOSE_PARTNERS")
                .queryParam("kind", "TEMPLATE")
                .queryParam("phase", "AGREEMENT")
                .queryParam("tag", "aftale")
                .queryParam("q", word)
                .get("/api/toolbox")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id))
                .body("items[0].guideChapter.id", equalTo((int) chapter))
                .body("items[0].attachments", equalTo(1));
        Api.given()
                .queryParam("phase", "EVALUATION")
                .queryParam("q", word)
                .get("/api/toolbox")
                .then()
                .body("totalItems", equalTo(0));
        Api.given()
                .get("/api/toolbox/by-slug/{slug}", slug)
                .then()
                .statusCode(200)
                .body("links[0].url", equalTo("https://example.dk/mere"));
        Api.given().get("/api/toolbox/tags").then().statusCode(200).body("tag", hasItem("skabelon"));
        // A file the public toolbox uses is public.
        Api.givenInvalidRequest()
                .accept("*/*")
                .get("/api/attachments/{id}", file)
                .then()
                .statusCode(200)
                .contentType("application/pdf");

        // The guide lists the chapter with its tool, and the chapter reads with its neighbours.
        Api.given()
                .get("/api/guide")
                .then()
                .statusCode(200)
                .body("chapters.find { it.id == " + chapter + " }.items.id", contains((int) id))
                .body("checklist.size()", equalTo(10));
        Api.given()
                .get("/api/guide/chapters/{id}", chapter)
                .then()
                .statusCode(200)
                .body("bodyHtml", containsString("<h2>Tekst</h2>"))
                .body("items.id", contains((int) id));
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of(
                        "number",
                        Api.given()
                                .get("/api/guide/chapters/{id}", chapter)
                                .jsonPath()
                                .getInt("number"),
                        "title",
                        "Samme nummer " + word))
                .post("/api/guide/chapters")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("number"));
        users.coordinator()
                .given()
                .header("If-Match", "\"v0\"")
                .delete("/api/guide/chapters/{id}", chapter)
                .then()
                .statusCode(409)
                .body("references[0].entity", equalTo("toolbox_item"));

        Map<String, Object> badPhase = item("Fase " + word, chapter, List.of());
        badPhase.put("phases", List.of("NOWHERE"));
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(badPhase)
                .post("/api/toolbox")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("phases[0]"));
    }

    @Test
    void aGoodExampleHasExactlyTheFiveQuickQuestions() {
        String word = uniqueWord();
        long library = libraries.create("Eksempel " + word, 657);
        long partner = partners.create("Teater " + word, "THEATRE");
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            answers.add(Map.of("question", "Spørgsmål " + i, "answer", "Svar " + i));
        }
        Map<String, Object> input = new HashMap<>(Map.of(
                "title",
                "Sansefortælling " + word,
                "summary",
                "Kort",
                "answers",
                answers,
                "libraryIds",
                List.of(library),
                "partnerIds",
                List.of(partner),
                "result",
                "Mange **børn**"));
        users.coordinator()
                .givenInvalidRequest()
                .contentType("application/json")
                .body(new HashMap<>(
                        Map.of("title", "Fire " + word, "summary", "Kort", "answers", answers.subList(0, 4))))
                .post("/api/cases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answers"));
        long id = users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/cases")
                .then()
                .statusCode(201)
                .body(
                        "answers.question",
                        contains("Spørgsmål 1", "Spørgsmål 2", "Spørgsmål 3", "Spørgsmål 4", "Spørgsmål 5"))
                .body("resultHtml", containsString("<strong>børn</strong>"))
                .extract()
                .jsonPath()
                .getLong("id");
        Api.given()
                .queryParam("partnerId", partner)
                .get("/api/cases")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id))
                .body("items[0].libraries[0].id", equalTo((int) library));
        Api.given()
                .get("/api/partners/{id}/involvement", partner)
                .then()
                .statusCode(200)
                .body("cases.id", contains((int) id));
        // A partner in a good example cannot be deleted.
        users.coordinator()
                .given()
                .header("If-Match", "\"v0\"")
                .delete("/api/partners/{id}", partner)
                .then()
                .statusCode(409);
    }

    @Test
    void aProjectShowsItsDocumentsToEveryoneAndPrivateContactsOnlyToSignedInUsers() {
        String word = uniqueWord();
        long file = upload("projekt " + word);
        long open = users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of("name", "Åben " + word, "isPublic", true))
                .post("/api/contacts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long hidden = users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of("name", "Skjult " + word))
                .post("/api/contacts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> input = new HashMap<>(Map.of(
                "name",
                "Projekt " + word,
                "summary",
                "Et projekt",
                "startsOn",
                "2010-03-01",
                "endsOn",
                "2012-07-01",
                "funder",
                "Kulturstyrelsen",
                "contactIds",
                List.of(open, hidden),
                "documents",
                List.of(Map.of("kind", "REPORT", "title", "Afrapportering", "attachmentId", file))));
        users.editorOf(libraries.create("Projekt " + word, 851))
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/projects")
                .then()
                .statusCode(403);
        long id = users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .body("contacts.size()", equalTo(2))
                .extract()
                .jsonPath()
                .getLong("id");
        Api.given()
                .get("/api/projects/{id}", id)
                .then()
                .statusCode(200)
                .body("contacts.id", contains((int) open))
                .body("documents[0].kind", equalTo("REPORT"))
                .body("documents[0].title", equalTo("Afrapportering"));
        Api.given().get("/api/projects").then().statusCode(200).body("name", hasItem("Projekt " + word));
        Api.givenInvalidRequest()
                .accept("*/*")
                .get("/api/attachments/{id}", file)
                .then()
                .statusCode(200);
        input.put("endsOn", "2009-01-01");
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/projects/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
        Api.given().get("/api/projects/{id}", id).then().body("endsOn", not(equalTo("2009-01-01")));
    }
}
