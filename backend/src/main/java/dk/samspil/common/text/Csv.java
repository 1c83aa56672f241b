package dk.samspil.common.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A CSV file that Danish Excel opens as it is: UTF-8 with a byte order mark, semicolons between fields
 * (Danish Excel reads commas as decimal marks), CRLF line ends, fields quoted when they need it, and
 * cells that a spreadsheet would take as a formula made harmless with a leading apostrophe. Built in
 * memory ({@link #build()}) or written row by row to a stream ({@link #to(Appendable)}).
 */
public final class Csv {

    private final Appendable out;

    public Csv() {
        this(new StringBuilder());
    }

    private Csv(Appendable out) {
        this.out = out;
        append("\uFEFF");
    }

    /** A CSV written straight to {@code out}, row by row, so that no file is held in memory. */
    public static Csv to(Appendable out) {
        return new Csv(out);
    }

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                append(";");
            }
            append(cell(cells.get(i)));
        }
        append("\r\n");
        return this;
    }

    /** The file, when it was built in memory. */
    public String build() {
        return out.toString();
    }

    private void append(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(';') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || text.startsWith(" ")
                || text.endsWith(" ")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
