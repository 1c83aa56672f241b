package dk.samspil.access.auth;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.security.Role;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestFiles;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestPartners;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, for every operation in openapi.yaml: each is called as anonymous, as an editor of
 * another library, as the library's editor, as a coordinator and as an admin, and must answer the
 * status this table expects. An operation added to the API without a row here fails the test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Actor {
        ANONYMOUS,
        OTHER_EDITOR,
        EDITOR,
        COORDINATOR,
        ADMIN
    }

    /** What a call may use: a library of its own, the caller's request and session. */
    record Call(Actor actor, RequestSpecification request, TestUsers.Session session, long library) {}

    interface Operation {
        Response call(Call call);
    }

    record Row(Operation operation, int anonymous, int otherEditor, int editor, int coordinator, int admin) {
        int expected(Actor actor) {
            return switch (actor) {
                case ANONYMOUS -> anonymous;
                case OTHER_EDITOR -> otherEditor;
                case EDITOR -> editor;
                case COORDINATOR -> coordinator;
                case ADMIN -> admin;
            };
        }
    }

    @Inject
    TestUsers users;

    @Inject
    TestPartners partners;

    @Inject
    TestLibraries libraries;

    @Inject
    TestDatabase db;

    @Inject
    dk.samspil.testing.TestThemes themes;

    private static final String ICS = "text/calendar, application/problem+json";
    private static final String CSV = "text/csv, application/problem+json";

    private final Map<String, Row> matrix = new LinkedHashMap<>();

    private void row(
            String operationId,
            int anonymous,
            int otherEditor,
            int editor,
            int coordinator,
            int admin,
            Operation operation) {
        matrix.put(operationId, new Row(operation, anonymous, otherEditor, editor, coordinator, admin));
    }

    private void defineMatrix() {
        // Public reads
        row("listLibraries", 200, 200, 200, 200, 200, c -> c.request().get("/api/libraries"));
        row("getLibrary", 200, 200, 200, 200, 200, c -> c.request().get("/api/libraries/{id}", c.library()));
        row("listRegions", 200, 200, 200, 200, 200, c -> c.request().get("/api/regions"));
        // Open data: everyone
        row("getOpenDataCatalogue", 200, 200, 200, 200, 200, c -> c.request().get("/api/open-data"));
        row("getOpenDatasetJson", 200, 200, 200, 200, 200, c -> c.request().get("/api/open-data/libraries.json"));
        row(
                "getOpenDatasetCsv",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().accept(CSV).get("/api/open-data/themes.csv"));
        row("listMunicipalities", 200, 200, 200, 200, 200, c -> c.request().get("/api/municipalities"));
        // The change feed: everyone may follow it, each caller seeing only what it may read
        row(
                "listChanges",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().queryParam("limit", 1).get("/api/changes"));
        // Libraries: coordinators manage them, an editor changes their own
        row(
                "createLibrary",
                401,
                403,
                403,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(libraries.input("Matrix " + uniqueWord(), nextMunicipality()))
                        .post("/api/libraries"));
        row("updateLibrary", 401, 403, 200, 200, 200, c -> {
            Map<String, Object> input = libraries.input("Matrix " + uniqueWord(), municipalityOf(c.library()));
            input.put(
                    "libraryNumber",
                    db.row("select library_number from library where id = ?1", c.library())
                            .get("library_number"));
            return c.request()
                    .contentType("application/json")
                    .header("If-Match", "\"v0\"")
                    .body(input)
                    .put("/api/libraries/{id}", c.library());
        });
        row(
                "deleteLibrary",
                401,
                403,
                403,
                204,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/libraries/{id}", c.library()));
        // Audit: admins all; coordinators one resource's history
        row(
                "listAuditEvents",
                401,
                403,
                403,
                200,
                200,
                c -> c.request()
                        .queryParam("entityType", "library")
                        .queryParam("entityId", c.library())
                        .get("/api/audit"));
        // Partners and themes: everyone reads, coordinators manage
        row(
                "search",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().queryParam("q", "bibliotek").get("/api/search"));
        row(
                "suggestSearch",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().queryParam("q", "bibli").get("/api/search/suggestions"));
        row("listPartners", 200, 200, 200, 200, 200, c -> c.request().get("/api/partners"));
        row("getPartner", 200, 200, 200, 200, 200, c -> c.request().get("/api/partners/{id}", newPartner()));
        // An editor may add a local partner (a national one is refused: PartnerResourceTest).
        row(
                "createPartner",
                401,
                201,
                201,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(Map.of("name", "Matrix " + uniqueWord(), "type", "OTHER"))
                        .post("/api/partners"));
        row(
                "updatePartner",
                401,
                403,
                403,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(Map.of("name", "Matrix " + uniqueWord(), "type", "OTHER"))
                        .put("/api/partners/{id}", newPartner()));
        row(
                "deletePartner",
                401,
                403,
                403,
                204,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/partners/{id}", newPartner()));
        row("listFocusAreas", 200, 200, 200, 200, 200, c -> c.request().get("/api/focus-areas"));
        row("listThemes", 200, 200, 200, 200, 200, c -> c.request().get("/api/themes"));
        row("getCurrentTheme", 200, 200, 200, 200, 200, c -> c.request().get("/api/themes/current"));
        row("getNextTheme", 200, 200, 200, 200, 200, c -> c.request().get("/api/themes/next"));
        row(
                "getThemeBySlug",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/themes/by-slug/{slug}", "historier-om-danmark"));
        row(
                "getTheme",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/themes/{id}", themes.create("Matrix " + uniqueWord(), 2040)));
        row(
                "createTheme",
                401,
                403,
                403,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(themes.input("Matrix " + uniqueWord(), 2041))
                        .post("/api/themes"));
        row(
                "updateTheme",
                401,
                403,
                403,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(themes.input("Matrix " + uniqueWord(), 2042))
                        .put("/api/themes/{id}", themes.create("Matrix " + uniqueWord(), 2042)));
        row(
                "deleteTheme",
                401,
                403,
                403,
                204,
                204,
                c -> c.request()
                        .header("If-Match", "\"v0\"")
                        .delete("/api/themes/{id}", themes.create("Matrix " + uniqueWord(), 2043)));
        // Sign-ups: the library's editor and coordinators
        row(
                "listThemeParticipations",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/themes/{id}/participations", themes.create("Matrix " + uniqueWord(), 2044)));
        row(
                "listLibraryParticipations",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/libraries/{id}/participations", c.library()));
        row(
                "signUp",
                401,
                403,
                201,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(Map.of("libraryId", c.library(), "channels", List.of("EVENTS"), "focusAreas", List.of()))
                        .post("/api/themes/{id}/participations", themes.create("Matrix " + uniqueWord(), 2044)));
        row(
                "getParticipation",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/participations/{id}", participationOf(c.library())));
        row(
                "updateParticipation",
                401,
                403,
                200,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(Map.of("state", "SIGNED_UP", "channels", List.of("PRESS"), "focusAreas", List.of()))
                        .put("/api/participations/{id}", participationOf(c.library())));
        row("confirmParticipations", 401, 403, 403, 200, 200, c -> {
            long participation = participationOf(c.library());
            return c.request()
                    .contentType("application/json")
                    .body(Map.of("ids", List.of(participation)))
                    .post("/api/themes/{id}/participations/confirm", themeOf(participation));
        });
        // Contacts: everyone reads public ones; coordinators manage all, editors their library's
        row("listContacts", 200, 200, 200, 200, 200, c -> c.request().get("/api/contacts"));
        row("getContact", 200, 200, 200, 200, 200, c -> c.request().get("/api/contacts/{id}", contactOf(c.library())));
        row(
                "createContact",
                401,
                403,
                201,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(Map.of("name", "Matrix " + uniqueWord(), "libraryId", c.library()))
                        .post("/api/contacts"));
        row(
                "updateContact",
                401,
                403,
                200,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(Map.of("name", "Omdøbt " + uniqueWord(), "libraryId", c.library(), "isPublic", true))
                        .put("/api/contacts/{id}", contactOf(c.library())));
        row(
                "deleteContact",
                401,
                403,
                204,
                204,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/contacts/{id}", contactOf(c.library())));
        // Activities: everyone reads; the library's editor and coordinators write
        row("listActivities", 200, 200, 200, 200, 200, c -> c.request().get("/api/activities"));
        row(
                "getActivity",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/activities/{id}", activityOf(c.library())));
        row(
                "listParticipationActivities",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/participations/{id}/activities", participationOf(c.library())));
        row(
                "createActivity",
                401,
                403,
                201,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(activityInput())
                        .post("/api/participations/{id}/activities", participationOf(c.library())));
        row(
                "updateActivity",
                401,
                403,
                200,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(activityInput())
                        .put("/api/activities/{id}", activityOf(c.library())));
        row(
                "deleteActivity",
                401,
                403,
                204,
                204,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/activities/{id}", activityOf(c.library())));
        // Network meetings and the goal: everyone reads, coordinators manage
        row("listNetworkMeetings", 200, 200, 200, 200, 200, c -> c.request().get("/api/network-meetings"));
        row("getNextNetworkMeeting", 200, 200, 200, 200, 200, c -> {
            newMeeting();
            return c.request().get("/api/network-meetings/next");
        });
        row(
                "getNetworkMeeting",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/network-meetings/{id}", newMeeting()));
        row(
                "createNetworkMeeting",
                401,
                403,
                403,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(meetingInput())
                        .post("/api/network-meetings"));
        row(
                "updateNetworkMeeting",
                401,
                403,
                403,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(meetingInput())
                        .put("/api/network-meetings/{id}", newMeeting()));
        row(
                "deleteNetworkMeeting",
                401,
                403,
                403,
                204,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/network-meetings/{id}", newMeeting()));
        row("getGoal", 200, 200, 200, 200, 200, c -> c.request().get("/api/goal"));
        row("updateGoal", 401, 403, 403, 200, 200, c -> {
            Map<String, Object> goal = db.row("select target_libraries, target_date, version from collaboration_goal");
            return c.request()
                    .contentType("application/json")
                    .header("If-Match", "\"v" + goal.get("version") + "\"")
                    .body(Map.of(
                            "targetLibraries",
                            goal.get("target_libraries"),
                            "targetDate",
                            goal.get("target_date").toString()))
                    .put("/api/goal");
        });
        // Statistics, calendar feeds and exports: public
        row("getGoalProgress", 200, 200, 200, 200, 200, c -> c.request().get("/api/stats/goal"));
        row("getHome", 200, 200, 200, 200, 200, c -> c.request().get("/api/home"));
        row(
                "getRegionCoverage",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/stats/themes/{id}/regions", themeOf(participationOf(c.library()))));
        row(
                "getSignupsOverTime",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/stats/themes/{id}/signups", themeOf(participationOf(c.library()))));
        row("getActivityTotals", 200, 200, 200, 200, 200, c -> c.request().get("/api/stats/activities"));
        row(
                "getThemeCalendar",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().accept(ICS).get("/api/calendar/themes.ics"));
        row(
                "getMilestoneCalendar",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().accept(ICS).get("/api/calendar/milestones.ics"));
        row(
                "getNetworkMeetingCalendar",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().accept(ICS).get("/api/calendar/network-meetings.ics"));
        row(
                "getLibraryActivityCalendar",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().accept(ICS).get("/api/calendar/libraries/{id}/activities.ics", c.library()));
        row(
                "exportThemeParticipations",
                200,
                200,
                200,
                200,
                200,
                c -> c.request()
                        .accept(CSV)
                        .get("/api/themes/{id}/export/participations.csv", themeOf(participationOf(c.library()))));
        row(
                "exportThemeActivities",
                200,
                200,
                200,
                200,
                200,
                c -> c.request()
                        .accept(CSV)
                        .get("/api/themes/{id}/export/activities.csv", themeOf(participationOf(c.library()))));
        // Files: coordinators and editors upload; an unused (private) file only for signed-in callers
        row(
                "uploadAttachment",
                401,
                201,
                201,
                201,
                201,
                c -> c.request()
                        .multiPart(
                                "file",
                                "matrix.pdf",
                                ("%PDF-1.4\n% " + uniqueWord()).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                                "application/pdf")
                        .post("/api/attachments"));
        row(
                "downloadAttachment",
                404,
                200,
                200,
                200,
                200,
                c -> c.request().accept("*/*").get("/api/attachments/{id}", newAttachment()));
        // Partnerships: the editors of their libraries and coordinators
        row("listPartnerships", 200, 200, 200, 200, 200, c -> c.request().get("/api/partnerships"));
        row(
                "getPartnership",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/partnerships/{id}", partnershipOf(c.library())));
        row(
                "createPartnership",
                401,
                400,
                201,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(partnershipInput(c.library()))
                        .post("/api/partnerships"));
        row(
                "updatePartnership",
                401,
                403,
                200,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(partnershipInput(c.library()))
                        .put("/api/partnerships/{id}", partnershipOf(c.library())));
        row(
                "deletePartnership",
                401,
                403,
                204,
                204,
                204,
                c -> c.request()
                        .header("If-Match", "\"v0\"")
                        .delete("/api/partnerships/{id}", partnershipOf(c.library())));
        row(
                "movePartnership",
                401,
                403,
                200,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(Map.of("to", "PLANNING"))
                        .post("/api/partnerships/{id}/transitions", partnershipOf(c.library())));
        row(
                "getPartnershipWorkbench",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/partnerships/{id}/workbench", partnershipOf(c.library())));
        row(
                "tickPartnershipChecklist",
                401,
                403,
                200,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .body(Map.of("done", true))
                        .post("/api/partnerships/{id}/checklist/{step}", partnershipOf(c.library()), "PURPOSE"));
        row(
                "getPartnerInvolvement",
                200,
                200,
                200,
                200,
                200,
                c -> c.request().get("/api/partners/{id}/involvement", newPartner()));
        // The toolbox, the guide, good examples, projects: everyone reads, coordinators write
        row("listToolboxItems", 200, 200, 200, 200, 200, c -> c.request().get("/api/toolbox"));
        row("listToolboxTags", 200, 200, 200, 200, 200, c -> c.request().get("/api/toolbox/tags"));
        row(
                "getToolboxItemBySlug",
                200,
                200,
                200,
                200,
                200,
                c -> c.request()
                        .get(
                                "/api/toolbox/by-slug/{slug}",
                                Api.given()
                                        .get("/api/toolbox/{id}", newToolboxItem())
                                        .jsonPath()
                                        .getString("slug")));
        row("getToolboxItem", 200, 200, 200, 200, 200, c -> c.request().get("/api/toolbox/{id}", newToolboxItem()));
        row(
                "createToolboxItem",
                401,
                403,
                403,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(toolboxInput())
                        .post("/api/toolbox"));
        row(
                "updateToolboxItem",
                401,
                403,
                403,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(toolboxInput())
                        .put("/api/toolbox/{id}", newToolboxItem()));
        row(
                "deleteToolboxItem",
                401,
                403,
                403,
                204,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/toolbox/{id}", newToolboxItem()));
        row("getGuide", 200, 200, 200, 200, 200, c -> c.request().get("/api/guide"));
        row(
                "getGuideChapterBySlug",
                200,
                200,
                200,
                200,
                200,
                c -> c.request()
                        .get(
                                "/api/guide/chapters/by-slug/{slug}",
                                Api.given()
                                        .get("/api/guide/chapters/{id}", newChapter())
                                        .jsonPath()
                                        .getString("slug")));
        row("getGuideChapter", 200, 200, 200, 200, 200, c -> c.request().get("/api/guide/chapters/{id}", newChapter()));
        row(
                "createGuideChapter",
                401,
                403,
                403,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(chapterInput())
                        .post("/api/guide/chapters"));
        row(
                "updateGuideChapter",
                401,
                403,
                403,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(chapterInput())
                        .put("/api/guide/chapters/{id}", newChapter()));
        row(
                "deleteGuideChapter",
                401,
                403,
                403,
                204,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/guide/chapters/{id}", newChapter()));
        row("listCases", 200, 200, 200, 200, 200, c -> c.request().get("/api/cases"));
        row(
                "getCaseBySlug",
                200,
                200,
                200,
                200,
                200,
                c -> c.request()
                        .get(
                                "/api/cases/by-slug/{slug}",
                                Api.given()
                                        .get("/api/cases/{id}", newCase())
                                        .jsonPath()
                                        .getString("slug")));
        row("getCase", 200, 200, 200, 200, 200, c -> c.request().get("/api/cases/{id}", newCase()));
        row(
                "createCase",
                401,
                403,
                403,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(caseInput())
                        .post("/api/cases"));
        row(
                "updateCase",
                401,
                403,
                403,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(caseInput())
                        .put("/api/cases/{id}", newCase()));
        row(
                "deleteCase",
                401,
                403,
                403,
                204,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/cases/{id}", newCase()));
        row("listProjects", 200, 200, 200, 200, 200, c -> c.request().get("/api/projects"));
        row(
                "getProjectBySlug",
                200,
                200,
                200,
                200,
                200,
                c -> c.request()
                        .get(
                                "/api/projects/by-slug/{slug}",
                                Api.given()
                                        .get("/api/projects/{id}", newProject())
                                        .jsonPath()
                                        .getString("slug")));
        row("getProject", 200, 200, 200, 200, 200, c -> c.request().get("/api/projects/{id}", newProject()));
        row(
                "createProject",
                401,
                403,
                403,
                201,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(projectInput())
                        .post("/api/projects"));
        row(
                "updateProject",
                401,
                403,
                403,
                200,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(projectInput())
                        .put("/api/projects/{id}", newProject()));
        row(
                "deleteProject",
                401,
                403,
                403,
                204,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/projects/{id}", newProject()));
        // Sign-in
        row("login", 200, 200, 200, 200, 200, c -> {
            TestUsers.Session someone = users.fresh(Set.of(Role.COORDINATOR), null);
            return c.request()
                    .contentType("application/json")
                    .body(Map.of("email", someone.email(), "password", TestUsers.PASSWORD))
                    .post("/api/auth/login");
        });
        row("logout", 204, 204, 204, 204, 204, c -> c.request().post("/api/auth/logout"));
        row("getSession", 204, 200, 200, 200, 200, c -> c.request().get("/api/auth/session"));
        row(
                "changePassword",
                401,
                204,
                204,
                204,
                204,
                c -> c.request()
                        .contentType("application/json")
                        .body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", TestUsers.PASSWORD + "-new"))
                        .post("/api/auth/password"));
        // A password by mail: open to anyone (the link is the proof)
        row(
                "requestPasswordReset",
                202,
                202,
                202,
                202,
                202,
                c -> c.request()
                        .contentType("application/json")
                        .header("X-Forwarded-For", "10.40.0." + (1 + (int) (Math.random() * 250)))
                        .body(Map.of("email", uniqueWord().toLowerCase() + "@matrix.test"))
                        .post("/api/auth/password-reset"));
        row("chooseNewPassword", 204, 204, 204, 204, 204, c -> {
            TestUsers.Session someone = users.fresh(Set.of(Role.EDITOR), null);
            Api.given()
                    .contentType("application/json")
                    .header("X-Forwarded-For", "10.41.0." + (1 + (int) (Math.random() * 250)))
                    .body(Map.of("email", someone.email()))
                    .post("/api/auth/password-reset")
                    .then()
                    .statusCode(202);
            String token = dk.samspil.testing.GreenMailResource.latestTo(someone.email())
                    .link("/ny-adgangskode");
            return c.request()
                    .contentType("application/json")
                    .body(Map.of("token", token, "password", "matrix-password-2"))
                    .post("/api/auth/new-password");
        });
        // Users and tokens: admins only
        row("listUsers", 401, 403, 403, 403, 200, c -> c.request().get("/api/users"));
        row(
                "getUser",
                401,
                403,
                403,
                403,
                200,
                c -> c.request().get("/api/users/{id}", users.coordinator().userId()));
        row(
                "createUser",
                401,
                403,
                403,
                403,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(Map.of(
                                "email",
                                uniqueWord() + "@matrix.test",
                                "displayName",
                                "Matrix",
                                "roles",
                                List.of("COORDINATOR"),
                                "active",
                                true,
                                "password",
                                "matrix-password-1"))
                        .post("/api/users"));
        row("inviteUserAgain", 401, 403, 403, 403, 202, c -> {
            long invited = users.invite(uniqueWord().toLowerCase() + "@matrix.test", "Inviteret");
            return c.request().post("/api/users/{id}/invitation", invited);
        });
        row("updateUser", 401, 403, 403, 403, 200, c -> {
            TestUsers.Session target = users.fresh(Set.of(Role.COORDINATOR), null);
            return c.request()
                    .contentType("application/json")
                    .header("If-Match", "\"v0\"")
                    .body(Map.of(
                            "email",
                            target.email(),
                            "displayName",
                            "Omdøbt",
                            "roles",
                            List.of("COORDINATOR"),
                            "active",
                            true))
                    .put("/api/users/{id}", target.userId());
        });
        row("listTokens", 401, 403, 403, 403, 200, c -> c.request().get("/api/tokens"));
        row("getToken", 401, 403, 403, 403, 200, c -> c.request().get("/api/tokens/{id}", anyToken()));
        row(
                "createToken",
                401,
                403,
                403,
                403,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(Map.of("name", "Matrix", "scopes", List.of()))
                        .post("/api/tokens"));
        row(
                "revokeToken",
                401,
                403,
                403,
                403,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/tokens/{id}", newToken()));
        // Webhooks: admins only
        row("listWebhooks", 401, 403, 403, 403, 200, c -> c.request().get("/api/webhooks"));
        row("getWebhook", 401, 403, 403, 403, 200, c -> c.request().get("/api/webhooks/{id}", newWebhook()));
        row(
                "createWebhook",
                401,
                403,
                403,
                403,
                201,
                c -> c.request()
                        .contentType("application/json")
                        .body(webhookInput())
                        .post("/api/webhooks"));
        row(
                "updateWebhook",
                401,
                403,
                403,
                403,
                200,
                c -> c.request()
                        .contentType("application/json")
                        .header("If-Match", "\"v0\"")
                        .body(webhookInput())
                        .put("/api/webhooks/{id}", newWebhook()));
        row(
                "deleteWebhook",
                401,
                403,
                403,
                403,
                204,
                c -> c.request().header("If-Match", "\"v0\"").delete("/api/webhooks/{id}", newWebhook()));
        row(
                "rotateWebhookSecret",
                401,
                403,
                403,
                403,
                200,
                c -> c.request().post("/api/webhooks/{id}/rotate-secret", newWebhook()));
        row("pingWebhook", 401, 403, 403, 403, 202, c -> c.request().post("/api/webhooks/{id}/ping", newWebhook()));
        row(
                "listWebhookDeliveries",
                401,
                403,
                403,
                403,
                200,
                c -> c.request().get("/api/webhooks/{id}/deliveries", newWebhook()));
        row("redeliverWebhook", 401, 403, 403, 403, 202, c -> {
            long webhook = newWebhook();
            long delivery = users.admin()
                    .given()
                    .post("/api/webhooks/{id}/ping", webhook)
                    .then()
                    .statusCode(202)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            return c.request().post("/api/webhooks/{id}/deliveries/{deliveryId}/redeliver", webhook, delivery);
        });
    }

    private static Map<String, Object> webhookInput() {
        // a port nothing listens on: no test here waits for a delivery
        return Map.of("url", "http://127.0.0.1:9/matrix", "eventTypes", List.of("library.deleted"));
    }

    private long newWebhook() {
        return users.admin()
                .given()
                .contentType("application/json")
                .body(webhookInput())
                .post("/api/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("webhook.id");
    }

    private List<Integer> municipalities;
    private int nextMunicipality;

    /** The matrix makes over a hundred libraries: spread over the municipalities, 99 branches each at most. */
    private int nextMunicipality() {
        if (municipalities == null) {
            municipalities = db.rows("select code from municipality order by code").stream()
                    .map(r -> ((Number) r.get("code")).intValue())
                    .toList();
        }
        return municipalities.get(nextMunicipality++ % municipalities.size());
    }

    private int municipalityOf(long library) {
        return ((Number) db.row("select municipality_code from library where id = ?1", library)
                        .get("municipality_code"))
                .intValue();
    }

    private long participationOf(long library) {
        return themes.signUp(themes.create("Matrix " + uniqueWord(), 2044), library, "EVENTS");
    }

    private long themeOf(long participation) {
        return ((Number) db.row("select theme_id from participation where id = ?1", participation)
                        .get("theme_id"))
                .longValue();
    }

    private long contactOf(long library) {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of("name", "Matrix " + uniqueWord(), "libraryId", library, "isPublic", true))
                .post("/api/contacts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> activityInput() {
        return Map.of(
                "title",
                "Matrix " + uniqueWord(),
                "startsAt",
                "2044-09-15T19:00:00+02:00",
                "channel",
                "EVENTS",
                "audience",
                "ADULTS");
    }

    private long activityOf(long library) {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(activityInput())
                .post("/api/participations/{id}/activities", participationOf(library))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> meetingInput() {
        return Map.of(
                "title",
                "Matrix " + uniqueWord(),
                "startsAt",
                "2099-03-03T10:00:00+01:00",
                "place",
                "Et sted",
                "attendingLibraryIds",
                List.of(),
                "ideas",
                List.of());
    }

    private long newMeeting() {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(meetingInput())
                .post("/api/network-meetings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private long newAttachment() {
        return TestFiles.uploadPdf(users.coordinator(), "matrix.pdf");
    }

    private Map<String, Object> partnershipInput(long library) {
        return Map.of(
                "title",
                "Matrix " + uniqueWord(),
                "purpose",
                "Test",
                "libraryIds",
                List.of(library),
                "partners",
                List.of());
    }

    private long partnershipOf(long library) {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(partnershipInput(library))
                .post("/api/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> toolboxInput() {
        return Map.of("kind", "TOOL", "title", "Matrix " + uniqueWord(), "summary", "Test", "heading", "BE_STRATEGIC");
    }

    private long newToolboxItem() {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(toolboxInput())
                .post("/api/toolbox")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static final java.util.concurrent.atomic.AtomicInteger CHAPTER =
            new java.util.concurrent.atomic.AtomicInteger(10);

    private static Map<String, Object> chapterInput() {
        return Map.of("number", CHAPTER.incrementAndGet(), "title", "Matrix " + uniqueWord());
    }

    private long newChapter() {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(chapterInput())
                .post("/api/guide/chapters")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> caseInput() {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            answers.add(Map.of("question", "Spørgsmål " + i, "answer", "Svar"));
        }
        return Map.of("title", "Matrix " + uniqueWord(), "summary", "Test", "answers", answers);
    }

    private long newCase() {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(caseInput())
                .post("/api/cases")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> projectInput() {
        return Map.of("name", "Matrix " + uniqueWord(), "summary", "Test");
    }

    private long newProject() {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(projectInput())
                .post("/api/projects")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private long newPartner() {
        return partners.create("Matrix " + uniqueWord());
    }

    private long newToken() {
        return users.admin()
                .given()
                .contentType("application/json")
                .body(Map.of("name", "Matrix", "scopes", List.of()))
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("token.id");
    }

    private long anyToken() {
        long id = db.count("select coalesce(min(id), 0) from api_token");
        return id > 0 ? id : newToken();
    }

    /**
     * The contract's security says who may call: an operation open to anonymous callers lists the empty
     * requirement, and one that answers them 401 does not; every write with the session needs its CSRF token.
     */
    @Test
    void theContractSaysWhoMayCallEachOperation() {
        defineMatrix();
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT.toString());
        List<String> wrong = new ArrayList<>();
        contract.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    Row row = matrix.get(op.getOperationId());
                    if (row == null) {
                        return; // reported by the test below
                    }
                    List<io.swagger.v3.oas.models.security.SecurityRequirement> security =
                            op.getSecurity() == null ? List.of() : op.getSecurity();
                    if (security.isEmpty()) {
                        wrong.add(op.getOperationId() + ": no security");
                    }
                    boolean anonymous = security.stream().anyMatch(Map::isEmpty);
                    if (anonymous != (row.anonymous() != 401)) {
                        wrong.add(op.getOperationId() + ": anonymous " + (anonymous ? "allowed" : "refused")
                                + " in the contract, but answered " + row.anonymous());
                    }
                    boolean write = !method.name().equals("GET");
                    security.stream()
                            .filter(r -> write && r.containsKey("session") && !r.containsKey("csrf"))
                            .forEach(r -> wrong.add(op.getOperationId() + ": a session write without csrf"));
                }));
        assertTrue(wrong.isEmpty(), "Contract and authorization disagree:\n  " + String.join("\n  ", wrong));
    }

    /** Where the contract offers no token, not even a token with every scope gets through. */
    @Test
    void operationsWithoutTheTokenSchemeRefuseTokens() {
        defineMatrix();
        String token = users.admin()
                .given()
                .contentType("application/json")
                .body(Map.of("name", "Matrix " + uniqueWord(), "scopes", List.of("read-private", "write")))
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT.toString());
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        contract.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    boolean offersToken =
                            op.getSecurity().stream().anyMatch(r -> r.containsKey("token") || r.isEmpty());
                    if (offersToken) {
                        return;
                    }
                    long library = libraries.create("Matrix " + uniqueWord(), nextMunicipality());
                    RequestSpecification request = Api.givenInvalidRequest().header("Authorization", "Bearer " + token);
                    int status = matrix.get(op.getOperationId())
                            .operation()
                            .call(new Call(Actor.ADMIN, request, null, library))
                            .statusCode();
                    checked.add(op.getOperationId());
                    if (status != 401 && status != 403) {
                        wrong.add(op.getOperationId() + ": " + status);
                    }
                }));
        assertTrue(checked.contains("listUsers") && checked.contains("createToken"), checked.toString());
        assertTrue(wrong.isEmpty(), "A token got through where the contract offers none: " + wrong);
    }

    @Test
    void everyOperationAnswersEachKindOfCallerAsExpected() {
        defineMatrix();
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT.toString());
        Set<String> operations = new TreeSet<>();
        contract.getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(op -> operations.add(op.getOperationId())));

        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(matrix.keySet());
        assertTrue(missing.isEmpty(), "Operations without a row in the authorization matrix: " + missing);
        Set<String> stale = new TreeSet<>(matrix.keySet());
        stale.removeAll(operations);
        assertTrue(stale.isEmpty(), "Rows for operations the contract does not have: " + stale);

        List<String> wrong = new ArrayList<>();
        for (String operationId : operations) {
            Row row = matrix.get(operationId);
            for (Actor actor : Actor.values()) {
                long library = libraries.create("Matrix " + uniqueWord(), nextMunicipality());
                TestUsers.Session session = session(actor, library, ENDS_SESSIONS.contains(operationId));
                RequestSpecification request =
                        session == null ? Api.givenInvalidRequest() : session.givenInvalidRequest();
                int status = row.operation()
                        .call(new Call(actor, request, session, library))
                        .statusCode();
                if (status != row.expected(actor)) {
                    wrong.add(operationId + " as " + actor + ": " + status + " (expected " + row.expected(actor) + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), "Authorization matrix broken:\n  " + String.join("\n  ", wrong));
    }

    /** Operations after which the caller's session is gone or changed: they get a session of their own. */
    private static final Set<String> ENDS_SESSIONS = Set.of("logout", "changePassword");

    private final Map<Actor, TestUsers.Session> sessions = new EnumMap<>(Actor.class);
    private long otherLibrary;

    private TestUsers.Session session(Actor actor, long library, boolean fresh) {
        if (actor == Actor.ANONYMOUS) {
            return null;
        }
        if (otherLibrary == 0) {
            otherLibrary = libraries.create("Anden " + uniqueWord(), 101);
        }
        TestUsers.Session session = fresh ? null : sessions.get(actor);
        if (session == null) {
            session = switch (actor) {
                case OTHER_EDITOR -> users.fresh(Set.of(Role.EDITOR), otherLibrary);
                case EDITOR -> users.fresh(Set.of(Role.EDITOR), library);
                case COORDINATOR -> users.fresh(Set.of(Role.COORDINATOR), null);
                default -> users.fresh(Set.of(Role.ADMIN), null);
            };
            if (!fresh) {
                sessions.put(actor, session);
            }
        }
        if (actor == Actor.EDITOR) {
            // The editor edits this call's library (the session reads the binding on every request).
            db.execute("update app_user set library_id = ?1 where id = ?2", library, session.userId());
        }
        return session;
    }
}
