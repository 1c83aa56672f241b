package dk.samspil.common.text;

/** Small text rules shared by the services. */
public final class Texts {

    private Texts() {}

    /** Optional text as stored: trimmed, and null rather than blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
