package dk.samspil.common.web;

import dk.samspil.common.text.Texts;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict reading of the text in a request line: percent-escapes must be whole, the bytes they stand for
 * UTF-8, and the text free of control characters (a NUL byte, for one, cannot be stored in PostgreSQL).
 */
final class RequestText {

    /** Why a piece of text was refused. */
    enum Flaw {
        BAD_ESCAPE("escape"),
        NOT_UTF8("utf8"),
        CONTROL_CHARACTER("control");

        final String key;

        Flaw(String key) {
            this.key = key;
        }
    }

    /** Thrown by {@link #decode} with what is wrong. */
    static final class Refused extends Exception {
        final Flaw flaw;

        Refused(Flaw flaw) {
            super(flaw.name(), null, false, false);
            this.flaw = flaw;
        }
    }

    private RequestText() {}

    /** Percent-decodes {@code raw} strictly; in a query {@code +} is a space. */
    static String decode(String raw, boolean query) throws Refused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new Refused(Flaw.BAD_ESCAPE);
                }
                int high = hex(raw.charAt(i + 1));
                int low = hex(raw.charAt(i + 2));
                if (high < 0 || low < 0) {
                    throw new Refused(Flaw.BAD_ESCAPE);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && query) {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Raw non-ASCII in the request line: its UTF-8 bytes as they came (Vert.x reads them as Latin-1)
                bytes.write(c & 0xFF);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Refused(Flaw.NOT_UTF8);
        }
        if (Texts.hasControlCharacter(text, query)) {
            throw new Refused(Flaw.CONTROL_CHARACTER);
        }
        return text;
    }

    /** An ASCII hex digit's value, else -1 (Character.digit would also take other scripts' digits). */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
