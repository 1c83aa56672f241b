package dk.samspil.common.http;

import dk.samspil.common.i18n.Messages.Text;
import dk.samspil.common.problem.ApiException;

/**
 * Query parameters are taken as text and parsed here, so that a malformed value is a 400 problem
 * that names the parameter (JAX-RS would answer 404 for an unconvertible query parameter).
 */
public final class QueryParams {

    public static final int MAX_TEXT = 200;

    private QueryParams() {}

    public static Integer optionalInt(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param",
                    name,
                    new Text("problem.bad-request.expect.integer"),
                    value);
        }
    }

    public static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
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
        Integer parsed = optionalInt(name, value);
        if (parsed == null) {
            return fallback;
        }
        if (parsed < min || parsed > max) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param",
                    name,
                    new Text("problem.bad-request.expect.range", min, max),
                    value);
        }
        return parsed;
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
