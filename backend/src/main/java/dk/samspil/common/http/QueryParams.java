package dk.samspil.common.http;

import dk.samspil.common.i18n.Messages.Text;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.validation.ResourceId;
import java.util.regex.Pattern;

/**
 * Query parameters are taken as text and parsed here, so that a malformed value is a 400 problem
 * that names the parameter (JAX-RS would answer 404 for an unconvertible query parameter).
 */
public final class QueryParams {

    public static final int MAX_TEXT = 200;

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");

    /** A date or a time as RFC 3339 writes it: four digits of year first (not "+10000-01-01"). */
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("[0-9]{4}-.*");

    private QueryParams() {}

    /** A whole number in {@code [min, max]}, written as digits (ASCII, an optional minus): or null when absent. */
    public static Integer optionalInt(String name, String value, int min, int max) {
        Long parsed = whole(name, value);
        if (parsed == null) {
            return null;
        }
        if (parsed < min || parsed > max) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param",
                    name,
                    new Text("problem.bad-request.expect.range", min, max),
                    value);
        }
        return parsed.intValue();
    }

    /** The id of a stored resource ({@link ResourceId}: from 1), or null when absent. */
    public static Long optionalId(String name, String value) {
        Long parsed = whole(name, value);
        if (parsed != null && parsed < ResourceId.MIN) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param", name, new Text("problem.bad-request.expect.id"), value);
        }
        return parsed;
    }

    /**
     * Digits only, as the contract's integers are written: not "+5", nor digits of other scripts ("١٢",
     * "１２"), which Long.parseLong would read as numbers too.
     */
    private static Long whole(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            if (!WHOLE.matcher(trimmed).matches()) {
                throw new NumberFormatException(trimmed);
            }
            return Long.valueOf(trimmed);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param",
                    name,
                    new Text("problem.bad-request.expect.integer"),
                    value);
        }
    }

    public static java.time.LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (!FOUR_DIGIT_YEAR.matcher(value.trim()).matches()) {
                throw new java.time.format.DateTimeParseException("Not YYYY-MM-DD", value, 0);
            }
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param", name, new Text("problem.bad-request.expect.date"), value);
        }
    }

    /** A point in time with its offset (2026-05-01T12:00:00Z, 2026-05-01T14:00:00+02:00). */
    public static java.time.Instant optionalInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (!FOUR_DIGIT_YEAR.matcher(value.trim()).matches()) {
                throw new java.time.format.DateTimeParseException("Not RFC 3339", value, 0);
            }
            return java.time.OffsetDateTime.parse(value.trim()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param",
                    name,
                    new Text("problem.bad-request.expect.instant"),
                    value.length() > 40 ? value.substring(0, 40) + "…" : value);
        }
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        throw ApiException.badRequest(
                "problem.bad-request.detail.query-param",
                name,
                new Text("problem.bad-request.expect.one-of", java.util.Arrays.toString(type.getEnumConstants())),
                value);
    }

    public static int intInRange(String name, String value, int fallback, int min, int max) {
        Integer parsed = optionalInt(name, value, min, max);
        return parsed == null ? fallback : parsed;
    }

    public static Boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default ->
                throw ApiException.badRequest(
                        "problem.bad-request.detail.query-param",
                        name,
                        new Text("problem.bad-request.expect.boolean"),
                        value);
        };
    }

    /** Free-text search: trimmed, null when empty, at most 200 characters. */
    public static String optionalText(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_TEXT) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param",
                    name,
                    new Text("problem.bad-request.expect.max-length", MAX_TEXT),
                    trimmed.substring(0, 20) + "…");
        }
        return trimmed;
    }
}
