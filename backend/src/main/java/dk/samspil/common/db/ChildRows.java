package dk.samspil.common.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of a child table that belong to one owner (a good example's answers, a partnership's libraries),
 * brought in line with what an update asks for by writing only the difference: rows whose key is no longer
 * wanted are deleted (one statement), rows whose other columns changed are updated in place, new keys are
 * inserted (one statement). A row left as it was is not touched. The key tells rows of one owner apart: a
 * position for ordered parts, the linked id for links.
 *
 * <pre>{@code
 * static final ChildRows<Long> LIBRARIES = ChildRows.links("case_library", "case_id", "library_id");
 * static final ChildRows<AnswerRow> ANSWERS = ChildRows.of("case_answer", "case_id", "position", AnswerRow.class);
 * LIBRARIES.write(sql, caseId, libraryIds, created);
 * }</pre>
 *
 * Table and column names come from code, never from a client; values always travel as parameters.
 */
public final class ChildRows<R> {

    private final String table;
    private final String owner;
    private final String key;
    private final Class<R> type;
    private final List<String> columns;
    private final Function<R, List<Object>> values;

    private ChildRows(
            String table,
            String owner,
            String key,
            Class<R> type,
            List<String> columns,
            Function<R, List<Object>> values) {
        this.table = table;
        this.owner = owner;
        this.key = key;
        this.type = type;
        this.columns = columns;
        this.values = values;
        if (!columns.contains(key)) {
            throw new IllegalArgumentException(table + " rows have no key column " + key + ": " + columns);
        }
    }

    /** A link table: the owner's column and the linked id, which is the key. */
    public static ChildRows<Long> links(String table, String owner, String linked) {
        return new ChildRows<>(table, owner, linked, Long.class, List.of(linked), List::of);
    }

    /** Rows read into and written from a record whose components are the columns besides the owner's. */
    public static <R extends Record> ChildRows<R> of(String table, String owner, String key, Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> columns =
                Arrays.stream(components).map(c -> Rows.column(c.getName())).toList();
        List<Method> accessors =
                Arrays.stream(components).map(RecordComponent::getAccessor).toList();
        accessors.forEach(a -> a.setAccessible(true));
        return new ChildRows<>(
                table,
                owner,
                key,
                type,
                columns,
                row -> accessors.stream().map(a -> read(a, row)).toList());
    }

    /**
     * Makes the owner's rows those wanted.
     *
     * @param created the owner is new, so it has no rows to read first
     * @return whether any row was written
     */
    public boolean write(Sql sql, long ownerId, Collection<R> wanted, boolean created) {
        Map<Object, R> current = created
                ? Map.of()
                : byKey(sql.select("select " + String.join(", ", columns) + " from " + table + " where " + owner
                                + " = :owner")
                        .param("owner", ownerId)
                        .list(type));
        Map<Object, R> next = byKey(wanted);
        List<Object> removed =
                current.keySet().stream().filter(k -> !next.containsKey(k)).toList();
        List<R> added = next.entrySet().stream()
                .filter(e -> !current.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        List<R> changed = next.entrySet().stream()
                .filter(e -> current.containsKey(e.getKey())
                        && !current.get(e.getKey()).equals(e.getValue()))
                .map(Map.Entry::getValue)
                .toList();
        if (!removed.isEmpty()) {
            sql.update("delete from " + table + " where " + owner + " = :owner and " + key + " in (:removed)")
                    .param("owner", ownerId)
                    .param("removed", removed)
                    .execute();
        }
        for (R row : changed) {
            update(sql, ownerId, row);
        }
        if (!added.isEmpty()) {
            insert(sql, ownerId, added);
        }
        return !removed.isEmpty() || !changed.isEmpty() || !added.isEmpty();
    }

    private void update(Sql sql, long ownerId, R row) {
        List<Object> rowValues = values.apply(row);
        StringJoiner set = new StringJoiner(", ");
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).equals(key)) {
                set.add(columns.get(i) + " = :c" + i);
                params.put("c" + i, bindable(rowValues.get(i)));
            }
        }
        sql.update("update " + table + " set " + set + " where " + owner + " = :owner and " + key + " = :key")
                .param("owner", ownerId)
                .param("key", keyOf(row))
                .params(params)
                .execute();
    }

    private void insert(Sql sql, long ownerId, List<R> rows) {
        StringJoiner tuples = new StringJoiner(", ");
        Map<String, Object> params = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> rowValues = values.apply(rows.get(r));
            StringJoiner tuple = new StringJoiner(", ", "(:owner, ", ")");
            for (int i = 0; i < columns.size(); i++) {
                String name = "r" + r + "c" + i;
                tuple.add(":" + name);
                params.put(name, bindable(rowValues.get(i)));
            }
            tuples.add(tuple.toString());
        }
        sql.update("insert into " + table + " (" + owner + ", " + String.join(", ", columns) + ") values " + tuples)
                .param("owner", ownerId)
                .params(params)
                .execute();
    }

    private Map<Object, R> byKey(Collection<R> rows) {
        return rows.stream()
                .collect(Collectors.toMap(this::keyOf, row -> row, (first, again) -> first, LinkedHashMap::new));
    }

    private Object keyOf(R row) {
        return Objects.requireNonNull(values.apply(row).get(columns.indexOf(key)), key);
    }

    /** Enums are stored by name. */
    private static Object bindable(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }

    private static Object read(Method accessor, Object row) {
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not read " + accessor, e);
        }
    }
}
