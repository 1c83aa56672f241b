package dk.samspil.search;

import dk.samspil.common.db.Sql;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.search.SearchKind;
import dk.samspil.common.search.SearchQuery;
import dk.samspil.common.search.SearchSpelling;
import dk.samspil.common.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Search over everything Samspil shows the caller (migrations V11 and V12 keep search_document current).
 * For each type, the candidates are its first {@link Caps#title} documents whose title holds the words, its
 * first {@link Caps#text} documents whose text but not title holds them, and any document with exactly the
 * title typed; they are ranked exact title first, then all words as written in the title, then their Danish
 * stems in the title, then the text. So a search costs about the same with a thousand or a million
 * documents, and a type with more hits than it reads says so (capped) instead of counting them all. The word
 * being typed matches as itself and, unless a title holds it as a whole word, as the commonest words of
 * titles that begin with it (search_word), so that every word PostgreSQL plans for is one its statistics
 * know. When nothing matches the words, typos are corrected from the words of titles (SearchSpelling) and
 * the search runs again. A private contact only for callers who read private details, in the hits and in
 * the counts.
 */
@ApplicationScoped
public class SearchService {

    /** How many documents of a type a search reads, for each way of matching. */
    record Caps(int title, int text) {}

    static final int TITLE_CAP = 100;
    static final int TEXT_CAP = 50;

    /** What a search reads, as the contract describes it. */
    static final String CAPS_DESCRIPTION =
            "a search reads at most " + TITLE_CAP + " title hits and " + TEXT_CAP + " text hits of each type";

    static final Caps SEARCH = new Caps(TITLE_CAP, TEXT_CAP);

    /** Suggestions show only the best few, while typing: titles first; the text only when no title matches. */
    static final Caps SUGGESTIONS = new Caps(20, 0);

    static final Caps SUGGESTIONS_IN_TEXT = new Caps(20, 10);

    /**
     * The word being typed, unless it is a whole word of a title already, also matches as this many of the
     * commonest title words that begin with it.
     */
    static final int PREFIX_WORDS = 6;

    private static final String VISIBLE = " and (not d.private or :readsPrivate)";

    private static final String STEMS = "cast(:stemsQuery as tsquery)";
    private static final String WORDS = "cast(:wordsQuery as tsquery)";

    /** A title hit's rank: the exact title, all words as written, or their stems; then how well. */
    private static final String TITLE_SCORE = "(case when d.title_folded = :folded then 100 else 0 end"
            + " + case when d.title_words @@ " + WORDS + " then 30 else 20 end"
            + " + ts_rank(d.title_stems, " + STEMS + "))";

    /** A text hit's rank, below every title hit. */
    private static final String TEXT_SCORE = "ts_rank(d.stems, " + STEMS + ")";

    /**
     * The candidates (see the class comment): tier 1 exact title, 2 title, 3 text; with or without the text,
     * titles matched by their stems or (when the words are all Danish stop words, which have no stems) as
     * written. Indexed by {@link #variant}.
     */
    private static final List<String> CANDIDATES =
            List.of(candidates(false, false), candidates(false, true), candidates(true, false), candidates(true, true));

    private static int variant(boolean inText, boolean byStems) {
        return (inText ? 2 : 0) + (byStems ? 1 : 0);
    }

    @Inject
    Sql sql;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    /**
     * One page of hits of the given types (all when empty) and the counts per type; when nothing matches,
     * the same for the words respelled (typos), and the respelling.
     */
    @Transactional
    public SearchResults search(String typed, Set<SearchKind> types, PageRequest page) {
        SearchQuery query = SearchQuery.parse(typed);
        Found found = query == null ? Found.NOTHING : find(query, types, page, SEARCH);
        String corrected = null;
        if (query != null && found.isEmpty()) {
            Respelled respelled = respelled(query, types, page, SEARCH);
            if (respelled != null) {
                found = respelled.found();
                corrected = respelled.query().text();
            }
        }
        long total = 0;
        boolean capped = false;
        List<SearchFacet> facets = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            Row count = found.counts().get(kind);
            SearchFacet facet = new SearchFacet(
                    kind, count == null ? 0 : count.count(), count != null && Boolean.TRUE.equals(count.capped()));
            facets.add(facet);
            if (types.isEmpty() || types.contains(kind)) {
                total += facet.count();
                capped |= facet.capped();
            }
        }
        return new SearchResults(
                typed,
                found.hits(),
                page.page(),
                page.size(),
                total,
                capped,
                page.totalPages(total),
                facets,
                corrected);
    }

    /**
     * The best few hits for what has been typed so far: titles and links only; the text only when no title
     * matches, and typos corrected when nothing does.
     */
    @Transactional
    public SearchSuggestions suggest(String typed, int size) {
        SearchQuery query = SearchQuery.parse(typed);
        if (query == null) {
            return new SearchSuggestions(typed, List.of());
        }
        PageRequest first = new PageRequest(1, size, null);
        Found found = find(query, Set.of(), first, SUGGESTIONS);
        if (found.isEmpty()) {
            found = find(query, Set.of(), first, SUGGESTIONS_IN_TEXT);
        }
        if (found.isEmpty()) {
            Respelled respelled = respelled(query, Set.of(), first, SUGGESTIONS_IN_TEXT);
            found = respelled != null ? respelled.found() : found;
        }
        List<SearchSuggestion> items = new ArrayList<>();
        for (SearchHit hit : found.hits()) {
            items.add(new SearchSuggestion(hit.type(), hit.id(), hit.title(), hit.href(), hit.route()));
        }
        return new SearchSuggestions(typed, items);
    }

    /**
     * For a query that matches nothing: the same search for its words respelled (typos), or null when no word
     * changes or the respelling matches nothing either.
     */
    private Respelled respelled(SearchQuery query, Set<SearchKind> types, PageRequest page, Caps caps) {
        SearchQuery respelled = SearchSpelling.correctedMatchingNothing(
                em, query, access.caller().readsPrivate());
        if (respelled == null) {
            return null;
        }
        Found found = find(respelled, types, page, caps);
        return found.isEmpty() ? null : new Respelled(respelled, found);
    }

    private record Respelled(SearchQuery query, Found found) {}

    /** Two statements: the query as PostgreSQL reads it, then the page's hits and every type's count. */
    private Found find(SearchQuery query, Set<SearchKind> types, PageRequest page, Caps caps) {
        boolean readsPrivate = access.caller().readsPrivate();
        Prepared prepared = sql.select("""
                        with alternative as (
                            select coalesce(string_agg(w.word, ' | '), '') as words from (
                                select word from search_word
                                 where :prefix <> ''
                                   and word ~>=~ search_fold(:prefix) and word ~<~ (search_fold(:prefix) || chr(1114111))
                                   and word <> search_fold(:prefix)
                                   and (public_docs > 0 or (:readsPrivate and private_docs > 0))
                                   and not exists (select 1 from search_word whole where whole.word = search_fold(:prefix)
                                                      and (whole.public_docs > 0 or (:readsPrivate and whole.private_docs > 0)))
                                 order by public_docs + private_docs desc, word
                                 limit :prefixWords) w),
                        q as (
                            select case when :prefix = '' then search_fold(:head)
                                        else concat_ws(' & ', nullif(search_fold(:head), ''),
                                                       '(' || concat_ws(' | ', search_fold(:prefix), nullif(a.words, ''))
                                                           || ')') end as text
                              from alternative a)
                        select set_config('plan_cache_mode', 'force_custom_plan', true) as plan,
                               cast(to_tsquery('danish', q.text) as text) as stems_query,
                               cast(to_tsquery('simple', q.text) as text) as words_query,
                               search_fold(:typed) as folded,
                               coalesce((select string_agg(lexeme, ' ')
                                           from unnest(to_tsvector('danish', search_fold(:terms)))), '') as stems
                          from q""")
                .param("prefix", query.prefix() == null ? "" : query.prefix())
                .param("head", query.head())
                .param("readsPrivate", readsPrivate)
                .param("prefixWords", PREFIX_WORDS)
                .param("typed", query.text())
                .param("terms", String.join(" ", query.terms()))
                .one(Prepared.class);
        boolean byStems = !prepared.stemsQuery().isEmpty();
        Sql.Statement statement = sql.select(CANDIDATES.get(variant(caps.text() > 0, byStems)) + """
                        , facet as (
                            select c.kind, count(*) as count,
                                   count(*) filter (where c.tier = 2) >= :titleCap
                                       or (:textCap > 0 and count(*) filter (where c.tier = 3) >= :textCap) as capped
                              from candidate c group by c.kind),
                        page as (
                            select c.kind, c.ref_id, c.title, c.body, c.route,
                                   row_number() over (order by c.score desc, c.title_folded, c.kind, c.ref_id) as position
                              from candidate c"""
                        + (types.isEmpty() ? "" : " where c.kind in (:types)") + """
                             order by c.score desc, c.title_folded, c.kind, c.ref_id
                            offset :offset limit :size)
                        select p.position, p.kind, p.ref_id, p.title, p.body, p.route,
                               cast(null as bigint) as count, cast(null as boolean) as capped
                          from page p
                        union all
                        select null, f.kind, null, null, null, null, f.count, f.capped from facet f
                        order by 1 nulls last""")
                .param("folded", prepared.folded())
                .param("stemsQuery", prepared.stemsQuery())
                .param("wordsQuery", prepared.wordsQuery())
                .param("readsPrivate", readsPrivate)
                .param("titleCap", caps.title())
                .param("textCap", caps.text())
                .param("offset", page.offset())
                .param("size", page.size());
        if (!types.isEmpty()) {
            statement.param("types", types.stream().map(Enum::name).toList());
        }
        Snippets snippets = new Snippets(
                prepared.stems().isEmpty()
                        ? List.of()
                        : List.of(prepared.stems().split(" ")),
                query.prefix());
        List<SearchHit> hits = new ArrayList<>();
        Map<SearchKind, Row> counts = new EnumMap<>(SearchKind.class);
        for (Row row : statement.list(Row.class)) {
            SearchKind kind = SearchKind.valueOf(row.kind());
            if (row.position() == null) {
                counts.put(kind, row);
            } else {
                hits.add(new SearchHit(
                        kind, row.refId(), row.title(), snippets.of(row.body()), kind.href(row.refId()), row.route()));
            }
        }
        return new Found(hits, counts);
    }

    /**
     * Each type's branches read its own partition (search_document_library, ...: migration V12), so that
     * PostgreSQL plans each with that type's statistics: a common word is read from the start of the table,
     * a rare one through its index.
     */
    private static String candidates(boolean inText, boolean byStems) {
        // The tiers do not overlap, so that each document is a candidate once.
        String notExact = " and d.title_folded <> :folded";
        StringBuilder out = new StringBuilder("with candidate as materialized (")
                .append(branch("search_document", 1, "d.title_folded = :folded", TITLE_SCORE, ":titleCap"));
        for (SearchKind kind : SearchKind.values()) {
            String partition = "search_document_" + kind.name().toLowerCase(Locale.ROOT);
            out.append(" union all ")
                    .append(branch(
                            partition,
                            2,
                            (byStems ? "d.title_stems @@ " + STEMS : "d.title_words @@ " + WORDS) + notExact,
                            TITLE_SCORE,
                            ":titleCap"));
            if (inText) {
                // Only what matches in the text and not in the title: the title's hits are read above.
                out.append(" union all ")
                        .append(branch(
                                partition,
                                3,
                                "d.stems @@ " + STEMS + " and not d.title_stems @@ " + STEMS + notExact,
                                TEXT_SCORE,
                                ":textCap"));
            }
        }
        return out.append(')').toString();
    }

    private static String branch(String table, int tier, String match, String score, String cap) {
        // Folded titles are ordered by their bytes (collation "C"): quicker, and the same for every locale.
        return "(select d.kind, d.ref_id, d.title, d.body, d.route, " + tier + " as tier, " + score
                + " as score, d.title_folded collate \"C\" as title_folded from " + table + " d where " + match
                + VISIBLE
                + " limit " + cap + ")";
    }

    /** The page's hits and each type's count (types without hits are absent). */
    private record Found(List<SearchHit> hits, Map<SearchKind, Row> counts) {
        static final Found NOTHING = new Found(List.of(), Map.of());

        boolean isEmpty() {
            return counts.values().stream().allMatch(row -> row.count() == 0);
        }
    }

    /** The query as PostgreSQL reads it: tsqueries, the folded text, the stems to highlight. */
    record Prepared(String plan, String stemsQuery, String wordsQuery, String folded, String stems) {}

    /** A hit (position set) or a type's count (count set). */
    record Row(
            Long position,
            String kind,
            Long refId,
            String title,
            String body,
            String route,
            Long count,
            Boolean capped) {}
}
