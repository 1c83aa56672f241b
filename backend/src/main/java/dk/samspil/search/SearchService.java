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
 * then the same in the text, then typos in titles; a private contact only for callers who read private
 * details, in the hits and in the counts.
 */
@ApplicationScoped
public class SearchService {

    /** Candidates for a spelling suggestion: titles this close to a word (pg_trgm word similarity). */
    static final String SPELLING_SIMILARITY = "0.4";

    private static final String MATCH =
            " search_match(d.stems, d.words, d.title_folded, :query, :typed)" + " and (not d.private or :readsPrivate)";

    private static final String SCORE = """
            (case when d.title_folded = search_fold(:typed) then 100 else 0 end
             + case when d.words @@ to_tsquery('simple', search_fold(:titleQuery)) then 30 else 0 end
             + case when d.stems @@ to_tsquery('danish', search_fold(:titleQuery)) then 20 else 0 end
             + case when d.words @@ to_tsquery('simple', search_fold(:query)) then 10 else 0 end
             + case when d.stems @@ to_tsquery('danish', search_fold(:query)) then 5 else 0 end
             + ts_rank(d.stems, to_tsquery('danish', search_fold(:query)))
             + strict_word_similarity(search_fold(:typed), d.title_folded))""";

    @Inject
    Sql sql;

    @Inject
    Access access;

    /** One page of hits of the given types (all when empty), the counts per type, and a spelling hint. */
    @Transactional
    public SearchResults search(String typed, Set<SearchKind> types, PageRequest page) {
        SearchQuery query = SearchQuery.parse(typed);
        Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
        List<SearchHit> hits = List.of();
        long total = 0;
        if (query != null) {
            for (KindCount row : bind(
                            sql.select("select d.kind, count(*) as count from search_document d where" + MATCH
                                    + " group by d.kind"),
                            query)
                    .list(KindCount.class)) {
                counts.put(SearchKind.valueOf(row.kind()), row.count());
            }
            for (Map.Entry<SearchKind, Long> count : counts.entrySet()) {
                total += types.isEmpty() || types.contains(count.getKey()) ? count.getValue() : 0;
            }
            if (total > page.offset()) {
                hits = hits(query, types, page);
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

    /** The best few hits for what has been typed so far: titles and links only. */
    public SearchSuggestions suggest(String typed, int size) {
        SearchQuery query = SearchQuery.parse(typed);
        if (query == null) {
            return new SearchSuggestions(typed, List.of());
        }
        List<SearchSuggestion> items = new ArrayList<>();
        for (Row row :
                bindRanked(sql.select(pageSql(Set.of())), query).window(0, size).list(Row.class)) {
            SearchKind kind = SearchKind.valueOf(row.kind());
            items.add(new SearchSuggestion(kind, row.refId(), row.title(), kind.href(row.refId()), row.route()));
        }
        return new SearchSuggestions(typed, items);
    }

    private List<SearchHit> hits(SearchQuery query, Set<SearchKind> types, PageRequest page) {
        Sql.Statement statement =
                bindRanked(sql.select(pageSql(types)), query).window(Math.toIntExact(page.offset()), page.size());
        if (!types.isEmpty()) {
            statement.param("types", types.stream().map(Enum::name).toList());
        }
        List<Row> rows = statement.list(Row.class);
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

    private static String pageSql(Set<SearchKind> types) {
        return "select d.kind, d.ref_id, d.title, d.body, d.route from search_document d where" + MATCH
                + (types.isEmpty() ? "" : " and d.kind in (:types)")
                + " order by " + SCORE + " desc, d.title_folded, d.kind, d.ref_id";
    }

    /** The values of {@link #MATCH}. */
    private Sql.Statement bind(Sql.Statement statement, SearchQuery query) {
        return statement
                .param("query", query.query())
                .param("typed", query.text())
                .param("readsPrivate", access.caller().readsPrivate());
    }

    /** The values of {@link #MATCH} and {@link #SCORE}. */
    private Sql.Statement bindRanked(Sql.Statement statement, SearchQuery query) {
        return bind(statement, query).param("titleQuery", query.titleQuery());
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

    /** A hit as stored. */
    record Row(String kind, long refId, String title, String body, String route) {}

    record KindCount(String kind, long count) {}
}
