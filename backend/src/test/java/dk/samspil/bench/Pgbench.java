package dk.samspil.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own benchmark, pgbench (Debian's postgresql-client), running the SQL a request ran
 * ({@link SqlCapture}) as one transaction, on as many clients and for as long as the app's closed loop: how many
 * times a second the database alone could answer that request, the figure the app's throughput is compared with.
 */
public final class Pgbench {

    /** Where pgbench connects: the app's database. */
    public record Target(String host, int port, String user, String password, String database) {

        /** From a JDBC URL such as jdbc:postgresql://localhost:5432/bench?user=... */
        public static Target of(String jdbcUrl, String user, String password) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            return new Target(
                    uri.getHost(), uri.getPort(), user, password, uri.getPath().substring(1));
        }
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private Pgbench() {}

    /** Whether pgbench is on the PATH (make bench installs it). */
    public static boolean available() {
        try {
            return new ProcessBuilder("pgbench", "--version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Transactions a second of pgbench running {@code statements} (written to {@code script}) in prepared mode.
     *
     * @throws IllegalStateException when pgbench fails, with its output
     */
    public static double tps(List<String> statements, Target target, int clients, Duration time, Path script)
            throws IOException, InterruptedException {
        Files.createDirectories(script.toAbsolutePath().getParent());
        Files.writeString(script, script(statements));
        ProcessBuilder command = new ProcessBuilder(
                        "pgbench",
                        "--no-vacuum",
                        "--protocol=prepared",
                        "--client=" + clients,
                        "--jobs=" + Math.min(clients, 2),
                        "--time=" + Math.max(1, time.toSeconds()),
                        "--file=" + script.toAbsolutePath(),
                        "--host=" + target.host(),
                        "--port=" + target.port(),
                        "--username=" + target.user(),
                        target.database())
                .redirectErrorStream(true);
        command.environment().put("PGPASSWORD", target.password());
        Process pgbench = command.start();
        String output = new String(pgbench.getInputStream().readAllBytes());
        if (!pgbench.waitFor(time.toSeconds() + 60, TimeUnit.SECONDS) || pgbench.exitValue() != 0) {
            pgbench.destroyForcibly();
            throw new IllegalStateException("pgbench failed on " + script + ":\n" + output);
        }
        return tps(output);
    }

    /** A pgbench script: each statement ends with a semicolon (pgbench reads a statement over several lines). */
    static String script(List<String> statements) {
        StringBuilder script = new StringBuilder();
        for (String statement : statements) {
            script.append(statement.strip().replaceAll(";$", "")).append(";\n");
        }
        return script.toString();
    }

    /** The transactions a second that pgbench reports. */
    static double tps(String output) {
        Matcher m = TPS.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("No tps in pgbench's output:\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }
}
