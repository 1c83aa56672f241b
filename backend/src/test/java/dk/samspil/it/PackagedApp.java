package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.db.EmbeddedDatabase;
import dk.samspil.common.db.EmbeddedPostgresLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged application (target/quarkus-app) in a process of its own, on a free port. The embedded PostgreSQL
 * server is one per test JVM and other ITs may already have started it, so each IT takes a fresh database in it
 * ({@link #freshDatabase}) rather than a data directory; several instances may share one database.
 */
public final class PackagedApp implements AutoCloseable {

    /** A database in the embedded server: what an instance needs to connect to it. */
    public record Database(String jdbcUrl, String username, String password) {}

    private final Process process;
    private final String baseUri;
    private final Path log;
    private final long launchedAt = System.nanoTime();
    private long readyAt;

    private PackagedApp(Process process, String baseUri, Path log) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
    }

    /** Starts the app on a new database named {@code database} with the given extra environment. */
    public static PackagedApp start(String database, Map<String, String> environment) throws Exception {
        return start(freshDatabase(database), database, environment);
    }

    /** As {@link #start(String, Map)}, with JVM options after backend/jvm.options (they win over its own). */
    public static PackagedApp start(String database, Map<String, String> environment, List<String> jvmOptions)
            throws Exception {
        return launch(database, withDatabase(freshDatabase(database), environment), jvmOptions);
    }

    /** The folder of the embedded server the ITs share (one per JVM): the first of the two below starts it. */
    private static Path serverDirectory;

    private static EmbeddedDatabase.Connection server(Path directory, boolean keepData) {
        if (serverDirectory == null) {
            serverDirectory = directory.toAbsolutePath().normalize();
        }
        return EmbeddedPostgresLauncher.start(serverDirectory, keepData);
    }

    /**
     * The database {@code make run} keeps in {@code dataDirectory} ("postgres", as the app's embedded server
     * names it), served by the ITs' server (which must not have started yet on another folder).
     */
    public static Database keptDatabase(Path dataDirectory) {
        var server = server(dataDirectory, true);
        if (!serverDirectory.equals(dataDirectory.toAbsolutePath().normalize())) {
            throw new IllegalStateException("The ITs' server already runs on " + serverDirectory);
        }
        return new Database(server.jdbcUrl(), server.username(), server.password());
    }

    /** The server's statement log, written while make bench captures a request's SQL (samspil.db.stat-statements). */
    public static Path statementLog() {
        return serverDirectory.resolve("log").resolve("postgresql.json");
    }

    /** An empty database named {@code name} (dropped first if an earlier run left it). */
    public static Database freshDatabase(String name) throws SQLException {
        var server = server(Path.of("target", "it-postgres"), false);
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        String jdbcUrl = server.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
        return new Database(jdbcUrl, server.username(), server.password());
    }

    /**
     * Starts an instance on {@code database} (the first one migrates it) and waits until it is ready. Its output
     * goes to target/it-{@code name}.log.
     */
    public static PackagedApp start(Database database, String name, Map<String, String> environment) throws Exception {
        return launch(name, withDatabase(database, environment), List.of());
    }

    private static Map<String, String> withDatabase(Database database, Map<String, String> environment) {
        Map<String, String> withDatabase = new HashMap<>();
        withDatabase.put("DB_URL", database.jdbcUrl());
        withDatabase.put("DB_USER", database.username());
        withDatabase.put("DB_PASSWORD", database.password());
        withDatabase.put("SAMSPIL_EMBEDDED_DB", "false");
        withDatabase.putAll(environment);
        return withDatabase;
    }

    /**
     * Starts an instance as {@code make run} does: no DB_URL, so it starts its own embedded PostgreSQL keeping its
     * data in {@code dataDirectory} (reused if there is one), and waits until it is ready.
     */
    public static PackagedApp startWithEmbeddedDatabase(
            Path dataDirectory, String name, Map<String, String> environment) throws Exception {
        Map<String, String> embedded = new HashMap<>();
        embedded.put("SAMSPIL_DATA_DIR", dataDirectory.toAbsolutePath().toString());
        embedded.put("SAMSPIL_EMBEDDED_DB", "true");
        embedded.putAll(environment);
        return launch(name, embedded, List.of());
    }

    private static PackagedApp launch(String name, Map<String, String> environment, List<String> jvmOptions)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "it-" + name + ".log").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "@" + System.getProperty("samspil.app.jvm-options-file")));
        command.addAll(jvmArguments());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("samspil.app.jar")));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DB_URL");
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        PackagedApp app = new PackagedApp(builder.start(), "http://localhost:" + port, log);
        try {
            app.awaitReady();
        } catch (Throwable e) {
            app.kill();
            throw e;
        }
        return app;
    }

    /**
     * The JVM options every instance gets after backend/jvm.options (which every launch of the app uses):
     * {@code -Dsamspil.app.jvm-arguments}, white-space separated (make bench's BENCH_JVM_OPTIONS).
     */
    public static List<String> jvmArguments() {
        String arguments = System.getProperty("samspil.app.jvm-arguments", "").strip();
        return arguments.isEmpty() ? List.of() : List.of(arguments.split("\\s+"));
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
                    readyAt = System.nanoTime();
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the app did not get ready; see " + log);
    }

    /** The JVM's process. */
    public Process process() {
        return process;
    }

    public String baseUri() {
        return baseUri;
    }

    public Path log() {
        return log;
    }

    /** From launching the process to its first 200 on readiness. */
    public Duration startup() {
        return Duration.ofNanos(readyAt - launchedAt);
    }

    /** Its resident memory now (VmRSS), in KB. */
    public long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    /** How long it has been ready. */
    public Duration uptime() {
        return Duration.ofNanos(System.nanoTime() - readyAt);
    }

    /** Stops it as an operator would (SIGTERM: Quarkus shuts down in order) and waits until it has. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** Kills it at once (SIGKILL), as a crash or an OOM killer would: nothing of its own runs after this. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
