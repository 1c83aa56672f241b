package dk.samspil.fuzz;

import static dk.samspil.fuzz.FuzzContract.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Values for a schema: valid ones (often at the edges of what the schema allows, and with ids, slugs and
 * codes that exist), and ones that break it in one way each. Whether a value really breaks its schema is
 * for {@link SchemaCheck} to say, not for the way it was made.
 */
final class Values {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final List<String> OFFSETS = List.of("Z", "+01:00", "+02:00", "-05:00", "+14:00", "-12:00");

    private final FuzzContract contract;
    private final Pools pools;
    private final Random random;

    Values(FuzzContract contract, Pools pools, Random random) {
        this.contract = contract;
        this.pools = pools;
        this.random = random;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    // ---------------------------------------------------------------- valid

    /** A valid value, with each optional property present at {@code optional} percent. */
    JsonNode valid(Schema<?> schema, String name, int optional) {
        schema = contract.resolve(schema);
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                properties.forEach((key, property) -> {
                    if (required.contains(key) || chance(optional)) {
                        Schema<?> resolved = contract.resolve(property);
                        object.set(
                                key,
                                Boolean.TRUE.equals(resolved.getNullable()) && chance(10)
                                        ? JSON.nullNode()
                                        : valid(resolved, key, optional));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
                int max = schema.getMaxItems() == null ? min + 4 : schema.getMaxItems();
                int size = chance(5) ? max : Math.min(max, min + random.nextInt(4));
                for (int i = 0; i < size * 3 && array.size() < size; i++) {
                    JsonNode item = valid(schema.getItems(), name, optional);
                    if (!Boolean.TRUE.equals(schema.getUniqueItems()) || !contains(array, item)) {
                        array.add(item);
                    }
                }
                return array;
            }
            case "integer", "number" -> {
                return JSON.numberNode(validNumber(schema, name));
            }
            case "boolean" -> {
                return JSON.booleanNode(random.nextBoolean());
            }
            default -> {
                return JSON.textNode(validText(schema, name));
            }
        }
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode existing : array) {
            if (existing.equals(item)) {
                return true;
            }
        }
        return false;
    }

    BigInteger validNumber(Schema<?> schema, String name) {
        BigInteger min = lowest(schema);
        BigInteger max = highest(schema);
        boolean isId = name != null && (name.equals("id") || name.endsWith("Id") || name.endsWith("Ids"));
        boolean isCode = name != null && name.endsWith("Code");
        if ((isId || isCode) && chance(90)) {
            Long id = pools.id(isCode ? Pools.stem(name) : pools.kindOf(name), random, true);
            if (id != null) {
                return BigInteger.valueOf(id);
            }
        }
        if (chance(10)) {
            return min;
        }
        if (chance(10)) {
            return max;
        }
        if (schema.getExample() instanceof Number example && chance(40)) {
            return new BigDecimal(example.toString()).toBigInteger();
        }
        BigInteger span = max.subtract(min).min(BigInteger.valueOf(100));
        return min.add(BigInteger.valueOf(random.nextInt(span.intValue() + 1)));
    }

    static BigInteger lowest(Schema<?> schema) {
        if (schema.getMinimum() != null) {
            return schema.getMinimum().toBigInteger();
        }
        return "int32".equals(schema.getFormat())
                ? BigInteger.valueOf(Integer.MIN_VALUE)
                : BigInteger.valueOf(Long.MIN_VALUE);
    }

    static BigInteger highest(Schema<?> schema) {
        if (schema.getMaximum() != null) {
            return schema.getMaximum().toBigInteger();
        }
        return "int32".equals(schema.getFormat())
                ? BigInteger.valueOf(Integer.MAX_VALUE)
                : BigInteger.valueOf(Long.MAX_VALUE);
    }

    String validText(Schema<?> schema, String name) {
        if (schema.getEnum() != null) {
            return String.valueOf(pick(schema.getEnum()));
        }
        String format = schema.getFormat();
        if ("date".equals(format)) {
            return date();
        }
        if ("date-time".equals(format)) {
            return dateTime();
        }
        if ("uri".equals(format)) {
            return "http://127.0.0.1:9/fuzz/" + random.nextInt(1000);
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String text = null;
        if (lower.contains("email")) {
            text = chance(20) && pools.text("email", random) != null
                    ? pools.text("email", random)
                    : "fuzz" + random.nextInt(100000) + "@example.dk";
        } else if (lower.contains("password")) {
            text = "Fuzz-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "-pw";
        } else if (List.of("step", "phase", "phases", "focusareas").contains(lower) && chance(80)) {
            text = pools.text("code", random);
        } else if (lower.equals("after")) {
            text = pools.text("cursor", random);
        } else if (schema.getPattern() != null) {
            text = PatternText.generate(schema.getPattern(), random);
        } else if (schema.getExample() instanceof String example && chance(30)) {
            text = example;
        }
        if (text == null) {
            text = chance(8) ? Words.hostile(random) : Words.sentence(random);
        }
        Integer maxLength = schema.getMaxLength();
        if (maxLength != null && schema.getPattern() == null && chance(5)) {
            text = repeatTo(text, maxLength); // at the limit
        }
        return text;
    }

    /** {@code text} repeated and cut to exactly {@code length} characters (code points). */
    static String repeatTo(String text, int length) {
        StringBuilder out = new StringBuilder();
        String unit = text.isEmpty() ? "x" : text;
        while (out.codePointCount(0, out.length()) < length) {
            out.append(unit);
        }
        return out.substring(0, out.offsetByCodePoints(0, length));
    }

    String date() {
        if (chance(4)) {
            return pick(List.of("9999-12-31", "0001-01-01", "2000-02-29", "2100-12-31"));
        }
        return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 18)).toString();
    }

    String dateTime() {
        if (chance(4)) {
            return pick(List.of(
                    "9999-12-31T23:59:59Z",
                    "0001-01-01T00:00:00Z",
                    "2026-03-29T02:30:00+01:00",
                    "1970-01-01T00:00:00Z"));
        }
        LocalDateTime time = LocalDateTime.of(2015, 1, 1, 0, 0)
                .plusMinutes(random.nextInt(60 * 24 * 365) * 18L)
                .plusSeconds(random.nextInt(60));
        String text = time.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        if (chance(30)) {
            text += "." + (100 + random.nextInt(900));
        }
        return text + pick(OFFSETS);
    }

    // ---------------------------------------------------------------- invalid

    /** A value that breaks the schema in one way (most of the time; {@link SchemaCheck} decides). */
    JsonNode invalid(Schema<?> schema, String name) {
        schema = contract.resolve(schema);
        List<JsonNode> candidates = new ArrayList<>(wrongTypes(type(schema)));
        switch (type(schema)) {
            case "string" ->
                candidates.addAll(
                        invalidTexts(schema).stream().map(JSON::textNode).toList());
            case "integer", "number" -> {
                BigInteger min = lowest(schema);
                BigInteger max = highest(schema);
                candidates.add(JSON.numberNode(min.subtract(BigInteger.ONE)));
                candidates.add(JSON.numberNode(max.add(BigInteger.ONE)));
                candidates.add(JSON.numberNode(new BigInteger("99999999999999999999999999999")));
                candidates.add(JSON.numberNode(new BigInteger("-9223372036854775809")));
                candidates.add(JSON.numberNode(new BigInteger("2147483648")));
                candidates.add(JSON.numberNode(new BigDecimal("1.5")));
                candidates.add(JSON.numberNode(new BigDecimal("1E+400")));
                candidates.add(JSON.textNode(validNumber(schema, name).toString()));
            }
            case "boolean" ->
                candidates.addAll(List.of(JSON.textNode("true"), JSON.numberNode(1), JSON.textNode("yes")));
            case "array" -> {
                int max = schema.getMaxItems() == null ? 20 : schema.getMaxItems();
                ArrayNode tooMany = JSON.arrayNode();
                for (int i = 0; i <= max; i++) {
                    tooMany.add(valid(schema.getItems(), name, 25));
                }
                candidates.add(tooMany);
                if (schema.getMinItems() != null && schema.getMinItems() > 0) {
                    candidates.add(JSON.arrayNode());
                }
                ArrayNode withNull = JSON.arrayNode().add(valid(schema.getItems(), name, 25));
                withNull.addNull();
                candidates.add(withNull);
                candidates.add(JSON.arrayNode().add(invalid(schema.getItems(), name)));
                JsonNode one = valid(schema.getItems(), name, 25);
                candidates.add(JSON.arrayNode().add(one).add(one.deepCopy()));
            }
            case "object" -> {
                candidates.add(JSON.objectNode());
                candidates.add(deep(50 + random.nextInt(850))); // deeper in bodyText(): the writer stops at 1000
            }
            default -> {}
        }
        return pick(candidates);
    }

    private List<JsonNode> wrongTypes(String type) {
        List<JsonNode> wrong = new ArrayList<>();
        if (!type.equals("string")) {
            wrong.add(JSON.textNode(Words.word(random)));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            wrong.add(JSON.numberNode(random.nextInt(1000)));
        }
        if (!type.equals("boolean")) {
            wrong.add(JSON.booleanNode(random.nextBoolean()));
        }
        if (!type.equals("object")) {
            wrong.add(JSON.objectNode().put("fuzz", 1));
        }
        if (!type.equals("array")) {
            wrong.add(JSON.arrayNode().add(1));
        }
        wrong.add(JSON.nullNode());
        return wrong;
    }

    List<String> invalidTexts(Schema<?> schema) {
        List<String> texts = new ArrayList<>();
        if (schema.getEnum() != null) {
            String constant = String.valueOf(pick(schema.getEnum()));
            texts.addAll(List.of(
                    constant.toLowerCase(Locale.ROOT).equals(constant)
                            ? constant.toUpperCase(Locale.ROOT)
                            : constant.toLowerCase(Locale.ROOT),
                    constant + " ",
                    "NOT_" + constant,
                    ""));
        }
        if (schema.getMaxLength() != null) {
            texts.add(repeatTo(Words.sentence(random) + " ", schema.getMaxLength() + 1 + random.nextInt(3)));
            texts.add(repeatTo("ø", schema.getMaxLength() * 2 + 1));
        }
        if (schema.getMinLength() != null && schema.getMinLength() > 1) {
            texts.add("a".repeat(schema.getMinLength() - 1));
        }
        if (schema.getPattern() != null) {
            texts.addAll(List.of("   ", "", "\t\n", Words.hostile(random), "ÆØÅ æøå!"));
        }
        if ("date".equals(schema.getFormat())) {
            texts.addAll(List.of(
                    "2026-02-30",
                    "31-12-2026",
                    "2026-1-1",
                    "+10000-01-01",
                    "-0001-01-01",
                    "+999999999-12-31",
                    "0000-00-00",
                    "i morgen",
                    "2026-05-01T00:00:00Z"));
        }
        if ("date-time".equals(schema.getFormat())) {
            texts.addAll(List.of(
                    "2026-05-01T10:00:00",
                    "2026-05-01 10:00:00Z",
                    "2026-05-01T25:00:00Z",
                    "+999999999-12-31T23:59:59Z",
                    "-999999999-01-01T00:00:00Z",
                    "+10000-01-01T00:00:00Z",
                    "1970-01-01T00:00:00+25:00",
                    "2026-05-01",
                    "1714550400",
                    "i går"));
        }
        if ("uri".equals(schema.getFormat())) {
            texts.addAll(List.of("not a uri", "http://", "//no-scheme", "javascript:alert(1)", "http://[::1"));
        }
        texts.addAll(List.of("a\u0000b", "\u0007bell", "\u001b[31mred", Words.word(random) + "\u0008"));
        return texts;
    }

    /** Arrays in arrays, {@code depth} deep. */
    static JsonNode deep(int depth) {
        ArrayNode root = JSON.arrayNode();
        ArrayNode at = root;
        for (int i = 1; i < depth; i++) {
            at = at.addArray();
        }
        return root;
    }
}
