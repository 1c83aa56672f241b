package dk.samspil;

import dk.samspil.common.db.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;

/**
 * Entry point. When no database is configured (DB_URL unset) and the embedded database is allowed
 * (SAMSPIL_EMBEDDED_DB, default true; the container image sets it to false), a PostgreSQL server is
 * started with its data under SAMSPIL_DATA_DIR (default .data/postgres) before Quarkus starts. Only the local
 * build has one (the Maven profile {@code local}, see {@link EmbeddedDatabase}); the production build requires DB_URL.
 */
@QuarkusMain
public class SamspilMain {

    public static void main(String... args) {
        checkUrisOurselves();
        String dbUrl = System.getenv("DB_URL");
        if (dbUrl == null || dbUrl.isBlank()) {
            if (!Boolean.parseBoolean(env("SAMSPIL_EMBEDDED_DB", "true"))) {
                System.err.println("No database configured: set DB_URL, DB_USER and DB_PASSWORD"
                        + " (the embedded PostgreSQL is switched off by SAMSPIL_EMBEDDED_DB=false).");
                System.exit(1);
            }
            var embedded = EmbeddedDatabase.find();
            if (embedded.isEmpty()) {
                System.err.println("No database configured: set DB_URL, DB_USER and DB_PASSWORD"
                        + " (this is a production build, without the embedded PostgreSQL).");
                System.exit(1);
            }
            Path dataDir = Path.of(env("SAMSPIL_DATA_DIR", ".data/postgres")).toAbsolutePath();
            System.out.println("No DB_URL set: starting the embedded PostgreSQL with its data in " + dataDir);
            var connection = embedded.get().start(dataDir, true);
            System.setProperty("quarkus.datasource.jdbc.url", connection.jdbcUrl());
            System.setProperty("quarkus.datasource.username", connection.username());
            System.setProperty("quarkus.datasource.password", connection.password());
            if (System.getenv("SAMSPIL_DEMO_CONTENT_ENABLED") == null) {
                // The local default is a demo: load demo content unless told otherwise.
                System.setProperty("samspil.demo-content.enabled", "true");
            }
        }
        Quarkus.run(args);
    }

    /**
     * Quarkus refuses a request target that java.net.URI cannot parse (a broken percent-escape, say) with a
     * bare 400 before any route runs. Samspil checks it itself, more strictly, as its first route and
     * answers a problem the caller can read (common/web/MalformedRequests). The tests set the same.
     */
    static void checkUrisOurselves() {
        System.setProperty("vertx.disableURIValidation", "true");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
