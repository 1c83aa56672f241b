package dk.samspil.it.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.db.EmbeddedPostgresLauncher;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The packaged application (target/quarkus-app) in a process of its own, on a free port, against a database
 * of its own in the embedded PostgreSQL. The PostgreSQL server is one per test JVM and other ITs may
 * already have started it, so this app gets a fresh database in it rather than a data directory.
 */
final class PackagedApp implements AutoCloseable {

    private final Process process;
    private final String baseUri;
    private final Path log;

    private PackagedApp(Process process, String baseUri, Path log) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
    }

    /** Starts the app on a new database named {@code database} with the given extra environment. */
    static PackagedApp start(String database, Map<String, String> environment) throws Exception {
        var server =
                EmbeddedPostgresLauncher.start(Path.of("target", "it-postgres").toAbsolutePath(), false);
        String jdbcUrl = createDatabase(server, database);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "it-" + database + ".log").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", System.getProperty("samspil.app.jar"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DB_URL", jdbcUrl);
        builder.environment().put("DB_USER", server.username());
        builder.environment().put("DB_PASSWORD", server.password());
        builder.environment().put("SAMSPIL_EMBEDDED_DB", "false");
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        PackagedApp app = new PackagedApp(builder.start(), "http://localhost:" + port, log);
        app.awaitReady();
        return app;
    }

    private static String createDatabase(EmbeddedPostgresLauncher.Connection server, String database)
            throws SQLException {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
            statement.execute("create database " + database);
        }
        return server.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready =
                HttpRequest.newBuilder(URI.create(baseUri + "/q/health/ready")).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the app died; see " + log);
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the app did not get ready; see " + log);
    }

    String baseUri() {
        return baseUri;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
