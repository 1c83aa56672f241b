package dk.samspil.collaboration.stats;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samspil.common.security.Role;
import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The figures, checked against numbers worked out by hand for a theme of the test's own. */
@QuarkusTest
class StatsResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestThemes themes;

    @Inject
    TestLibraries libraries;

    @Inject
    TestDatabase db;

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void activity(
            TestUsers.Session coordinator,
            long participation,
            String day,
            String channel,
            Integer attendance,
            Integer reach) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of(
                "title",
                "Tal " + uniqueWord(),
                "startsAt",
                day + "T10:00:00+02:00",
                "channel",
                channel,
                "audience",
                "EVERYONE"));
        if (attendance != null) {
            input.put("attendance", attendance);
        }
        if (reach != null) {
            input.put("reach", reach);
        }
        coordinator
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/participations/{id}/activities", participation)
                .then()
                .statusCode(201);
    }

    @Test
    void coverageSignUpsOverTimeActivitiesAndGoalMatchTheHandCount() {
        long theme = themes.create("Statistik " + uniqueWord(), 2053); // weeks 37-42 of 2053, deadline 1 August
        long aalborgA = libraries.create("Aalborg A " + uniqueWord(), 851);
        long aalborgB = libraries.create("Aalborg B " + uniqueWord(), 851);
        long frederikshavn = libraries.create("Frederikshavn " + uniqueWord(), 813);
        long copenhagen = libraries.create("København " + uniqueWord(), 101);

        clock.travelTo(LocalDate.of(2053, 3, 1));
        TestUsers.Session coordinator = users.fresh(Set.of(Role.COORDINATOR), null);
        long a = themes.signUp(theme, aalborgA, "EVENTS");
        themes.signUp(theme, copenhagen, "EVENTS");
        clock.travelTo(LocalDate.of(2053, 3, 5));
        coordinator = users.fresh(Set.of(Role.COORDINATOR), null);
        long b = themes.signUp(theme, aalborgB, "EVENTS");
        long f = themes.signUp(theme, frederikshavn, "EVENTS");
        long copenhagenSignUp = Api.given()
                .queryParam("region", 1084)
                .get("/api/themes/{id}/participations", theme)
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(Map.of("state", "WITHDRAWN", "channels", List.of(), "focusAreas", List.of()))
                .put("/api/participations/{id}", copenhagenSignUp)
                .then()
                .statusCode(200);

        // Per region: Nordjylland has 2 of its municipalities covered by 3 libraries; Hovedstaden none (withdrawn).
        long nordjylland = db.count("select count(*) from municipality where region_code = 1081");
        JsonPath regions = Api.given()
                .get("/api/stats/themes/{id}/regions", theme)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(1081, 1082, 1083, 1084, 1085), regions.getList("regions.region.code"));
        assertEquals(nordjylland, regions.getLong("regions[0].municipalities"));
        assertEquals(2, regions.getInt("regions[0].participating"));
        assertEquals(3, regions.getInt("regions[0].libraries"));
        assertEquals(Math.round(2000.0 / nordjylland) / 1000.0, regions.getDouble("regions[0].share"), 1e-9);
        assertEquals(0, regions.getInt("regions[3].participating"));
        assertEquals(98, regions.getInt("total.municipalities"));
        assertEquals(2, regions.getInt("total.participating"));
        assertEquals(3, regions.getInt("total.libraries"));

        // Over time: 1 March one (the other withdrew later), 5 March two more.
        JsonPath days = Api.given()
                .get("/api/stats/themes/{id}/signups", theme)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("2053-03-01", "2053-03-05"), days.getList("days.date"));
        assertEquals(List.of(1, 2), days.getList("days.signUps"));
        assertEquals(List.of(1, 3), days.getList("days.cumulative"));

        // Activities: after the theme, three events (two reported: 30 + 12) and one social-media post (reach 500).
        clock.travelTo(LocalDate.of(2053, 10, 25));
        coordinator = users.fresh(Set.of(Role.COORDINATOR), null);
        activity(coordinator, a, "2053-09-10", "EVENTS", 30, null);
        activity(coordinator, b, "2053-09-11", "EVENTS", 12, null);
        activity(coordinator, f, "2053-09-12", "EVENTS", null, null);
        activity(coordinator, f, "2053-09-13", "SOCIAL_MEDIA", null, 500);
        JsonPath totals = Api.given()
                .queryParam("themeId", theme)
                .get("/api/stats/activities")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of((int) theme), totals.getList("byTheme.theme.id"));
        assertEquals(
                Map.of("activities", 4, "reported", 3, "attendance", 42, "reach", 500),
                totals.getMap("byTheme[0].figures"));
        assertEquals(List.of("EVENTS", "SOCIAL_MEDIA"), totals.getList("byChannel.channel"));
        assertEquals(
                Map.of("activities", 3, "reported", 2, "attendance", 42, "reach", 0),
                totals.getMap("byChannel[0].figures"));
        assertEquals(
                Map.of("activities", 1, "reported", 1, "attendance", 0, "reach", 500),
                totals.getMap("byChannel[1].figures"));

        // The goal counts the running theme: during its weeks, these three libraries.
        clock.travelTo(LocalDate.of(2053, 9, 20));
        JsonPath progress = Api.given()
                .get("/api/stats/goal")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals((int) theme, progress.getInt("countedTheme.id"));
        assertEquals(3, progress.getInt("participatingNow"));
        int target = progress.getInt("targetLibraries");
        assertEquals(Math.max(0, target - 3), progress.getInt("remaining"));
        Map<String, Object> row = progress.getList("themes", Map.class).stream()
                .filter(t -> ((Map<?, ?>) t.get("theme")).get("id").equals((int) theme))
                .findFirst()
                .orElseThrow();
        assertEquals(3, row.get("participants"));
        assertEquals(0, row.get("confirmed"));
    }

    @Test
    void coordinatorsSetTheGoalAndTheProgressFollows() {
        Map<String, Object> before = db.row("select target_libraries, target_date, version from collaboration_goal");
        String etag = "\"v" + before.get("version") + "\"";
        Map<String, Object> goal = Map.of("targetLibraries", 95, "targetDate", "2030-12-31");
        users.editorOf(libraries.create("Mål " + uniqueWord(), 851))
                .given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(goal)
                .put("/api/goal")
                .then()
                .statusCode(403);
        users.coordinator()
                .givenInvalidRequest()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("targetLibraries", 0, "targetDate", "2030-12-31"))
                .put("/api/goal")
                .then()
                .statusCode(400);
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v999\"")
                .body(goal)
                .put("/api/goal")
                .then()
                .statusCode(412);
        try {
            users.coordinator()
                    .given()
                    .contentType("application/json")
                    .header("If-Match", etag)
                    .body(goal)
                    .put("/api/goal")
                    .then()
                    .statusCode(200);
            JsonPath progress = Api.given()
                    .get("/api/stats/goal")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(95, progress.getInt("targetLibraries"));
            assertEquals("2030-12-31", progress.getString("targetDate"));
            assertEquals(Math.max(0, 95 - progress.getInt("participatingNow")), progress.getInt("remaining"));
        } finally {
            db.execute(
                    "update collaboration_goal set target_libraries = ?1, target_date = ?2",
                    before.get("target_libraries"),
                    before.get("target_date"));
        }
    }
}
