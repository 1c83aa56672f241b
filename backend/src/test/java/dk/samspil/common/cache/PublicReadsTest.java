package dk.samspil.common.cache;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.security.Role;
import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The front page and the current theme, kept for anonymous visitors: a second visit costs no statement, a change
 * made through the API shows at once, one made by another instance (a new entry in the change feed) within the
 * feed's look, and signed-in callers always read afresh. On a theme of its own, in a year no other test uses.
 */
@QuarkusTest
class PublicReadsTest {

    private static final int YEAR = 2063;

    @Inject
    PublicReads publicReads;

    @Inject
    AppClock clock;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    TestThemes themes;

    @Inject
    TestUsers users;

    @Inject
    TestDatabase db;

    @Inject
    TestLibraries libraries;

    @BeforeEach
    void keep() {
        publicReads.useTtl(Duration.ofMinutes(5));
    }

    /** A theme of the test's year, and the clock inside its weeks (37-42): it is the current theme. */
    private long currentTheme(String title) {
        long theme = themes.create(title, YEAR);
        clock.travelTo(LocalDate.of(YEAR, 9, 15));
        return theme;
    }

    /** A coordinator signed in at the travelled time (a session of before would have expired). */
    private TestUsers.Session coordinator() {
        return users.fresh(Set.of(Role.COORDINATOR), null);
    }

    @AfterEach
    void forget() {
        publicReads.useTtl(null);
        clock.reset();
    }

    private long statementsFor(Runnable request) {
        sessionFactory.getStatistics().clear();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    /** A new library signed up for a new theme of {@code year}. */
    private record SignUp(long theme, long library, long participation) {}

    private SignUp signUp(String word, int year) {
        long theme = themes.create(word + " " + uniqueWord(), year);
        long library = libraries.create(word + " " + uniqueWord(), 851);
        return new SignUp(theme, library, themes.signUp(theme, library, "EVENTS"));
    }

    /** The library's editor adds an evening activity on 15 September of the theme's year. */
    private void addActivity(SignUp signUp, String title, int year) {
        users.editorOf(signUp.library())
                .given()
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        title,
                        "startsAt",
                        year + "-09-15T19:00:00+02:00",
                        "endsAt",
                        year + "-09-15T21:00:00+02:00",
                        "place",
                        "Salen",
                        "channel",
                        "EVENTS",
                        "audience",
                        "ADULTS"))
                .post("/api/participations/{id}/activities", signUp.participation())
                .then()
                .statusCode(201);
    }

    private void homeShowsTitle(String title) {
        Api.given().get("/api/home").then().statusCode(200).body("currentTheme.title", equalTo(title));
    }

    @Test
    void aSecondVisitCostsNothingAndAChangeShowsAtOnce() {
        String title = "Kept " + uniqueWord();
        long theme = currentTheme(title);
        assertTrue(statementsFor(() -> homeShowsTitle(title)) > 0, "the first visit reads");
        assertEquals(0, statementsFor(() -> homeShowsTitle(title)), "the second is kept");
        assertEquals(
                0,
                statementsFor(() -> Api.given()
                        .get("/api/themes/current")
                        .then()
                        .statusCode(200)
                        .body("id", equalTo((int) theme))));

        // A coordinator renames it: the very next visit sees the new title.
        TestUsers.Session coordinator = coordinator();
        Map<String, Object> input = themes.input(title, YEAR);
        long version = coordinator
                .given()
                .get("/api/themes/{id}", theme)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        String renamed = "Renamed " + uniqueWord();
        input.put("title", renamed);
        input.put(
                "number",
                coordinator
                        .given()
                        .get("/api/themes/{id}", theme)
                        .then()
                        .extract()
                        .path("number"));
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v" + version + "\"")
                .body(input)
                .put("/api/themes/{id}", theme)
                .then()
                .statusCode(200);
        homeShowsTitle(renamed);
        Api.given().get("/api/themes/current").then().body("title", equalTo(renamed));
    }

    @Test
    void aListsCountIsKeptForVisitorsUntilAnActivityIsAdded() {
        SignUp signUp = signUp("Tælles", YEAR + 1);
        long theme = signUp.theme();
        Runnable none = () -> Api.given()
                .queryParam("themeId", theme)
                .get("/api/activities")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        none.run();
        assertEquals(0, statementsFor(none), "the count is kept, and a page beyond it is not read");
        assertTrue(
                statementsFor(() -> Api.given()
                                .queryParam("themeId", theme)
                                .queryParam("channel", "EVENTS")
                                .get("/api/activities")
                                .then()
                                .body("totalItems", equalTo(0)))
                        > 0,
                "another filter is another count");

        addActivity(signUp, "Fortælleaften", YEAR + 1);
        Api.given()
                .queryParam("themeId", theme)
                .get("/api/activities")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Fortælleaften"));
    }

    @Test
    void statisticsAndTheToolboxTagsAreKeptForVisitorsUntilAnythingChanges() {
        SignUp signUp = signUp("Tal", YEAR + 2);
        long theme = signUp.theme();
        Runnable totals = () -> Api.given()
                .queryParam("themeId", theme)
                .get("/api/stats/activities")
                .then()
                .statusCode(200)
                .body("byTheme", hasSize(0));
        Runnable goal = () -> Api.given().get("/api/stats/goal").then().statusCode(200);
        Runnable tags = () -> Api.given().get("/api/toolbox/tags").then().statusCode(200);
        for (Runnable read : List.of(totals, goal, tags)) {
            read.run();
            assertEquals(0, statementsFor(read), "a second visit is kept");
        }

        addActivity(signUp, "Talaften", YEAR + 2);
        Api.given()
                .queryParam("themeId", theme)
                .get("/api/stats/activities")
                .then()
                .body("byTheme[0].figures.activities", equalTo(1));
        assertTrue(statementsFor(tags) > 0, "any change empties what is kept");
    }

    @Test
    void theGuideIsKeptForVisitorsUntilAnythingChanges() {
        Runnable guide =
                () -> Api.given().get("/api/guide").then().statusCode(200).body("chapters", not(empty()));
        guide.run();
        assertEquals(0, statementsFor(guide), "a second visit is kept");
        libraries.create("Vejledt " + uniqueWord(), 846);
        assertTrue(statementsFor(guide) > 0, "any change empties what is kept");
    }

    @Test
    void theOpenDataCatalogueIsKeptForVisitorsUntilALibraryIsAdded() {
        Runnable catalogue = () -> Api.given().get("/api/open-data").then().statusCode(200);
        catalogue.run();
        assertEquals(0, statementsFor(catalogue), "a second visit is kept");
        String libraryItems = "datasets.find { it.id == 'libraries' }.items";
        int before = Api.given().get("/api/open-data").jsonPath().getInt(libraryItems);
        libraries.create("Åben " + uniqueWord(), 851);
        Api.given().get("/api/open-data").then().body(libraryItems, equalTo(before + 1));
    }

    @Test
    void aChangeOnAnotherInstanceShowsOnceTheFeedMovesAndSignedInCallersReadAfresh() {
        String title = "Elsewhere " + uniqueWord();
        long theme = currentTheme(title);
        TestUsers.Session coordinator = coordinator(); // a new account is a change too: made before anything is kept
        publicReads.lookAtTheChangeFeed();
        homeShowsTitle(title);
        publicReads.lookAtTheChangeFeed();
        assertEquals(0, statementsFor(() -> homeShowsTitle(title)), "a look at an unchanged feed keeps what is kept");

        // Another instance renames it: here, only its database row and then its change-feed entry are seen.
        String renamed = "Renamed elsewhere " + uniqueWord();
        db.execute("update theme set title = ?1 where id = ?2", renamed, theme);
        homeShowsTitle(title);
        coordinator.given().get("/api/home").then().statusCode(200).body("currentTheme.title", equalTo(renamed));

        db.execute(
                "insert into resource_change (occurred_at, resource_type, resource_id, action, version, audience)"
                        + " values (now(), 'theme', ?1, 'updated', 1, 'everyone')",
                theme);
        homeShowsTitle(title);
        publicReads.lookAtTheChangeFeed(); // what the schedule does every second (off in tests: it would be counted)
        homeShowsTitle(renamed);
    }
}
