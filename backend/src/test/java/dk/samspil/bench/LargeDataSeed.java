package dk.samspil.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.db.EmbeddedPostgresLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * `make seed-large`: adds about SCALE times the demo content to the database in samspil.seed.data-dir, which the
 * packaged app has just migrated and filled with the demo content (the Makefile starts it once). Runs the embedded
 * PostgreSQL on that folder itself and keeps it. Not a test (the name keeps it out of `make test`): it prints the rows
 * per table, the seconds per step and the database's size to target/seed-large.txt (the Makefile shows it).
 */
class LargeDataSeed {

    @Test
    void seeds() throws Exception {
        Path dataDir = Path.of(System.getProperty("samspil.seed.data-dir", "../.data-large/postgres"))
                .toAbsolutePath()
                .normalize();
        double scale = Double.parseDouble(System.getProperty("samspil.seed.scale", "100"));
        long seed = Long.getLong("samspil.seed.seed", 1L);
        assertTrue(Files.isDirectory(dataDir), "No database in " + dataDir + ": make seed-large makes it first");

        long began = System.nanoTime();
        var server = EmbeddedPostgresLauncher.start(dataDir, true);
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
            LargeData.Summary summary = new LargeData(connection, scale, seed).run();
            String size;
            try (var statement = connection.createStatement();
                    ResultSet r =
                            statement.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
                r.next();
                size = r.getString(1);
            }
            String report = String.format(
                    Locale.ROOT,
                    "make seed-large SCALE=%s (seed %d) into %s%n%sgenerated in %.0f s; the database is %s%n",
                    System.getProperty("samspil.seed.scale", "100"),
                    seed,
                    dataDir,
                    summary.text(),
                    (System.nanoTime() - began) / 1e9,
                    size);
            Files.writeString(Path.of("target", "seed-large.txt"), report);
        }
    }
}
