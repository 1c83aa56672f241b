package dk.samspil.common.db;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The values of native query rows, whichever Java type the JDBC driver hands back for them. */
public final class SqlValues {

    private SqlValues() {}

    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public static Instant instant(Object value) {
        return value == null
                ? null
                : value instanceof Timestamp t
                        ? t.toInstant()
                        : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
