package dk.samspil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL one request makes the database run, exactly as the app sent it: read from PostgreSQL's own log
 * (jsonlog), where every statement executed while capturing is logged with its parameters. The parameters are
 * written into the statement as the literals the log gives, so that pgbench can run it again ({@link Pgbench}).
 * What the app runs on its own meanwhile (a poll, a job) is learnt first and left out.
 */
public final class SqlCapture {

    /** "duration: 0.041 ms  execute S_3: select ...", or "execute <unnamed>: ...", "execute S_1/C_2: ...". */
    private static final Pattern EXECUTE = Pattern.compile("(?s)^duration: [0-9.]+ ms\\s+execute [^:]*: (.*)$");

    /** One parameter of the detail "parameters: $1 = '10', $2 = NULL" (a literal's quotes doubled inside). */
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')");

    /** How many times a request is captured (see {@link #statements}). */
    static final int WINDOWS = 3;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

    /** The statement that ends a capture (logged itself, as logging is still on when it runs). */
    private static final String END = "alter system reset log_min_duration_statement";

    private final Statement admin;
    private final Path log;
    private final String database;
    private final Set<String> background = new HashSet<>();
    private long read;

    /**
     * @param admin a superuser's connection (to another database, so its own statements are not the app's)
     * @param log the server's JSON log file
     * @param database the app's database
     */
    public SqlCapture(Statement admin, Path log, String database) {
        this.admin = admin;
        this.log = log;
        this.database = database;
    }

    /** Learns what the app runs by itself, logging for {@code millis} without a request. */
    public void learnBackground(long millis) {
        List<Logged> quiet = capture(() -> pause(millis));
        quiet.forEach(l -> background.add(l.statement()));
    }

    /**
     * The statements {@code request} made the app run, in order, parameters written in; the background left out.
     * The request is captured {@value #WINDOWS} times, and only what each capture has is kept (as often as each has
     * it): a job that runs every second or so (the rate limiter sharing its counts, the webhook worker) may fall
     * into one capture, hardly into all.
     */
    public List<String> statements(Runnable request) {
        List<List<Logged>> windows = new ArrayList<>();
        for (int i = 0; i < WINDOWS; i++) {
            windows.add(capture(request).stream()
                    .filter(l -> !background.contains(l.statement()))
                    .toList());
        }
        return inEveryWindow(windows).stream().map(Logged::inlined).toList();
    }

    /** The statements of the first window that every window has, each as many times as the window with fewest. */
    static List<Logged> inEveryWindow(List<List<Logged>> windows) {
        Map<String, Long> left = null;
        for (List<Logged> window : windows) {
            Map<String, Long> counts = new HashMap<>();
            window.forEach(l -> counts.merge(l.statement(), 1L, Long::sum));
            if (left == null) {
                left = counts;
            } else {
                left.replaceAll((statement, n) -> Math.min(n, counts.getOrDefault(statement, 0L)));
            }
        }
        List<Logged> kept = new ArrayList<>();
        for (Logged l : windows.getFirst()) {
            if (left.merge(l.statement(), -1L, Long::sum) >= 0) {
                kept.add(l);
            }
        }
        return kept;
    }

    private List<Logged> capture(Runnable request) {
        skipWhatIsLogged();
        logStatements(true);
        try {
            request.run();
        } finally {
            logStatements(false);
        }
        return parse(linesUntilTheEnd(), database);
    }

    /**
     * The lines logged since the capture began, up to the statement that ended it: the logging collector writes
     * what the server's processes send it in the order they sent it, a moment later, so the end's own line (the
     * admin's statement, logged while logging was still on) comes after every statement of the request.
     */
    private List<String> linesUntilTheEnd() {
        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (lines.stream().noneMatch(l -> l.contains(END))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL's log " + log + " did not show the end of the capture");
            }
            pause(50);
            lines.addAll(newLines());
        }
        return lines;
    }

    /** A statement as logged, and its parameters' literals by number. */
    record Logged(String statement, Map<Integer, String> parameters) {

        /** The statement with each $n replaced by its literal. */
        String inlined() {
            Matcher m = PLACEHOLDER.matcher(statement);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String literal = parameters.get(Integer.parseInt(m.group(1)));
                m.appendReplacement(out, Matcher.quoteReplacement(literal == null ? m.group() : literal));
            }
            return m.appendTail(out).toString();
        }
    }

    /** The statements executed in {@code database}, from lines of PostgreSQL's jsonlog. */
    static List<Logged> parse(List<String> lines, String database) {
        ObjectMapper json = new ObjectMapper();
        List<Logged> statements = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry;
            try {
                entry = json.readTree(line);
            } catch (IOException e) {
                throw new IllegalStateException("Not a line of PostgreSQL's jsonlog: " + line, e);
            }
            Matcher execute = EXECUTE.matcher(entry.path("message").asText());
            if (!database.equals(entry.path("dbname").asText()) || !execute.matches()) {
                continue;
            }
            Map<Integer, String> parameters = new HashMap<>();
            Matcher p = PARAMETER.matcher(entry.path("detail").asText());
            while (p.find()) {
                parameters.put(Integer.parseInt(p.group(1)), p.group(2));
            }
            statements.add(new Logged(execute.group(1).strip(), parameters));
        }
        return statements;
    }

    private void logStatements(boolean on) {
        try {
            admin.execute(on ? "alter system set log_min_duration_statement = 0" : END);
            admin.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not turn the statement log " + (on ? "on" : "off"), e);
        }
        // A backend takes a new setting before the next command it is sent; the pause covers the signal's way.
        pause(100);
    }

    private void skipWhatIsLogged() {
        try {
            read = Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> newLines() {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) (file.length() - read)];
            file.seek(read);
            file.readFully(bytes);
            int whole = bytes.length; // a line still being written is left for the next read
            while (whole > 0 && bytes[whole - 1] != '\n') {
                whole--;
            }
            read += whole;
            return new String(bytes, 0, whole, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read PostgreSQL's log " + log, e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
