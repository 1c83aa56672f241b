package dk.samspil.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, loaded with PostgreSQL's COPY (text format). A connection runs one COPY at a time, and a step
 * writes a record and its parts together, so the rows go to a temporary file first and {@link #finish()} streams it
 * in, parents before their parts. Row triggers, constraints and foreign keys apply as for an INSERT. Use: row(), then
 * one add per column, for every row; finish(); close() removes the file.
 */
final class Copy implements AutoCloseable {

    private final CopyManager copy;
    private final String sql;
    private final Path file;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(4096);
    private boolean first = true;
    private boolean closed;
    private long rows;

    Copy(CopyManager copy, String table, String columns) {
        this.copy = copy;
        this.sql = "copy " + table + " (" + columns + ") from stdin";
        try {
            this.file = Files.createTempFile("samspil-copy-" + table + "-", ".tsv");
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Copy row() {
        if (rows > 0) {
            line.append('\n');
            write();
        }
        rows++;
        first = true;
        return this;
    }

    Copy add(Object value) {
        if (!first) {
            line.append('\t');
        }
        first = false;
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof String s) {
            escape(s);
        } else if (value instanceof Collection<?> list) {
            line.append('{');
            boolean more = false;
            for (Object item : list) {
                if (more) {
                    line.append(',');
                }
                more = true;
                line.append(item); // enum names and codes: nothing to quote
            }
            line.append('}');
        } else {
            line.append(value); // numbers, booleans, LocalDate and Instant (ISO 8601) as PostgreSQL reads them
        }
        return this;
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private void write() {
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
    }

    long rows() {
        return rows;
    }

    /** Loads the rows into the table. */
    void finish() throws SQLException {
        if (rows > 0) {
            line.append('\n');
            write();
        }
        try {
            out.close();
            closed = true;
            try (InputStream in = Files.newInputStream(file)) {
                copy.copyIn(sql, in, 1 << 16);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            out.close();
        }
        Files.deleteIfExists(file);
    }
}
