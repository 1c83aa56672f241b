package dk.samspil.common.text;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Small text rules shared by the services. */
public final class Texts {

    /** Text written to {@code out} as UTF-8, buffered: flush it when done (the feeds, the CSV files). */
    public static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private Texts() {}

    /**
     * Whether the text holds a control character (C0, DEL or C1; a NUL byte cannot even be stored in
     * PostgreSQL). With {@code whitespace}, tab, CR and LF are allowed, as in a description; a path, a
     * name or an identifier has none.
     */
    public static boolean hasControlCharacter(CharSequence text, boolean whitespace) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = whitespace && (c == '\t' || c == '\n' || c == '\r');
            if (Character.getType(c) == Character.CONTROL && !allowed) {
                return true;
            }
        }
        return false;
    }

    /** Optional text as stored: trimmed, and null rather than blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
