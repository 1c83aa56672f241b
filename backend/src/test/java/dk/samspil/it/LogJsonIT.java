package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged app's console output: JSON objects, one a line, with SAMSPIL_LOG_JSON=true (a 500's correlation id a
 * field of its own, the access log with SAMSPIL_ACCESS_LOG=true); plain text without it.
 */
class LogJsonIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void jsonLogsCarryTheCorrelationIdOfA500AndPlainTextStaysTheDefault() throws Exception {
        PackagedApp.Database database = PackagedApp.freshDatabase("log_json");
        String correlationId;
        PackagedApp app = PackagedApp.start(
                database,
                "log-json",
                Map.of(
                        "SAMSPIL_LOG_JSON", "true",
                        "SAMSPIL_ACCESS_LOG", "true",
                        "SAMSPIL_DEMO_CONTENT_ENABLED", "false"));
        try {
            // An unexpected error: the table the libraries are read from is gone.
            try (var connection =
                            DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                    var statement = connection.createStatement()) {
                statement.execute("alter table library rename to library_gone");
            }
            HttpResponse<String> failed = get(app, "/api/libraries?token=secret-in-query");
            assertEquals(500, failed.statusCode(), failed.body());
            correlationId = JSON.readTree(failed.body()).path("correlationId").asText();
            assertFalse(correlationId.isEmpty(), failed.body());
            assertEquals(200, get(app, "/q/health/live").statusCode());
        } finally {
            app.close(); // SIGTERM: the log is complete once it has stopped
        }

        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(app.log())) {
            if (line.startsWith("WARNING: ") || line.isEmpty()) {
                continue; // the JVM's own warnings on stderr (JDK 25: restricted methods), not a logger's
            }
            JsonNode record;
            try {
                record = JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
            assertTrue(record.isObject(), line);
            for (String field : List.of("timestamp", "level", "loggerName", "message")) {
                assertTrue(record.hasNonNull(field), "no " + field + " in " + line);
            }
            OffsetDateTime.parse(record.get("timestamp").asText());
            records.add(record);
        }
        assertTrue(records.size() > 5, "the app logged its start: " + records.size() + " lines");
        assertTrue(records.stream().anyMatch(r -> r.get("message").asText().contains("started in")));

        List<JsonNode> errors = records.stream()
                .filter(r -> correlationId.equals(r.path("correlationId").asText()))
                .toList();
        assertEquals(1, errors.size(), "one record with the 500's correlation id as a field");
        JsonNode error = errors.get(0);
        assertEquals("ERROR", error.get("level").asText());
        assertEquals(
                "Unexpected error " + correlationId + " on /api/libraries",
                error.get("message").asText());
        assertTrue(error.hasNonNull("exception"), "the exception as structured fields: " + error);

        List<String> access = records.stream()
                .filter(r -> r.get("loggerName").asText().equals("io.quarkus.http.access-log"))
                .map(r -> r.get("message").asText())
                .toList();
        assertTrue(
                access.stream()
                        .anyMatch(m ->
                                m.matches("127\\.0\\.0\\.1 \"GET /api/libraries HTTP/[\\d.]+\" 500 (\\d+|-) \\d+ ms")),
                "the access log has the 500: " + access);
        assertTrue(access.stream().noneMatch(m -> m.contains("secret-in-query")), "no query strings: " + access);
        assertTrue(access.stream().noneMatch(m -> m.contains("/q/health")), "no health checks: " + access);

        // Without the variables: plain text, as before.
        PackagedApp plain = PackagedApp.start(database, "log-plain", Map.of("SAMSPIL_DEMO_CONTENT_ENABLED", "false"));
        try {
            assertEquals(500, get(plain, "/api/libraries").statusCode());
        } finally {
            plain.close();
        }
        List<String> lines = Files.readAllLines(plain.log());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("{")), "no JSON without SAMSPIL_LOG_JSON");
        assertTrue(lines.stream()
                .anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d ERROR .*Unexpected error .+ on /api/libraries(: .*)?")));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\"GET /api/libraries")), "no access log by default");
    }

    private HttpResponse<String> get(PackagedApp app, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(app.baseUri() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
