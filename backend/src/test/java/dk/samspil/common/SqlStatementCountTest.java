package dk.samspil.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A list costs the same few statements however many rows it shows: no N+1. */
@QuarkusTest
class SqlStatementCountTest {

    /**
     * GET /api/home, read afresh (what a visit costs when nothing is kept, as in the tests): the sum of the four
     * endpoints it stands for (each theme and its parts, the goal and one aggregate, the next meeting with its
     * parts, the library counts).
     */
    private static final long HOME_STATEMENTS = 10;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    AppClock clock;

    @Inject
    TestUsers users;

    @Inject
    TestLibraries libraries;

    @Inject
    TestThemes themes;

    private long statementsFor(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void listingAHundredLibrariesTakesTwoStatements() {
        long statements = statementsFor(() -> Api.given()
                .queryParam("size", 100)
                .queryParam("sort", "region")
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200));
        assertEquals(2, statements, "count + page");
    }

    @Test
    void aPageOfTheAuditTrailNamesEveryItemInOneStatement() {
        // Items of two kinds, one of them referring to another (a sign-up names its library and theme).
        long library = libraries.create("Tælles " + TestLibraries.uniqueWord(), 851);
        // A theme of its own: the demo themes' sign-ups are counted by DemoContentTest.
        themes.signUp(themes.create("Tælles " + TestLibraries.uniqueWord(), 2049), library, "EVENTS");
        TestUsers.Session admin = users.admin();
        long one = statementsFor(() ->
                admin.given().queryParam("size", 1).get("/api/audit").then().statusCode(200));
        long many = statementsFor(() -> admin.given()
                .queryParam("size", 100)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(1)));
        assertEquals(one, many, "a page of 100 events costs what a page of one does");
    }

    @Test
    void theFrontPageTakesAFixedNumberOfStatements() {
        // During the demo content's theme 13, with theme 14 and a meeting ahead: every part is there.
        clock.travelTo(LocalDate.of(2026, 12, 1));
        try {
            assertEquals(
                    HOME_STATEMENTS,
                    statementsFor(() -> Api.given().get("/api/home").then().statusCode(200)),
                    "each theme, the goal, the next meeting and the library counts, whatever their size");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aThemeWithAllItsPartsTakesTwoStatements() {
        // A demo theme with peak weeks, focus areas, partners, milestones and materials.
        long theme = Api.given()
                .get("/api/themes/by-slug/{slug}", "historier-om-danmark")
                .then()
                .statusCode(200)
                .body("milestones.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("partners.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("peakWeeks.size()", org.hamcrest.Matchers.greaterThan(0))
                .extract()
                .jsonPath()
                .getLong("id");
        assertEquals(
                2,
                statementsFor(
                        () -> Api.given().get("/api/themes/{id}", theme).then().statusCode(200)),
                "the theme + its parts");
    }

    @Test
    void theSignUpsExportTakesThreeStatementsWhateverTheirNumber() {
        long theme = TestThemes.demoTheme();
        String[] csv = new String[1];
        assertEquals(
                3,
                statementsFor(() -> csv[0] = Api.given()
                        .accept("text/csv")
                        .get("/api/themes/{id}/export/participations.csv", theme)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()),
                "the theme + the focus areas' names + every sign-up (no count, no page)");
        assertTrue(csv[0].lines().count() > 10, "the demo theme's sign-ups are all there:\n" + csv[0]);
    }

    @Test
    void aGoodExampleWithAllItsPartsTakesThreeStatements() {
        assertEquals(
                3,
                statementsFor(() -> Api.given()
                        .get("/api/cases/by-slug/{slug}", "biblioteket-og-tv-kanalen")
                        .then()
                        .statusCode(200)
                        .body("answers.size()", org.hamcrest.Matchers.greaterThan(0))
                        .body("libraries.size()", org.hamcrest.Matchers.greaterThan(0))
                        .body("partners.size()", org.hamcrest.Matchers.greaterThan(0))),
                "the good example + its parts + its toolbox items");
    }

    /** The demo partnership "Sansefortællinger": in its execution phase, with partners and a history. */
    private static long demoPartnership() {
        return Api.given()
                .queryParam("q", "Sansefortællinger")
                .get("/api/partnerships")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
    }

    @Test
    void aPartnershipTakesTwoStatementsForThePublic() {
        long id = demoPartnership();
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .get("/api/partnerships/{id}", id)
                        .then()
                        .statusCode(200)
                        .body("transitions.size()", org.hamcrest.Matchers.greaterThan(1))
                        .body("partners.size()", org.hamcrest.Matchers.greaterThan(0))
                        .body("phase.code", equalTo("EXECUTION"))),
                "the partnership + its phase and parts (no lead in the demo)");
    }

    @Test
    void aPartnershipsWorkbenchTakesTwoStatements() {
        long id = demoPartnership();
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .get("/api/partnerships/{id}/workbench", id)
                        .then()
                        .statusCode(200)
                        .body("partnership.partners.size()", greaterThan(0))
                        .body("phases.size()", greaterThan(3))
                        .body("recommended.size()", greaterThan(0))
                        .body("checklist.size()", greaterThan(3))
                        .body("done", greaterThan(0))),
                "the partnership as a list shows it + the phases, its phase's toolbox and the checklist");
    }

    @Test
    void aProjectAToolboxItemAndAPartnersInvolvementTakeTwoStatementsAtMost() {
        String project = Api.given()
                .get("/api/projects")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.documents > 0 }.slug");
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .get("/api/projects/by-slug/{slug}", project)
                        .then()
                        .statusCode(200)
                        .body("partners.size()", greaterThan(0))
                        .body("documents.size()", greaterThan(0))),
                "the project + its partners, contacts and documents");
        String item = Api.given()
                .queryParam("size", 100)
                .get("/api/toolbox")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.attachments > 0 && it.guideChapter != null }.slug");
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .get("/api/toolbox/by-slug/{slug}", item)
                        .then()
                        .statusCode(200)
                        .body("guideChapter.id", notNullValue())
                        .body("attachments.size()", greaterThan(0))),
                "the toolbox item + its chapter, files and links");
        long partner = Api.given()
                .queryParam("q", "DR")
                .get("/api/partners")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        assertEquals(
                1,
                statementsFor(() -> Api.given()
                        .get("/api/partners/{id}/involvement", partner)
                        .then()
                        .statusCode(200)
                        .body("themes.size()", greaterThan(0))),
                "its themes, partnerships, good examples and projects in one statement");
    }

    @Test
    void readingOneLibraryTakesOneStatement() {
        long id = Api.given()
                .queryParam("size", 1)
                .when()
                .get("/api/libraries")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        assertEquals(
                1,
                statementsFor(() ->
                        Api.given().when().get("/api/libraries/{id}", id).then().statusCode(200)));
    }

    @Test
    void referenceListsTakeOneStatementEach() {
        assertEquals(
                1,
                statementsFor(
                        () -> Api.given().when().get("/api/regions").then().statusCode(200)));
        assertEquals(
                1,
                statementsFor(() ->
                        Api.given().when().get("/api/municipalities").then().statusCode(200)));
    }

    @Test
    void theCollaborationsListsTakeTwoStatementsEach() {
        long theme = TestThemes.demoTheme();
        assertEquals(
                3,
                statementsFor(() -> Api.given()
                        .queryParam("size", 100)
                        .get("/api/themes/{id}/participations", theme)
                        .then()
                        .statusCode(200)),
                "sign-ups (77 of them, with region and network lead): the theme + count + page");
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .queryParam("size", 100)
                        .queryParam("themeId", theme)
                        .get("/api/activities")
                        .then()
                        .statusCode(200)),
                "activities: count + page");
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .queryParam("size", 100)
                        .get("/api/contacts")
                        .then()
                        .statusCode(200)),
                "contacts: count + page");
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .queryParam("size", 100)
                        .get("/api/network-meetings")
                        .then()
                        .statusCode(200)),
                "meetings with their counts: count + page");
    }

    @Test
    void statisticsAreCountedByTheDatabase() {
        long theme = TestThemes.demoTheme();
        assertEquals(
                2,
                statementsFor(() -> Api.given().get("/api/stats/goal").then().statusCode(200)),
                "the goal + one aggregate over all themes");
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .get("/api/stats/themes/{id}/regions", theme)
                        .then()
                        .statusCode(200)),
                "the theme + one aggregate");
        assertEquals(
                2,
                statementsFor(
                        () -> Api.given().get("/api/stats/activities").then().statusCode(200)),
                "per theme + per channel");
    }

    @Test
    void thePartnershipListsTakeAFixedNumberOfStatements() {
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .queryParam("size", 100)
                        .get("/api/partnerships")
                        .then()
                        .statusCode(200)
                        .body("items.findAll { it.libraries.size() > 0 }.size()", greaterThan(1))
                        .body("items.findAll { it.partners.size() > 0 }.size()", greaterThan(1))),
                "count + page, their libraries and partners in the page");
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .queryParam("size", 100)
                        .get("/api/toolbox")
                        .then()
                        .statusCode(200)),
                "count + page (chapter and file count in the page)");
        assertEquals(
                2,
                statementsFor(() -> Api.given()
                        .queryParam("size", 100)
                        .get("/api/cases")
                        .then()
                        .statusCode(200)
                        .body("items.findAll { it.libraries.size() > 0 }.size()", greaterThan(1))
                        .body("items.findAll { it.partners.size() > 0 }.size()", greaterThan(1))),
                "count + page, their libraries and partners in the page");
    }

    @Test
    void aPageOfTheChangeFeedIsOneStatement() {
        String cursor = Api.given()
                .queryParam("limit", 10)
                .get("/api/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("cursor");
        assertEquals(
                1,
                statementsFor(() -> Api.given()
                        .queryParam("limit", 1000)
                        .get("/api/changes")
                        .then()
                        .statusCode(200)),
                "the entries, the snapshot's boundary and the pruning horizon in one query");
        assertEquals(
                1,
                statementsFor(() -> Api.given()
                        .queryParam("after", cursor)
                        .queryParam("types", "theme")
                        .queryParam("types", "participation")
                        .queryParam("limit", 1000)
                        .get("/api/changes")
                        .then()
                        .statusCode(200)),
                "from a cursor, for some types");
    }
}
