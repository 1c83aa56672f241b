package dk.samspil.common.text;

import java.util.List;

/**
 * A CSV file that Danish Excel opens as it is: UTF-8 with a byte order mark, semicolons between fields
 * (Danish Excel reads commas as decimal marks), CRLF line ends, fields quoted when they need it, and
 * cells that a spreadsheet would take as a formula made harmless with a leading apostrophe.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public String build() {
        return out.toString();
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
