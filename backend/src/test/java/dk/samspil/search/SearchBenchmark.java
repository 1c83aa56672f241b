package dk.samspil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samspil.bench.Percentiles;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * `make bench-search`: the latency of GET /api/search and /api/search/suggestions against a running app
 * (samspil.bench.url), normally the database of `make seed-large`. One request at a time (the latency one
 * person sees), every query of a fixed mix in each round after a round of warm-up. Not a test (the name keeps
 * it out of `make test`; {@link SearchBenchmarkTest} keeps it working on tiny settings): it prints p50, p95,
 * p99 and max per endpoint, the slowest queries, and writes them to target/bench/search.json.
 */
public class SearchBenchmark {

    /** What people search for: names, topics, Danish spellings, inflections, phrases, typos, rare and common words. */
    static final List<String> SEARCHES = List.of(
            "bibliotek",
            "biblioteker",
            "Aalborg",
            "Ålborg bibliotekerne",
            "klima",
            "foredrag",
            "partnerskab",
            "partnerskaberne",
            "teater",
            "museum",
            "Sansefortællingen",
            "læseklub for børn",
            "\"grøn omstilling\"",
            "demokrati i hverdagen",
            "biblotek",
            "partnerskb",
            "skole",
            "Herning",
            "9000",
            "værktøj",
            "12-fasemodellen",
            "netværksmøde",
            "frivillige",
            "kulturnat",
            "udstilling om naturen");

    /** What a search field sends while someone types: growing prefixes. */
    static final List<String> TYPED = List.of(
            "bi", "bib", "bibli", "biblio", "aal", "aalb", "kl", "kli", "klim", "part", "partner", "te", "tea", "sans",
            "sansef", "læs", "læse", "mus", "muse", "foredr", "kultur", "netv");

    /** One endpoint's latencies, in milliseconds, and its slowest queries. */
    record Figures(
            String endpoint,
            int requests,
            int errors,
            double p50,
            double p95,
            double p99,
            double max,
            Map<String, Double> slowest) {}

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measures() throws Exception {
        String base = System.getProperty("samspil.bench.url", "http://localhost:18700");
        int rounds = Integer.getInteger("samspil.bench.rounds", 20);
        List<Figures> figures = run(base, rounds);
        write(figures, Path.of("target"));
        for (Figures f : figures) {
            assertEquals(0, f.errors(), f.endpoint() + ": errors");
        }
    }

    /** Measures both endpoints; the figures. */
    List<Figures> run(String base, int rounds) throws Exception {
        return List.of(
                measure("GET /api/search", base + "/api/search?size=20&q=", SEARCHES, rounds),
                measure("GET /api/search/suggestions", base + "/api/search/suggestions?size=8&q=", TYPED, rounds));
    }

    private Figures measure(String endpoint, String prefix, List<String> queries, int rounds) throws Exception {
        for (String q : queries) {
            time(prefix, q); // warm-up
        }
        List<Double> all = new ArrayList<>();
        Map<String, Double> worst = new LinkedHashMap<>();
        int errors = 0;
        for (int round = 0; round < rounds; round++) {
            for (String q : queries) {
                double ms = time(prefix, q);
                if (ms < 0) {
                    errors++;
                    continue;
                }
                all.add(ms);
                worst.merge(q, ms, Math::max);
            }
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Double> slowest = new LinkedHashMap<>();
        worst.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(5)
                .forEach(e -> slowest.put(e.getKey(), e.getValue()));
        return new Figures(
                endpoint,
                all.size() + errors,
                errors,
                Percentiles.of(sorted, 50),
                Percentiles.of(sorted, 95),
                Percentiles.of(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                slowest);
    }

    /** Milliseconds for one request, or -1 when it did not answer 200. */
    private double time(String prefix, String q) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(prefix + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .build();
        long began = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - began) / 1e6;
        return response.statusCode() == 200 ? ms : -1;
    }

    /** Prints the table and writes it as target/bench/search.json and target/bench-search.txt. */
    static void write(List<Figures> figures, Path target) throws Exception {
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "%-30s %8s %6s %8s %8s %8s %8s%n",
                "endpoint",
                "requests",
                "errors",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms"));
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < figures.size(); i++) {
            Figures f = figures.get(i);
            table.append(String.format(
                    Locale.ROOT,
                    "%-30s %8d %6d %8.1f %8.1f %8.1f %8.1f%n",
                    f.endpoint(),
                    f.requests(),
                    f.errors(),
                    f.p50(),
                    f.p95(),
                    f.p99(),
                    f.max()));
            table.append("  slowest: ");
            f.slowest().forEach((q, ms) -> table.append(String.format(Locale.ROOT, "%s %.0f ms; ", q, ms)));
            table.append('\n');
            json.append(String.format(
                    Locale.ROOT,
                    "  {\"endpoint\": \"%s\", \"requests\": %d, \"errors\": %d, \"p50\": %.2f, \"p95\": %.2f,"
                            + " \"p99\": %.2f, \"max\": %.2f}%s%n",
                    f.endpoint(),
                    f.requests(),
                    f.errors(),
                    f.p50(),
                    f.p95(),
                    f.p99(),
                    f.max(),
                    i < figures.size() - 1 ? "," : ""));
        }
        json.append("]\n");
        System.out.print(table);
        Files.createDirectories(target.resolve("bench"));
        Files.writeString(target.resolve("bench").resolve("search.json"), json);
        Files.writeString(target.resolve("bench-search.txt"), table);
    }
}
