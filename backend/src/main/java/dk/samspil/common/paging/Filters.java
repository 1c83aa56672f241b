package dk.samspil.common.paging;

import dk.samspil.common.cache.PublicReads;
import dk.samspil.common.db.Sql;
import dk.samspil.common.search.SearchKind;
import dk.samspil.common.search.SearchQuery;
import dk.samspil.common.search.SearchSpelling;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * The WHERE clause of a collection query, built from the filters a client gave, and the two queries
 * every page needs (the total count and the page itself) with the same clause and parameters.
 * Clauses are the service's own JPQL; only values come from the client, always as parameters.
 */
public final class Filters {

    private final StringBuilder where;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private PendingSearch search;

    public Filters() {
        this("1 = 1");
    }

    /** @param joinCondition what always holds, e.g. the join of a theta-style FROM */
    public Filters(String joinCondition) {
        where = new StringBuilder(" where ").append(joinCondition);
    }

    /** Adds {@code clause} (which uses :name) when the value is given. */
    public Filters and(String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a clause that needs no value, when {@code apply} is true. */
    public Filters and(String clause, boolean apply) {
        if (apply) {
            where.append(" and ").append(clause);
        }
        return this;
    }

    /** Only rows changed at or after the time (when given): {@code column} is updatedAt (JPQL) or updated_at (SQL). */
    public Filters updatedSince(String column, Instant since) {
        return and(column + " >= :updatedSince", "updatedSince", since);
    }

    /** Free text: any of the (lower-cased) expressions contains the text; % and _ match only themselves. */
    public Filters contains(String text, String... expressions) {
        if (text != null) {
            String pattern = "%"
                    + text.toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            where.append(" and (");
            for (int i = 0; i < expressions.length; i++) {
                where.append(i == 0 ? "" : " or ")
                        .append("lower(")
                        .append(expressions[i])
                        .append(") like :q escape '\\'");
            }
            where.append(")");
            params.put("q", pattern);
        }
        return this;
    }

    /**
     * Free text as the site's search reads it (common/search: Danish stems, folding, the prefix being typed):
     * only rows of {@code kind} whose search document matches; when no row does, the words are respelled
     * from the words of titles (typos) and the count asked again. For JPQL queries.
     */
    public Filters matches(String text, SearchKind kind, String idExpression) {
        return matching(text, kind, true, idExpression, false);
    }

    /** As {@link #matches}, where private documents (contacts not public) count only if {@code readsPrivate}. */
    public Filters matches(String text, SearchKind kind, String idExpression, boolean readsPrivate) {
        return matching(text, kind, readsPrivate, idExpression, false);
    }

    /** As {@link #matches}, for native SQL queries. */
    public Filters matchesNative(String text, SearchKind kind, String idExpression) {
        return matching(text, kind, true, idExpression, true);
    }

    private Filters matching(String text, SearchKind kind, boolean readsPrivate, String idExpression, boolean sql) {
        if (text == null) {
            return this;
        }
        SearchQuery query = SearchQuery.parse(text);
        if (query == null) {
            return and("1 = 0", true); // nothing to look for: no letters or digits
        }
        where.append(" and ")
                .append(idExpression)
                .append(
                        sql
                                ? " in (select d.ref_id from search_document d where d.kind = :searchKind"
                                        + " and search_match(d.stems, d.words, :searchQuery))"
                                : " in (select d.refId from SearchDocument d where d.kind = :searchKind"
                                        + " and function('search_match', d.stems, d.words, :searchQuery) = true)");
        params.put("searchKind", kind.name());
        params.put("searchQuery", query.query());
        search = new PendingSearch(query, readsPrivate);
        return this;
    }

    /**
     * When the rows found with the words as typed are none: the words respelled (typos), and true, when that
     * changes them; then the caller asks again. Once per list.
     */
    private boolean respelled(EntityManager em, long found) {
        PendingSearch s = search;
        search = null;
        if (s == null || found > 0) {
            return false;
        }
        SearchQuery respelled = SearchSpelling.corrected(em, s.query(), s.readsPrivate());
        if (respelled == null) {
            return false;
        }
        params.put("searchQuery", respelled.query());
        return true;
    }

    private record PendingSearch(SearchQuery query, boolean readsPrivate) {}

    /** Sets a parameter that a clause added with {@link #and(String, boolean)} uses. */
    public Filters param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** select count(...) + from + where. */
    public long count(EntityManager em, String countAndFrom) {
        TypedQuery<Long> query = em.createQuery(countAndFrom + where, Long.class);
        params.forEach(query::setParameter);
        long total = query.getSingleResult();
        return respelled(em, total) ? count(em, countAndFrom) : total;
    }

    /** What a kept count is kept by: the query with its clause, and the values. */
    private record CountKey(String query, Map<String, Object> params) {}

    /**
     * As {@link #count}, kept for anonymous callers in {@code kept} (by the query and its values) until anything
     * changes: for a list whose count is costly at scale (a million activities). Never kept while a search is
     * pending, since its count may respell the words the page then needs.
     */
    public long count(EntityManager em, String countAndFrom, PublicReads kept) {
        if (search != null) {
            return count(em, countAndFrom);
        }
        return kept.get(new CountKey(countAndFrom + where, new HashMap<>(params)), () -> count(em, countAndFrom));
    }

    /** select + from + where + order by, one page of it (no query when the page lies beyond the total). */
    public <T> List<T> page(EntityManager em, String selectAndFrom, PageRequest page, long total, Class<T> type) {
        if (total <= page.offset()) {
            return List.of();
        }
        TypedQuery<T> query = em.createQuery(selectAndFrom + where + " order by " + page.orderBy(), type);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.toIntExact(page.offset()))
                .setMaxResults(page.size())
                .getResultList();
    }

    /** select + from + where + order by, every row (for exports; the filters bound it). */
    public <T> List<T> all(EntityManager em, String selectAndFrom, String orderBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(selectAndFrom + where + " order by " + orderBy, type);
        params.forEach(query::setParameter);
        List<T> rows = query.getResultList();
        return respelled(em, rows.size()) ? all(em, selectAndFrom, orderBy, type) : rows;
    }

    /**
     * As {@link #all}, row by row, for answers that grow with the data (a library's feed, a theme's export):
     * PostgreSQL hands the rows over in batches through a cursor, so memory stays flat however many rows
     * there are. Runs in the caller's transaction (a cursor needs one); no free-text search here.
     */
    public <T> void each(EntityManager em, String selectAndFrom, String orderBy, Class<T> type, Consumer<T> row) {
        if (search != null) {
            throw new IllegalStateException("A search's rows are read with all(), which respells its words");
        }
        TypedQuery<T> query = em.createQuery(selectAndFrom + where + " order by " + orderBy, type);
        params.forEach(query::setParameter);
        query.setHint(HibernateHints.HINT_FETCH_SIZE, Sql.STREAM_BATCH).setHint(HibernateHints.HINT_READ_ONLY, true);
        try (Stream<T> rows = query.getResultStream()) {
            rows.forEach(row);
        }
    }

    /** As {@link #count}, for a native SQL query whose clauses are SQL. */
    public long countNative(EntityManager em, String countAndFrom) {
        long total = new Sql.Statement(em, countAndFrom + where).params(params).one(Long.class);
        return respelled(em, total) ? countNative(em, countAndFrom) : total;
    }

    /** As {@link #page}, for a native SQL query: the page's rows read into records by column name. */
    public <R> List<R> pageNative(EntityManager em, String selectAndFrom, PageRequest page, long total, Class<R> type) {
        if (total <= page.offset()) {
            return List.of();
        }
        return new Sql.Statement(em, selectAndFrom + where + " order by " + page.orderBy())
                .params(params)
                .window(Math.toIntExact(page.offset()), page.size())
                .list(type);
    }
}
