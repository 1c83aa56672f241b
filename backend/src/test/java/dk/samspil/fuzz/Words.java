package dk.samspil.fuzz;

import java.util.List;
import java.util.Random;

/** Text to fill fields with: ordinary Danish words, and strings that have broken other programs. */
final class Words {

    static final List<String> PLAIN = List.of(
            "bibliotek",
            "tema",
            "natur",
            "fortælling",
            "læsning",
            "Aalborg",
            "Ærø",
            "Østerbro",
            "partnerskab",
            "netværk",
            "møde",
            "børn",
            "unge",
            "kultur",
            "demokrati",
            "år",
            "sprog",
            "Åbenrå",
            "klima",
            "værksted");

    /** Valid JSON strings all, and within most lengths; none holds a control character but tab, CR, LF. */
    static final List<String> HOSTILE = List.of(
            "' or '1'='1",
            "'; drop table library; --",
            "\"; select pg_sleep(5); --",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1/a}",
            "{{7*7}}#{7*7}",
            "%s%s%s%n%x",
            "%00%2e%2e%2f",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "\u202Egnp.exe",
            "Z\u0351\u0360\u0337a\u0362l\u0338g\u0328o",
            "🦊📚🏳️‍🌈👩‍👩‍👧",
            "𝕊𝕒𝕞𝕤𝕡𝕚𝕝",
            "\uFEFFbom",
            "ﬁﬂ ẞß İı",
            "tab\there",
            "line\nbreak\r\nthen",
            "null",
            "undefined",
            "NaN",
            "-0",
            "1e309",
            "true",
            "[]",
            "{}",
            "\\u0000",
            "a\u00A0b\u2028c\u2029d",
            "\u3000\u200B\u200D",
            "*",
            "%",
            "_",
            "\\",
            "`id`$(id)",
            "<!-- ]]> &amp; &#0;",
            "SELECT * FROM app_user",
            "\uD83D\uDE00\uD83D",
            "日本語のテキスト",
            "مرحبا بالعالم",
            "ᚠᛇᚻ᛫ᛒᛦᚦ",
            "\uFFFF\uFFFE\uFDD0");

    private Words() {}

    static String word(Random random) {
        return PLAIN.get(random.nextInt(PLAIN.size()));
    }

    static String hostile(Random random) {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    /** Between min and max words, each followed by a space. */
    static String some(Random random, int min, int max) {
        StringBuilder out = new StringBuilder();
        int n = min + random.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) {
            out.append(word(random)).append(' ');
        }
        return out.toString();
    }

    /** A short sentence of ordinary words. */
    static String sentence(Random random) {
        return (Words.some(random, 1, 4) + word(random)).trim();
    }
}
