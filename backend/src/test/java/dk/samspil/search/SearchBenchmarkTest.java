package dk.samspil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps `make bench-search` working: one round against the test app, every request answered, figures written. */
@QuarkusTest
class SearchBenchmarkTest {

    @TestHTTPResource("/")
    URI app;

    @Test
    void measuresBothEndpointsAndWritesTheFigures(@TempDir Path target) throws Exception {
        String base = app.toString().replaceAll("/$", "");
        List<SearchBenchmark.Figures> figures = new SearchBenchmark().run(base, 1);
        assertEquals(2, figures.size());
        assertEquals(SearchBenchmark.SEARCHES.size(), figures.get(0).requests());
        assertEquals(SearchBenchmark.TYPED.size(), figures.get(1).requests());
        for (SearchBenchmark.Figures f : figures) {
            assertEquals(0, f.errors(), f.endpoint());
            assertTrue(f.p50() > 0 && f.p50() <= f.p95() && f.p95() <= f.max(), f.toString());
        }
        SearchBenchmark.write(figures, target);
        String json = Files.readString(target.resolve("bench/search.json"));
        assertTrue(json.contains("\"endpoint\": \"GET /api/search\""), json);
        assertTrue(Files.readString(target.resolve("bench-search.txt")).contains("p95 ms"));
    }
}
