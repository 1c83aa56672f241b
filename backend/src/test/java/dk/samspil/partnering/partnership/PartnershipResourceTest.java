package dk.samspil.partnering.partnership;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestFiles;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestPartners;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnershipResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestPartners partners;

    @Inject
    TestLibraries libraries;

    private long partner() {
        return partners.create("Partner " + uniqueWord(), "THEATRE");
    }

    static Map<String, Object> input(String title, List<Long> libraries, long partner) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("purpose", "Fortællinger for børn");
        input.put("libraryIds", libraries);
        input.put("partners", List.of(Map.of("partnerId", partner, "role", "Medarrangør")));
        input.put("goals", "- Nye brugere");
        return input;
    }

    private static void move(TestUsers.Session session, long id, long version, String to, int status) {
        session.given()
                .contentType("application/json")
                .header("If-Match", "\"v" + version + "\"")
                .body(Map.of("to", to))
                .post("/api/partnerships/{id}/transitions", id)
                .then()
                .statusCode(status);
    }

    @Test
    void theLifecycleOnlyMovesAlongAllowedTransitionsEachTimeStamped() {
        long library = libraries.create("Partnerskab " + uniqueWord(), 851);
        long partner = partner();
        TestUsers.Session editor = users.editorOf(library);
        long id = editor.given()
                .contentType("application/json")
                .body(input("Sansefortællinger " + uniqueWord(), List.of(library), partner))
                .post("/api/partnerships")
                .then()
                .statusCode(201)
                .body("status", equalTo("IDEA"))
                .body("phase.code", equalTo("NEED"))
                .body("allowedTransitions", contains("PLANNING", "CANCELLED"))
                .body("transitions[0].to", equalTo("IDEA"))
                .body("transitions[0].from", nullValue())
                .body("goalsHtml", containsString("<li>Nye brugere</li>"))
                .extract()
                .jsonPath()
                .getLong("id");

        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(Map.of("to", "RUNNING"))
                .post("/api/partnerships/{id}/transitions", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("PLANNING, CANCELLED"));
        move(editor, id, 0, "PLANNING", 200);
        move(editor, id, 1, "AGREED", 200);
        move(editor, id, 2, "RUNNING", 200);
        move(editor, id, 2, "EVALUATING", 412);
        move(users.editorOf(libraries.create("Fremmed " + uniqueWord(), 101)), id, 3, "EVALUATING", 403);
        move(editor, id, 3, "EVALUATING", 200);
        move(editor, id, 4, "ENDED", 200);
        Api.given()
                .get("/api/partnerships/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("allowedTransitions.size()", equalTo(0))
                .body("transitions.to", contains("IDEA", "PLANNING", "AGREED", "RUNNING", "EVALUATING", "ENDED"))
                .body("transitions[5].from", equalTo("EVALUATING"))
                .body("transitions[5].at", notNullValue())
                .body("transitions[5].actor", notNullValue());
        move(editor, id, 5, "CANCELLED", 409);
        Api.given()
                .queryParam("status", "ENDED")
                .queryParam("libraryId", library)
                .get("/api/partnerships")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id))
                .body("items[0].partners[0].role", equalTo("Medarrangør"));
    }

    @Test
    void statusAndPhaseMoveTogetherOrAloneAndEachPhaseKnowsItsStatus() {
        long library = libraries.create("Faser " + uniqueWord(), 851);
        TestUsers.Session editor = users.editorOf(library);
        long id = editor.given()
                .contentType("application/json")
                .body(input("Faser " + uniqueWord(), List.of(library), partner()))
                .post("/api/partnerships")
                .then()
                .statusCode(201)
                .body("phase.status", equalTo("IDEA"))
                .extract()
                .jsonPath()
                .getLong("id");
        // The workbench lists the guide's phases, each with the stretch of the lifecycle it belongs to.
        editor.given()
                .get("/api/partnerships/{id}/workbench", id)
                .then()
                .statusCode(200)
                .body("phases.code", hasItem("EXPECTATIONS"))
                .body("phases.find { it.code == 'FIRST_CONTACT' }.status", equalTo("IDEA"))
                .body("phases.find { it.code == 'EXPECTATIONS' }.status", equalTo("PLANNING"))
                .body("phases.find { it.code == 'EXECUTION' }.status", equalTo("RUNNING"))
                .body("phases.find { it.code == 'CLOSURE' }.status", equalTo("ENDED"));

        // The phase alone: no lifecycle step is recorded.
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(Map.of("phase", "FIRST_CONTACT"))
                .post("/api/partnerships/{id}/transitions", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("IDEA"))
                .body("phase.code", equalTo("FIRST_CONTACT"))
                .body("transitions.size()", equalTo(1));
        // Both in one step.
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v1\"")
                .body(Map.of("to", "PLANNING", "phase", "EXPECTATIONS"))
                .post("/api/partnerships/{id}/transitions", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PLANNING"))
                .body("phase.code", equalTo("EXPECTATIONS"))
                .body("phase.status", equalTo("PLANNING"))
                .body("transitions.to", contains("IDEA", "PLANNING"));
        // Bad moves change nothing: an unknown phase, nothing at all, a status off the lifecycle with a phase.
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v2\"")
                .body(Map.of("phase", "NAPPING"))
                .post("/api/partnerships/{id}/transitions", id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("phase"));
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v2\"")
                .body(Map.of())
                .post("/api/partnerships/{id}/transitions", id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v2\"")
                .body(Map.of("to", "ENDED", "phase", "CLOSURE"))
                .post("/api/partnerships/{id}/transitions", id)
                .then()
                .statusCode(409);
        Api.given()
                .get("/api/partnerships/{id}", id)
                .then()
                .body("status", equalTo("PLANNING"))
                .body("phase.code", equalTo("EXPECTATIONS"))
                .body("version", equalTo(2));

        // A cancelled partnership keeps its phase.
        move(editor, id, 2, "CANCELLED", 200);
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v3\"")
                .body(Map.of("phase", "CLOSURE"))
                .post("/api/partnerships/{id}/transitions", id)
                .then()
                .statusCode(409);
    }

    @Test
    void editorsManageOnlyPartnershipsTheirLibraryIsIn() {
        long library = libraries.create("Egen " + uniqueWord(), 851);
        long other = libraries.create("Anden " + uniqueWord(), 101);
        long partner = partner();
        TestUsers.Session editor = users.editorOf(library);
        editor.given()
                .contentType("application/json")
                .body(input("Uden os " + uniqueWord(), List.of(other), partner))
                .post("/api/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("libraryIds"));
        long shared = editor.given()
                .contentType("application/json")
                .body(input("Sammen " + uniqueWord(), List.of(library, other), partner))
                .post("/api/partnerships")
                .then()
                .statusCode(201)
                .body("libraries.size()", equalTo(2))
                .extract()
                .jsonPath()
                .getLong("id");
        // The other library's editor may change it too; a third library's editor may not.
        users.editorOf(other)
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input("Sammen igen " + uniqueWord(), List.of(library, other), partner))
                .put("/api/partnerships/{id}", shared)
                .then()
                .statusCode(200);
        users.editorOf(libraries.create("Tredje " + uniqueWord(), 851))
                .given()
                .header("If-Match", "\"v1\"")
                .delete("/api/partnerships/{id}", shared)
                .then()
                .statusCode(403);
        Map<String, Object> twice = input("To gange " + uniqueWord(), List.of(library), partner);
        twice.put(
                "partners",
                List.of(Map.of("partnerId", partner, "role", "A"), Map.of("partnerId", partner, "role", "B")));
        editor.given()
                .contentType("application/json")
                .body(twice)
                .post("/api/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("partners[1].partnerId"));
        Map<String, Object> badPhase = input("Fase " + uniqueWord(), List.of(library), partner);
        badPhase.put("phase", "NOWHERE");
        editor.given()
                .contentType("application/json")
                .body(badPhase)
                .post("/api/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("phase"));
        editor.given()
                .header("If-Match", "\"v1\"")
                .delete("/api/partnerships/{id}", shared)
                .then()
                .statusCode(204);
    }

    @Test
    void theWorkbenchRecommendsToolsForThePhaseAndKeepsTheChecklist() {
        long library = libraries.create("Arbejdsbord " + uniqueWord(), 851);
        long partner = partner();
        String tool = "Aftaleværktøj " + uniqueWord();
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "TEMPLATE",
                        "title",
                        tool,
                        "summary",
                        "Til aftalen",
                        "heading",
                        "CHOOSE_PARTNERS",
                        "phases",
                        List.of("AGREEMENT")))
                .post("/api/toolbox")
                .then()
                .statusCode(201);
        TestUsers.Session editor = users.editorOf(library);
        Map<String, Object> input = input("Med aftale " + uniqueWord(), List.of(library), partner);
        input.put("phase", "AGREEMENT");
        long id = editor.given()
                .contentType("application/json")
                .body(input)
                .post("/api/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        Api.given()
                .get("/api/partnerships/{id}/workbench", id)
                .then()
                .statusCode(200)
                .body("partnership.phase.code", equalTo("AGREEMENT"))
                .body("partnership.phase.nameDa", equalTo("Aftale"))
                .body("partnership.libraries[0].id", equalTo((int) library))
                .body("recommended.title", hasItem(tool))
                .body("phases.size()", equalTo(12))
                .body("done", equalTo(0))
                .body("total", equalTo(10));
        editor.given()
                .contentType("application/json")
                .body(Map.of("done", true))
                .post("/api/partnerships/{id}/checklist/{step}", id, "AGREEMENT")
                .then()
                .statusCode(200)
                .body("done", equalTo(true))
                .body("doneAt", notNullValue())
                .body("doneBy", notNullValue());
        Api.given().get("/api/partnerships/{id}", id).then().body("checklistDone", equalTo(1));
        editor.given()
                .contentType("application/json")
                .body(Map.of("done", false))
                .post("/api/partnerships/{id}/checklist/{step}", id, "AGREEMENT")
                .then()
                .statusCode(200)
                .body("done", equalTo(false));
        editor.given()
                .contentType("application/json")
                .body(Map.of("done", true))
                .post("/api/partnerships/{id}/checklist/{step}", id, "NO_SUCH_STEP")
                .then()
                .statusCode(404);
        // The log says the phase and the checklist step in words, not as codes.
        users.admin()
                .given()
                .queryParam("entityType", "partnership")
                .queryParam("entityId", id)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items.find { it.action == 'CREATE' }.changes.phase.newText", equalTo("Aftale"))
                .body(
                        "items.find { it.changes['checklist.AGREEMENT'] != null }.changes['checklist.AGREEMENT'].label",
                        allOf(startsWith("Tjekliste: "), not(containsString("AGREEMENT"))))
                .body(
                        "items.find { it.changes['checklist.AGREEMENT'] != null }.changes['checklist.AGREEMENT'].newText",
                        equalTo("Nej"));
        users.editorOf(libraries.create("Fremmed " + uniqueWord(), 101))
                .given()
                .contentType("application/json")
                .body(Map.of("done", true))
                .post("/api/partnerships/{id}/checklist/{step}", id, "PURPOSE")
                .then()
                .statusCode(403);
    }

    @Test
    void theAgreementIsAFileSeenOnlyBySignedInCallers() {
        long library = libraries.create("Aftale " + uniqueWord(), 851);
        long partner = partner();
        TestUsers.Session editor = users.editorOf(library);
        long file = TestFiles.uploadPdf(editor, "aftale.pdf");
        Map<String, Object> input = input("Aftalt " + uniqueWord(), List.of(library), partner);
        input.put("agreementAttachmentId", file);
        long id = editor.given()
                .contentType("application/json")
                .body(input)
                .post("/api/partnerships")
                .then()
                .statusCode(201)
                .body("agreement.attachmentId", equalTo((int) file))
                .body("agreement.fileName", equalTo("aftale.pdf"))
                .extract()
                .jsonPath()
                .getLong("id");
        Api.given().get("/api/partnerships/{id}", id).then().statusCode(200).body("agreement", nullValue());
        Api.givenInvalidRequest().get("/api/attachments/{id}", file).then().statusCode(404);
        input.put("agreementAttachmentId", 987654321L);
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/partnerships/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("agreementAttachmentId"));
    }

    @Test
    void otherFilesAreKeptWhenLeftOutReplacedWhenSentAndSeenOnlyBySignedInCallers() {
        long library = libraries.create("Filer " + uniqueWord(), 851);
        TestUsers.Session editor = users.editorOf(library);
        long minutes = TestFiles.uploadPdf(editor, "referat.pdf");
        long plan = TestFiles.uploadPdf(editor, "plan.pdf");
        Map<String, Object> input = input("Med filer " + uniqueWord(), List.of(library), partner());
        input.put("files", List.of(file(minutes, "Referat af opstartsmødet"), file(plan, "Kommunikationsplan")));
        long id = editor.given()
                .contentType("application/json")
                .body(input)
                .post("/api/partnerships")
                .then()
                .statusCode(201)
                .body("files.title", contains("Referat af opstartsmødet", "Kommunikationsplan"))
                .body("files[1].fileName", equalTo("plan.pdf"))
                .body("files[1].href", equalTo("/api/attachments/" + plan + "?name=plan.pdf"))
                .extract()
                .jsonPath()
                .getLong("id");
        Api.given().get("/api/partnerships/{id}", id).then().statusCode(200).body("files", empty());

        // A client that does not know the files (an older one) leaves them as they are.
        input.remove("files");
        input.put("title", "Omdøbt " + uniqueWord());
        long version = put(editor, id, 0, input)
                .body("files.attachmentId", contains((int) minutes, (int) plan))
                .extract()
                .jsonPath()
                .getLong("version");

        input.put("files", List.of(file(plan, "Kommunikationsplan, ny udgave")));
        version = put(editor, id, version, input)
                .body("files.title", contains("Kommunikationsplan, ny udgave"))
                .extract()
                .jsonPath()
                .getLong("version");

        input.put("files", List.of(file(plan, "Plan"), file(987654321L, "Findes ikke")));
        editor.given()
                .contentType("application/json")
                .header("If-Match", "\"v" + version + "\"")
                .body(input)
                .put("/api/partnerships/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("files[1].attachmentId"));
        editor.given()
                .get("/api/partnerships/{id}", id)
                .then()
                .statusCode(200)
                .body("files.title", contains("Kommunikationsplan, ny udgave"));

        input.put("files", List.of());
        put(editor, id, version, input).body("files", empty());
    }

    private static Map<String, Object> file(long attachmentId, String title) {
        return Map.of("attachmentId", attachmentId, "title", title);
    }

    private static ValidatableResponse put(
            TestUsers.Session session, long id, long version, Map<String, Object> input) {
        return session.given()
                .contentType("application/json")
                .header("If-Match", "\"v" + version + "\"")
                .body(input)
                .put("/api/partnerships/{id}", id)
                .then()
                .statusCode(200);
    }
}
