package dk.samspil.directory.attachment;

import java.text.Normalizer;
import java.util.Locale;

/** File names from clients, made harmless: no paths, no control or shell characters, the right extension. */
public final class FileNames {

    private FileNames() {}

    /**
     * Keeps letters (Danish ones too), digits, spaces, dots, hyphens and underscores of the name's last
     * path segment, at most 100 characters, and ends it with the extension of the type the content has.
     */
    public static String neutralise(String original, FileType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        String base = dot >= 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .replaceAll("[ _]{2,}", "_")
                .replaceAll("^[._ -]+", "")
                .strip();
        if (base.length() > 100) {
            base = base.substring(0, 100).strip();
        }
        if (base.isEmpty()) {
            base = "fil";
        }
        return base + "." + type.extension.toLowerCase(Locale.ROOT);
    }

    /** The name as plain ASCII, for the filename parameter old clients read. */
    public static String ascii(String name) {
        String plain = Normalizer.normalize(
                name.replace("æ", "ae")
                        .replace("Æ", "Ae")
                        .replace("ø", "oe")
                        .replace("Ø", "Oe")
                        .replace("å", "aa")
                        .replace("Å", "Aa"),
                Normalizer.Form.NFD);
        return plain.replaceAll("[^A-Za-z0-9 ._-]", "");
    }
}
