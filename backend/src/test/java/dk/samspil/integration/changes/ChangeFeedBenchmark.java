package dk.samspil.integration.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * `make bench-integrations`: how fast a client reads the change feed over HTTP, 1000 changes a page.
 * Not a test (the name keeps it out of `make test`): it prints a figure and only checks it read them all.
 */
@QuarkusTest
class ChangeFeedBenchmark {

    private static final int CHANGES = Integer.getInteger("samspil.bench.changes", 100_000);
    private static final int LIMIT = 1000;

    @TestHTTPResource("/api/changes")
    URI feed;

    @Inject
    EntityManager em;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** Pages from the cursor to the end; the number of changes read. */
    private long readAll(String after) throws Exception {
        long read = 0;
        String cursor = after;
        boolean more = true;
        while (more) {
            URI page = URI.create(
                    feed + "?limit=" + LIMIT + "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(page)
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            JsonNode body = json.readTree(response.body());
            read += body.get("items").size();
            cursor = body.get("cursor").asText();
            more = body.get("hasMore").asBoolean();
        }
        return read;
    }

    @Test
    void readsTheFeed() throws Exception {
        String start = ChangeFeedTest.end(Api::given);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        insert into resource_change (occurred_at, resource_type, resource_id, action, version, audience)
                        select now(), 'library', g, 'updated', 1, 'everyone' from generate_series(1, ?1) g""").setParameter(1, CHANGES).executeUpdate());

        assertEquals(CHANGES, readAll(start), "warm-up: every change once");
        long began = System.nanoTime();
        long read = readAll(start);
        double seconds = (System.nanoTime() - began) / 1e9;
        assertEquals(CHANGES, read);

        String figure = String.format(
                Locale.ROOT,
                "change feed: %,d changes read over HTTP in %d pages of %d in %.2f s = %,.0f changes/s%n",
                read,
                (read + LIMIT - 1) / LIMIT,
                LIMIT,
                seconds,
                read / seconds);
        System.out.print(figure);
        Files.writeString(
                Path.of("target", "bench-integrations.txt"),
                figure,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND); // beside the other figures of this run (make removes the file first)
    }
}
