package dk.samspil.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Native rows are read by column name into records, nested records and lists, and a missing column fails. */
@QuarkusTest
@TestTransaction
class RowsTest {

    enum Colour {
        RED,
        GREEN
    }

    record Ref(long id, String name) {}

    record Row(
            long id,
            String title,
            int position,
            boolean active,
            Colour colour,
            LocalDate startsOn,
            Instant updatedAt,
            List<String> tags,
            List<Colour> colours,
            Ref owner,
            Ref deputy) {}

    record Step(long id, Colour colour, LocalDate dueOn, String note) {}

    record Parts(List<Step> steps, List<Ref> owners) {}

    @Inject
    Sql sql;

    @Test
    void readsJsonArraysTheDatabaseAggregatedIntoListsOfRecords() {
        Parts parts = sql.select("""
                        select (select json_agg(json_build_object('id', s.id, 'colour', s.colour, 'dueOn', s.due_on,
                                                                  'note', s.note) order by s.id)
                                from (values (2, 'RED', date '2026-03-02', null), (1, 'GREEN', date '2026-01-05', 'Først'))
                                     s(id, colour, due_on, note))::text as steps,
                               '[]'::json::text as owners""").one(Parts.class);
        assertEquals(
                List.of(
                        new Step(1, Colour.GREEN, LocalDate.of(2026, 1, 5), "Først"),
                        new Step(2, Colour.RED, LocalDate.of(2026, 3, 2), null)),
                parts.steps());
        assertEquals(List.of(), parts.owners());
        // A key the record does not have is a mistake in the query: it fails rather than being dropped.
        IllegalStateException unknown = assertThrows(
                IllegalStateException.class,
                () -> sql.select(
                                "select '[{\"id\": 1, \"name\": \"A\", \"town\": \"Aalborg\"}]' as owners, '[]' as steps")
                        .one(Parts.class));
        assertTrue(unknown.getMessage().contains("Ref"), unknown.getMessage());
    }

    @Test
    void readsColumnsByNameWhateverTheirOrder() {
        Row row = sql.select("""
                        select array['b', 'a'] as tags, 'Titel' as title, 7 as position, true as active,
                               'GREEN' as colour, date '2026-03-02' as starts_on,
                               timestamptz '2026-03-02 10:00:00+01' as updated_at, array['RED'] as colours,
                               42::bigint as id, 5 as owner_id, 'Aalborg' as owner_name,
                               null::bigint as deputy_id, null::text as deputy_name""").one(Row.class);
        assertEquals(42L, row.id());
        assertEquals("Titel", row.title());
        assertEquals(7, row.position());
        assertTrue(row.active());
        assertEquals(Colour.GREEN, row.colour());
        assertEquals(LocalDate.of(2026, 3, 2), row.startsOn());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), row.updatedAt());
        assertEquals(List.of("b", "a"), row.tags());
        assertEquals(List.of(Colour.RED), row.colours());
        assertEquals(new Ref(5, "Aalborg"), row.owner());
        assertNull(row.deputy(), "an outer join that found nothing gives null");
    }

    @Test
    void aMissingColumnIsNamed() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> sql.select("select 1 as id, 'x' as titel").one(Ref.class));
        assertTrue(e.getMessage().contains("no column name"), e.getMessage());
    }

    @Test
    void readsSingleValuesAndGroups() {
        assertEquals(
                List.of(1L, 2L),
                sql.select("select * from (values (1), (2)) v(n) order by n").list(Long.class));
        Map<Long, List<Ref>> groups = sql.select(
                        "select * from (values (1, 'a'), (2, 'b'), (1, 'c')) v(id, name) order by name")
                .grouped(Ref.class, Ref::id);
        assertEquals(List.of(new Ref(1, "a"), new Ref(1, "c")), groups.get(1L));
        assertEquals(List.of(new Ref(2, "b")), groups.get(2L));
    }

    @Test
    void aWindowIsThePagesRowsInOrderAndOneRowIsAtMostOne() {
        String numbers = "select n from generate_series(1, 10) n order by n desc";
        assertEquals(List.of(7L, 6L, 5L), sql.select(numbers).window(3, 3).list(Long.class));
        assertEquals(List.of(2L, 1L), sql.select(numbers).window(8, 5).list(Long.class));
        assertEquals(List.of(), sql.select(numbers).window(10, 5).list(Long.class));
        assertEquals(
                java.util.Optional.of(4L),
                sql.select("select n from generate_series(1, 10) n where n = :n")
                        .param("n", 4)
                        .optional(Long.class));
        assertEquals(
                java.util.Optional.empty(),
                sql.select("select n from generate_series(1, 10) n where n = :n")
                        .param("n", 11)
                        .optional(Long.class));
        IllegalStateException two = assertThrows(
                IllegalStateException.class, () -> sql.select(numbers).one(Long.class));
        assertTrue(two.getMessage().startsWith("10 rows where at most one"), two.getMessage());
    }
}
