package dk.samspil.common.db;

import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rows of native SQL read into records by column name, never by position. A component {@code startsOn}
 * is read from the column {@code starts_on}; a component that is itself a record, say {@code ThemeRef
 * theme}, from the columns {@code theme_id}, {@code theme_number}, ... (and is null when all of them are).
 * A query that lacks a column fails at once, naming it, so a renamed column cannot shift values silently.
 * A list comes from an SQL array, or from a JSON array as text (the parts of one record aggregated by the
 * database, {@code json_agg(json_build_object('title', m.title, ...))::text}), whose objects are read into
 * the list's element type by their keys ({@link JsonColumns}).
 */
public final class Rows {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private Rows() {}

    /** Reads one row into a record, or a plain value (number, text, date, enum) from its only column. */
    public static <R> R map(Tuple row, Class<R> type) {
        if (!type.isRecord()) {
            List<TupleElement<?>> elements = row.getElements();
            if (elements.size() != 1) {
                throw new IllegalStateException(
                        "A " + type.getSimpleName() + " is read from one column, not " + elements.size());
            }
            return type.cast(convert(row.get(0), type, type));
        }
        Columns columns = Columns.of(row);
        return type.cast(SHAPES.computeIfAbsent(type, Shape::of).read(row, columns, ""));
    }

    /** The value of one column, converted to the Java type a record component declares. */
    static Object convert(Object value, Class<?> type, Type generic) {
        if (value == null) {
            if (type.isPrimitive()) {
                throw new IllegalStateException("NULL cannot be read into a " + type);
            }
            return type == List.class ? List.of() : null;
        }
        if (type.isInstance(value) && type != List.class) {
            return value;
        }
        if (type == long.class || type == Long.class) {
            return ((Number) value).longValue();
        }
        if (type == int.class || type == Integer.class) {
            return ((Number) value).intValue();
        }
        if (type == double.class || type == Double.class) {
            return ((Number) value).doubleValue();
        }
        if (type == short.class || type == Short.class) {
            return ((Number) value).shortValue();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(value.toString());
        }
        if (type == boolean.class) {
            return value;
        }
        if (type == String.class) {
            return value.toString();
        }
        if (type.isEnum()) {
            return enumValue(type, value.toString());
        }
        if (type == Instant.class) {
            return SqlValues.instant(value);
        }
        if (type == LocalDate.class) {
            return SqlValues.date(value);
        }
        if (type == LocalDateTime.class && value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (type == LocalTime.class && value instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        if (type == OffsetDateTime.class && value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (type == List.class && value instanceof String json) {
            return JsonColumns.list(json, generic);
        }
        if (type == List.class) {
            Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            Class<?> elementClass = element instanceof Class<?> c ? c : Object.class;
            List<Object> list = new ArrayList<>();
            for (Object item : elements(value)) {
                list.add(convert(item, elementClass, element));
            }
            return List.copyOf(list);
        }
        throw new IllegalStateException(
                "A " + value.getClass().getName() + " from the database cannot be read into a " + type.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static List<Object> elements(Object value) {
        try {
            Object array = value instanceof Array a ? a.getArray() : value;
            if (array instanceof Object[] objects) {
                return Arrays.asList(objects);
            }
            if (array instanceof List<?> list) {
                return new ArrayList<>(list);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("An array from the database could not be read", e);
        }
        throw new IllegalStateException("Not an array: " + value.getClass().getName());
    }

    /** camelCase to snake_case, as columns are named. */
    static String column(String component) {
        StringBuilder out = new StringBuilder();
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The positions of a row's columns by their lower-cased labels. */
    private record Columns(Map<String, Integer> index) {

        static Columns of(Tuple row) {
            Map<String, Integer> index = new HashMap<>();
            List<TupleElement<?>> elements = row.getElements();
            for (int i = 0; i < elements.size(); i++) {
                String alias = elements.get(i).getAlias();
                if (alias != null) {
                    index.put(alias.toLowerCase(Locale.ROOT), i);
                }
            }
            return new Columns(index);
        }

        Integer find(String column) {
            return index.get(column);
        }
    }

    /** How a record is built: its canonical constructor and, per component, a column or a nested record. */
    private record Shape(Class<?> type, Constructor<?> constructor, List<Part> parts) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                List<Part> parts = Arrays.stream(components)
                        .map(c -> new Part(
                                column(c.getName()),
                                c.getType(),
                                c.getGenericType(),
                                c.getType().isRecord() ? of(c.getType()) : null))
                        .toList();
                return new Shape(type, constructor, parts);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        Object read(Tuple row, Columns columns, String prefix) {
            Object[] args = new Object[parts.size()];
            for (int i = 0; i < args.length; i++) {
                Part part = parts.get(i);
                String name = prefix + part.column();
                if (part.nested() != null) {
                    args[i] = part.nested().readNullable(row, columns, name + "_");
                } else {
                    Integer at = columns.find(name);
                    if (at == null) {
                        throw new IllegalStateException("The query for " + type.getSimpleName() + " has no column "
                                + name + "; it has " + columns.index().keySet());
                    }
                    args[i] = convert(row.get(at), part.type(), part.generic());
                }
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("A " + type.getSimpleName() + " could not be built", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("A " + type.getSimpleName() + " could not be built", e);
            }
        }

        /** A nested record whose columns are all NULL (an outer join that found nothing) is null. */
        Object readNullable(Tuple row, Columns columns, String prefix) {
            for (Part part : parts) {
                Integer at = columns.find(prefix + part.column());
                if (part.nested() != null || at == null || row.get(at) != null) {
                    return read(row, columns, prefix); // read() names a missing column
                }
            }
            return null;
        }
    }

    private record Part(String column, Class<?> type, Type generic, Shape nested) {}
}
