package dk.samspil.collaboration.theme;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static dk.samspil.testing.TestThemes.week;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestPartners;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ThemeResourceTest {

    @Inject
    TestThemes themes;

    @Inject
    TestUsers users;

    @Inject
    TestPartners partners;

    @Inject
    TestDatabase db;

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aThemeAcrossNewYearHasItsDatesAndAStatusThatFollowsTheClock() {
        Map<String, Object> input = themes.input("Vinterlys " + uniqueWord(), 2030);
        input.put("startWeek", week(2030, 50));
        input.put("endWeek", week(2031, 3));
        input.put("peakWeeks", List.of(week(2030, 52), week(2031, 1)));
        input.put("signupDeadline", "2030-11-30");
        long id = users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes")
                .then()
                .statusCode(201)
                .body("startDate", equalTo("2030-12-09"))
                .body("endDate", equalTo("2031-01-19"))
                .body("peakWeeks.week", contains(52, 1))
                .extract()
                .jsonPath()
                .getLong("id");

        clock.travelTo(LocalDate.of(2030, 11, 15));
        Api.given().get("/api/themes/{id}", id).then().body("status", equalTo("OPEN"));
        Api.given().get("/api/themes/next").then().statusCode(200).body("id", equalTo((int) id));
        clock.travelTo(LocalDate.of(2030, 12, 5));
        Api.given().get("/api/themes/{id}", id).then().body("status", equalTo("PLANNED"));
        clock.travelTo(LocalDate.of(2030, 12, 31));
        Api.given().get("/api/themes/{id}", id).then().body("status", equalTo("RUNNING"));
        Api.given().get("/api/themes/current").then().statusCode(200).body("id", equalTo((int) id));
        Api.given().queryParam("status", "RUNNING").get("/api/themes").then().body("items.id", contains((int) id));
        clock.travelTo(LocalDate.of(2031, 1, 20));
        Api.given().get("/api/themes/{id}", id).then().body("status", equalTo("FINISHED"));
        Api.given().get("/api/themes/current").then().statusCode(404);
    }

    @Test
    void refusesWeeksThatDoNotFit() {
        Map<String, Object> input = themes.input("Ugetjek " + uniqueWord(), 2027);
        input.put("startWeek", week(2027, 53)); // 2027 has 52 ISO weeks
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("startWeek"));
        input = themes.input("Ugetjek " + uniqueWord(), 2032);
        input.put("endWeek", week(2032, 30));
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endWeek"));
        input = themes.input("Ugetjek " + uniqueWord(), 2032);
        input.put("peakWeeks", List.of(week(2032, 45)));
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("peakWeeks[0]"));
        input = themes.input("Ugetjek " + uniqueWord(), 2032);
        input.put("focusAreas", List.of("ASTROLOGY"));
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("focusAreas[0]"));
        input = themes.input("Ugetjek " + uniqueWord(), 2032);
        input.put("partners", List.of(Map.of("partnerId", 987654, "role", "Ingen")));
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("partners[0].partnerId"));
    }

    @Test
    void numbersAndSlugsAreUniqueAndSlugsComeFromDanishTitles() {
        String word = uniqueWord().toLowerCase();
        Map<String, Object> input = themes.input("Æbler, øer og å " + word, 2033);
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes")
                .then()
                .statusCode(201)
                .body("slug", equalTo("aebler-oeer-og-aa-" + word));
        Api.given()
                .get("/api/themes/by-slug/{slug}", "aebler-oeer-og-aa-" + word)
                .then()
                .statusCode(200);
        Map<String, Object> again = themes.input("Andet " + word, 2033);
        again.put("number", input.get("number"));
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(again)
                .post("/api/themes")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("number"));
        Map<String, Object> sameSlug = themes.input("Andet " + word, 2033);
        sameSlug.put("slug", "aebler-oeer-og-aa-" + word);
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(sameSlug)
                .post("/api/themes")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void rendersTheDescriptionAsSafeHtml() {
        Map<String, Object> input = themes.input("Markdown " + uniqueWord(), 2034);
        input.put("description", "Vi er **glade** <script>alert('x')</script> [link](javascript:alert(1))");
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes")
                .then()
                .statusCode(201)
                .body("descriptionHtml", containsString("<strong>glade</strong>"))
                .body("descriptionHtml", containsString("&lt;script&gt;"))
                .body("descriptionHtml", not(containsString("<script>")))
                .body("descriptionHtml", not(containsString("javascript:")));
    }

    @Test
    void anUpdateReplacesMilestonesAndPartnersAndGivesANewETag() {
        long partner = partners.create(Map.of("name", "Museum " + uniqueWord(), "type", "MUSEUM", "national", true));
        Map<String, Object> input = themes.input("Opdateres " + uniqueWord(), 2035);
        long id = users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        input.put(
                "milestones",
                List.of(
                        Map.of("kind", "GRAPHIC_PACKAGE", "title", "Grafikpakke", "dueOn", "2035-06-20"),
                        Map.of("kind", "IDEA_CATALOGUE", "title", "Idékatalog", "dueOn", "2035-06-13")));
        input.put("partners", List.of(Map.of("partnerId", partner, "role", "Faglig partner")));
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/themes/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"v1\"")
                .body("milestones.title", contains("Idékatalog", "Grafikpakke"))
                .body("milestones[0].week.week", equalTo(24))
                .body("partners[0].role", equalTo("Faglig partner"));
        users.admin()
                .given()
                .queryParam("entityType", "theme")
                .queryParam("entityId", id)
                .get("/api/audit")
                .then()
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].changes.milestones.new", containsString("Grafikpakke"));
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(input)
                .put("/api/themes/{id}", id)
                .then()
                .statusCode(412);

        // The partner cannot go while the theme lists it; the theme can, its parts with it.
        users.coordinator()
                .given()
                .header("If-Match", "\"v0\"")
                .delete("/api/partners/{id}", partner)
                .then()
                .statusCode(409)
                .body("references.entity", contains("theme_partner"));
        users.coordinator()
                .given()
                .header("If-Match", "\"v1\"")
                .delete("/api/themes/{id}", id)
                .then()
                .statusCode(204);
        assertEquals(0, db.count("select count(*) from milestone where theme_id = ?1", id));
        users.coordinator()
                .given()
                .header("If-Match", "\"v0\"")
                .delete("/api/partners/{id}", partner)
                .then()
                .statusCode(204);
    }

    @Test
    void listsNewestFirstAndFiltersByYear() {
        themes.create("Første " + uniqueWord(), 2036);
        Api.given()
                .queryParam("year", 2036)
                .get("/api/themes")
                .then()
                .statusCode(200)
                .body("items.year", everyItem(equalTo(2036)));
        Api.given().get("/api/themes").then().body("items[0].startDate", not(equalTo(null)));
        Api.givenInvalidRequest()
                .queryParam("status", "SOON")
                .get("/api/themes")
                .then()
                .statusCode(400);
        Api.given()
                .get("/api/focus-areas")
                .then()
                .statusCode(200)
                .body("$", hasSize(6))
                .body("[0].nameDa", equalTo("Partnere"));
    }

    @Test
    void hasTheDemoThemesFromSharedData() {
        Api.given()
                .queryParam("q", "Vores natur")
                .get("/api/themes")
                .then()
                .body("items[0].number", equalTo(12))
                .body("items[0].startWeek.week", equalTo(37));
        Api.given()
                .get("/api/themes/by-slug/historier-om-danmark")
                .then()
                .statusCode(200)
                .body("partners.partner.name", contains("DR", "Nationalmuseet", "Slots- og Kulturstyrelsen"));
        Api.given().get("/api/themes/current").then().statusCode(200).body("status", equalTo("RUNNING"));
        Api.given().get("/api/themes/next").then().statusCode(200);
    }
}
