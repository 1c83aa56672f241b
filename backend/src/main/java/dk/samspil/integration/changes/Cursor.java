package dk.samspil.integration.changes;

import dk.samspil.common.i18n.Messages.Text;
import dk.samspil.common.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the feed: after the change {@code id} of transaction {@code xid}. Opaque to clients
 * (base64url), so that its form can change without breaking them.
 */
record Cursor(long xid, long id) implements Comparable<Cursor> {

    static final Cursor START = new Cursor(0, 0);

    private static final String PREFIX = "c1.";

    String encode() {
        String plain = PREFIX + xid + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent, or a 400 naming the parameter. */
    static Cursor parse(String parameter, String value) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value.trim()), StandardCharsets.US_ASCII);
            if (plain.startsWith(PREFIX)) {
                String[] parts = plain.substring(PREFIX.length()).split("\\.", -1);
                if (parts.length == 2) {
                    long xid = Long.parseLong(parts[0]);
                    long id = Long.parseLong(parts[1]);
                    if (xid >= 0 && id >= 0) {
                        return new Cursor(xid, id);
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the one answer for every malformed cursor
        }
        throw ApiException.badRequest(
                "problem.bad-request.detail.query-param",
                parameter,
                new Text("problem.bad-request.expect.cursor"),
                value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }

    @Override
    public int compareTo(Cursor other) {
        int byXid = Long.compare(xid, other.xid);
        return byXid != 0 ? byXid : Long.compare(id, other.id);
    }

    static Cursor max(Cursor a, Cursor b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
