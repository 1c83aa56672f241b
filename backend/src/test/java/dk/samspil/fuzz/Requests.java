package dk.samspil.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samspil.fuzz.FuzzContract.Operation;
import dk.samspil.fuzz.FuzzContract.Param;
import dk.samspil.fuzz.FuzzRequest.Header;
import dk.samspil.fuzz.FuzzRequest.Identity;
import dk.samspil.fuzz.FuzzRequest.Spoil;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Makes the requests of a run from the contract and a seed. Each request starts valid (existing ids, values
 * the schemas allow, the headers a good client sends) and is then, most of the time, broken in one way: a
 * hostile path parameter, a query parameter beyond its schema or in broken bytes, a body mutated against its
 * schema or no JSON at all, a wrong media type, odd headers, a bad If-Match, spoilt credentials, a wrong
 * method, a request over a limit. Request {@code i} depends only on the seed, {@code i} and what exists.
 */
final class Requests {

    /** The ways a request is made, and how often (relative weights) where they apply. */
    enum Kind {
        VALID(22),
        PATH(8),
        QUERY(10),
        QUERY_BYTES(5),
        BODY(22),
        JSON_TEXT(8),
        CONTENT_TYPE(5),
        MULTIPART(30),
        HEADERS(8),
        IF_MATCH(6),
        CREDENTIALS(4),
        METHOD(2),
        LIMITS(1);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private static final String JSON_ACCEPT = "application/json, application/problem+json";
    private static final Pattern SLUG_LIKE = Pattern.compile("[a-z0-9-]{1,120}");

    private final FuzzContract contract;
    private final SchemaCheck check;
    private final Pools pools;
    private final long seed;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectMapper asciiMapper =
            JsonMapper.builder().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII).build();
    /** Reads a body as strictly as RFC 8259 asks, to tell whether it is JSON at all. */
    private final ObjectMapper strict = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    Requests(FuzzContract contract, Pools pools, long seed) {
        this.contract = contract;
        this.check = new SchemaCheck(contract);
        this.pools = pools;
        this.seed = seed;
    }

    /**
     * The requests of a run, {@code total} of them shared evenly among every operation called anonymously, every
     * operation called with the token, and the operations only a signed-in user may call (users, tokens,
     * webhooks, the session) called as the admin. Anonymous ones come first, so that what they changed can be
     * told; within each part the order is shuffled, so that writes and reads of one kind mix, and deletes come
     * last.
     */
    List<FuzzRequest> plan(int total) {
        List<Operation> operations = contract.operations();
        List<Identity> identities = new ArrayList<>();
        List<Operation> targets = new ArrayList<>();
        for (Identity identity : Identity.values()) {
            for (Operation op : operations) {
                if (identity != Identity.SESSION || (op.session() && !op.token())) {
                    identities.add(identity);
                    targets.add(op);
                }
            }
        }
        List<FuzzRequest> planned = new ArrayList<>();
        int index = 0;
        for (Identity identity : Identity.values()) {
            List<FuzzRequest> part = new ArrayList<>();
            for (int pair = 0; pair < targets.size(); pair++) {
                if (identities.get(pair) != identity) {
                    continue;
                }
                int share = total / targets.size() + (pair < total % targets.size() ? 1 : 0);
                for (int i = 0; i < share; i++) {
                    part.add(make(index++, targets.get(pair), identity));
                }
            }
            Collections.shuffle(part, new Random(seed + identity.ordinal()));
            // Deletes last: the few webhooks, projects and good examples there are would otherwise be gone
            // before most requests that name them were sent.
            part.sort(Comparator.comparing(r -> r.method().equals("DELETE")));
            planned.addAll(part);
        }
        return planned;
    }

    FuzzRequest make(int index, Operation op, Identity identity) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
        Draft draft = new Draft(index, op, identity, random);
        Kind kind = draft.kind();
        switch (kind) {
            case VALID -> draft.what.add("valid");
            case PATH -> draft.hostilePath();
            case QUERY -> draft.oddQuery();
            case QUERY_BYTES -> draft.brokenQueryBytes();
            case BODY -> draft.mutateBody();
            case JSON_TEXT -> draft.bodyText();
            case CONTENT_TYPE -> draft.contentType();
            case MULTIPART -> draft.multipart();
            case HEADERS -> draft.oddHeaders();
            case IF_MATCH -> draft.badIfMatch();
            case CREDENTIALS -> draft.spoilCredentials();
            case METHOD -> draft.wrongMethod();
            case LIMITS -> draft.overLimit();
        }
        return draft.finish();
    }

    /** A request being put together: valid at first. */
    private final class Draft {

        final int index;
        final Operation op;
        final Identity identity;
        final Random random;
        final Values values;
        final List<String> what = new ArrayList<>();

        String method;
        final Map<String, String> path = new LinkedHashMap<>();
        final List<String[]> query = new ArrayList<>();
        /** When set, the query string as sent (then {@link #query} only says what it means). */
        String rawQuery;

        final List<Header> headers = new ArrayList<>();
        JsonNode tree;
        byte[] body;
        Spoil spoil = Spoil.NONE;
        /** Broken on purpose in a way {@link SchemaCheck} does not see. */
        boolean broken;
        /** Accepted whatever the query's values are (a repeated or unknown parameter, say). */
        boolean queryLenient;
        /** A body that is no plain JSON but that the API may read (a BOM, a key twice). */
        boolean bodyLenient;

        boolean bare;

        Draft(int index, Operation op, Identity identity, Random random) {
            this.index = index;
            this.op = op;
            this.identity = identity;
            this.random = random;
            this.values = new Values(contract, pools, random);
            this.method = op.method();
            for (Param p : op.in("path")) {
                path.put(p.name(), encodeSegment(validPathValue(p)));
            }
            for (Param p : op.in("query")) {
                if (p.required() || values.chance(35)) {
                    addValidQuery(p);
                }
            }
            set("Accept", accept());
            if (values.chance(60)) {
                set("Accept-Language", values.pick(List.of("en", "da", "en-GB,en;q=0.9,da;q=0.8")));
            }
            if (op.takesIfMatch()) {
                set("If-Match", "*");
            }
            if (op.jsonBody()) {
                // Only what is required, some optional fields, or most of them: the fewer, the fewer rules
                // between fields (a contact of a library or a partner, never both) a valid body can break.
                tree = values.valid(op.body(), null, values.pick(List.of(0, 25, 85)));
                set("Content-Type", "application/json");
            } else if (op.bodyType() != null) {
                multipartFile("file", "rapport.pdf", "application/pdf", SampleFiles.pdf(random), null);
            }
            if (tree instanceof ObjectNode object
                    && object.path("municipalityCode").isIntegralNumber()
                    && object.has("libraryNumber")
                    && values.chance(80)) {
                // The one rule between fields the contract spells out (libraryNumber's description): 7, the
                // municipality's code and a two-digit branch number.
                object.put(
                        "libraryNumber",
                        String.format(
                                "7%03d%02d", object.get("municipalityCode").intValue(), random.nextInt(100)));
            }
            if (identity == Identity.SESSION && op.id().equals("logout")) {
                // A valid logout would end the fuzzer's session: as the admin it is only sent with a
                // spoilt CSRF token, which must be refused (anonymous logouts are sent as they come).
                spoil = random.nextBoolean() ? Spoil.CSRF_MISSING : Spoil.CSRF_WRONG;
                broken = true;
                what.add("logout without the session's CSRF token (" + spoil + ")");
            }
            if (identity == Identity.SESSION && op.id().equals("changePassword") && tree != null) {
                // A changed password would end the other sessions of the admin; the current password given
                // is never the admin's (it is made up here), so no change can succeed.
                ((ObjectNode) tree).put("currentPassword", "not-the-password-" + random.nextInt(1000));
                broken = true;
            }
        }

        Kind kind() {
            List<Kind> kinds = new ArrayList<>();
            for (Kind k : Kind.values()) {
                boolean applies = switch (k) {
                    case PATH -> !path.isEmpty();
                    case BODY, CONTENT_TYPE -> op.jsonBody();
                    case MULTIPART -> op.bodyType() != null && !op.jsonBody();
                    case IF_MATCH -> op.takesIfMatch();
                    default -> true;
                };
                if (applies) {
                    for (int i = 0; i < k.weight; i++) {
                        kinds.add(k);
                    }
                }
            }
            return kinds.get(random.nextInt(kinds.size()));
        }

        private String accept() {
            String type = op.answerType();
            if (type == null || type.equals("application/json")) {
                return JSON_ACCEPT;
            }
            return type.startsWith("text/") ? type + ", application/problem+json" : "*/*";
        }

        // ------------------------------------------------------------ valid parts

        private String validPathValue(Param p) {
            Schema<?> schema = p.schema();
            if (schema.getEnum() != null) {
                return values.validText(schema, p.name());
            }
            String segment = segmentBefore(p.name());
            if (p.name().equals("slug")) {
                String slug = pools.text("slug:" + Pools.stem(segment), random);
                return slug != null ? slug : Words.word(random);
            }
            if (FuzzContract.type(schema).equals("integer")) {
                String kind = p.name().equals("id") ? pools.kindOf(segment) : pools.kindOf(p.name());
                Long id = pools.id(kind, random, op.isWrite());
                return String.valueOf(id == null ? 999_999_999L : id);
            }
            return values.validText(schema, p.name());
        }

        /** The literal segment before a path parameter (before "by-slug" for a slug). */
        private String segmentBefore(String name) {
            String[] segments = op.path().split("/");
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].equals("{" + name + "}")) {
                    String before = segments[i - 1];
                    return before.equals("by-slug") ? segments[i - 2] : before;
                }
            }
            return name;
        }

        private void addValidQuery(Param p) {
            Schema<?> schema = p.schema();
            if (FuzzContract.type(schema).equals("array")) {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    query.add(new String[] {p.name(), values.validText(contract.resolve(schema.getItems()), p.name())});
                }
                return;
            }
            query.add(new String[] {p.name(), validQueryValue(p)});
        }

        private String validQueryValue(Param p) {
            Schema<?> schema = p.schema();
            return switch (FuzzContract.type(schema)) {
                case "integer" -> values.validNumber(schema, p.name()).toString();
                case "boolean" -> String.valueOf(random.nextBoolean());
                default -> {
                    if (p.name().equals("sort")) {
                        yield sort();
                    }
                    String text = values.validText(schema, p.name());
                    yield text == null ? Words.word(random) : text;
                }
            };
        }

        /** Sort fields as the operation's description lists them, some descending. */
        private String sort() {
            List<String> fields = sortFields(op.description());
            if (fields.isEmpty() || values.chance(10)) {
                return values.pick(List.of("updatedAt", "-updatedAt", "name", "fuzz", "-", ",,", "id,-id"));
            }
            List<String> chosen = new ArrayList<>();
            int n = 1 + random.nextInt(Math.min(3, fields.size()));
            for (int i = 0; i < n; i++) {
                chosen.add((random.nextBoolean() ? "-" : "") + values.pick(fields));
            }
            return String.join(",", chosen);
        }

        // ------------------------------------------------------------ the ways to break it

        void hostilePath() {
            List<String> names = new ArrayList<>(path.keySet());
            String name = values.pick(names);
            boolean text = !FuzzContract.type(op.in("path").stream()
                            .filter(p -> p.name().equals(name))
                            .findFirst()
                            .orElseThrow()
                            .schema())
                    .equals("integer");
            if (values.chance(15)) {
                // A matrix parameter, a trailing slash: the same resource as far as JAX-RS goes.
                String value = path.get(name);
                path.put(name, value + values.pick(List.of(";v=1", "/")));
                what.add("path " + name + " with a suffix the server may strip");
                return;
            }
            List<String> hostile = new ArrayList<>(List.of(
                    "0",
                    "-1",
                    "9223372036854775807",
                    "9223372036854775808",
                    "-9223372036854775809",
                    "99999999999999999999999",
                    "abc",
                    "1.0",
                    "1e3",
                    "0x10",
                    "+1",
                    "%2B1",
                    "%EF%BC%91",
                    "%D9%A1",
                    "%00",
                    "1%00",
                    "%2F",
                    "1%2F2",
                    "%2e%2e",
                    "..",
                    "%5C",
                    "'",
                    "%27%20or%201=1--",
                    "%3Cscript%3E",
                    "%C3%A6%C3%B8%C3%A5",
                    "%F0%9F%A6%8A",
                    "%FF",
                    "%20",
                    "1%20",
                    "null",
                    "x".repeat(300),
                    "9".repeat(5000)));
            if (text) {
                hostile.removeIf(v -> SLUG_LIKE.matcher(v).matches() || v.matches("[A-Z0-9_]{1,30}"));
            }
            String value = values.pick(hostile);
            if (values.chance(10)) {
                value = values.pick(List.of("%ZZ", "%", "%4", "\u00c3\u00b8", "a|b", "\u00ff"));
            }
            path.put(name, value);
            // A dot segment is no value but a step up: the request is for another path (RFC 3986, 5.2.4).
            broken |= !List.of(".", "..", "%2e%2e").contains(value);
            what.add("path " + name + " = " + FuzzRequest.printable(shorten(value), true));
        }

        void oddQuery() {
            List<Param> params = op.in("query");
            if (params.isEmpty() || values.chance(25)) {
                queryLenient = true;
                switch (random.nextInt(4)) {
                    case 0 -> query.add(new String[] {"fuzz", Words.hostile(random)});
                    case 1 -> query.add(new String[] {Words.hostile(random), "1"});
                    case 2 ->
                        query.add(new String[] {
                            params.isEmpty() ? "page" : values.pick(params).name(), ""
                        });
                    default -> {
                        if (!query.isEmpty()) {
                            String[] first = query.get(0);
                            query.add(new String[] {first[0], "2"});
                        } else {
                            query.add(new String[] {"size", "1"});
                            query.add(new String[] {"size", "1"});
                        }
                    }
                }
                what.add("query with unknown, empty or repeated parameters");
                return;
            }
            Param p = values.pick(params);
            query.removeIf(q -> q[0].equals(p.name()));
            Schema<?> schema = p.schema();
            List<String> candidates = new ArrayList<>(List.of("a\u0000b", Words.hostile(random)));
            switch (FuzzContract.type(schema)) {
                case "integer" ->
                    candidates.addAll(List.of(
                            "abc",
                            "1.5",
                            "-1",
                            "0",
                            Values.lowest(schema)
                                    .subtract(java.math.BigInteger.ONE)
                                    .toString(),
                            Values.highest(schema).add(java.math.BigInteger.ONE).toString(),
                            "99999999999999999999",
                            "1e3",
                            "0x10",
                            "\uff11\uff12",
                            "\u0663",
                            "+5"));
                case "boolean" -> candidates.addAll(List.of("yes", "1", "maybe", "truee"));
                case "array" -> {
                    candidates.add("nope");
                    int max = schema.getMaxItems() == null ? 20 : schema.getMaxItems();
                    for (int i = 0; i <= max; i++) {
                        query.add(new String[] {p.name(), values.validText(contract.resolve(schema.getItems()), null)});
                    }
                    what.add("query " + p.name() + " repeated " + (max + 1) + " times");
                    return;
                }
                default -> candidates.addAll(values.invalidTexts(schema));
            }
            String value = values.pick(candidates);
            query.add(new String[] {p.name(), value});
            what.add("query " + p.name() + " = " + FuzzRequest.printable(shorten(value), false));
        }

        void brokenQueryBytes() {
            List<Param> params = op.in("query");
            String name = params.isEmpty() ? "q" : values.pick(params).name();
            String valid = query.stream()
                    .filter(q -> !q[0].equals(name))
                    .map(q -> encodeQuery(q[0]) + "=" + encodeQuery(q[1]))
                    .reduce((a, b) -> a + "&" + b)
                    .map(s -> s + "&")
                    .orElse("");
            String[][] cases = {
                // wire form, must fail, the codec answers
                {"%00", "y", ""},
                {"a%00b", "y", ""},
                {"%C3%28", "y", ""},
                {"%ED%A0%80", "y", ""},
                {"%FF%FE", "y", ""},
                {"%ZZ", "y", ""},
                {"%", "y", ""},
                {"ab%4", "y", ""},
                {"a|b", "y", ""},
                {"a\"b", "y", ""},
                {"<x>", "y", ""},
                {"{}", "y", ""},
                {"a^b`c\\d", "y", ""},
                {"\u00ff", "y", ""},
                {"a\u0001b", "y", ""},
                {"a\u007fb", "y", ""},
                {"a b", "y", "bare"},
                {"a\tb", "y", "bare"},
                {"\u00c3\u00b8", "", ""},
                {"%C3%A6%C3%B8%C3%A5+%F0%9F%A6%8A", "", ""},
                {"%E2%80%AE%E2%80%8B", "", ""},
                {"a+b%20c", "", ""},
                {"&&&=&=", "", ""},
                {"a=b=c", "", ""},
                {"%25%2525", "", ""},
            };
            String[] chosen = cases[random.nextInt(cases.length)];
            rawQuery = valid + name + "=" + chosen[0];
            broken |= !chosen[1].isEmpty();
            bare = !chosen[2].isEmpty();
            queryLenient = !broken;
            what.add("query bytes " + name + "=" + FuzzRequest.printable(chosen[0], true));
        }

        void mutateBody() {
            List<Slot> slots = new ArrayList<>();
            collect(tree, op.body(), null, null, -1, slots);
            Slot slot = values.pick(slots);
            int choice = random.nextInt(100);
            if (choice < 45) {
                JsonNode replacement = values.invalid(slot.schema, slot.name());
                replace(slot, replacement);
                what.add("body " + slot.where() + " = " + shorten(replacement.toString()));
            } else if (choice < 60 && slot.parent instanceof ObjectNode parent) {
                parent.remove(slot.key);
                what.add("body without " + slot.where());
            } else if (choice < 68) {
                replace(slot, Values.JSON.nullNode());
                what.add("body " + slot.where() + " = null");
            } else if (choice < 80) {
                List<Slot> objects = slots.stream()
                        .filter(s -> s.node() instanceof ObjectNode)
                        .toList();
                Slot target = objects.isEmpty() ? slot : values.pick(objects);
                if (target.node() instanceof ObjectNode object) {
                    String key = values.pick(List.of("fuzz", "id", "version", "createdAt", "__proto__", "Title", ""));
                    object.put(key, Words.word(random));
                    what.add("body " + target.where() + " with an unknown field '" + key + "'");
                } else {
                    replace(slot, Values.JSON.textNode(Words.hostile(random)));
                    what.add("body " + slot.where() + " hostile text");
                }
            } else {
                List<Slot> texts = slots.stream()
                        .filter(s -> s.node() != null && s.node().isTextual())
                        .toList();
                Slot target = texts.isEmpty() ? slot : values.pick(texts);
                String text = values.chance(20)
                        ? "a\u0000b"
                        : values.chance(30)
                                ? Values.repeatTo(Words.hostile(random), 1 + random.nextInt(300))
                                : Words.hostile(random);
                replace(target, Values.JSON.textNode(text));
                what.add("body " + target.where() + " = " + FuzzRequest.printable(shorten(text), false));
            }
        }

        private void replace(Slot slot, JsonNode value) {
            if (slot.parent() == null) {
                tree = value;
            } else {
                slot.replace(value);
            }
        }

        void bodyText() {
            String json = tree == null ? "{\"fuzz\":1}" : write(tree);
            int cut = json.length() <= 1 ? 0 : 1 + random.nextInt(json.length() - 1);
            String[] texts = {
                "",
                "null",
                "[]",
                "{}",
                "\"x\"",
                "42",
                "true",
                json.substring(0, cut),
                json + "}",
                json + " garbage",
                json.replace('"', '\''),
                json.replaceFirst(":(-?[0-9]+)", ":NaN"),
                json.replaceFirst(":(-?[0-9]+)", ":1e999999"),
                json.replaceFirst(":(-?[0-9]+)", ":0x1F"),
                json.replaceFirst(":(-?[0-9]+)", ":01"),
                json.replaceFirst(":(-?[0-9]+)", ":-"),
                json.replaceFirst("}$", ",}"),
                "/* c */" + json,
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                insertIntoFirstString(json, "\\u0000"),
                insertIntoFirstString(json, "\\"),
                insertIntoFirstString(json, "\\x41"),
                "{" + "\"k\":1,".repeat(20000) + "\"k\":2}",
            };
            String text = texts[random.nextInt(texts.length)];
            body = text.getBytes(StandardCharsets.UTF_8);
            what.add("body text " + FuzzRequest.printable(shorten(text), false));
            if (values.chance(25)) {
                int variant = random.nextInt(6);
                byte[] valid = json.getBytes(StandardCharsets.UTF_8);
                switch (variant) {
                    case 0 -> {
                        body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid);
                        bodyLenient = true;
                        what.set(what.size() - 1, "body with a byte order mark");
                    }
                    case 1 -> {
                        body = json.replaceFirst("\\{", "{\"fuzz\":1,\"fuzz\":2,")
                                .getBytes(StandardCharsets.UTF_8);
                        what.set(what.size() - 1, "body with a key twice");
                    }
                    case 2 -> {
                        body = insertIntoFirstString(json, "\\ud800").getBytes(StandardCharsets.UTF_8);
                        bodyLenient = true;
                        what.set(what.size() - 1, "body with a lone surrogate");
                    }
                    case 3 -> {
                        int at = json.indexOf(":\"");
                        body = at < 0
                                ? concat(valid, new byte[] {(byte) 0xFF})
                                : concat(
                                        json.substring(0, at + 2).getBytes(StandardCharsets.UTF_8),
                                        concat(
                                                new byte[] {(byte) 0xC3, (byte) 0x28},
                                                json.substring(at + 2).getBytes(StandardCharsets.UTF_8)));
                        broken |= op.jsonBody();
                        what.set(what.size() - 1, "body with bytes that are no UTF-8");
                    }
                    case 4 -> {
                        body = gzip(valid);
                        set("Content-Encoding", "gzip");
                        bodyLenient = true;
                        what.set(what.size() - 1, "body gzipped, said so");
                    }
                    default -> {
                        body = valid;
                        set("Content-Encoding", values.pick(List.of("gzip", "br", "fuzz")));
                        bodyLenient = true;
                        what.set(what.size() - 1, "plain body said to be encoded");
                    }
                }
            }
            if (tree == null && op.bodyType() == null) {
                set("Content-Type", "application/json");
            }
            tree = null;
        }

        void contentType() {
            String[][] types = {
                {null, "y"},
                {"text/plain", "y"},
                {"application/x-www-form-urlencoded", "y"},
                {"multipart/form-data; boundary=fuzz", "y"},
                {"application/xml", "y"},
                {"application/problem+json", "y"},
                {"application/vnd.api+json", "y"},
                {"json", "y"},
                {"application/", "y"},
                {"*/*", "y"},
                {";;;", "y"},
                {"application/json, text/plain", "y"},
                {"application/json; charset=utf-8", ""},
                {"application/json;charset=UTF-8", ""},
                {"APPLICATION/JSON", ""},
                {"application/json; charset=iso-8859-1", ""},
                {"application/json; charset=utf-16", ""},
                {"application/json; charset=fuzz", ""},
                {"application/json; boundary=x; q=0.5", ""},
            };
            String[] chosen = types[random.nextInt(types.length)];
            remove("Content-Type");
            if (chosen[0] != null) {
                set("Content-Type", chosen[0]);
            }
            broken |= !chosen[1].isEmpty();
            bodyLenient = !broken;
            what.add("Content-Type " + chosen[0]);
        }

        void multipart() {
            int choice = random.nextInt(12);
            switch (choice) {
                case 0 -> multipartFile("file", "bilag.png", "image/png", SampleFiles.png(random), "a PNG");
                case 1 -> multipartFile("file", "foto.jpg", "image/jpeg", SampleFiles.jpeg(random), "a JPEG");
                case 2 ->
                    multipartFile(
                            "file",
                            values.pick(List.of(
                                    "../../etc/passwd",
                                    "a\"b.pdf",
                                    "æøå 🦊.pdf",
                                    "x.exe",
                                    "x".repeat(300) + ".pdf",
                                    "",
                                    "CON.pdf",
                                    ".htaccess")),
                            "application/pdf",
                            SampleFiles.pdf(random),
                            "a PDF with an odd name");
                case 3 -> {
                    multipartFile(
                            "upload", "rapport.pdf", "application/pdf", SampleFiles.pdf(random), "another part name");
                    broken = true;
                }
                case 4 -> {
                    multipartFile(
                            "file",
                            "tekst.pdf",
                            "application/pdf",
                            "bare tekst".getBytes(StandardCharsets.UTF_8),
                            "text said to be a PDF");
                    broken = true;
                }
                case 5 -> {
                    multipartFile("file", "tom.pdf", "application/pdf", new byte[0], "an empty file");
                    broken = true;
                }
                case 6 -> {
                    multipartFile(
                            "file",
                            "doc.docx",
                            "application/octet-stream",
                            SampleFiles.brokenZip(random),
                            "a broken zip");
                    broken = true;
                }
                case 7 -> {
                    byte[] whole = body;
                    body = java.util.Arrays.copyOf(whole, whole.length - 10 - random.nextInt(20));
                    broken = true;
                    what.add("multipart cut short");
                }
                case 8 -> {
                    set("Content-Type", "multipart/form-data; boundary=other");
                    broken = true;
                    what.add("multipart with another boundary");
                }
                case 9 -> {
                    set("Content-Type", "multipart/form-data");
                    broken = true;
                    what.add("multipart without boundary");
                }
                case 10 -> {
                    body = "{\"file\":\"x\"}".getBytes(StandardCharsets.UTF_8);
                    set("Content-Type", "application/json");
                    broken = true;
                    what.add("JSON instead of multipart");
                }
                default -> {
                    body = "--FuzzBoundary--\r\n".getBytes(StandardCharsets.UTF_8);
                    broken = true;
                    what.add("multipart without parts");
                }
            }
        }

        void oddHeaders() {
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                switch (random.nextInt(12)) {
                    case 0 ->
                        set(
                                "Accept",
                                values.pick(List.of(
                                        "*/*",
                                        "application/json",
                                        "text/html",
                                        "application/xml",
                                        "text/csv",
                                        "text/calendar",
                                        "application/problem+json",
                                        "image/png",
                                        ";;;",
                                        "application/json;q=0",
                                        "*/*;q=abc",
                                        "",
                                        "application/json, text/plain;q=0.5, */*;q=0.1")));
                    case 1 ->
                        set(
                                "Accept-Language",
                                values.pick(List.of(
                                        "*",
                                        "xx-YY",
                                        "en;q=abc",
                                        "da;q=2",
                                        ",,,",
                                        "i-klingon",
                                        "a".repeat(300),
                                        "zh-Hant-TW-x-private",
                                        "de-DE-u-co-phonebk",
                                        "en;q=0.5;q=0.7",
                                        "-",
                                        "en_US")));
                    case 2 ->
                        set(
                                "Accept-Encoding",
                                values.pick(List.of(
                                        "gzip", "br", "deflate, gzip;q=0", "identity;q=0", "*;q=0", "gzip;q=abc")));
                    case 3 ->
                        set("If-None-Match", values.pick(List.of("*", "\"v1\"", "W/\"v1\"", "garbage", "\"", "")));
                    case 4 ->
                        set(
                                "If-Modified-Since",
                                values.pick(List.of(
                                        "yesterday",
                                        "Mon, 32 Foo 2026 25:61:61 GMT",
                                        "0",
                                        "Thu, 01 Jan 1970 00:00:00 GMT")));
                    // Never an empty address (or a port alone) first: Quarkus's proxy handling fails on it before
                    // any of Samspil's code runs, and the request is never answered (docs/operations.md, Behind
                    // a proxy). Only a trusted proxy's header is read, so the proxy is where that is prevented.
                    case 5 ->
                        set(
                                "X-Forwarded-For",
                                values.pick(List.of(
                                        "not-an-ip",
                                        "1.2.3.4, <script>",
                                        "::::",
                                        "999.999.999.999",
                                        "1.2.3.4, ",
                                        "127.0.0.1, 10.0.0.1, ::1",
                                        "[::1]:80",
                                        "10.0.0." + random.nextInt(255))));
                    case 6 ->
                        set(
                                "Forwarded",
                                values.pick(List.of(
                                        "for=\"[::1\";proto=x",
                                        "for=unknown",
                                        "for=1.2.3.4;host=evil.example;proto=https",
                                        ";;")));
                    case 7 ->
                        set(
                                "Origin",
                                values.pick(List.of("null", "https://evil.example", "http://localhost", "file://")));
                    // As the admin, the session cookie stays the only one (another would make it anonymous).
                    case 8 ->
                        set(
                                identity == Identity.SESSION ? "X-Cookie" : "Cookie",
                                values.pick(List.of(
                                        "samspil_session=garbage",
                                        "samspil_session=",
                                        "samspil_session=a; samspil_session=b",
                                        "=;=;",
                                        "x=" + "y".repeat(2000))));
                    case 9 -> set("Range", values.pick(List.of("bytes=0-10", "bytes=-5", "bytes=9-1", "lines=1-2")));
                    case 10 ->
                        set(
                                values.pick(
                                        List.of("X-Fuzz", "X-HTTP-Method-Override", "X-Original-URL", "X-Rewrite-URL")),
                                values.pick(List.of("DELETE", "/api/users", "\u00e6\u00f8\u00e5", "1")));
                    default -> {
                        for (int h = 0; h < 100; h++) {
                            headers.add(new Header("X-Fuzz-" + h, Words.word(random)));
                        }
                    }
                }
            }
            what.add("odd headers");
        }

        void badIfMatch() {
            String[][] tags = {
                {null, "y"},
                {"\"v999999\"", "y"},
                {"W/\"v1\"", "y"},
                {"v1", "y"},
                {"\"\"", "y"},
                {"\"*\"", "y"},
                {" ", "y"},
                {"\"v-1\"", "y"},
                {"\"v9223372036854775808\"", "y"},
                {"x".repeat(300), "y"},
                {"\"v1\", *", ""},
                {"\"v1\", \"v2\", \"v3\", \"v4\"", ""},
            };
            String[] chosen = tags[random.nextInt(tags.length)];
            remove("If-Match");
            if (chosen[0] != null) {
                set("If-Match", chosen[0]);
            }
            broken |= !chosen[1].isEmpty();
            what.add("If-Match " + (chosen[0] == null ? "missing" : shorten(chosen[0])));
        }

        void spoilCredentials() {
            switch (identity) {
                case TOKEN -> {
                    spoil = Spoil.TOKEN_WRONG;
                    broken = true;
                    what.add("a token that is not one");
                }
                case SESSION -> {
                    if (op.isWrite()) {
                        spoil = random.nextBoolean() ? Spoil.CSRF_MISSING : Spoil.CSRF_WRONG;
                        broken = true;
                    } else {
                        set("X-CSRF-Token", "fuzz");
                    }
                    what.add("spoilt CSRF token");
                }
                default -> {
                    String[][] auth = {
                        {"Bearer smp_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36), "y"},
                        {"Bearer smp_", "y"},
                        {"Bearer " + "a".repeat(5000), "y"},
                        {"Bearer", ""},
                        {"Bearer ", ""},
                        {"bearer smp_x", ""},
                        {"Basic YWRtaW46YWRtaW4=", ""},
                        {"Negotiate abc", ""},
                        {"Bearer smp_\u00e6\u00f8", ""},
                    };
                    String[] chosen = auth[random.nextInt(auth.length)];
                    set("Authorization", chosen[0]);
                    broken |= !chosen[1].isEmpty();
                    what.add("Authorization " + shorten(chosen[0]));
                }
            }
        }

        void wrongMethod() {
            List<String> defined = contract.operations().stream()
                    .filter(o -> o.path().equals(op.path()))
                    .map(Operation::method)
                    .toList();
            List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE", "FUZZ"));
            others.removeAll(defined);
            method = values.pick(others);
            broken = true;
            what.add("method " + method);
        }

        void overLimit() {
            switch (random.nextInt(3)) {
                case 0 -> {
                    query.add(new String[] {"fuzz", "a".repeat(9000)});
                    queryLenient = true;
                    broken = true;
                    what.add("a URI over 8 KB");
                }
                case 1 -> {
                    set("X-Padding", "b".repeat(40_000));
                    broken = true;
                    what.add("headers over 32 KB");
                }
                default -> {
                    ObjectNode big = Values.JSON.objectNode();
                    big.put("fuzz", "c".repeat(1_100_000));
                    body = write(big).getBytes(StandardCharsets.UTF_8);
                    set("Content-Type", op.jsonBody() ? "application/json" : "text/plain");
                    tree = null;
                    broken |= op.jsonBody();
                    bodyLenient = !broken;
                    what.add("a body over 1 MB");
                }
            }
        }

        // ------------------------------------------------------------ finishing

        FuzzRequest finish() {
            String target = op.path();
            for (var p : path.entrySet()) {
                target = target.replace("{" + p.getKey() + "}", p.getValue());
            }
            String queryString = rawQuery != null
                    ? rawQuery
                    : String.join(
                            "&",
                            query.stream()
                                    .map(q -> encodeQuery(q[0]) + "=" + encodeQuery(q[1]))
                                    .toList());
            if (!queryString.isEmpty()) {
                target += "?" + queryString;
            }
            boolean mustFail = broken || !mayCall();
            if (!queryLenient && !queryAllowed()) {
                mustFail = true;
            }
            if (tree != null && op.jsonBody() && body == null) {
                mustFail |= !check.accepts(op.body(), tree);
                body = write(tree).getBytes(StandardCharsets.UTF_8);
            } else if (op.jsonBody() && !bodyLenient && !broken) {
                mustFail |= !isValidJson(body);
            }
            if (what.isEmpty()) {
                what.add("valid");
            }
            return new FuzzRequest(
                    index,
                    identity,
                    spoil,
                    op.id(),
                    method,
                    target,
                    List.copyOf(headers),
                    body,
                    mustFail,
                    bare,
                    String.join("; ", what));
        }

        private boolean mayCall() {
            return switch (identity) {
                case ANONYMOUS -> op.anonymous();
                case TOKEN -> op.token() || op.anonymous();
                case SESSION -> op.session() || op.anonymous();
            };
        }

        private boolean queryAllowed() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String[] q : query) {
                Param p = op.in("query").stream()
                        .filter(x -> x.name().equals(q[0]))
                        .findFirst()
                        .orElse(null);
                if (p == null) {
                    continue; // an unknown parameter is not the contract's business
                }
                counts.merge(p.name(), 1, Integer::sum);
                if (!check.acceptsParameter(p.schema(), q[1], p.required())) {
                    return false;
                }
            }
            for (Param p : op.in("query")) {
                int n = counts.getOrDefault(p.name(), 0);
                Integer max = p.schema().getMaxItems();
                if (FuzzContract.type(p.schema()).equals("array") && max != null && n > max) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the body is JSON the schema allows. */
        private boolean isValidJson(byte[] bytes) {
            if (bytes == null) {
                return false;
            }
            try {
                return check.accepts(op.body(), strict.readTree(bytes));
            } catch (IOException e) {
                return false;
            }
        }

        private void multipartFile(String part, String fileName, String type, byte[] content, String description) {
            String boundary = "FuzzBoundary";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                            + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            body = out.toByteArray();
            set("Content-Type", "multipart/form-data; boundary=" + boundary);
            if (description != null) {
                what.add(description + ": part " + part + ", file name '"
                        + FuzzRequest.printable(shorten(fileName), false) + "', " + content.length + " bytes");
            }
        }

        private void set(String name, String value) {
            remove(name);
            headers.add(new Header(name, value));
        }

        private void remove(String name) {
            headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        }
    }

    /** A place in a body: the node there, its schema, and how to replace it. */
    private record Slot(JsonNode parent, String key, int position, Schema<?> schema, JsonNode root, String path) {

        JsonNode node() {
            if (parent == null) {
                return root;
            }
            return parent instanceof ObjectNode o ? o.get(key) : parent.get(position);
        }

        String name() {
            return key;
        }

        String where() {
            return path.isEmpty() ? "(the whole body)" : path;
        }

        void replace(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(key, value);
            } else if (parent instanceof ArrayNode a) {
                a.set(position, value);
            }
        }
    }

    private void collect(JsonNode node, Schema<?> schema, JsonNode parent, String key, int position, List<Slot> slots) {
        Schema<?> resolved = contract.resolve(schema);
        String path = slots.isEmpty() ? "" : slotPath(slots, parent, key, position);
        Slot slot = new Slot(parent, key, position, resolved, parent == null ? node : null, path);
        slots.add(slot);
        if (node instanceof ObjectNode object && resolved.getProperties() != null) {
            for (String name : new ArrayList<>(iterable(object.fieldNames()))) {
                Schema<?> property = resolved.getProperties().get(name);
                if (property != null) {
                    collect(object.get(name), property, object, name, -1, slots);
                }
            }
        } else if (node instanceof ArrayNode array && resolved.getItems() != null) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), resolved.getItems(), array, key, i, slots);
            }
        }
    }

    private static String slotPath(List<Slot> slots, JsonNode parent, String key, int position) {
        String parentPath = slots.stream()
                .filter(s -> s.node() == parent)
                .map(Slot::path)
                .findFirst()
                .orElse("");
        String own = position >= 0 ? "[" + position + "]" : key;
        return parentPath.isEmpty() ? own : position >= 0 ? parentPath + own : parentPath + "." + own;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    /** Sort fields as a description lists them ("Sort by startsAt (default), title, ..."; "sort: a, -b"). */
    static List<String> sortFields(String description) {
        Matcher m = Pattern.compile("(?i)sort(?: by|:)\\s+([^.;]+)").matcher(description);
        List<String> fields = new ArrayList<>();
        while (m.find()) {
            for (String word : m.group(1).split("[^A-Za-z]+")) {
                if (!word.isEmpty()
                        && !List.of("default", "and", "or", "the", "newest", "first", "e", "g")
                                .contains(word.toLowerCase(Locale.ROOT))
                        && !fields.contains(word)) {
                    fields.add(word);
                }
            }
        }
        return fields;
    }

    String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            try {
                return asciiMapper.writeValueAsString(node); // a lone surrogate: written as an escape
            } catch (JsonProcessingException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    /** {@code text} put at the start of the first string value in {@code json}, as it is (escapes stay escapes). */
    static String insertIntoFirstString(String json, String text) {
        int at = json.indexOf(":\"");
        return at < 0 ? json : json.substring(0, at + 2) + text + json.substring(at + 2);
    }

    static String encodeSegment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append(String.format("%%%02X", c));
            }
        }
        return out.toString();
    }

    static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "… (" + text.length() + " chars)" : text;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
