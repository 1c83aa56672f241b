package dk.samspil.common.text;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from Danish titles: "Vores natur – forår" becomes "vores-natur-foraar". */
public final class Slugs {

    private Slugs() {}

    public static String of(String title) {
        String lower = title.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
    }
}
