package dk.samspil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measuring part of {@code make bench}, whatever started the app: which anonymous GETs the contract has
 * (openapi.yaml, with real ids and slugs filled in from the lists), and for each of them the throughput of a
 * closed loop (a fixed number of connections, each sending its next request when the last is answered), the
 * latency at a fixed arrival rate (an open model: requests leave on schedule however slow the answers are, and
 * latency counts from the scheduled moment, so a stall is not hidden), the errors, and the SQL statements per
 * request when a counter is given.
 */
public final class ApiLoad {

    /** How hard and how long; {@code warmUp}: all endpoints in turn before the first is measured. */
    public record Settings(
            int connections, Duration closedLoop, int rate, Duration fixedRate, int samples, Duration warmUp) {

        /** From -Dsamspil.bench.* (make bench's variables), defaulting to the figures of the issue. */
        public static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("samspil.bench.connections", 16),
                    Duration.ofSeconds(Integer.getInteger("samspil.bench.closed-seconds", 10)),
                    Integer.getInteger("samspil.bench.rate", 200),
                    Duration.ofSeconds(Integer.getInteger("samspil.bench.rate-seconds", 60)),
                    Integer.getInteger("samspil.bench.samples", 50),
                    Duration.ofSeconds(Integer.getInteger("samspil.bench.warm-up-seconds", 30)));
        }
    }

    /**
     * One endpoint's figures; latencies in milliseconds, statements per request (-1: not counted), and the
     * transactions a second of pgbench running the request's SQL (-1: not run, or no SQL to run).
     */
    public record Figures(
            String endpoint,
            double throughput,
            long rateRequests,
            double p50,
            double p95,
            double p99,
            double max,
            long errors,
            double statements,
            double pgbenchTps) {

        public Figures withPgbench(double tps) {
            return new Figures(endpoint, throughput, rateRequests, p50, p95, p99, max, errors, statements, tps);
        }

        /** The app's throughput as a share of pgbench's on the same SQL (-1: no pgbench figure). */
        public double ratio() {
            return pgbenchTps > 0 ? throughput / pgbenchTps : -1;
        }
    }

    /** A GET of the contract that is not measured, and why (not public, no item to fill in). */
    public record Skipped(String path, String reason) {}

    /** What the contract offers an anonymous client: concrete paths to measure, and the rest with the reason. */
    public record Endpoints(List<String> measured, List<Skipped> skipped) {}

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Map<String, String> QUERY_VALUES = Map.of("q", "bibliotek");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public ApiLoad(String base) {
        this.base = base.replaceAll("/$", "");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The contract's GETs that answer an anonymous client with 200, path parameters filled in from real items. */
    public Endpoints discover(Path contract) throws IOException {
        JsonNode paths = new YAMLMapper().readTree(contract.toFile()).path("paths");
        Map<String, JsonNode> gets = new LinkedHashMap<>();
        paths.properties().forEach(e -> {
            if (e.getValue().has("get")) {
                gets.put(e.getKey(), e.getValue().get("get"));
            }
        });
        Map<String, Optional<String>> resolved = new HashMap<>();
        List<String> measured = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Map.Entry<String, JsonNode> get : gets.entrySet()) {
            Optional<String> query = query(get.getValue());
            if (query.isEmpty()) {
                skipped.add(new Skipped(get.getKey(), "a required query parameter without a sample value"));
                continue;
            }
            Optional<String> concrete = resolve(get.getKey(), gets.keySet(), resolved, 0);
            if (concrete.isEmpty()) {
                skipped.add(new Skipped(get.getKey(), "no item to fill in its path"));
                continue;
            }
            String path = concrete.get() + query.get();
            int status = status(path);
            if (status == 200) {
                measured.add(path);
            } else {
                skipped.add(new Skipped(get.getKey(), "answers an anonymous client " + status));
            }
        }
        return new Endpoints(measured, skipped);
    }

    /** The sample values of an operation's required query parameters ("?q=bibliotek"); empty if one has none. */
    private static Optional<String> query(JsonNode operation) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())
                    || !parameter.path("required").asBoolean()) {
                continue;
            }
            String value = QUERY_VALUES.get(parameter.path("name").asText());
            if (value == null) {
                return Optional.empty();
            }
            query.append(query.isEmpty() ? '?' : '&')
                    .append(parameter.path("name").asText())
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return Optional.of(query.toString());
    }

    /**
     * The path with each parameter replaced by the first item of the list it belongs to: {id} of
     * /api/themes/{id}/participations from /api/themes, {slug} of /api/cases/by-slug/{slug} from /api/cases, the
     * sign-ups of /api/participations/{id} from a list that ends in /participations.
     */
    private Optional<String> resolve(String path, Set<String> gets, Map<String, Optional<String>> memo, int depth) {
        if (!path.contains("{")) {
            return Optional.of(path);
        }
        if (memo.containsKey(path)) {
            return memo.get(path);
        }
        memo.put(path, Optional.empty()); // a cycle resolves to nothing
        Matcher m = PARAMETER.matcher(path);
        m.find();
        String parameter = m.group(1);
        String before = path.substring(0, m.start() - 1).replaceAll("/by-slug$", "");
        String owner = before.substring(before.lastIndexOf('/') + 1);
        List<String> lists = new ArrayList<>();
        for (String prefix = before;
                prefix.lastIndexOf('/') > 0;
                prefix = prefix.substring(0, prefix.lastIndexOf('/'))) {
            if (gets.contains(prefix)) {
                lists.add(prefix);
            }
        }
        gets.stream()
                .filter(p -> p.endsWith("/" + owner) && !lists.contains(p))
                .sorted(Comparator.comparing((String p) -> p.contains("{")).thenComparing(String::length))
                .forEach(lists::add);
        Optional<String> result = Optional.empty();
        for (String list : lists) {
            if (depth > 3) {
                break;
            }
            Optional<String> value = resolve(list, gets, memo, depth + 1).flatMap(l -> firstValue(l, parameter));
            if (value.isPresent()) {
                String filled = path.substring(0, m.start())
                        + URLEncoder.encode(value.get(), StandardCharsets.UTF_8).replace("+", "%20")
                        + path.substring(m.end());
                result = resolve(filled, gets, memo, depth + 1);
                if (result.isPresent()) {
                    break;
                }
            }
        }
        memo.put(path, result);
        return result;
    }

    /** The first item of a list's answer ("items", a plain array, or the first array in it), and its field. */
    private Optional<String> firstValue(String list, String parameter) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + list))
                            .timeout(TIMEOUT)
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode body = json.readTree(response.body());
            JsonNode items = body.isArray() ? body : body.path("items");
            if (!items.isArray()) {
                items = body.properties().stream()
                        .map(Map.Entry::getValue)
                        .filter(JsonNode::isArray)
                        .findFirst()
                        .orElse(json.createArrayNode());
            }
            if (items.isEmpty()) {
                return Optional.empty();
            }
            JsonNode first = items.get(0);
            for (String field : List.of(parameter, "id", "slug", "name")) {
                if (first.hasNonNull(field) && first.get(field).isValueNode()) {
                    return Optional.of(first.get(field).asText());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private int status(String path) {
        try {
            return http.send(request(path), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Sends one request and gives its status (-1: no answer). */
    public int get(String path) {
        return status(path);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).build();
    }

    /** Sends one request; the milliseconds it took from {@code since} (System.nanoTime), or -1 for an error. */
    private double send(String path, long since) {
        try {
            int status = http.send(request(path), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status == 200 ? (System.nanoTime() - since) / 1e6 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Measures one endpoint: warm-up and the statements per request (one request at a time, {@code samples} of
     * them, when a counter is given), the closed loop, then the fixed rate.
     *
     * @param statements the database's statement count so far (e.g. from pg_stat_statements), or null
     */
    public Figures measure(String path, Settings settings, LongSupplier statements) throws InterruptedException {
        LongAdder errors = new LongAdder();
        for (int i = 0; i < Math.max(5, settings.samples() / 5); i++) {
            send(path, System.nanoTime());
        }
        double perRequest = -1;
        if (statements != null && settings.samples() > 0) {
            long before = statements.getAsLong();
            for (int i = 0; i < settings.samples(); i++) {
                if (send(path, System.nanoTime()) < 0) {
                    errors.increment();
                }
            }
            perRequest = (statements.getAsLong() - before) / (double) settings.samples();
        }
        double throughput = closedLoop(path, settings, errors);
        ConcurrentLinkedQueue<Double> latencies = fixedRate(path, settings, errors);
        double[] sorted =
                latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Figures(
                path,
                throughput,
                sorted.length,
                Percentiles.of(sorted, 50),
                Percentiles.of(sorted, 95),
                Percentiles.of(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                errors.sum(),
                perRequest,
                -1);
    }

    /**
     * Runs every endpoint in turn on {@code connections} clients for the warm-up time, so that the JVM has compiled
     * what serves them before anything is measured (else the first endpoints measured pay for the warm-up).
     */
    public void warmUp(List<String> paths, Settings settings) throws InterruptedException {
        long deadline = System.nanoTime() + settings.warmUp().toNanos();
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < settings.connections(); c++) {
                clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        send(paths.get(Math.floorMod(next.getAndIncrement(), paths.size())), System.nanoTime());
                    }
                });
            }
        }
    }

    /** Requests answered per second with {@code connections} clients, each sending as soon as it has its answer. */
    private double closedLoop(String path, Settings settings, LongAdder errors) throws InterruptedException {
        LongAdder answered = new LongAdder();
        long began = System.nanoTime();
        long deadline = began + settings.closedLoop().toNanos();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < settings.connections(); c++) {
                clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        if (send(path, System.nanoTime()) < 0) {
                            errors.increment();
                        } else {
                            answered.increment();
                        }
                    }
                });
            }
        }
        return answered.sum() / ((System.nanoTime() - began) / 1e9);
    }

    /** Latencies at {@code rate} requests a second, each counted from the moment it was due to leave. */
    private ConcurrentLinkedQueue<Double> fixedRate(String path, Settings settings, LongAdder errors)
            throws InterruptedException {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / settings.rate();
        long count = settings.fixedRate().toNanos() / interval;
        long began = System.nanoTime();
        ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
        for (long i = 0; i < count; i++) {
            long due = began + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            senders.submit(() -> {
                double ms = send(path, due);
                if (ms < 0) {
                    errors.increment();
                } else {
                    latencies.add(ms);
                }
            });
        }
        senders.shutdown();
        if (!senders.awaitTermination(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            senders.shutdownNow();
        }
        return latencies;
    }

    /**
     * The table {@code make bench} prints, kept in target/bench-{name}.txt, and the same as JSON in
     * target/bench/{name}.json.
     */
    public static String write(
            List<Figures> figures,
            List<Skipped> skipped,
            Map<String, String> facts,
            Settings settings,
            Path target,
            String name)
            throws IOException {
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "make bench: after %d s of warm-up, %d connections for %d s (closed loop; pgbench alike on the SQL the"
                        + " request ran), then %d requests/s for %d s (open model)%n"
                        + "%-58s %10s %10s %6s %9s %8s %8s %8s %8s %7s %6s%n",
                settings.warmUp().toSeconds(),
                settings.connections(),
                settings.closedLoop().toSeconds(),
                settings.rate(),
                settings.fixedRate().toSeconds(),
                "GET",
                "req/s",
                "pgbench/s",
                "ratio",
                "requests",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "errors",
                "SQL"));
        for (Figures f : figures) {
            table.append(String.format(
                    Locale.ROOT,
                    "%-58s %10.0f %10s %6s %9d %8.1f %8.1f %8.1f %8.1f %7d %6s%n",
                    f.endpoint().length() > 58 ? f.endpoint().substring(0, 55) + "..." : f.endpoint(),
                    f.throughput(),
                    f.pgbenchTps() < 0 ? "-" : String.format(Locale.ROOT, "%.0f", f.pgbenchTps()),
                    f.ratio() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", f.ratio()),
                    f.rateRequests(),
                    f.p50(),
                    f.p95(),
                    f.p99(),
                    f.max(),
                    f.errors(),
                    f.statements() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", f.statements())));
        }
        facts.forEach(
                (fact, value) -> table.append(fact).append(": ").append(value).append('\n'));
        for (Skipped s : skipped) {
            table.append("not measured: ")
                    .append(s.path())
                    .append(" (")
                    .append(s.reason())
                    .append(")\n");
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("settings", settings.toString());
        document.put("facts", facts);
        document.put("endpoints", figures);
        document.put("skipped", skipped);
        Files.createDirectories(target.resolve("bench"));
        Files.writeString(
                target.resolve("bench").resolve(name + ".json"),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
        Files.writeString(target.resolve("bench-" + name + ".txt"), table);
        return table.toString();
    }

    /**
     * The p99 of each list (a path without an id or slug in it, so the same request at both sizes) against its p99
     * in an earlier run ({@code earlier}, the JSON of {@link #write}), with the share: make bench-large's view of
     * how the lists bear 100 times the data. Appended to target/bench-api-large.txt.
     */
    public static String compare(Path earlier, List<Figures> figures, Path target) throws IOException {
        StringBuilder out = new StringBuilder();
        if (!Files.exists(earlier)) {
            out.append("no earlier run in ").append(earlier).append(" to compare with: run make bench first\n");
        } else {
            Map<String, Double> before = new HashMap<>();
            new ObjectMapper()
                    .readTree(earlier.toFile())
                    .path("endpoints")
                    .forEach(e -> before.put(
                            e.path("endpoint").asText(), e.path("p99").asDouble()));
            out.append(String.format(
                    Locale.ROOT,
                    "%nlists: p99 here against %s%n%-58s %10s %10s %7s%n",
                    earlier,
                    "GET",
                    "p99 ms",
                    "earlier",
                    "share"));
            for (Figures f : figures) {
                Double then = before.get(f.endpoint());
                if (then == null || then <= 0 || f.endpoint().matches(".*/(\\d+|by-slug/.*)(/.*)?")) {
                    continue;
                }
                out.append(String.format(
                        Locale.ROOT,
                        "%-58s %10.1f %10.1f %7.2f%n",
                        f.endpoint().length() > 58 ? f.endpoint().substring(0, 55) + "..." : f.endpoint(),
                        f.p99(),
                        then,
                        f.p99() / then));
            }
        }
        Files.writeString(
                target.resolve("bench-api-large.txt"), out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return out.toString();
    }
}
