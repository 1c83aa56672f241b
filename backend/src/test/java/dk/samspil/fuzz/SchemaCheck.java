package dk.samspil.fuzz;

import static dk.samspil.fuzz.FuzzContract.type;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a value is one the contract allows: the oracle that tells a request that may succeed from one the
 * API must refuse. JSON Schema as OpenAPI 3.0 reads it (types, enums, lengths in characters, patterns, the
 * formats the contract uses, ranges, item counts, required properties), plus the rules docs/api.md and
 * docs/operations.md add: unknown fields are refused, a string may hold no control character but tab, CR and
 * LF, and an explicit {@code null} in an optional field counts as leaving it out.
 */
final class SchemaCheck {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final FuzzContract contract;

    SchemaCheck(FuzzContract contract) {
        this.contract = contract;
    }

    /** A JSON value against its schema. */
    boolean accepts(Schema<?> schema, JsonNode node) {
        schema = contract.resolve(schema);
        if (node == null || node.isMissingNode()) {
            return false;
        }
        if (node.isNull()) {
            return Boolean.TRUE.equals(schema.getNullable());
        }
        return switch (type(schema)) {
            case "string" -> node.isTextual() && acceptsText(schema, node.textValue());
            case "integer" -> node.isIntegralNumber() && inRange(schema, new BigDecimal(node.bigIntegerValue()));
            case "number" -> node.isNumber() && inRange(schema, node.decimalValue());
            case "boolean" -> node.isBoolean();
            case "array" -> node.isArray() && acceptsItems(schema, node);
            case "object" -> node.isObject() && acceptsObject(schema, node);
            default -> throw new IllegalStateException("Unknown type " + schema.getType());
        };
    }

    private boolean acceptsObject(Schema<?> schema, JsonNode node) {
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (String name : required) {
            if (!node.has(name) || !accepts(properties.get(name), node.get(name))) {
                return false;
            }
        }
        for (var field : node.properties()) {
            Schema<?> property = properties.get(field.getKey());
            if (property == null) {
                return false; // unknown fields are refused (docs/api.md, Input)
            }
            if (required.contains(field.getKey()) || field.getValue().isNull()) {
                continue; // checked above, or an optional field left out by null
            }
            if (!accepts(property, field.getValue())) {
                return false;
            }
        }
        return true;
    }

    private boolean acceptsItems(Schema<?> schema, JsonNode node) {
        int size = node.size();
        if (schema.getMinItems() != null && size < schema.getMinItems()
                || schema.getMaxItems() != null && size > schema.getMaxItems()) {
            return false;
        }
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : node) {
            if (!accepts(schema.getItems(), item)) {
                return false;
            }
            if (Boolean.TRUE.equals(schema.getUniqueItems()) && !seen.add(item)) {
                return false;
            }
        }
        return true;
    }

    /** A string value (from JSON, or a parameter's text once it is known to be meant as a string). */
    boolean acceptsText(Schema<?> schema, String text) {
        if (schema.getEnum() != null) {
            return schema.getEnum().stream().anyMatch(e -> String.valueOf(e).equals(text));
        }
        int length = text.codePointCount(0, text.length());
        if (schema.getMinLength() != null && length < schema.getMinLength()
                || schema.getMaxLength() != null && length > schema.getMaxLength()) {
            return false;
        }
        if (hasControlCharacter(text)) {
            return false;
        }
        if (schema.getPattern() != null && !PatternText.matches(schema.getPattern(), text)) {
            return false;
        }
        return acceptsFormat(schema.getFormat(), text);
    }

    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f);
    }

    private static boolean acceptsFormat(String format, String text) {
        if (format == null) {
            return true;
        }
        try {
            return switch (format) {
                case "date" -> DATE.matcher(text).matches() && LocalDate.parse(text) != null;
                case "date-time" -> DATE_TIME.matcher(text).matches() && OffsetDateTime.parse(text) != null;
                case "uri" -> new URI(text).isAbsolute();
                default -> true;
            };
        } catch (DateTimeParseException | URISyntaxException e) {
            return false;
        }
    }

    private static boolean inRange(Schema<?> schema, BigDecimal value) {
        if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0
                || schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
            return false;
        }
        if ("int32".equals(schema.getFormat())) {
            BigInteger whole = value.toBigInteger();
            return whole.compareTo(INT32_MIN) >= 0 && whole.compareTo(INT32_MAX) <= 0;
        }
        if ("int64".equals(schema.getFormat())) {
            BigInteger whole = value.toBigInteger();
            return whole.compareTo(INT64_MIN) >= 0 && whole.compareTo(INT64_MAX) <= 0;
        }
        return true;
    }

    /**
     * A query parameter's text, as QueryParams reads it (documented there): trimmed, and empty text counts as
     * leaving the parameter out, which an optional parameter allows; booleans and an enum's constants in any
     * case. A control character is never allowed (MalformedRequests).
     */
    boolean acceptsParameter(Schema<?> schema, String text, boolean required) {
        schema = contract.resolve(schema);
        if (hasControlCharacter(text)) {
            return false;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return !required;
        }
        return switch (type(schema)) {
            case "integer" -> INTEGER.matcher(trimmed).matches() && inRange(schema, new BigDecimal(trimmed));
            case "boolean" -> trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false");
            case "array" -> acceptsParameter(schema.getItems(), text, true);
            default -> {
                if (schema.getEnum() != null) {
                    yield schema.getEnum().stream()
                            .anyMatch(e -> String.valueOf(e).equalsIgnoreCase(trimmed));
                }
                yield acceptsText(schema, trimmed);
            }
        };
    }
}
