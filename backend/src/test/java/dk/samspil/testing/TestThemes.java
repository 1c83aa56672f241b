package dk.samspil.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid theme input with a number and a slug of its own, far from the demo themes' years. */
@ApplicationScoped
public class TestThemes {

    /** The id of the demo theme "Historier om Danmark" (many sign-ups, every kind of part). */
    public static long demoTheme() {
        return Api.given()
                .get("/api/themes/by-slug/{slug}", "historier-om-danmark")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static final AtomicInteger NUMBER = new AtomicInteger(5000 + (int) (Math.random() * 3000));

    @Inject
    TestUsers users;

    @Inject
    TestDatabase db;

    public static Map<String, Object> week(int year, int week) {
        return Map.of("year", year, "week", week);
    }

    /** A theme in weeks 37-42 of the given year, peak weeks 40-41, sign-up until 1 August. */
    public Map<String, Object> input(String title, int year) {
        Map<String, Object> input = new HashMap<>();
        input.put("number", NUMBER.incrementAndGet());
        input.put("title", title);
        input.put("summary", "Et tema til test");
        input.put("description", "Beskrivelse");
        input.put("season", "AUTUMN");
        input.put("year", year);
        input.put("startWeek", week(year, 37));
        input.put("endWeek", week(year, 42));
        input.put("peakWeeks", new ArrayList<>(List.of(week(year, 40), week(year, 41))));
        input.put("signupDeadline", year + "-08-01");
        input.put("focusAreas", List.of("DEBATE", "LITERATURE"));
        input.put("partners", List.of());
        input.put(
                "milestones",
                List.of(Map.of("kind", "IDEA_WORKSHOP", "title", "Idéværksted", "dueOn", year + "-05-20")));
        input.put("materials", List.of());
        return input;
    }

    public long create(String title, int year) {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(input(title, year))
                .post("/api/themes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A sign-up's body: these channels and no focus areas, in a map a test may add to (focus areas, a network lead). */
    public static Map<String, Object> signUpInput(long library, String... channels) {
        return signUpInput(library, List.of(channels), List.of());
    }

    public static Map<String, Object> signUpInput(long library, List<String> channels, List<String> focusAreas) {
        Map<String, Object> input = new HashMap<>();
        input.put("libraryId", library);
        input.put("channels", channels);
        input.put("focusAreas", focusAreas);
        return input;
    }

    /** Signs a library up for a theme (as a coordinator), with these channels and no focus areas. */
    public long signUp(long theme, long library, String... channels) {
        return signUp(users.coordinator(), theme, signUpInput(library, channels));
    }

    /** Signs up as this user, with this body; the sign-up's id. */
    public long signUp(TestUsers.Session as, long theme, Map<String, Object> input) {
        return as.given()
                .contentType("application/json")
                .body(input)
                .post("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /**
     * {@code count} activities of a sign-up written straight to the database (many, quickly): "Aktivitet 1", ... an
     * hour apart from {@code from} (ISO 8601 with offset). Their ids, in time order.
     */
    public List<Long> addActivities(long participation, int count, String from) {
        db.execute("""
                insert into activity (participation_id, title, starts_at, channel, audience, created_at, updated_at)
                select ?, 'Aktivitet ' || n, cast(? as timestamptz) + (n - 1) * interval '1 hour', 'EVENTS', 'ADULTS',
                       now(), now()
                from generate_series(1, ?) n""", participation, from, count);
        return db
                .rows("select id from activity where participation_id = ? order by starts_at, id", participation)
                .stream()
                .map(row -> ((Number) row.get("id")).longValue())
                .toList();
    }
}
