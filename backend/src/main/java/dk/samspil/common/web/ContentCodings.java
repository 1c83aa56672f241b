package dk.samspil.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads Accept-Encoding (RFC 9110 section 12.5.3) for the codings the static files come in: br, gzip. */
final class ContentCodings {

    private ContentCodings() {}

    /** br and gzip as the header accepts them, the client's preference first and br before gzip on a tie. */
    static List<String> preferred(String acceptEncoding) {
        double br = quality(acceptEncoding, "br");
        double gzip = quality(acceptEncoding, "gzip");
        List<String> codings = new ArrayList<>();
        if (br > 0 && br >= gzip) {
            codings.add("br");
        }
        if (gzip > 0) {
            codings.add("gzip");
        }
        if (br > 0 && br < gzip) {
            codings.add("br");
        }
        return codings;
    }

    /** The q value the header gives the coding (or "*"), 0 when it is not accepted. */
    static double quality(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return 0;
        }
        Double named = null;
        Double wildcard = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            String name = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (name.equals(coding) || (coding.equals("gzip") && name.equals("x-gzip"))) {
                named = q;
            } else if (name.equals("*")) {
                wildcard = q;
            }
        }
        return named != null ? named : wildcard != null ? wildcard : 0;
    }
}
