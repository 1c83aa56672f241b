package dk.samspil.common.search;

import dk.samspil.common.db.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typos: each word of a query that matched nothing and that no document the caller may see holds, replaced
 * by the nearest word of a title or name the caller may see (search_word, migration V12; pg_trgm
 * similarity), as that title writes it.
 */
public final class SearchSpelling {

    /** How close (pg_trgm similarity, 0 to 1) a title's word must be to count as what was meant. */
    static final double SIMILARITY = 0.45;

    /** Shorter words are left as they are: too many words are near them. */
    static final int MIN_LENGTH = 3;

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private SearchSpelling() {}

    /**
     * The query with its words respelled, or null when no word changes. In a transaction of its own when
     * the caller has none, so that its settings hold for its statements.
     */
    public static SearchQuery corrected(EntityManager em, SearchQuery query, boolean readsPrivate) {
        return QuarkusTransaction.joiningExisting().call(() -> respell(em, query, readsPrivate, false));
    }

    /**
     * As {@link #corrected(EntityManager, SearchQuery, boolean)}, for a query that no document the caller may
     * see matches at all (not merely none of a filtered list): a query of one word then needs no check
     * that a document holds it.
     */
    public static SearchQuery correctedMatchingNothing(EntityManager em, SearchQuery query, boolean readsPrivate) {
        return QuarkusTransaction.joiningExisting().call(() -> respell(em, query, readsPrivate, true));
    }

    private static SearchQuery respell(
            EntityManager em, SearchQuery query, boolean readsPrivate, boolean matchesNothing) {
        boolean askWhetherHeld = !(matchesNothing && query.terms().size() == 1);
        // Each word's statement is planned for that word (a rare word through the indexes, a common one from
        // the table), and the trigram index looks only at words this close.
        new Sql.Statement(em, """
                        select set_config('plan_cache_mode', 'force_custom_plan', true)
                               || set_config('pg_trgm.similarity_threshold', :similarity, true)""")
                .param("similarity", String.valueOf(SIMILARITY))
                .one(String.class);
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (String term : query.terms()) {
            String spelling = term.length() < MIN_LENGTH
                    ? null
                    : new Sql.Statement(em, """
                                    select case when :askWhetherHeld and exists (
                                        select 1 from search_document d
                                         where d.stems @@ plainto_tsquery('danish', search_fold(:term))
                                           and (not d.private or :readsPrivate)) then null else (
                                        select w.spelling from search_word w
                                         where w.word % search_fold(:term)
                                           and similarity(w.word, search_fold(:term)) >= :similarity
                                           and (w.public_docs > 0 or (:readsPrivate and w.private_docs > 0))
                                         order by similarity(w.word, search_fold(:term)) desc, w.word
                                         limit 1) end as spelling""")
                            .param("term", term)
                            .param("askWhetherHeld", askWhetherHeld)
                            .param("similarity", SIMILARITY)
                            .param("readsPrivate", readsPrivate)
                            .one(Spelling.class)
                            .spelling();
            String word = spelling == null ? term : spelling.toLowerCase(DANISH);
            changed |= !SearchText.fold(word).equals(SearchText.fold(term));
            words.add(word);
        }
        return changed ? query.respelled(words) : null;
    }

    /** A title's word as written, or null. */
    record Spelling(String spelling) {}
}
