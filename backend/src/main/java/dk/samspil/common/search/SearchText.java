package dk.samspil.common.search;

import java.util.Locale;

/** Folding as the database does it (search_fold in migration V11), for highlighting what matched. */
public final class SearchText {

    private static final String ACCENTED = "áàâãéèêëíìîïóòôõúùûüýÿçñ";
    private static final String PLAIN = "aaaaeeeeiiiioooouuuuyycn";

    private SearchText() {}

    /** Lower case, å = aa, æ = ae, ø = oe (ä, ö too), accents dropped. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'å' -> out.append("aa");
                case 'æ', 'ä' -> out.append("ae");
                case 'ø', 'ö' -> out.append("oe");
                default -> {
                    int accented = ACCENTED.indexOf(c);
                    out.append(accented >= 0 ? PLAIN.charAt(accented) : c);
                }
            }
        }
        return out.toString();
    }
}
