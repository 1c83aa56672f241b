package dk.samspil.search;

import dk.samspil.common.db.Sql;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.search.SearchKind;
import dk.samspil.common.search.SearchQuery;
import dk.samspil.common.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Search over everything Samspil shows the caller (migration V11 keeps search_document current): hits
 * ranked exact title first, then all words as written in the title, then their Danish stems in the title,
 * then the same in the text; only when no document matches the words, titles near the typed text (typos).
 * A private contact only for callers who read private details, in the hits and in the counts.
 */
@ApplicationScoped
public class SearchService {

    /** Candidates for a spelling suggestion: titles this close to a word (pg_trgm word similarity). */
    static final String SPELLING_SIMILARITY = "0.4";

    /** A document matching the words (stems, as written, the prefix being typed), that the caller may read. */
    private static final String TEXT = " search_match(d.stems, d.words, :query) and (not d.private or :readsPrivate)";

    /** For typos, when nothing matches as text: a title near the typed text. */
    private static final String NEAR = " search_near(d.title_folded, :typed) and (not d.private or :readsPrivate)";

    private static final String TEXT_SCORE = """
            (case when d.title_folded = search_fold(:typed) then 100 else 0 end
             + case when d.words @@ to_tsquery('simple', search_fold(:titleQuery)) then 30 else 0 end
             + case when d.stems @@ to_tsquery('danish', search_fold(:titleQuery)) then 20 else 0 end
             + case when d.words @@ to_tsquery('simple', search_fold(:query)) then 10 else 0 end
             + ts_rank(d.stems, to_tsquery('danish', search_fold(:query))))""";

    private static final String NEAR_SCORE = "strict_word_similarity(search_fold(:typed), d.title_folded)";

    @Inject
    Sql sql;

    @Inject
    Access access;

    /**
     * One page of hits of the given types (all when empty), the counts per type, and a spelling hint. Words
     * first; only when no document matches them, titles near the text (typos).
     */
    @Transactional
    public SearchResults search(String typed, Set<SearchKind> types, PageRequest page) {
        SearchQuery query = SearchQuery.parse(typed);
        Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
        List<SearchHit> hits = List.of();
        long total = 0;
        if (query != null) {
            Stage stage = Stage.TEXT;
            counts = counts(stage, query);
            if (counts.isEmpty()) {
                stage = Stage.NEAR;
                counts = counts(stage, query);
            }
            for (Map.Entry<SearchKind, Long> count : counts.entrySet()) {
                total += types.isEmpty() || types.contains(count.getKey()) ? count.getValue() : 0;
            }
            if (total > page.offset()) {
                hits = hits(stage, query, types, page);
            }
        }
        List<SearchFacet> facets = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            facets.add(new SearchFacet(kind, counts.getOrDefault(kind, 0L)));
        }
        String suggestion = query != null && counts.isEmpty() ? spelling(query) : null;
        return new SearchResults(
                typed, hits, page.page(), page.size(), total, page.totalPages(total), facets, suggestion);
    }

    private Map<SearchKind, Long> counts(Stage stage, SearchQuery query) {
        Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
        for (KindCount row : bind(
                        sql.select("select d.kind, count(*) as count from search_document d where" + stage.match
                                + " group by d.kind"),
                        stage,
                        query,
                        false)
                .list(KindCount.class)) {
            counts.put(SearchKind.valueOf(row.kind()), row.count());
        }
        return counts;
    }

    /** The best few hits for what has been typed so far: titles and links only (typos when no word matches). */
    public SearchSuggestions suggest(String typed, int size) {
        SearchQuery query = SearchQuery.parse(typed);
        if (query == null) {
            return new SearchSuggestions(typed, List.of());
        }
        List<Row> rows = rows(Stage.TEXT, query, Set.of(), 0, size);
        if (rows.isEmpty()) {
            rows = rows(Stage.NEAR, query, Set.of(), 0, size);
        }
        List<SearchSuggestion> items = new ArrayList<>();
        for (Row row : rows) {
            SearchKind kind = SearchKind.valueOf(row.kind());
            items.add(new SearchSuggestion(kind, row.refId(), row.title(), kind.href(row.refId()), row.route()));
        }
        return new SearchSuggestions(typed, items);
    }

    private List<SearchHit> hits(Stage stage, SearchQuery query, Set<SearchKind> types, PageRequest page) {
        List<Row> rows = rows(stage, query, types, Math.toIntExact(page.offset()), page.size());
        List<String> stems = sql.select("select lexeme from unnest(to_tsvector('danish', search_fold(:terms)))")
                .param("terms", String.join(" ", query.terms()))
                .list(String.class);
        Snippets snippets = new Snippets(stems, query.prefix());
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (Row row : rows) {
            SearchKind kind = SearchKind.valueOf(row.kind());
            hits.add(new SearchHit(
                    kind, row.refId(), row.title(), snippets.of(row.body()), kind.href(row.refId()), row.route()));
        }
        return hits;
    }

    private List<Row> rows(Stage stage, SearchQuery query, Set<SearchKind> types, int offset, int size) {
        Sql.Statement statement = bind(
                        sql.select("select d.kind, d.ref_id, d.title, d.body, d.route from search_document d where"
                                + stage.match
                                + (types.isEmpty() ? "" : " and d.kind in (:types)")
                                + " order by " + stage.score + " desc, d.title_folded, d.kind, d.ref_id"),
                        stage,
                        query,
                        true)
                .window(offset, size);
        if (!types.isEmpty()) {
            statement.param("types", types.stream().map(Enum::name).toList());
        }
        return statement.list(Row.class);
    }

    /** The values a stage's match (and, when {@code ranked}, its score) use. */
    private Sql.Statement bind(Sql.Statement statement, Stage stage, SearchQuery query, boolean ranked) {
        statement.param("readsPrivate", access.caller().readsPrivate());
        if (stage == Stage.NEAR) {
            return statement.param("typed", query.text());
        }
        statement.param("query", query.query());
        return ranked ? statement.param("typed", query.text()).param("titleQuery", query.titleQuery()) : statement;
    }

    /**
     * For a search without hits: each word replaced by the closest word of a title the caller may see,
     * when one is close enough; null when no word changes.
     */
    private String spelling(SearchQuery query) {
        sql.select("select set_config('pg_trgm.word_similarity_threshold', :limit, true)")
                .param("limit", SPELLING_SIMILARITY)
                .list(String.class);
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (String term : query.terms()) {
            String better = term.length() < 3
                    ? null
                    : sql
                            .select("""
                            select w.word from (
                                select d.title from search_document d
                                 where search_fold(:term) <% d.title_folded and (not d.private or :readsPrivate)
                                 limit 200) t
                            cross join lateral regexp_split_to_table(t.title, '[[:space:][:punct:]]+') w(word)
                            where length(w.word) >= 3
                            order by similarity(search_fold(w.word), search_fold(:term)) desc, w.word
                            limit 1""")
                            .param("term", term)
                            .param("readsPrivate", access.caller().readsPrivate())
                            .list(String.class)
                            .stream()
                            .findFirst()
                            .map(w -> w.toLowerCase(Locale.forLanguageTag("da")))
                            .orElse(null);
            changed |= better != null && !better.equals(term);
            words.add(better != null ? better : term);
        }
        return changed ? String.join(" ", words) : null;
    }

    /** How documents are found: by their words, or (when none match) by a title near the text. */
    private enum Stage {
        TEXT(SearchService.TEXT, TEXT_SCORE),
        NEAR(SearchService.NEAR, NEAR_SCORE);

        final String match;
        final String score;

        Stage(String match, String score) {
            this.match = match;
            this.score = score;
        }
    }

    /** A hit as stored. */
    record Row(String kind, long refId, String title, String body, String route) {}

    record KindCount(String kind, long count) {}
}
