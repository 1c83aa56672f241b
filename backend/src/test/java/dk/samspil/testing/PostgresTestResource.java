package dk.samspil.testing;

import dk.samspil.common.db.EmbeddedPostgresLauncher;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * The tests' database: the server that TEST_DB_URL (with TEST_DB_USER, TEST_DB_PASSWORD) points at,
 * or else a fresh embedded PostgreSQL in target/, wiped at every run.
 */
@io.quarkus.test.common.QuarkusTestResource(PostgresTestResource.class)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String STARTED_URL = "samspil.test.embedded-postgres.url";

    @Override
    public Map<String, String> start() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    url,
                    "quarkus.datasource.username",
                    env("TEST_DB_USER", "samspil"),
                    "quarkus.datasource.password",
                    env("TEST_DB_PASSWORD", ""));
        }
        // Test profiles restart Quarkus in a new class loader; the server (and its URL, kept in a JVM-wide
        // system property) outlives that, so every profile uses the one database.
        String started = System.getProperty(STARTED_URL);
        if (started == null) {
            var connection = EmbeddedPostgresLauncher.start(
                    Path.of("target", "test-postgres").toAbsolutePath(), false);
            started = connection.jdbcUrl();
            System.setProperty(STARTED_URL, started);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                started,
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres");
    }

    @Override
    public void stop() {
        // The embedded server stops with the JVM (shutdown hook), after every test class has run.
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
