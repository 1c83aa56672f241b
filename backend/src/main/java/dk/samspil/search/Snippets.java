package dk.samspil.search;

import dk.samspil.common.search.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A hit's snippet: about {@link #LENGTH} characters of its text around the first word that matched,
 * each matching word marked. A word matches when, folded, it starts with one of the query's Danish stems
 * (so "biblioteket" and "bibliotekerne" both match "biblioteker") or with the word being typed.
 */
final class Snippets {

    static final int LENGTH = 180;
    private static final int BEFORE = 50;
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    /** Markdown's marks (headings, quotes, emphasis, code); the text's own characters stay as they are. */
    private static final Pattern MARKUP = Pattern.compile("(?m)^[ \\t]*[#>]+[ \\t]*|\\*\\*|__|`");

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final List<String> stems;
    private final String prefix;

    /**
     * @param stems the query's words as the database stems them (folded)
     * @param prefix the word being typed, or null
     */
    Snippets(List<String> stems, String prefix) {
        this.stems = stems;
        this.prefix = prefix == null ? null : SearchText.fold(prefix);
    }

    List<SnippetPart> of(String body) {
        String text = plain(body);
        if (text.isEmpty()) {
            return List.of();
        }
        // Each word is folded and compared once, from the start to the end of the snippet (which the first
        // match places): the matches, in order, as [start, end) pairs.
        List<int[]> matches = new ArrayList<>();
        int start = 0;
        int end = Math.min(text.length(), LENGTH);
        int i = 0;
        while (i < end) {
            int wordEnd = wordEnd(text, i);
            if (wordEnd > i) {
                if (matches(text.substring(i, wordEnd))) {
                    if (matches.isEmpty()) {
                        start = wordStartBefore(text, Math.max(0, i - BEFORE), i);
                        end = Math.min(text.length(), start + LENGTH);
                    }
                    matches.add(new int[] {i, wordEnd});
                }
                i = wordEnd;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            if (matches.isEmpty() && i >= end) {
                end = text.length(); // no match yet: read on (the snippet then starts at the text's start)
            }
        }
        if (matches.isEmpty()) {
            start = 0;
            end = Math.min(text.length(), LENGTH);
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        List<SnippetPart> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder(start > 0 ? "… " : "");
        int at = start;
        for (int[] match : matches) {
            if (match[0] < start) {
                continue;
            }
            if (match[0] >= end) {
                break;
            }
            plain.append(text, at, match[0]);
            flush(parts, plain);
            parts.add(new SnippetPart(text.substring(match[0], Math.min(match[1], end)), true));
            at = Math.min(match[1], end);
        }
        plain.append(text, at, end);
        if (end < text.length()) {
            plain.append(" …");
        }
        flush(parts, plain);
        return parts;
    }

    boolean matches(String word) {
        String folded = SearchText.fold(word);
        for (String stem : stems) {
            if (stem.length() < 3 ? folded.equals(stem) : folded.startsWith(stem)) {
                return true;
            }
        }
        return prefix != null && folded.startsWith(prefix);
    }

    private static String plain(String body) {
        String text = MARKDOWN_LINK.matcher(body).replaceAll("$1");
        text = MARKUP.matcher(text).replaceAll(" ");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** The start of the first whole word from {@code at}, and never past {@code limit}. */
    private static int wordStartBefore(String text, int at, int limit) {
        if (at == 0) {
            return 0;
        }
        int space = text.indexOf(' ', at);
        return space < 0 || space + 1 > limit ? limit : space + 1;
    }

    private static void flush(List<SnippetPart> parts, StringBuilder plain) {
        if (!plain.isEmpty()) {
            parts.add(new SnippetPart(plain.toString(), false));
            plain.setLength(0);
        }
    }
}
