package dk.samspil.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One request as it goes over the wire, with what it tests. The target and header values are text whose
 * characters are the bytes sent (ISO-8859-1), so that bytes which are no UTF-8 can be sent too.
 *
 * @param mustFail the request breaks the contract (or the caller may not make it), so only a 4xx is right
 * @param bareAllowed the HTTP codec itself refuses it, with a bare status (docs/operations.md, Malformed requests)
 */
record FuzzRequest(
        int index,
        Identity identity,
        Spoil spoil,
        String operation,
        String method,
        String target,
        List<Header> headers,
        byte[] body,
        boolean mustFail,
        boolean bareAllowed,
        String what) {

    /** Who sends it. The credentials are added when it is sent. */
    enum Identity {
        ANONYMOUS,
        /** A token with every scope (read-private, write). */
        TOKEN,
        /** The fuzzer's admin, signed in (cookie, and the CSRF token on writes). */
        SESSION
    }

    /** How the credentials are spoilt on purpose, if at all. */
    enum Spoil {
        NONE,
        /** A session's write without its CSRF token. */
        CSRF_MISSING,
        /** A session's write with another CSRF token. */
        CSRF_WRONG,
        /** The token with a character more. */
        TOKEN_WRONG
    }

    record Header(String name, String value) {}

    /** Whether java.net.http can send it as it is; otherwise it goes over a plain socket. */
    boolean needsSocket() {
        if (!isVisibleAscii(target) || target.contains(" ")) {
            return true;
        }
        try {
            new java.net.URI("http://localhost" + target);
        } catch (java.net.URISyntaxException e) {
            return true;
        }
        for (Header h : headers) {
            String name = h.name().toLowerCase(java.util.Locale.ROOT);
            if (List.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding")
                            .contains(name)
                    || !h.name().matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")
                    || !h.value().chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f))) {
                return true;
            }
        }
        return !List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
                .contains(method);
    }

    private static boolean isVisibleAscii(String text) {
        return text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** The request as text, to read or to replay with a socket (a long body is shortened). */
    String describe() {
        StringBuilder out = new StringBuilder();
        out.append('#')
                .append(index)
                .append(' ')
                .append(identity)
                .append(spoil == Spoil.NONE ? "" : " (" + spoil + ")")
                .append(' ')
                .append(operation)
                .append(": ")
                .append(what)
                .append(mustFail ? " [must fail]" : "")
                .append('\n');
        out.append("  ")
                .append(method)
                .append(' ')
                .append(printable(target, true))
                .append(" HTTP/1.1\n");
        switch (identity) {
            case TOKEN ->
                out.append("  Authorization: Bearer (the fuzzer's token")
                        .append(spoil == Spoil.TOKEN_WRONG ? " and an x" : "")
                        .append(")\n");
            case SESSION -> {
                out.append("  Cookie: samspil_session=(the admin's session)\n");
                if (!method.equals("GET") && spoil != Spoil.CSRF_MISSING) {
                    out.append("  X-CSRF-Token: (the session's")
                            .append(spoil == Spoil.CSRF_WRONG ? ", and an x" : "")
                            .append(")\n");
                }
            }
            default -> {}
        }
        for (Header h : headers) {
            out.append("  ")
                    .append(h.name())
                    .append(": ")
                    .append(printable(h.value(), true))
                    .append('\n');
        }
        if (body != null) {
            String text = new String(body, StandardCharsets.UTF_8);
            out.append("  (").append(body.length).append(" bytes) ");
            out.append(printable(text.length() > 600 ? text.substring(0, 600) + "…" : text, false))
                    .append('\n');
        }
        return out.toString();
    }

    /** Control characters (and with {@code bytes}, bytes beyond ASCII) written as escapes. */
    static String printable(String text, boolean bytes) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (bytes && c > 0x7f)) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
