package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samspil.bench.ApiLoad;
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

    private static final String DATABASE = "bench";

    /** The app's JVM options, as `make run` and the image give them (-Dsamspil.bench.jvm-options, from the Makefile). */
    private static final String JVM_OPTIONS = System.getProperty("samspil.bench.jvm-options", "");

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "SAMSPIL_DEMO_CONTENT_ENABLED", "true",
            "SAMSPIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "100000000",
            "SAMSPIL_WEBHOOKS_SECRET_KEY", "YmVuY2gtb25seS13ZWJob29rLWtleS0zMi1ieXRlcyE=",
            "JAVA_TOOL_OPTIONS", JVM_OPTIONS);

    @Test
    void bench() throws Exception {
        System.setProperty("samspil.db.stat-statements", "true");
        PackagedApp.Database database = PackagedApp.freshDatabase(DATABASE);
        String server = database.jdbcUrl().replaceFirst("/" + DATABASE + "(\\?|$)", "/postgres$1");
        try (Connection statistics = DriverManager.getConnection(server, database.username(), database.password());
                Statement statement = statistics.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("the app's JVM options", JVM_OPTIONS.isBlank() ? "(none)" : JVM_OPTIONS);
            try (PackagedApp empty = PackagedApp.start(database, "bench-empty", ENVIRONMENT)) {
                facts.put("first 200 on an empty database (migrations, demo content)", seconds(empty));
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
                for (String path : endpoints.measured()) {
                    figures.add(load.measure(path, settings, () -> statements(statement)));
                    System.out.println(figures.getLast());
                }
                facts.put("RSS after the load", app.rssKb() / 1024 + " MB");
            }
            System.out.print(ApiLoad.write(figures, endpoints.skipped(), facts, settings, Path.of("target")));
            assertEquals(0, figures.stream().mapToLong(ApiLoad.Figures::errors).sum(), "errors");
        }
    }

    private static String seconds(PackagedApp app) {
        return String.format(Locale.ROOT, "%.1f s", app.startup().toMillis() / 1000.0);
    }

    /** The statements the app's database has run so far (this connection's own are in another database). */
    private static long statements(Statement statement) {
        try (ResultSet rows = statement.executeQuery("select coalesce(sum(s.calls), 0) from pg_stat_statements s"
                + " join pg_database d on d.oid = s.dbid where d.datname = '" + DATABASE + "'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
