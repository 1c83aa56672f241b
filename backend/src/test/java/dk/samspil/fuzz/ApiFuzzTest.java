package dk.samspil.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.access.auth.AuthenticationFilter;
import dk.samspil.fuzz.FuzzContract.Operation;
import dk.samspil.fuzz.FuzzRequest.Header;
import dk.samspil.fuzz.FuzzRequest.Identity;
import dk.samspil.fuzz.FuzzRequest.Spoil;
import dk.samspil.testing.Api;
import dk.samspil.testing.PostgresTestResource;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A seeded, schema-driven fuzzer over every operation of openapi.yaml ({@link Requests} says how requests are
 * made). First anonymously, then with a token that has every scope, then as an admin for what only a signed-in
 * user may call. Every answer must be below 500; every 4xx a problem (application/problem+json) whose status is
 * the answer's; a request that breaks the contract, or that its caller may not make, must not succeed. Nothing
 * sent anonymously may change data, and afterwards every constraint of the database holds over its rows.
 *
 * <p>{@code make fuzz N=100000 SEED=42} for a larger run; the seed is printed at the start, and with the same
 * seed and size a run sends the same requests (on its own database, made fresh for it). A finding prints the
 * request as it went over the wire. {@code -Dsamspil.fuzz.operations=createTheme,getTheme} sends only those.
 */
@QuarkusTest
@TestProfile(ApiFuzzTest.OwnDatabase.class)
class ApiFuzzTest {

    /** Its own database, so that what the fuzzer writes (and deletes) meets no other test. */
    public static class OwnDatabase implements QuarkusTestProfile, PostgresTestResource.OwnDatabase {}

    private static final long SEED = Long.getLong("samspil.fuzz.seed", 20_260_716L);
    private static final int REQUESTS = Integer.getInteger("samspil.fuzz.requests", 10_000);
    /** Every request and its answer's status, printed (with samspil.fuzz.operations, to follow a few). */
    private static final boolean VERBOSE = Boolean.getBoolean("samspil.fuzz.verbose");

    private static final List<String> ONLY = Arrays.stream(
                    System.getProperty("samspil.fuzz.operations", "").split(","))
            .filter(s -> !s.isBlank())
            .toList();

    /**
     * What any request may write, an anonymous one too: sessions (their last use), rate-limit counters and
     * failed sign-ins (the login throttle). Every other table must be as it was after the anonymous requests.
     */
    private static final Set<String> BOOKKEEPING = Set.of("user_session", "rate_limit_counter", "login_failure");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI root;

    @Inject
    TestUsers users;

    @Inject
    TestDatabase db;

    /** What was wrong, with the first request that showed it and how often it came. */
    private static final class Finding {
        final String example;
        int count;

        Finding(String example) {
            this.example = example;
        }
    }

    private final Map<String, Finding> findings = new TreeMap<>();
    private int unchangedTables;
    private final java.util.Set<String> succeeded = new java.util.TreeSet<>();
    private final java.util.Set<String> callable = new java.util.TreeSet<>();
    private final Map<Identity, Map<String, Integer>> tally = new EnumMap<>(Identity.class);

    @Test
    void everyOperationAnswersEveryRequestAsTheContractSays() throws Exception {
        System.out.printf(
                "ApiFuzzTest: seed %d, %d requests (replay: make fuzz SEED=%d N=%d)%n", SEED, REQUESTS, SEED, REQUESTS);
        FuzzContract contract = new FuzzContract(Api.CONTRACT);
        TestUsers.Session admin = users.admin();
        JsonNode token = JSON.readTree(admin.given()
                .contentType("application/json")
                .body(Map.of("name", "Fuzz", "scopes", List.of("read-private", "write")))
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .asString());
        String secret = token.get("secret").asText();
        // A webhook and a delivery of it, so that the admin's requests for webhooks have ids to name.
        long webhook = JSON.readTree(admin.given()
                        .contentType("application/json")
                        .body(Map.of("url", "http://127.0.0.1:9/fuzz", "eventTypes", List.of("*")))
                        .post("/api/webhooks")
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString())
                .get("webhook")
                .get("id")
                .asLong();
        admin.given().post("/api/webhooks/{id}/ping", webhook).then().statusCode(202);
        Pools pools = harvest(contract, admin);
        // The fuzzer's own admin and token are never changed by it: an admin who lost the role, or a revoked
        // token, would turn every later request into a 401.
        pools.exclude("user", admin.userId());
        pools.exclude("token", token.get("token").get("id").asLong());
        System.out.println("ApiFuzzTest: known " + pools);

        List<FuzzRequest> plan = new Requests(contract, pools, SEED)
                .plan(REQUESTS).stream()
                        .filter(r -> ONLY.isEmpty() || ONLY.contains(r.operation()))
                        .toList();
        for (FuzzRequest request : plan) {
            if (!request.mustFail()) {
                callable.add(request.identity() + " " + request.operation());
            }
        }
        Wire wire = new Wire(root);
        DatabaseCheck database = new DatabaseCheck(db);
        Map<String, String> before = database.fingerprint(BOOKKEEPING);
        unchangedTables = before.size();
        long started = System.nanoTime();
        Identity phase = Identity.ANONYMOUS;
        for (FuzzRequest request : plan) {
            if (request.identity() != Identity.ANONYMOUS && phase == Identity.ANONYMOUS) {
                phase = request.identity();
                compareAfterAnonymous(before, database.fingerprint(BOOKKEEPING));
            }
            send(wire, request, credentials(request, admin, secret));
        }
        if (phase == Identity.ANONYMOUS) {
            compareAfterAnonymous(before, database.fingerprint(BOOKKEEPING));
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        stillServes(admin, secret);
        List<String> broken = database.violations();
        String report = report(plan.size(), seconds, broken, database.checked());
        System.out.println(report);
        Files.writeString(Path.of("target", "fuzz-report.txt"), report);
        assertTrue(findings.isEmpty() && broken.isEmpty(), report);
    }

    /**
     * The consistency check is no formality: a row whose reference leads nowhere (written with the foreign keys'
     * triggers off, which takes a superuser) and one that breaks a check (added NOT VALID) are both found.
     */
    @Test
    void theConsistencyCheckFindsRowsThatBreakAConstraint() {
        Assumptions.assumeTrue(
                Boolean.TRUE.equals(db.row("select rolsuper from pg_roles where rolname = current_user")
                        .get("rolsuper")),
                "needs a superuser to write past a foreign key");
        try {
            db.execute("create table fuzz_probe_parent (id bigint primary key)");
            db.execute("create table fuzz_probe_child (id bigint primary key,"
                    + " parent_id bigint constraint fuzz_probe_parent_fk references fuzz_probe_parent, n int)");
            db.execute("insert into fuzz_probe_child values (1, null, -1)");
            db.execute("alter table fuzz_probe_child add constraint fuzz_probe_positive check (n > 0) not valid");
            db.execute("do $$ begin set local session_replication_role = replica;"
                    + " insert into fuzz_probe_child values (2, 42, 1); end $$");
            List<String> found = new DatabaseCheck(db).violations();
            assertTrue(
                    found.stream().anyMatch(v -> v.startsWith("foreign key fuzz_probe_parent_fk: 1 rows")),
                    found::toString);
            assertTrue(
                    found.stream().anyMatch(v -> v.startsWith("check fuzz_probe_positive") && v.contains(": 1 rows")),
                    found::toString);
        } finally {
            db.execute("drop table if exists fuzz_probe_child");
            db.execute("drop table if exists fuzz_probe_parent");
        }
    }

    /** Sends one request and records what is wrong with the answer, if anything. */
    private void send(Wire wire, FuzzRequest request, List<Header> credentials) throws InterruptedException {
        Wire.Answer answer;
        try {
            answer = wire.send(request, credentials);
        } catch (IOException e) {
            record("no answer (" + e.getClass().getSimpleName() + ")", request, "  -> " + e.getMessage());
            return;
        }
        tally.computeIfAbsent(request.identity(), k -> new TreeMap<>())
                .merge(answer.status() / 100 + "xx", 1, Integer::sum);
        if (answer.status() < 300) {
            succeeded.add(request.identity() + " " + request.operation());
        }
        if (VERBOSE) {
            String text = answer.text().replace('\n', ' ');
            System.out.println(request.describe().stripTrailing() + "\n  -> " + answer.status() + " "
                    + (text.length() > 400 ? text.substring(0, 400) + "…" : text));
        }
        String wrong = wrongWith(request, answer);
        if (wrong != null) {
            record(wrong + " " + answer.status(), request, answer.describe());
        }
    }

    /** What is wrong with an answer, or null. */
    static String wrongWith(FuzzRequest request, Wire.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "a server error";
        }
        if (status < 400) {
            return request.mustFail() ? "accepted what must be refused:" : null;
        }
        String type = answer.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            // Only where the HTTP codec refuses the request itself (docs/operations.md, Malformed requests).
            return request.bareAllowed() ? null : "no problem+json";
        }
        if (request.method().equals("HEAD")) {
            return null; // no body to read
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem == null
                    || !problem.path("type").isTextual()
                    || problem.path("type").asText().isBlank()) {
                return "a problem without type";
            }
            if (problem.path("status").asInt() != status) {
                return "a problem whose status is not the answer's";
            }
        } catch (IOException e) {
            return "a problem that is no JSON";
        }
        return null;
    }

    private void record(String wrong, FuzzRequest request, String answer) {
        String key = wrong + " " + request.operation();
        findings.computeIfAbsent(key, k -> new Finding(request.describe() + answer)).count++;
    }

    private static List<Header> credentials(FuzzRequest request, TestUsers.Session admin, String secret) {
        List<Header> headers = new ArrayList<>();
        switch (request.identity()) {
            case TOKEN ->
                headers.add(new Header(
                        "Authorization", "Bearer " + secret + (request.spoil() == Spoil.TOKEN_WRONG ? "x" : "")));
            case SESSION -> {
                headers.add(new Header("Cookie", AuthenticationFilter.SESSION_COOKIE + "=" + admin.cookie()));
                if (!request.method().equals("GET") && request.spoil() != Spoil.CSRF_MISSING) {
                    headers.add(new Header(
                            AuthenticationFilter.CSRF_HEADER,
                            request.spoil() == Spoil.CSRF_WRONG ? admin.csrf() + "x" : admin.csrf()));
                }
            }
            default -> {}
        }
        return headers;
    }

    private void compareAfterAnonymous(Map<String, String> before, Map<String, String> after) {
        before.forEach((table, print) -> {
            if (!print.equals(after.get(table))) {
                findings.computeIfAbsent(
                                "anonymous requests changed " + table,
                                k -> new Finding("  rows:hash before " + print + ", after " + after.get(table)))
                        .count++;
            }
        });
    }

    /** The app answers as usual afterwards, and the fuzzer's session and token still work. */
    private void stillServes(TestUsers.Session admin, String secret) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        statuses.put("GET /api/themes", Api.given().get("/api/themes").statusCode());
        statuses.put(
                "the admin's session", admin.given().get("/api/auth/session").statusCode());
        statuses.put(
                "the token",
                Api.given()
                        .header("Authorization", "Bearer " + secret)
                        .get("/api/libraries")
                        .statusCode());
        statuses.forEach((what, status) -> {
            if (status != 200) {
                findings.computeIfAbsent("afterwards, " + what + " answers " + status, k -> new Finding("")).count++;
            }
        });
    }

    /**
     * What exists, read from every list (and every other read) the admin may call, so that valid requests name
     * ids, slugs and codes that are there. Reads with path parameters come after those without, and use what
     * the earlier ones found (a theme's sign-ups, a webhook's deliveries).
     */
    private Pools harvest(FuzzContract contract, TestUsers.Session admin) throws IOException {
        Pools pools = new Pools();
        List<Operation> reads = contract.operations().stream()
                .filter(op -> op.method().equals("GET") && "application/json".equals(op.answerType()))
                .sorted(Comparator.comparingInt(op -> op.in("path").size()))
                .toList();
        for (Operation op : reads) {
            for (String path : harvestPaths(op, pools)) {
                var request = admin.givenInvalidRequest().urlEncodingEnabled(false);
                if (op.in("query").stream().anyMatch(p -> p.name().equals("size"))) {
                    request.queryParam("size", 100);
                }
                if (op.in("query").stream().anyMatch(p -> p.name().equals("limit"))) {
                    request.queryParam("limit", 1000);
                }
                var response = request.get(path);
                if (response.statusCode() == 200) {
                    JsonNode body = JSON.readTree(response.asString());
                    boolean list = body.isArray() || body.has("items");
                    String[] segments = Arrays.stream(op.path().split("/"))
                            .filter(s -> !s.isEmpty() && !s.equals("api") && !s.contains("{"))
                            .toArray(String[]::new);
                    pools.harvest(Pools.stem(list ? segments[segments.length - 1] : segments[0]), body);
                }
            }
        }
        return pools;
    }

    /** The paths to read an operation at: up to five known values for its path parameter. */
    private static List<String> harvestPaths(Operation op, Pools pools) {
        List<FuzzContract.Param> params = op.in("path");
        if (params.isEmpty()) {
            return List.of(op.path());
        }
        if (params.size() > 1 || !FuzzContract.type(params.get(0).schema()).equals("integer")) {
            return List.of(); // by slug or by code: what they answer, the lists answered already
        }
        String[] segments = op.path().split("/");
        String before = "";
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                before = segments[i - 1];
                break;
            }
        }
        Map<Long, String> paths = new LinkedHashMap<>();
        java.util.Random random = new java.util.Random(SEED);
        for (int i = 0; i < 5; i++) {
            Long id = pools.id(pools.kindOf(before), random, false);
            if (id != null) {
                paths.put(id, op.path().replace("{" + params.get(0).name() + "}", String.valueOf(id)));
            }
        }
        return new ArrayList<>(paths.values());
    }

    private String report(int sent, double seconds, List<String> broken, Map<String, Integer> checked) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nApiFuzzTest: %d requests in %.1f s (seed %d)%n", sent, seconds, SEED));
        tally.forEach((identity, counts) ->
                out.append("  ").append(identity).append(": ").append(counts).append('\n'));
        out.append("  compared before and after the anonymous requests: ")
                .append(unchangedTables)
                .append(" tables (all but ")
                .append(String.join(", ", new java.util.TreeSet<>(BOOKKEEPING)))
                .append(")\n  verified over every row afterwards: ")
                .append(checked)
                .append('\n');
        java.util.Set<String> never = new java.util.TreeSet<>(callable);
        never.removeAll(succeeded);
        never.removeIf(pair -> pair.endsWith(" login")); // the fuzzer knows no password, on purpose
        // Not a failure (a valid request may still break a rule the schema does not state), but where the
        // generator does not reach the code behind the validation.
        out.append("  never answered 2xx, though sent requests that may succeed: ")
                .append(never.isEmpty() ? "none" : String.join(", ", never))
                .append('\n');
        if (!findings.isEmpty()) {
            out.append(findings.size()).append(" kinds of finding:\n");
            findings.forEach((key, finding) -> out.append("\n* ")
                    .append(key)
                    .append(" (")
                    .append(finding.count)
                    .append("x), first:\n")
                    .append(finding.example)
                    .append('\n'));
        }
        if (!broken.isEmpty()) {
            out.append("\nThe database breaks its own constraints:\n  ").append(String.join("\n  ", broken));
        }
        return out.toString();
    }
}
