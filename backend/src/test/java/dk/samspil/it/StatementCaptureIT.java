package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.bench.Pgbench;
import dk.samspil.bench.SqlCapture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps make bench's comparison with PostgreSQL working, on the ITs' own server: a statement a client sends with
 * parameters is captured from the server's log with its parameters written in, and pgbench runs it.
 */
class StatementCaptureIT {

    @Test
    void aStatementSentWithParametersIsCapturedAsItRanAndPgbenchRunsIt(@TempDir Path scripts) throws Exception {
        PackagedApp.Database database = PackagedApp.freshDatabase("capture");
        PackagedApp.Database admin = PackagedApp.freshDatabase("capture_admin");
        try (Connection app =
                        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Connection adminConnection =
                        DriverManager.getConnection(admin.jdbcUrl(), admin.username(), admin.password());
                Statement adminStatement = adminConnection.createStatement();
                Statement setUp = app.createStatement()) {
            setUp.execute("create table library (id bigint primary key, name text not null)");
            setUp.execute("insert into library values (1, 'Aalborg Bibliotekerne'), (2, 'Kolding''s bibliotek')");
            SqlCapture capture = new SqlCapture(adminStatement, PackagedApp.statementLog(), "capture");
            capture.learnBackground(200);
            List<String> statements = capture.statements(() -> {
                try (PreparedStatement query =
                        app.prepareStatement("select id, name from library where id = ? or name = ? order by id")) {
                    query.setLong(1, 1);
                    query.setString(2, "Kolding's bibliotek");
                    query.executeQuery().close();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(
                    List.of("select id, name from library where id = '1' or name = 'Kolding''s bibliotek' order by id"),
                    statements,
                    "the client's statement only (not the counting connection's), as it ran");

            double tps = Pgbench.tps(
                    statements,
                    Pgbench.Target.of(database.jdbcUrl(), database.username(), database.password()),
                    2,
                    Duration.ofSeconds(1),
                    scripts.resolve("library.sql"));
            assertTrue(tps > 10, "pgbench ran the statement: " + tps + " a second");
        }
    }
}
