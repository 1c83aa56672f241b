package dk.samspil.common.i18n;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts the API sends to people (problem titles and details) in Danish, or English when asked for. */
public final class Messages {

    public static final Locale DANISH = Locale.forLanguageTag("da");
    private static final List<Locale> SUPPORTED = List.of(DANISH, Locale.ENGLISH);

    private Messages() {}

    /** A message argument that is itself a text to translate. */
    public record Text(String key, Object... args) {}

    /** The first supported language in an Accept-Language header value; Danish when none is. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    for (Locale supported : SUPPORTED) {
                        if (range.getRange().startsWith(supported.getLanguage())) {
                            return supported;
                        }
                    }
                }
            } catch (IllegalArgumentException malformedHeader) {
                return DANISH;
            }
        }
        return DANISH;
    }

    /** The first supported language in Accept-Language; Danish when none is. */
    public static Locale locale(HttpHeaders headers) {
        return locale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Always through MessageFormat, so quoting ('' for an apostrophe) means the same in every message.
        if (args == null) {
            args = new Object[0];
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // A plain {0} writes ids and counts without thousands separators; {0,choice,...} (the form
            // of a noun by its count, "1 sekund", "30 sekunder") needs the number itself.
            boolean plain = i >= formats.length || formats[i] == null;
            resolved[i] = switch (args[i]) {
                case Text text -> get(locale, text.key(), text.args());
                case Long number when plain -> number.toString();
                case Integer number when plain -> number.toString();
                case null, default -> args[i];
            };
        }
        return format.format(resolved);
    }
}
