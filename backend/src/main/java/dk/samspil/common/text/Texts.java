package dk.samspil.common.text;

/** Small text rules shared by the services. */
public final class Texts {

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
