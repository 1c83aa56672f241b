package dk.samspil.common.search;

import dk.samspil.common.db.Sql;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;

/**
 * Typos: each word of a query that matched nothing, replaced by the nearest word of a title or name the
 * caller may see (search_word, migration V12; pg_trgm similarity), as that title writes it.
 */
public final class SearchSpelling {

    /** How close (pg_trgm similarity, 0 to 1) a title's word must be to count as what was meant. */
    static final double SIMILARITY = 0.45;

    /** Shorter words are left as they are: too many words are near them. */
    static final int MIN_LENGTH = 3;

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private SearchSpelling() {}

    /** The query with its words respelled, or null when no word changes. */
    public static SearchQuery corrected(EntityManager em, SearchQuery query, boolean readsPrivate) {
        List<Spelling> spellings = new Sql.Statement(em, """
                        select t.n as position, (
                            select w.spelling from search_word w
                             where w.word % search_fold(t.term)
                               and similarity(w.word, search_fold(t.term)) >= :similarity
                               and (w.public_docs > 0 or (:readsPrivate and w.private_docs > 0))
                             order by similarity(w.word, search_fold(t.term)) desc, w.word
                             limit 1) as spelling
                          from unnest(cast(:terms as text[])) with ordinality t(term, n)
                         where length(t.term) >= :minLength
                         order by t.n""")
                .param("terms", query.terms().toArray(String[]::new))
                .param("similarity", SIMILARITY)
                .param("readsPrivate", readsPrivate)
                .param("minLength", MIN_LENGTH)
                .list(Spelling.class);
        String[] words = query.terms().toArray(String[]::new);
        boolean changed = false;
        for (Spelling spelling : spellings) {
            int at = Math.toIntExact(spelling.position()) - 1;
            if (spelling.spelling() != null) {
                String word = spelling.spelling().toLowerCase(DANISH);
                changed |= !SearchText.fold(word).equals(SearchText.fold(words[at]));
                words[at] = word;
            }
        }
        return changed ? query.respelled(List.of(words)) : null;
    }

    /** A word's position in the query (from 1) and its nearest title word, or null. */
    record Spelling(long position, String spelling) {}
}
