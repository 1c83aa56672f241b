package dk.samspil.collaboration.theme;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static dk.samspil.testing.TestThemes.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** An update writes only what changed: unchanged parts keep their ids, and any change is one new version. */
@QuarkusTest
class ThemeUpdateTest {

    @Inject
    TestThemes themes;

    @Inject
    TestUsers users;

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    private JsonPath create(Map<String, Object> input) {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** A change: the theme at this version gets the next. */
    private JsonPath update(long id, long version, Map<String, Object> input) {
        return put(id, version, input, version + 1);
    }

    private JsonPath put(long id, long version, Map<String, Object> input, long versionAfter) {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v" + version + "\"")
                .body(input)
                .put("/api/themes/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"v" + versionAfter + "\"")
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> material(String title) {
        return Map.of("kind", "LINK", "title", title, "url", "https://example.dk/" + title.toLowerCase());
    }

    private Map<String, Object> withTwoMaterials(String title, int year) {
        Map<String, Object> input = themes.input(title, year);
        input.put("materials", List.of(material("Idekatalog"), material("Grafik")));
        return input;
    }

    private static Map<String, Object> milestone(String title, String dueOn) {
        return Map.of("kind", "OTHER", "title", title, "dueOn", dueOn);
    }

    @Test
    void aChangeOfFieldsAndEveryPartAtOnceIsOneNewVersion() {
        Map<String, Object> input = themes.input("Én version " + uniqueWord(), 2040);
        JsonPath created = create(input);
        long id = created.getLong("id");

        input.put("title", "Én version mere " + uniqueWord());
        input.put("peakWeeks", List.of(week(2040, 39)));
        input.put("focusAreas", List.of("PARTNERS"));
        input.put("milestones", List.of(milestone("Grafikpakke", "2040-06-01")));
        input.put("materials", List.of(material("Plakat")));
        JsonPath updated = update(id, 0, input);

        assertEquals(1, updated.getLong("version"));
        assertEquals(List.of(39), updated.getList("peakWeeks.week"));
        assertEquals(List.of("PARTNERS"), updated.getList("focusAreas.code"));
        assertEquals(List.of("Grafikpakke"), updated.getList("milestones.title"));
        assertEquals(List.of("Plakat"), updated.getList("materials.title"));
    }

    @Test
    void anUnchangedThemeKeepsItsVersionAndTheIdsOfItsParts() {
        Map<String, Object> input = withTwoMaterials("Uændret " + uniqueWord(), 2041);
        JsonPath created = create(input);
        long id = created.getLong("id");

        JsonPath same = put(id, 0, input, 0);
        assertEquals(created.getList("milestones.id"), same.getList("milestones.id"));
        assertEquals(created.getList("materials.id"), same.getList("materials.id"));
        assertEquals(created.getString("updatedAt"), same.getString("updatedAt"));
    }

    @Test
    void partsThatStayKeepTheirIds() {
        Map<String, Object> input = withTwoMaterials("Delvis " + uniqueWord(), 2042);
        JsonPath created = create(input);
        long id = created.getLong("id");

        input.put("materials", List.of(material("Idekatalog"), material("Plakat"), material("Video")));
        input.put("milestones", List.of(milestone("Idéværksted", "2042-05-20"), milestone("Evaluering", "2042-11-01")));
        JsonPath updated = update(id, 0, input);

        assertEquals(List.of("Idekatalog", "Plakat", "Video"), updated.getList("materials.title"));
        assertEquals(created.getLong("materials[0].id"), updated.getLong("materials[0].id"));
        assertEquals(created.getLong("materials[1].id"), updated.getLong("materials[1].id"), "rewritten in place");
        assertEquals(List.of("Idéværksted", "Evaluering"), updated.getList("milestones.title"));
        assertEquals(created.getLong("milestones[0].id"), updated.getLong("milestones[0].id"));
    }

    @Test
    void anUpdateWritesOnlyTheRowsThatChanged() {
        Map<String, Object> input = withTwoMaterials("Rækker " + uniqueWord(), 2044);
        long id = create(input).getLong("id");

        long unchanged = statementsFor(() -> put(id, 0, input, 0));
        input.put("title", "Rækker, ny titel " + uniqueWord());
        assertEquals(
                unchanged + 4,
                statementsFor(() -> update(id, 0, input)),
                "the theme row, its audit record, its change-feed entry and the webhook queueing");
        input.put("focusAreas", List.of("DEBATE", "LITERATURE", "PARTNERS"));
        assertEquals(
                unchanged + 5,
                statementsFor(() -> update(id, 1, input)),
                "one link row more, theme, audit, feed, webhooks");
        input.put("materials", List.of(material("Idekatalog"), material("Plakat")));
        assertEquals(
                unchanged + 5,
                statementsFor(() -> update(id, 2, input)),
                "one material rewritten, theme, audit, feed, webhooks");
    }

    /**
     * Milestones show by due date and, within a day, in the order they were given: whatever a series of
     * updates adds, moves or removes, a client sees exactly that order, and a new version only when it changed.
     */
    @Test
    void milestonesShowByDateThenInTheOrderGivenAfterAnyUpdates() {
        Map<String, Object> input = themes.input("Milepæle " + uniqueWord(), 2043);
        JsonPath current = create(input);
        long id = current.getLong("id");
        long version = 0;
        Random random = new Random(2043);
        List<String> days = List.of("2043-05-01", "2043-05-02", "2043-06-01");
        for (int round = 0; round < 25; round++) {
            List<Map<String, Object>> milestones = new ArrayList<>();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                milestones.add(milestone(
                        String.valueOf((char) ('A' + random.nextInt(5))), days.get(random.nextInt(days.size()))));
            }
            if (round % 5 == 4) {
                milestones = current.getList("milestones", Map.class).stream()
                        .map(m -> milestone((String) m.get("title"), (String) m.get("dueOn")))
                        .toList();
            }
            List<String> expected = milestones.stream()
                    .sorted(Comparator.comparing(m -> (String) m.get("dueOn")))
                    .map(m -> m.get("dueOn") + " " + m.get("title"))
                    .toList();
            input.put("milestones", milestones);
            JsonPath updated = users.coordinator()
                    .given()
                    .contentType("application/json")
                    .header("If-Match", "\"v" + version + "\"")
                    .body(input)
                    .put("/api/themes/{id}", id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> shown = updated.getList("milestones", Map.class).stream()
                    .map(m -> m.get("dueOn") + " " + m.get("title"))
                    .toList();
            assertEquals(expected, shown, "round " + round);
            List<String> before = current.getList("milestones", Map.class).stream()
                    .map(m -> m.get("dueOn") + " " + m.get("title"))
                    .toList();
            if (before.equals(shown)) {
                assertEquals(version, updated.getLong("version"), "round " + round + ": no change, no new version");
                assertEquals(current.getList("milestones.id"), updated.getList("milestones.id"));
            } else {
                assertEquals(version + 1, updated.getLong("version"), "round " + round + ": one new version");
                assertNotEquals(current.getList("milestones"), updated.getList("milestones"));
            }
            version = updated.getLong("version");
            current = updated;
        }
    }
}
