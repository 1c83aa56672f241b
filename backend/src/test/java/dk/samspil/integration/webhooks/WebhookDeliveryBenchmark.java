package dk.samspil.integration.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.access.auth.AuthenticationFilter;
import dk.samspil.testing.StandardWebhooks;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestUsers;
import dk.samspil.testing.WebhookReceiver;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * `make bench-integrations`: how long 1,000 changes take to reach 10 subscribers on loopback (10,000 deliveries),
 * with the worker as configured for production (unlike the other tests, which run it themselves): from the first
 * change to the last delivery received, and from each change's commit (its 201 answer) to each receipt. The
 * changes are made over HTTP by a few clients at once, as fast as the server takes them. Not a test (the name
 * keeps it out of `make test`): it prints the figures and checks only that every delivery arrived once, signed.
 * A second figure has all the deliveries queued before one worker starts on them: what it sends per second.
 */
@QuarkusTest
@TestProfile(WebhookDeliveryBenchmark.AsInProduction.class)
class WebhookDeliveryBenchmark {

    private static final int EVENTS = Integer.getInteger("samspil.bench.webhook-events", 1000);
    private static final int SUBSCRIBERS = Integer.getInteger("samspil.bench.webhook-subscribers", 10);
    private static final int CLIENTS = 8;
    private static final int WARM_UP = 100;

    /** The worker as application.properties has it outside the tests, unless the command line says otherwise. */
    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "samspil.webhooks.deliver-every", System.getProperty("samspil.bench.deliver-every", "5s"),
                    "samspil.webhooks.batch-size", System.getProperty("samspil.bench.batch-size", "100"));
        }
    }

    @TestHTTPResource("/api/partners")
    URI partners;

    @Inject
    TestUsers users;

    @Inject
    TestDatabase db;

    @Inject
    WebhookWorker worker;

    @Inject
    Scheduler scheduler;

    @ConfigProperty(name = "samspil.webhooks.deliver-every")
    String deliverEvery;

    @ConfigProperty(name = "samspil.webhooks.batch-size")
    int batchSize;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private record Subscriber(WebhookReceiver receiver, String secret) {}

    @Test
    void deliversToSubscribersOnLoopback() throws Exception {
        db.execute("delete from webhook_subscription"); // other tests' subscriptions would get deliveries too
        List<Subscriber> subscribers = new ArrayList<>();
        try {
            for (int i = 0; i < SUBSCRIBERS; i++) {
                WebhookReceiver receiver = new WebhookReceiver();
                String secret = users.admin()
                        .given()
                        .contentType("application/json")
                        .body(Map.of("url", receiver.url(), "eventTypes", List.of("partner.created")))
                        .post("/api/webhooks")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("secret");
                subscribers.add(new Subscriber(receiver, secret));
            }
            TestUsers.Session coordinator = users.coordinator();

            Map<Long, Long> warmUp = createPartners(coordinator, WARM_UP, "Opvarmning");
            awaitDelivered(subscribers, warmUp.keySet(), Duration.ofMinutes(5));

            long began = System.nanoTime();
            Map<Long, Long> committed = createPartners(coordinator, EVENTS, "Måling");
            double changing = (System.nanoTime() - began) / 1e9;
            long last = awaitDelivered(subscribers, committed.keySet(), Duration.ofMinutes(30));
            double seconds = (last - began) / 1e9;

            long[] latencies = new long[EVENTS * SUBSCRIBERS];
            int n = 0;
            for (Subscriber subscriber : subscribers) {
                Set<Long> seen = new HashSet<>();
                for (WebhookReceiver.Request request : subscriber.receiver().received()) {
                    long partner = partnerId(request);
                    Long at = committed.get(partner);
                    if (at == null) {
                        continue; // the warm-up's
                    }
                    assertTrue(seen.add(partner), "each event once to each subscriber");
                    assertTrue(StandardWebhooks.verifies(subscriber.secret(), request), "signed");
                    latencies[n++] = request.receivedNanos() - at;
                }
            }
            assertEquals(EVENTS * SUBSCRIBERS, n);
            Arrays.sort(latencies);

            // The same again with the scheduler paused, so that all 10,000 deliveries wait at once; then one worker
            // sends them as its scheduled runs do (batch after batch while they are full): its throughput alone.
            scheduler.pause();
            Map<Long, Long> backlog = createPartners(coordinator, EVENTS, "Kø");
            long draining = System.nanoTime();
            int sent = 0;
            for (int batch = worker.deliverDue(); batch > 0; batch = worker.deliverDue()) {
                sent += batch;
            }
            long lastOfBacklog = awaitDelivered(subscribers, backlog.keySet(), Duration.ofMinutes(5));
            double drained = (lastOfBacklog - draining) / 1e9;
            scheduler.resume();
            assertEquals(EVENTS * SUBSCRIBERS, sent);
            for (Subscriber subscriber : subscribers) {
                assertEquals(
                        EVENTS,
                        subscriber.receiver().received().stream()
                                .filter(r -> backlog.containsKey(partnerId(r)))
                                .count(),
                        "each queued event once to each subscriber");
            }

            String figure = String.format(
                    Locale.ROOT,
                    "webhooks: %,d events to %d subscribers on loopback = %,d deliveries in %.2f s from the first"
                            + " change to the last receipt = %,.0f deliveries/s; change to receipt p50 %.2f s,"
                            + " p95 %.2f s, max %.2f s (the %,d changes took %.2f s, %d clients over HTTP;"
                            + " worker every %s, batches of %d)%n"
                            + "webhooks, all queued at once: one worker sent the %,d deliveries in %.2f s = %,.0f"
                            + " deliveries/s%n",
                    EVENTS,
                    SUBSCRIBERS,
                    n,
                    seconds,
                    n / seconds,
                    percentile(latencies, 50),
                    percentile(latencies, 95),
                    latencies[n - 1] / 1e9,
                    EVENTS,
                    changing,
                    CLIENTS,
                    deliverEvery,
                    batchSize,
                    sent,
                    drained,
                    sent / drained);
            System.out.print(figure);
            Files.writeString(
                    Path.of("target", "bench-integrations.txt"),
                    figure,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } finally {
            subscribers.forEach(s -> s.receiver().close());
            db.execute("delete from webhook_subscription");
        }
    }

    /** Creates {@code count} partners, {@link #CLIENTS} at a time; when each answer came, by partner id. */
    private Map<Long, Long> createPartners(TestUsers.Session session, int count, String name) throws Exception {
        Map<Long, Long> committed = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String body = json.writeValueAsString(
                        Map.of("name", name + " " + i + " " + System.nanoTime(), "type", "OTHER"));
                done.add(clients.submit(() -> {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(partners)
                                    .header("Content-Type", "application/json")
                                    .header("Cookie", AuthenticationFilter.SESSION_COOKIE + "=" + session.cookie())
                                    .header(AuthenticationFilter.CSRF_HEADER, session.csrf())
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    long at = System.nanoTime();
                    assertEquals(201, response.statusCode(), response.body());
                    committed.put(json.readTree(response.body()).path("id").asLong(), at);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            clients.shutdown();
        }
        return committed;
    }

    /** Waits until every subscriber has taken every one of these events; when the last arrived. */
    private long awaitDelivered(List<Subscriber> subscribers, Set<Long> events, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        Map<WebhookReceiver, Integer> read = new HashMap<>();
        Map<WebhookReceiver, Set<Long>> taken = new HashMap<>();
        long last = 0;
        while (true) {
            boolean all = true;
            for (Subscriber subscriber : subscribers) {
                WebhookReceiver receiver = subscriber.receiver();
                List<WebhookReceiver.Request> received = receiver.received();
                Set<Long> mine = taken.computeIfAbsent(receiver, r -> new HashSet<>());
                for (WebhookReceiver.Request request :
                        received.subList(read.getOrDefault(receiver, 0), received.size())) {
                    long partner = partnerId(request);
                    if (events.contains(partner) && request.status() == 200) {
                        mine.add(partner);
                        last = Math.max(last, request.receivedNanos());
                    }
                }
                read.put(receiver, received.size());
                all &= mine.size() == events.size();
            }
            if (all) {
                return last;
            }
            assertTrue(System.nanoTime() < deadline, "not every delivery arrived within " + within);
            Thread.sleep(50);
        }
    }

    private long partnerId(WebhookReceiver.Request request) {
        try {
            return json.readTree(request.body()).path("data").path("id").asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e9;
    }
}
