package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samspil.bench.ApiLoad;
import dk.samspil.bench.Pgbench;
import dk.samspil.bench.SqlCapture;
import dk.samspil.testing.JvmOptionsFile;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code make bench} (not part of {@code make test}; {@link dk.samspil.bench.ApiLoadTest} keeps it working): the
 * packaged app with the demo content on a database of its own in the embedded server. How long it takes from
 * launch to its first 200 on an empty database (migrations and demo content) and again on the same database, its
 * resident memory after the start and after the load, and for every anonymous GET of the contract the closed-loop
 * throughput, the latency percentiles at a fixed arrival rate, the errors and the SQL statements per request
 * (pg_stat_statements). Prints a table and writes target/bench/api.json and target/bench-api.txt.
 */
class ApiBenchmark {

    /** make bench-large: the database of make seed-large (its folder), instead of a fresh one with the demo content. */
    private static final String LARGE = System.getProperty("samspil.bench.data-dir", "");

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "SAMSPIL_DEMO_CONTENT_ENABLED", "true",
            "SAMSPIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "100000000",
            "SAMSPIL_WEBHOOKS_SECRET_KEY", "YmVuY2gtb25seS13ZWJob29rLWtleS0zMi1ieXRlcyE=");

    @Test
    void bench() throws Exception {
        boolean large = !LARGE.isBlank();
        // The app's database, and another one for the counting connection (its statements are not the app's).
        String appDatabase = large ? "postgres" : "bench";
        PackagedApp.Database database =
                large ? PackagedApp.keptDatabase(Path.of(LARGE)) : PackagedApp.freshDatabase(appDatabase);
        PackagedApp.Database admin = PackagedApp.freshDatabase("bench_admin");
        try (Connection statistics = DriverManager.getConnection(admin.jdbcUrl(), admin.username(), admin.password());
                Statement statement = statistics.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("data", large ? "the database of make seed-large in " + LARGE : "the demo content");
            facts.put("the app's JVM options", jvmOptions());
            if (!large) {
                try (PackagedApp empty = PackagedApp.start(database, "bench-empty", ENVIRONMENT)) {
                    facts.put("first 200 on an empty database (migrations, demo content)", seconds(empty));
                }
            }
            List<ApiLoad.Figures> figures = new ArrayList<>();
            ApiLoad.Settings settings = ApiLoad.Settings.fromSystemProperties();
            ApiLoad.Endpoints endpoints;
            try (PackagedApp app = PackagedApp.start(database, "bench", ENVIRONMENT)) {
                facts.put("first 200 on an existing database", seconds(app));
                facts.put("RSS after the start", app.rssKb() / 1024 + " MB");
                ApiLoad load = new ApiLoad(app.baseUri());
                endpoints = load.discover(Path.of("..", "openapi.yaml"));
                load.warmUp(endpoints.measured(), settings);
                SqlCapture capture = new SqlCapture(statement, PackagedApp.statementLog(), appDatabase);
                capture.learnBackground(6_000);
                Pgbench.Target target = Pgbench.Target.of(database.jdbcUrl(), database.username(), database.password());
                for (String path : endpoints.measured()) {
                    ApiLoad.Figures measured = load.measure(path, settings, () -> statements(statement, appDatabase));
                    figures.add(measured.withPgbench(pgbench(load, capture, target, path, settings)));
                    System.out.println(figures.getLast());
                }
                facts.put("RSS after the load", app.rssKb() / 1024 + " MB");
            }
            String name = large ? "api-large" : "api";
            System.out.print(ApiLoad.write(figures, endpoints.skipped(), facts, settings, Path.of("target"), name));
            if (large) {
                System.out.print(ApiLoad.compare(Path.of("target", "bench", "api.json"), figures, Path.of("target")));
            }
            assertEquals(0, figures.stream().mapToLong(ApiLoad.Figures::errors).sum(), "errors");
        }
    }

    /**
     * pgbench's transactions a second on the SQL one request to {@code path} ran, captured from the database's log
     * (kept in target/bench/sql/); -1 when the request ran none (answered from memory).
     */
    private static double pgbench(
            ApiLoad load, SqlCapture capture, Pgbench.Target target, String path, ApiLoad.Settings settings)
            throws Exception {
        List<String> sql = capture.statements(() -> load.get(path));
        if (sql.isEmpty()) {
            return -1;
        }
        Path script = Path.of("target", "bench", "sql", path.substring(1).replaceAll("[^A-Za-z0-9.-]+", "_") + ".sql");
        return Pgbench.tps(sql, target, settings.connections(), settings.closedLoop(), script);
    }

    /** The options in backend/jvm.options (comments left out), then any make bench adds. */
    private static String jvmOptions() throws IOException {
        List<String> options =
                new ArrayList<>(JvmOptionsFile.options(Path.of(System.getProperty("samspil.app.jvm-options-file"))));
        options.addAll(PackagedApp.jvmArguments());
        return String.join(" ", options);
    }

    private static String seconds(PackagedApp app) {
        return String.format(Locale.ROOT, "%.1f s", app.startup().toMillis() / 1000.0);
    }

    /** The statements the app's database has run so far (this connection's own are in another database). */
    private static long statements(Statement statement, String database) {
        try (ResultSet rows = statement.executeQuery("select coalesce(sum(s.calls), 0) from pg_stat_statements s"
                + " join pg_database d on d.oid = s.dbid where d.datname = '" + database + "'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
