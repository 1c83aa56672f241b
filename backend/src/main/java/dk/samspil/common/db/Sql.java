package dk.samspil.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Native SQL, where JPQL cannot say it (arrays, window functions, link tables without entities), read
 * into records by column name ({@link Rows}). Values always travel as parameters.
 *
 * <pre>{@code
 * List<ThemeRef> themes = sql.select("select t.id, t.number, t.title, t.slug from theme t where ...")
 *         .param("id", id).list(ThemeRef.class);
 * }</pre>
 */
@ApplicationScoped
public class Sql {

    /** Rows a round trip when a query is read through a cursor ({@link Statement#each}, and Filters.each in common/paging). */
    public static final int STREAM_BATCH = 500;

    @Inject
    EntityManager em;

    /** A query whose rows are read into records or single values. */
    public Statement select(String sql) {
        return new Statement(em, sql);
    }

    /** An insert, update or delete. */
    public Statement update(String sql) {
        return new Statement(em, sql);
    }

    /** One native statement with its named parameters. */
    public static final class Statement {

        private final EntityManager em;
        private final String sql;
        private final Map<String, Object> params = new LinkedHashMap<>();
        private int first = -1;
        private int max = -1;

        public Statement(EntityManager em, String sql) {
            this.em = em;
            this.sql = sql;
        }

        public Statement param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        public Statement params(Map<String, Object> values) {
            params.putAll(values);
            return this;
        }

        /**
         * Rows {@code first} to {@code first + max - 1} only: OFFSET and LIMIT are appended to the statement, which
         * must end with its ORDER BY. (Hibernate's own paging of native SQL, setFirstResult and setMaxResults, looks
         * through the whole text with regular expressions at each execution for where to put them: a quarter of the
         * CPU time of a search.)
         */
        public Statement window(int first, int max) {
            this.first = first;
            this.max = max;
            return this;
        }

        public <R> List<R> list(Class<R> type) {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = prepare(Tuple.class).getResultList();
            List<R> out = new ArrayList<>(rows.size());
            for (Tuple row : rows) {
                out.add(Rows.map(row, type));
            }
            return out;
        }

        /**
         * The row of a query that yields at most one (by a key, an aggregate): it is not limited, and a second row
         * is a programming error.
         */
        public <R> Optional<R> optional(Class<R> type) {
            List<R> rows = list(type);
            if (rows.size() > 1) {
                throw new IllegalStateException(rows.size() + " rows where at most one was expected from: " + sql);
            }
            return rows.stream().findFirst();
        }

        /** The only row; a query that finds none, or more than one, is a programming error here. */
        public <R> R one(Class<R> type) {
            return optional(type).orElseThrow(() -> new IllegalStateException("No row from: " + sql));
        }

        /** Rows grouped by a key, each group in the query's order (for the parts of many records at once). */
        public <K, R> Map<K, List<R>> grouped(Class<R> type, Function<R, K> key) {
            Map<K, List<R>> groups = new LinkedHashMap<>();
            for (R row : list(type)) {
                groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
            }
            return groups;
        }

        /**
         * Every row, one at a time as PostgreSQL hands them over in batches through a cursor (for answers that grow
         * with the data), so memory stays flat however many rows there are. Runs in the caller's transaction.
         */
        @SuppressWarnings("unchecked")
        public <R> void each(Class<R> type, Consumer<R> row) {
            Query query = prepare(Tuple.class)
                    .setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_BATCH)
                    .setHint(HibernateHints.HINT_READ_ONLY, true);
            try (Stream<Tuple> rows = query.getResultStream()) {
                rows.forEach(tuple -> row.accept(Rows.map(tuple, type)));
            }
        }

        /** Runs an insert, update or delete; the number of rows it touched. */
        public int execute() {
            return prepare(null).executeUpdate();
        }

        private Query prepare(Class<?> resultType) {
            String text = max >= 0 ? sql + "\noffset :windowFirst limit :windowMax" : sql;
            Query query = resultType == null ? em.createNativeQuery(text) : em.createNativeQuery(text, resultType);
            params.forEach(query::setParameter);
            if (max >= 0) {
                query.setParameter("windowFirst", Math.max(first, 0));
                query.setParameter("windowMax", max);
            }
            return query;
        }
    }
}
