package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Not part of {@code make test}: {@code make soak}. The packaged app (demo content) takes 100,000 mixed requests over
 * 64 connections on loopback: anonymous reads of several lists and readiness (seven in ten), signed-in reads of partners (two), and partner creations (one in
 * ten). Prints the errors (must be none), the throughput and the app's resident memory (VmRSS) after the first
 * 10,000 requests and at the end (must be within 10 %); appends them to target/soak.txt.
 */
class PackagedAppSoak {

    private static final String ADMIN = "admin@soak.test";
    private static final String PASSWORD = "soak-admin-pw-1";
    private static final int REQUESTS = Integer.getInteger("samspil.soak.requests", 100_000);
    private static final int CONNECTIONS = Integer.getInteger("samspil.soak.connections", 64);
    private static final int WARM_UP = REQUESTS / 10;
    /**
     * A heap of fixed size (128 MB), touched at start, after backend/jvm.options' other options: otherwise
     * the heap grows as it is needed, and the RSS would measure how far the collector chose to grow it rather than
     * a leak. With it fixed, growth of the RSS is memory outside the heap (threads, buffers, metaspace, code); a
     * leak in the heap shows as errors (OutOfMemoryError) instead.
     */
    private static final String JVM_OPTIONS =
            System.getProperty("samspil.soak.jvm-options", "-Xms128m -Xmx128m -XX:+AlwaysPreTouch");

    private static final String[] ANONYMOUS_READS = {
        "/api/regions", "/api/libraries?size=20", "/api/themes?size=20", "/q/health/ready"
    };

    @Test
    void soak() throws Exception {
        try (PackagedApp app = PackagedApp.start(
                "soak",
                Map.of(
                        "SAMSPIL_DEMO_CONTENT_ENABLED",
                        "true",
                        "SAMSPIL_ADMIN_EMAIL",
                        ADMIN,
                        "SAMSPIL_ADMIN_PASSWORD",
                        PASSWORD,
                        "SAMSPIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE",
                        "100000000",
                        "SAMSPIL_RATE_LIMIT_SIGNED_IN_PER_MINUTE",
                        "100000000"),
                List.of(JVM_OPTIONS.strip().split("\\s+")))) {
            ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(clients)
                    .build();
            AdminSession admin = AdminSession.login(http, app.baseUri(), ADMIN, PASSWORD);

            AtomicInteger next = new AtomicInteger();
            LongAdder errors = new LongAdder();
            Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
            AtomicLong rssAfterWarmUp = new AtomicLong();
            AtomicLong warmUpDone = new AtomicLong();
            CountDownLatch done = new CountDownLatch(CONNECTIONS);
            long began = System.nanoTime();
            ExecutorService connections = Executors.newFixedThreadPool(CONNECTIONS);
            for (int c = 0; c < CONNECTIONS; c++) {
                connections.submit(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                            String outcome = send(http, app.baseUri(), admin, i);
                            if (outcome != null) {
                                errors.increment();
                                errorKinds
                                        .computeIfAbsent(outcome, k -> new LongAdder())
                                        .increment();
                            }
                            if (i == WARM_UP - 1) {
                                warmUpDone.set(System.nanoTime());
                                rssAfterWarmUp.set(app.rssKb());
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                    return null;
                });
            }
            done.await();
            long ended = System.nanoTime();
            long rssAtEnd = app.rssKb();
            connections.shutdown();
            clients.shutdown();

            double seconds = (ended - began) / 1e9;
            double steadySeconds = (ended - warmUpDone.get()) / 1e9;
            double growth = 100.0 * (rssAtEnd - rssAfterWarmUp.get()) / rssAfterWarmUp.get();
            String report = String.format(
                    "soak (app JVM: %s): %,d requests over %d connections in %.1f s: %,.0f requests/s (%,.0f/s after the first %,d);"
                            + " errors %d %s; app RSS %,d KB after %,d requests, %,d KB at the end (%+.1f %%)%n",
                    JVM_OPTIONS,
                    REQUESTS,
                    CONNECTIONS,
                    seconds,
                    REQUESTS / seconds,
                    (REQUESTS - WARM_UP) / steadySeconds,
                    WARM_UP,
                    errors.sum(),
                    errorKinds,
                    rssAfterWarmUp.get(),
                    WARM_UP,
                    rssAtEnd,
                    growth);
            System.out.print(report);
            Files.writeString(
                    Path.of("target", "soak.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            assertEquals(0, errors.sum(), "errors: " + errorKinds);
            assertTrue(Math.abs(growth) <= 10, "RSS within 10 % of what it was after the first " + WARM_UP);
        }
    }

    /** Request {@code i} of the mix; null when it succeeded, else what went wrong. */
    private static String send(HttpClient http, String base, AdminSession admin, int i) {
        try {
            HttpRequest request;
            int expected = 200;
            switch (i % 10) {
                case 0 -> {
                    request = admin.request(
                                    "POST",
                                    "/api/partners",
                                    "{\"name\":\"Soak " + i + "\",\"type\":\"OTHER\"}",
                                    Duration.ofSeconds(30))
                            .build();
                    expected = 201;
                }
                case 1, 2 ->
                    request = admin.request("GET", "/api/partners?size=20", null, Duration.ofSeconds(30))
                            .build();
                default ->
                    request = HttpRequest.newBuilder(URI.create(base + ANONYMOUS_READS[i % ANONYMOUS_READS.length]))
                            .timeout(Duration.ofSeconds(30))
                            .build();
            }
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == expected
                    ? null
                    : request.method() + " " + request.uri().getPath() + " " + response.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
