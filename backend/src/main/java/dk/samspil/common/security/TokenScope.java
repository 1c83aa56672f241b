package dk.samspil.common.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What an integration token may do beyond reading public content. */
public enum TokenScope {
    /** Read private details (e.g. contact details marked private). */
    READ_PRIVATE("read-private"),
    /** Write what a coordinator may write (never users or tokens). */
    WRITE("write");

    private final String value;

    TokenScope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static TokenScope of(String value) {
        return Arrays.stream(values())
                .filter(s -> s.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown scope " + value));
    }
}
