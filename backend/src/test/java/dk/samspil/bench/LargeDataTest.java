package dk.samspil.bench;

import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generator of `make seed-large` at scale 0.1 (a thousandth of SCALE=100: 1,000 activities), into the tests'
 * database: every table gets
 * rows, the rules the services keep hold, and the app's own inserts still get fresh ids. What it added is removed
 * again at the end, so the other tests find the database as they left it.
 */
@QuarkusTest
class LargeDataTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestDatabase db;

    @Inject
    TestUsers users;

    /** Parts a record may have none of: at this scale, by chance, none may be made. */
    private static final Set<String> OPTIONAL_PARTS = Set.of(
            "theme_partner",
            "partnership_theme",
            "partnership_checklist",
            "toolbox_item_link",
            "case_partner",
            "case_theme",
            "case_toolbox_item");

    /** Each is a rule of the services that the database does not check itself; each query counts what breaks it. */
    private static final Map<String, String> BROKEN = Map.ofEntries(
            Map.entry("a sign-up's times do not match its state", """
                    select count(*) from participation where id > ?1 and not (
                        (state = 'SIGNED_UP' and confirmed_at is null and withdrawn_at is null)
                        or (state = 'CONFIRMED' and confirmed_at is not null and withdrawn_at is null)
                        or (state = 'WITHDRAWN' and withdrawn_at is not null))"""),
            Map.entry("a sign-up has a focus area its theme does not offer", """
                    select count(*) from participation p, unnest(p.focus_areas) f
                    where p.id > ?1 and not exists (select 1 from theme_focus_area t
                                                    where t.theme_id = p.theme_id and t.focus_area_code = f)"""),
            Map.entry("a sign-up's network lead is not one of its library's contacts", """
                    select count(*) from participation p join contact c on c.id = p.network_lead_id
                    where p.id > ?1 and c.library_id is distinct from p.library_id"""),
            Map.entry("an activity in a withdrawn sign-up", """
                    select count(*) from activity a join participation p on p.id = a.participation_id
                    where p.id > ?1 and p.state = 'WITHDRAWN'"""),
            Map.entry("an activity has figures before it starts", """
                    select count(*) from participation p join activity a on a.participation_id = p.id
                    where p.id > ?1 and a.starts_at > now() and (a.attendance is not null or a.reach is not null)"""),
            Map.entry("a theme's peak week is outside it, or its deadline after its end", """
                    select count(*) from theme t where t.id > ?1 and (t.signup_deadline > t.end_date
                        or exists (select 1 from theme_peak_week w where w.theme_id = t.id
                                   and (w.iso_year * 100 + w.iso_week < t.start_year * 100 + t.start_week
                                        or w.iso_year * 100 + w.iso_week > t.end_year * 100 + t.end_week)))"""),
            Map.entry("a partnership's last transition is not its status", """
                    select count(*) from partnership p where p.id > ?1 and p.status <> (
                        select t.to_status from partnership_transition t where t.partnership_id = p.id
                        order by t.at desc, t.id desc limit 1)"""),
            Map.entry("a partnership's lead contact is private", """
                    select count(*) from partnership p join contact c on c.id = p.lead_contact_id
                    where p.id > ?1 and not c.public"""),
            Map.entry("a good example has not five answers", """
                    select count(*) from cases c where c.id > ?1
                    and (select count(*) from case_answer a where a.case_id = c.id) <> 5"""));

    @Test
    void addsConsistentRowsToEveryTableAndLeavesTheSequencesAhead() throws Exception {
        Map<String, Long> before = new LinkedHashMap<>();
        for (String table : LargeData.ID_TABLES) {
            before.put(table, db.count("select coalesce(max(id), 0) from " + table));
        }
        try {
            LargeData data;
            LargeData.Summary summary;
            long began = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                data = new LargeData(connection, 0.1, 7);
                summary = data.run();
            }
            System.out.printf(
                    "LargeData at scale 0.1 in %.1f s%n%s", (System.nanoTime() - began) / 1e9, summary.text());

            summary.rows()
                    .forEach((table, rows) ->
                            assertTrue(rows > 0 || OPTIONAL_PARTS.contains(table), table + ": no rows added"));
            assertEquals(1000L, summary.rows().get("activity"), "activities at scale 0.1");
            for (String table : LargeData.ID_TABLES) {
                assertEquals(
                        summary.rows().get(table),
                        db.count("select count(*) from " + table + " where id > ?1", before.get(table)),
                        table + ": rows added");
                assertTrue(
                        db.count("select pg_sequence_last_value(pg_get_serial_sequence('" + table + "', 'id'))")
                                >= data.lastId(table),
                        table + ": the sequence is behind the generated ids");
            }
            BROKEN.forEach((rule, sql) -> {
                String table = sql.contains("from theme t")
                        ? "theme"
                        : sql.contains("from partnership p")
                                ? "partnership"
                                : sql.contains("from cases c") ? "cases" : "participation";
                assertEquals(0, db.count(sql, before.get(table)), rule);
            });

            // The app's own inserts get ids after the generated ones.
            users.coordinator()
                    .given()
                    .contentType("application/json")
                    .body(Map.of("name", "Efter generatoren " + System.nanoTime(), "type", "MUSEUM", "national", false))
                    .post("/api/partners")
                    .then()
                    .statusCode(201)
                    .body("id", greaterThan(data.lastId("partner").intValue()));
            long signUp = db.count(
                    "select min(id) from participation where id > ?1 and state <> 'WITHDRAWN'",
                    before.get("participation"));
            users.coordinator()
                    .given()
                    .contentType("application/json")
                    .body(Map.of(
                            "title", "Fortælleaften på biblioteket",
                            // On the first day of the sign-up's theme: an activity lies in its theme's weeks.
                            "startsAt", db.row("""
                                            select t.start_date::text || 'T19:00:00+01:00' as at
                                            from participation p join theme t on t.id = p.theme_id where p.id = ?1""", signUp).get("at"),
                            "channel", "EVENTS",
                            "audience", "ADULTS"))
                    .post("/api/participations/" + signUp + "/activities")
                    .then()
                    .statusCode(201)
                    .body("id", greaterThan(data.lastId("activity").intValue()));
        } finally {
            // Children first; link rows go with their parents (on delete cascade).
            for (String table : List.of(
                    "audit_event",
                    "activity",
                    "participation",
                    "cases",
                    "project",
                    "partnership",
                    "toolbox_item",
                    "guide_chapter",
                    "network_meeting",
                    "theme",
                    "contact",
                    "partner")) {
                db.execute("delete from " + table + " where id > ?1", before.get(table));
            }
        }
    }
}
