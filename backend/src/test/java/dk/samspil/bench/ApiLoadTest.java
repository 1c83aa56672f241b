package dk.samspil.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps `make bench` working on tiny settings: the contract's public GETs found and filled in, a few measured. */
@QuarkusTest
class ApiLoadTest {

    @TestHTTPResource("/")
    URI app;

    @Test
    void findsThePublicGetsOfTheContractAndMeasuresThem(@TempDir Path target) throws Exception {
        ApiLoad load = new ApiLoad(app.toString());
        ApiLoad.Endpoints endpoints = load.discover(Path.of("..", "openapi.yaml"));
        List<String> measured = endpoints.measured();
        // Lists, items by id and slug (from the lists), items under items, and a required query.
        assertTrue(measured.contains("/api/home"), measured.toString());
        assertTrue(measured.contains("/api/themes"), measured.toString());
        assertTrue(measured.stream().anyMatch(p -> p.matches("/api/themes/\\d+")), measured.toString());
        assertTrue(measured.stream().anyMatch(p -> p.matches("/api/cases/by-slug/[a-z0-9-]+")), measured.toString());
        assertTrue(measured.stream().anyMatch(p -> p.matches("/api/themes/\\d+/participations")), measured.toString());
        assertTrue(measured.stream().anyMatch(p -> p.matches("/api/participations/\\d+")), measured.toString());
        assertTrue(measured.contains("/api/search?q=bibliotek"), measured.toString());
        assertTrue(measured.size() >= 40, measured.size() + ": " + measured);
        // What needs a session is left out, saying why.
        assertTrue(
                endpoints.skipped().stream()
                        .anyMatch(
                                s -> s.path().equals("/api/audit") && s.reason().contains("401")),
                endpoints.skipped().toString());

        ApiLoad.Settings tiny =
                new ApiLoad.Settings(2, Duration.ofMillis(300), 20, Duration.ofMillis(500), 4, Duration.ofMillis(200));
        load.warmUp(List.of("/api/regions", "/api/themes"), tiny);
        AtomicLong counter = new AtomicLong();
        ApiLoad.Figures figures = load.measure("/api/themes", tiny, counter::incrementAndGet);
        assertEquals(0, figures.errors());
        assertTrue(figures.throughput() > 0, figures.toString());
        assertEquals(10, figures.rateRequests(), "20 a second for half a second");
        assertTrue(
                figures.p50() > 0 && figures.p50() <= figures.p99() && figures.p99() <= figures.max(),
                figures.toString());
        assertEquals(0.25, figures.statements(), "the counter's difference over the 4 samples");

        String table =
                ApiLoad.write(List.of(figures), endpoints.skipped(), Map.of("first 200", "1.0 s"), tiny, target, "api");
        assertTrue(table.contains("/api/themes"), table);
        String json = Files.readString(target.resolve("bench/api.json"));
        assertTrue(json.contains("\"endpoint\" : \"/api/themes\""), json);
        assertTrue(json.contains("\"first 200\" : \"1.0 s\""), json);
    }
}
