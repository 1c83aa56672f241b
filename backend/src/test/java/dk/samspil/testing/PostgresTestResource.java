package dk.samspil.testing;

import dk.samspil.common.db.EmbeddedPostgresLauncher;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The tests' database: the server that TEST_DB_URL (with TEST_DB_USER, TEST_DB_PASSWORD) points at,
 * or else a fresh embedded PostgreSQL in target/, wiped at every run. A test profile that implements
 * {@link OwnDatabase} gets a database of its own on that server, made empty when Quarkus starts with it.
 */
@io.quarkus.test.common.QuarkusTestResource(PostgresTestResource.class)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * For a test profile whose tests change data no other test may see (or must not find changed): its
     * database is {@code samspil_<the test class>} (the class the profile is nested in, else the profile),
     * dropped and created again at its start. With TEST_DB_URL, the user needs the right to create databases.
     */
    public interface OwnDatabase {}

    private static final String STARTED_URL = "samspil.test.embedded-postgres.url";

    private String profile;

    @Override
    public void setContext(Context context) {
        profile = context.testProfile();
    }

    @Override
    public Map<String, String> start() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            String user = env("TEST_DB_USER", "samspil");
            String password = env("TEST_DB_PASSWORD", "");
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    ownDatabase(url, user, password),
                    "quarkus.datasource.username",
                    user,
                    "quarkus.datasource.password",
                    password);
        }
        // Test profiles restart Quarkus in a new class loader; the server (and its URL, kept in a JVM-wide
        // system property) outlives that, so every profile uses the one server, and the one database unless
        // it has its own (OwnDatabase).
        String started = System.getProperty(STARTED_URL);
        if (started == null) {
            var connection = EmbeddedPostgresLauncher.start(
                    Path.of("target", "test-postgres").toAbsolutePath(), false);
            started = connection.jdbcUrl();
            System.setProperty(STARTED_URL, started);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                ownDatabase(started, "postgres", "postgres"),
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres");
    }

    @Override
    public void stop() {
        // The embedded server stops with the JVM (shutdown hook), after every test class has run.
    }

    /** The URL to use: the server's database, or for an {@link OwnDatabase} profile a fresh one of its own. */
    private String ownDatabase(String jdbcUrl, String user, String password) {
        Class<?> type = profileClass();
        if (type == null
                || Arrays.stream(type.getInterfaces())
                        .noneMatch(i -> i.getName().equals(OwnDatabase.class.getName()))) {
            return jdbcUrl;
        }
        Class<?> named = type.getEnclosingClass() == null ? type : type.getEnclosingClass();
        String name =
                "samspil_" + named.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        try (var connection = DriverManager.getConnection(jdbcUrl, user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name + " for " + profile, e);
        }
        URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "jdbc:" + server.getScheme() + "://" + server.getRawAuthority() + "/" + name
                + (server.getRawQuery() == null ? "" : "?" + server.getRawQuery());
    }

    private Class<?> profileClass() {
        if (profile == null || profile.isBlank()) {
            return null;
        }
        try {
            return Class.forName(profile, false, PostgresTestResource.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Test profile not found: " + profile, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
