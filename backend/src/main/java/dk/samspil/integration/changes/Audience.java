package dk.samspil.integration.changes;

import dk.samspil.common.security.Caller;
import java.util.List;

/** Who may read a change, decided when it is written and stored with it. */
enum Audience {
    EVERYONE("everyone"),
    /** Callers who may read private details (ContactService's rule: {@link Caller#readsPrivate()}). */
    PRIVATE_READERS("private_readers"),
    /** Only callers who may not: the tombstone they get when a resource stops being public. */
    PUBLIC_READERS("public_readers");

    final String column;

    Audience(String column) {
        this.column = column;
    }

    static List<String> readableBy(Caller caller) {
        return caller.readsPrivate()
                ? List.of(EVERYONE.column, PRIVATE_READERS.column)
                : List.of(EVERYONE.column, PUBLIC_READERS.column);
    }
}
