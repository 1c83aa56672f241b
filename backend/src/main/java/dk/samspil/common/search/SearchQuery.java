package dk.samspil.common.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What someone typed, turned into the text search queries that search_match (migration V11) takes:
 * words are letters and digits; "quoted words" must stand together as a phrase; the last word, while it
 * is still being typed (no space or quote after it), also matches as a prefix. Every value is made of
 * words and query operators only, so nothing typed can change the query's syntax; PostgreSQL folds and
 * stems the words itself.
 *
 * @param text the text as typed (trimmed), for exact titles
 * @param query the words ANDed (to_tsquery syntax), read both as Danish stems and as written
 * @param terms the words, in order
 * @param prefix the last word, when it matches as a prefix; else null
 */
public record SearchQuery(String text, String query, List<String> terms, String prefix) {

    /** The lists' q, as the contract describes it. */
    public static final String LIST_PARAMETER = "Free text, read as GET /api/search reads it (Danish inflections,"
            + " aa = å, the last word as a prefix, \"phrases\", typos corrected from the words of titles), within this"
            + " list";

    /** At most this many words count; the rest are ignored. */
    public static final int MAX_TERMS = 12;

    /** The query, or null when the text holds no word at all (nothing can match). */
    public static SearchQuery parse(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        List<List<String>> groups = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<String> phrase = null;
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i <= text.length() && terms.size() < MAX_TERMS) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else {
                if (!word.isEmpty()) {
                    String w = word.toString().toLowerCase(Locale.ROOT);
                    terms.add(w);
                    if (phrase != null) {
                        phrase.add(w);
                    } else {
                        groups.add(List.of(w));
                    }
                    word.setLength(0);
                }
                if (c == '"') {
                    if (phrase == null) {
                        phrase = new ArrayList<>();
                    } else {
                        if (!phrase.isEmpty()) {
                            groups.add(phrase);
                        }
                        phrase = null;
                    }
                }
            }
            i += Character.charCount(c);
        }
        if (phrase != null && !phrase.isEmpty()) {
            groups.add(phrase); // an unclosed quote still makes a phrase
        }
        if (groups.isEmpty()) {
            return null;
        }
        List<String> last = groups.getLast();
        boolean typing = phrase == null
                && last.size() == 1
                && !text.isEmpty()
                && Character.isLetterOrDigit(text.codePointBefore(text.length()));
        String prefix = typing ? last.getFirst() : null;
        return new SearchQuery(text, build(groups, prefix), List.copyOf(terms), prefix);
    }

    /** The query without the word being typed (to_tsquery syntax; empty when that word is all there is). */
    public String head() {
        if (prefix == null) {
            return query;
        }
        String head = query.substring(0, query.length() - (prefix + ":*").length());
        return head.endsWith(" & ") ? head.substring(0, head.length() - 3) : head;
    }

    /**
     * The same query with its words replaced, in order (spelling corrections): quotes, spaces and the word
     * being typed stay as they were typed.
     */
    public SearchQuery respelled(List<String> words) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int word = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                out.append(word < words.size() && word < MAX_TERMS ? words.get(word) : text.substring(i, end));
                word++;
                i = end;
            } else {
                out.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        return parse(out.toString());
    }

    private static String build(List<List<String>> groups, String prefix) {
        StringBuilder out = new StringBuilder();
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            if (g > 0) {
                out.append(" & ");
            }
            boolean lastGroup = g == groups.size() - 1;
            if (group.size() == 1) {
                out.append(group.getFirst());
                if (lastGroup && prefix != null) {
                    out.append(":*");
                }
            } else {
                out.append('(');
                for (int w = 0; w < group.size(); w++) {
                    out.append(w == 0 ? "" : " <-> ").append(group.get(w));
                }
                out.append(')');
            }
        }
        return out.toString();
    }
}
