package dk.samspil.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Text that matches one of the contract's patterns: the part of regular expressions the contract uses
 * (anchors, groups, alternatives, classes with ranges and negation, {@code \s \S \d \w}, the quantifiers
 * {@code ? * + {n} {n,} {n,m}}). A pattern without {@code ^} only has to occur somewhere in the text, as in
 * JSON Schema, so such text gets some words around the match.
 */
final class PatternText {

    /** What negated classes and {@code \S} draw from: letters (Danish ones too), digits, punctuation. */
    static final String VISIBLE =
            "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789-_.,:;!?()/'\"&+#";

    private final String pattern;
    private final Random random;
    private int at;

    private PatternText(String pattern, Random random) {
        this.pattern = pattern;
        this.random = random;
    }

    /** Text matching {@code pattern} (checked with java.util.regex, so a pattern beyond this subset fails loudly). */
    static String generate(String pattern, Random random) {
        PatternText reader = new PatternText(pattern, random);
        StringBuilder out = new StringBuilder();
        reader.alternatives(out);
        String text = out.toString();
        if (!pattern.startsWith("^")) {
            text = Words.some(random, 0, 2) + text + Words.some(random, 0, 2);
        }
        if (!matches(pattern, text)) {
            throw new IllegalStateException("Generated '" + text + "' does not match " + pattern);
        }
        return text;
    }

    /** As JSON Schema reads a pattern: found anywhere in the text unless anchored. */
    static boolean matches(String pattern, String text) {
        return Pattern.compile(pattern).matcher(text).find();
    }

    private void alternatives(StringBuilder out) {
        List<Integer> starts = new ArrayList<>();
        starts.add(at);
        int depth = 0;
        for (int i = at; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = pattern.indexOf(']', i + 2);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == '|' && depth == 0) {
                starts.add(i + 1);
            }
        }
        at = starts.get(random.nextInt(starts.size()));
        sequence(out);
        // skip the other alternatives up to the end of this group
        depth = 0;
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            if (c == '\\') {
                at += 2;
                continue;
            }
            if (c == '[') {
                at = pattern.indexOf(']', at + 2) + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
            at++;
        }
    }

    private void sequence(StringBuilder out) {
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            if (c == '|' || c == ')') {
                return;
            }
            int start = at;
            if (c == '^' || c == '$') {
                at++;
                continue;
            }
            skipAtom();
            int end = at;
            int[] times = quantifier();
            int count = times[0] + random.nextInt(times[1] - times[0] + 1);
            for (int i = 0; i < count; i++) {
                int resume = at;
                at = start;
                atom(out);
                if (at != end) {
                    throw new IllegalStateException("Pattern not understood at " + start + ": " + pattern);
                }
                at = resume;
            }
        }
    }

    private void skipAtom() {
        char c = pattern.charAt(at);
        if (c == '\\') {
            at += 2;
        } else if (c == '[') {
            at = pattern.indexOf(']', at + 2) + 1;
        } else if (c == '(') {
            int depth = 0;
            for (; at < pattern.length(); at++) {
                char d = pattern.charAt(at);
                if (d == '\\') {
                    at++;
                } else if (d == '[') {
                    at = pattern.indexOf(']', at + 2);
                } else if (d == '(') {
                    depth++;
                } else if (d == ')' && --depth == 0) {
                    at++;
                    return;
                }
            }
        } else {
            at++;
        }
    }

    /** {min, max} repetitions; an open upper end is kept small. */
    private int[] quantifier() {
        if (at >= pattern.length()) {
            return new int[] {1, 1};
        }
        char c = pattern.charAt(at);
        switch (c) {
            case '?' -> {
                at++;
                return new int[] {0, 1};
            }
            case '*' -> {
                at++;
                return new int[] {0, 3};
            }
            case '+' -> {
                at++;
                return new int[] {1, 4};
            }
            case '{' -> {
                int close = pattern.indexOf('}', at);
                String[] bounds = pattern.substring(at + 1, close).split(",", -1);
                at = close + 1;
                int min = Integer.parseInt(bounds[0]);
                int max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 3 : Integer.parseInt(bounds[1]);
                return new int[] {min, max};
            }
            default -> {
                return new int[] {1, 1};
            }
        }
    }

    private void atom(StringBuilder out) {
        char c = pattern.charAt(at);
        if (c == '(') {
            at++;
            alternatives(out);
            at++; // ')'
        } else if (c == '[') {
            int close = pattern.indexOf(']', at + 2);
            out.append(fromClass(pattern.substring(at + 1, close)));
            at = close + 1;
        } else if (c == '\\') {
            out.append(escape(pattern.charAt(at + 1)));
            at += 2;
        } else if (c == '.') {
            out.append(pick(VISIBLE));
            at++;
        } else {
            out.append(c);
            at++;
        }
    }

    private char escape(char c) {
        return switch (c) {
            case 'S' -> pick(VISIBLE);
            case 's' -> ' ';
            case 'd' -> pick("0123456789");
            case 'w' -> pick("abcdefghijklmnopqrstuvwxyz0123456789_");
            default -> c;
        };
    }

    private char fromClass(String body) {
        boolean negated = body.startsWith("^");
        String members = negated ? body.substring(1) : body;
        Pattern single = Pattern.compile("[" + body + "]");
        if (negated) {
            for (int tries = 0; tries < 100; tries++) {
                char c = pick(VISIBLE);
                if (single.matcher(String.valueOf(c)).matches()) {
                    return c;
                }
            }
            throw new IllegalStateException("Nothing visible fits [" + body + "]");
        }
        StringBuilder choices = new StringBuilder();
        for (int i = 0; i < members.length(); i++) {
            char c = members.charAt(i);
            if (c == '\\' && i + 1 < members.length()) {
                char e = members.charAt(++i);
                choices.append(
                        switch (e) {
                            case 'd' -> "0123456789";
                            case 's' -> " ";
                            case 'w' -> "abcdefghijklmnopqrstuvwxyz0123456789_";
                            default -> String.valueOf(e);
                        });
            } else if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
                for (char r = c; r <= members.charAt(i + 2); r++) {
                    choices.append(r);
                }
                i += 2;
            } else {
                choices.append(c);
            }
        }
        return pick(choices.toString());
    }

    private char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
