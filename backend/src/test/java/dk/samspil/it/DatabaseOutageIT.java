package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped under a load of reads and writes and started again: the packaged app answers every request
 * within seconds, the ones it cannot serve with 503 problem+json and Retry-After, reports itself not ready (but
 * live) meanwhile, serves again within 5 s of PostgreSQL being back without a restart, and no write it
 * acknowledged is lost. The PostgreSQL runs in this JVM on a fixed port, so that it can come back where the app
 * expects it.
 */
class DatabaseOutageIT {

    private static final String ADMIN = "admin@outage.test";
    private static final String PASSWORD = "database-outage-pw-1";
    private static final int CLIENTS = 8;
    private static final Duration HANGING = Duration.ofSeconds(10);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Outcome(String kind, int status, long millis, String contentType, String retryAfter) {}

    @Test
    void anOutageIsAnswered503AndRecoveredFromWithoutLosingAcknowledgedWrites() throws Exception {
        Path dataDirectory = Path.of("target", "it-outage-postgres").toAbsolutePath();
        deleteRecursively(dataDirectory);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgres postgres = startPostgres(dataDirectory, port);
        PackagedApp app = null;
        try {
            app = PackagedApp.start(
                    new PackagedApp.Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"),
                    "outage",
                    Map.of(
                            "SAMSPIL_DEMO_CONTENT_ENABLED", "false",
                            "SAMSPIL_ADMIN_EMAIL", ADMIN,
                            "SAMSPIL_ADMIN_PASSWORD", PASSWORD,
                            "SAMSPIL_RATE_LIMIT_SIGNED_IN_PER_MINUTE", "1000000",
                            "SAMSPIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "1000000"));
            String base = app.baseUri();
            AdminSession admin = AdminSession.login(http, base, ADMIN, PASSWORD);

            Map<Long, String> acknowledged = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong lastWriteOk = new AtomicLong();
            AtomicInteger sequence = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> load = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                boolean writer = c % 2 == 0;
                load.add(clients.submit(() -> {
                    while (running.get()) {
                        long began = System.nanoTime();
                        HttpResponse<String> response;
                        String name = null;
                        try {
                            if (writer) {
                                name = "Udfald " + sequence.incrementAndGet();
                                response = http.send(
                                        admin.request(
                                                        "POST",
                                                        "/api/partners",
                                                        "{\"name\":\"" + name + "\",\"type\":\"OTHER\"}",
                                                        HANGING.plusSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                            } else {
                                response = http.send(
                                        admin.request("GET", "/api/partners?size=20", null, HANGING.plusSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                            }
                        } catch (IOException timedOutOrReset) {
                            outcomes.add(new Outcome(
                                    (writer ? "write " : "read ") + timedOutOrReset,
                                    0,
                                    (System.nanoTime() - began) / 1_000_000,
                                    null,
                                    null));
                            continue;
                        }
                        long millis = (System.nanoTime() - began) / 1_000_000;
                        outcomes.add(new Outcome(
                                writer ? "write" : "read",
                                response.statusCode(),
                                millis,
                                response.headers().firstValue("Content-Type").orElse(null),
                                response.headers().firstValue("Retry-After").orElse(null)));
                        if (writer && response.statusCode() == 201) {
                            acknowledged.put(AdminSession.id(response), name);
                            lastWriteOk.set(System.nanoTime());
                        }
                    }
                    return null;
                }));
            }

            Thread.sleep(2_000);
            int beforeOutage = acknowledged.size();
            assertTrue(beforeOutage > 0, "writes succeed before the outage");

            postgres.close(); // pg_ctl stop -m fast: connections cut, the server gone
            long down = System.nanoTime();
            Thread.sleep(4_000);
            assertEquals(503, status(base + "/q/health/ready"), "not ready without its database");
            assertEquals(200, status(base + "/q/health/live"), "but alive");
            Thread.sleep(2_000);
            long outageWritesBefore = lastWriteOk.get();
            assertTrue(outageWritesBefore < down + Duration.ofSeconds(1).toNanos(), "no write succeeds while down");

            postgres = startPostgres(dataDirectory, port);
            long up = System.nanoTime();
            long recovered = 0;
            while (System.nanoTime() - up < Duration.ofSeconds(15).toNanos()) {
                if (lastWriteOk.get() > up && status(base + "/q/health/ready") == 200) {
                    recovered = System.nanoTime();
                    break;
                }
                Thread.sleep(50);
            }
            Thread.sleep(1_000);
            running.set(false);
            for (Future<?> client : load) {
                client.get(30, TimeUnit.SECONDS);
            }
            clients.shutdown();

            List<Outcome> all = new ArrayList<>(outcomes);
            long unavailable = all.stream().filter(o -> o.status() == 503).count();
            List<Outcome> hanging =
                    all.stream().filter(o -> o.millis() > HANGING.toMillis()).toList();
            List<Outcome> badUnavailable = all.stream()
                    .filter(o -> o.status() == 503)
                    .filter(o -> !"application/problem+json".equals(o.contentType()) || o.retryAfter() == null)
                    .toList();
            List<Outcome> other = all.stream()
                    .filter(o -> o.status() != 200 && o.status() != 201 && o.status() != 503)
                    .toList();
            long slowest = all.stream().mapToLong(Outcome::millis).max().orElse(0);
            System.out.printf(
                    "DatabaseOutageIT: %d requests, %d answered 503, slowest %d ms, %d writes acknowledged"
                            + " (%d before the outage); serving again %.1f s after PostgreSQL was back%n",
                    all.size(),
                    unavailable,
                    slowest,
                    acknowledged.size(),
                    beforeOutage,
                    recovered == 0 ? -1 : (recovered - up) / 1e9);

            assertTrue(unavailable > 0, "the outage was noticed");
            assertEquals(List.of(), hanging, "requests hanging past " + HANGING.toSeconds() + " s");
            assertEquals(List.of(), badUnavailable, "503s without problem+json and Retry-After");
            assertEquals(List.of(), other, "answers other than 2xx and 503");
            assertTrue(recovered != 0 && recovered - up <= Duration.ofSeconds(5).toNanos(), "recovered within 5 s");

            List<Long> lost = new ArrayList<>();
            for (Map.Entry<Long, String> write : acknowledged.entrySet()) {
                HttpResponse<String> partner = admin.send("GET", "/api/partners/" + write.getKey(), null);
                if (partner.statusCode() != 200 || !partner.body().contains("\"" + write.getValue() + "\"")) {
                    lost.add(write.getKey());
                }
            }
            assertEquals(List.of(), lost, "acknowledged writes lost");
        } finally {
            if (app != null) {
                app.close();
            }
            postgres.close();
        }
    }

    private int status(String url) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A PostgreSQL keeping its data in {@code dataDirectory} (made on the first start) on a fixed port. */
    private static EmbeddedPostgres startPostgres(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
