package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The packaged app serves a bounded number of reads at a time: beyond the permits and the queue a read is answered
 * at once with 503 problem+json and Retry-After; with room in the queue every read waits its turn and is served;
 * a client that goes away gives its permit back; writes are not counted. Each instance runs with a single permit,
 * so that a handful of callers is enough to fill it.
 */
class InFlightLimitIT {

    private static final int CALLERS = 16;
    private static final int EACH = 15;
    private static final String READ = "/api/search?q=bibliotek";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Answer(int status, String contentType, String retryAfter, String body) {}

    @Test
    void readsBeyondThePermitsAndTheQueueAreRefusedAtOnceAndTheRestServed() throws Exception {
        PackagedApp.Database database = PackagedApp.freshDatabase("in_flight_limit");
        try (PackagedApp app = PackagedApp.start(database, "in-flight-no-queue", limits(1, 0, "2s"))) {
            // Writes do not wait for a read's permit: anonymous writes sent during the burst are all answered on
            // their own terms (401), none refused as busy.
            CompletableFuture<List<Integer>> writes = CompletableFuture.supplyAsync(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    statuses.add(anonymousWrite(app));
                }
                return statuses;
            });
            List<Answer> answers = burst(app);
            assertEquals(Collections.nCopies(20, 401), writes.get());
            List<Answer> refused =
                    answers.stream().filter(a -> a.status() != 200).toList();
            System.out.printf(
                    "InFlightLimitIT: one permit, no queue: %d of %d reads refused%n", refused.size(), answers.size());
            assertTrue(refused.size() > 0, "16 callers at once on one permit: some are refused");
            assertTrue(refused.size() < answers.size(), "and some are served");
            for (Answer answer : refused) {
                assertEquals(503, answer.status(), answer.body());
                assertEquals("application/problem+json", answer.contentType());
                assertEquals("1", answer.retryAfter());
                assertTrue(answer.body().contains("\"/problems/service-unavailable\""), answer.body());
                assertTrue(answer.body().contains("\"status\":503"), answer.body());
            }

            // A client that sends a read and goes away without reading the answer gives its permit back.
            for (int i = 0; i < 5; i++) {
                try (Socket socket =
                        new Socket("localhost", URI.create(app.baseUri()).getPort())) {
                    OutputStream out = socket.getOutputStream();
                    out.write(
                            ("GET /api/guide HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
            // Its permit comes back once the app has noticed (within moments, not at once: allow 10 s). Then one
            // caller at a time is always served: no permit was lost.
            long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            Answer first = get(app, READ);
            while (first.status() != 200 && System.nanoTime() - giveUp < 0) {
                Thread.sleep(100);
                first = get(app, READ);
            }
            System.out.printf(
                    "InFlightLimitIT: served again %d ms after the clients went away%n",
                    (System.nanoTime() - giveUp) / 1_000_000 + 10_000);
            assertEquals(200, first.status(), "the permits of the clients that went away came back: " + first.body());
            for (int i = 0; i < 20; i++) {
                Answer answer = get(app, i % 2 == 0 ? READ : "/api/guide");
                assertEquals(200, answer.status(), "read " + i + " after the burst: " + answer.body());
            }
        }
        try (PackagedApp app = PackagedApp.start(database, "in-flight-queue", limits(1, 4 * CALLERS, "30s"))) {
            List<Answer> answers = burst(app);
            long served = answers.stream().filter(a -> a.status() == 200).count();
            System.out.printf("InFlightLimitIT: one permit, a queue: %d of %d reads served%n", served, answers.size());
            assertEquals(
                    answers.size(),
                    served,
                    "every read waited its turn: "
                            + answers.stream().filter(a -> a.status() != 200).findFirst());
        }
    }

    private static Map<String, String> limits(int inFlight, int queued, String wait) {
        return Map.of(
                "SAMSPIL_HTTP_MAX_IN_FLIGHT",
                String.valueOf(inFlight),
                "SAMSPIL_HTTP_MAX_QUEUED",
                String.valueOf(queued),
                "SAMSPIL_HTTP_MAX_QUEUE_WAIT",
                wait,
                "SAMSPIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE",
                "1000000");
    }

    /** CALLERS callers at once, each sending EACH reads one after the other. */
    private List<Answer> burst(PackagedApp app) throws Exception {
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CALLERS; c++) {
                running.add(callers.submit(() -> {
                    for (int i = 0; i < EACH; i++) {
                        answers.add(get(app, READ));
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        } finally {
            callers.shutdownNow();
        }
        return List.copyOf(answers);
    }

    private int anonymousWrite(PackagedApp app) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(app.baseUri() + "/api/partners"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"name\":\"Travl\",\"type\":\"OTHER\"}"))
                                    .timeout(Duration.ofSeconds(40))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer get(PackagedApp app, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(app.baseUri() + path))
                        .timeout(Duration.ofSeconds(40))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null),
                response.body());
    }
}
