package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.access.auth.AuthenticationFilter;
import dk.samspil.testing.StandardWebhooks;
import dk.samspil.testing.WebhookReceiver;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Instances of the packaged application on one PostgreSQL, as behind a load balancer and across restarts: a
 * session opened on one works on the other, a logout on one ends it on both, failed logins count across both,
 * webhook deliveries outlive an instance that is killed, and two instances share the sending without sending
 * anything twice. The first step starts the instances the later ones use (after killing one of its own), so
 * the steps run in order; each starts what it needs when run alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecondInstanceIT {

    private static final String ADMIN = "admin@second-instance.test";
    private static final String PASSWORD = "second-instance-pw-1";
    /**
     * Every instance alike. Deliveries are looked for every 200 ms (not 5 s) so the test does not wait for
     * them, and claimed 10 at a time (not 100) so that two instances interleave on a few hundred.
     */
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "SAMSPIL_DEMO_CONTENT_ENABLED", "false",
            "SAMSPIL_ADMIN_EMAIL", ADMIN,
            "SAMSPIL_ADMIN_PASSWORD", PASSWORD,
            "SAMSPIL_RATE_LIMIT_SIGNED_IN_PER_MINUTE", "1000000",
            "SAMSPIL_WEBHOOKS_SECRET_KEY", "c2Vjb25kLWluc3RhbmNlLXdlYmhvb2sta2V5LTMyISE=",
            "SAMSPIL_WEBHOOKS_ALLOW_INSECURE_TARGETS", "true",
            "SAMSPIL_WEBHOOKS_DELIVER_EVERY", "200ms",
            "SAMSPIL_WEBHOOKS_BATCH_SIZE", "10");
    /** When an instance's worker has surely started, after it is ready (WebhookWorker: 10 s after start). */
    private static final Duration WORKER_START = Duration.ofSeconds(11);
    /** How long a worker waits for a receiver's answer (WebhookSender.TIMEOUT). */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<PackagedApp> APPS = new CopyOnWriteArrayList<>();
    private static PackagedApp.Database database;
    private static PackagedApp first;
    private static PackagedApp second;

    @BeforeAll
    static void freshDatabase() throws Exception {
        database = PackagedApp.freshDatabase("second_instance");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (PackagedApp app : APPS) {
            app.close();
        }
    }

    private static PackagedApp start(String name) throws Exception {
        long began = System.nanoTime();
        PackagedApp app = PackagedApp.start(database, "second-instance-" + name, ENVIRONMENT);
        APPS.add(app);
        System.out.printf("SecondInstanceIT: instance %s ready in %.1f s%n", name, (System.nanoTime() - began) / 1e9);
        return app;
    }

    private static String first() throws Exception {
        if (first == null) {
            first = start("first");
        }
        return first.baseUri();
    }

    private static String second() throws Exception {
        first();
        if (second == null) {
            second = start("second");
        }
        return second.baseUri();
    }

    // ---------------------------------------------------------------------------------------------- webhooks

    /**
     * One instance queues deliveries, fails some and is killed (SIGKILL) while others are still queued; the next
     * instance on the database sends every one of them, the failed ones again as retries of the same message.
     */
    @Test
    @Order(1)
    void deliveriesFailedOrQueuedOnAKilledInstanceAllArriveFromTheNext() throws Exception {
        assertNull(first, "this step starts the first instance itself, after killing one");
        PackagedApp doomed = start("killed");
        Session admin = login(doomed.baseUri());
        try (WebhookReceiver receiver = new WebhookReceiver().answer(503, 503, 503);
                Holding slow = new Holding()) {
            Subscription toReceiver = subscribe(doomed.baseUri(), admin, receiver.url(), "partner.created");
            Subscription pinged = subscribe(doomed.baseUri(), admin, slow.url(), "library.deleted");

            // Three changes whose first attempts the receiver refuses: they wait for their retry (about 30 s).
            List<Long> failedFirst = createPartners(List.of(doomed.baseUri()), admin, "Fejler", 3);
            awaitTrue(Duration.ofSeconds(30), "the three failures recorded", () -> {
                List<JsonNode> log = deliveries(doomed.baseUri(), admin, toReceiver.id());
                return log.size() == 3
                        && log.stream().allMatch(d -> d.path("lastStatus").asInt() == 503 && pending(d));
            });

            // The worker of this instance is kept waiting by a receiver that does not answer (it sends one batch
            // at a time), so three more changes are queued and not sent when the instance is killed.
            ping(doomed.baseUri(), admin, pinged.id());
            slow.awaitArrivals(1, Duration.ofSeconds(30));
            long held = System.nanoTime();
            List<Long> queued = createPartners(List.of(doomed.baseUri()), admin, "Venter", 3);
            List<JsonNode> log = deliveries(doomed.baseUri(), admin, toReceiver.id());
            assertEquals(6, log.size());
            assertEquals(
                    3,
                    log.stream()
                            .filter(d -> d.path("attempts").asInt() == 0 && pending(d))
                            .count(),
                    "" + log);
            assertTrue(
                    System.nanoTime() - held < SEND_TIMEOUT.minusSeconds(2).toNanos(),
                    "the worker is still waiting for the slow receiver, so it cannot have taken them since");
            doomed.kill();
            assertEquals(3, receiver.received().size(), "only the three refused attempts went out before the kill");
            slow.release();

            first = start("first");
            String base = first();
            Set<Long> everyPartner = new HashSet<>(failedFirst);
            everyPartner.addAll(queued);
            awaitTrue(
                    Duration.ofSeconds(30),
                    "the queued three delivered by the new instance",
                    () -> delivered(receiver).containsAll(queued));
            // The failed three are due about 30 s after they failed: meanwhile a second instance starts, for the
            // steps after this one (either instance may send the retries).
            CompletableFuture<PackagedApp> starting = CompletableFuture.supplyAsync(() -> {
                try {
                    return start("second");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitTrue(
                    Duration.ofSeconds(90),
                    "the failed three delivered",
                    () -> delivered(receiver).equals(everyPartner));
            second = starting.get();

            List<WebhookReceiver.Request> received = receiver.received();
            Instant now = Instant.now();
            for (WebhookReceiver.Request request : received) {
                assertTrue(StandardWebhooks.verifies(toReceiver.secret(), request, now), "signed: " + request);
                assertEquals("partner.created", body(request).path("type").asText());
            }
            Map<Long, List<WebhookReceiver.Request>> byPartner =
                    received.stream().collect(Collectors.groupingBy(SecondInstanceIT::partnerId));
            for (long partner : failedFirst) {
                List<WebhookReceiver.Request> tries = byPartner.get(partner);
                assertEquals(
                        List.of(503, 200),
                        tries.stream().map(WebhookReceiver.Request::status).toList());
                assertEquals(tries.get(0).id(), tries.get(1).id(), "a retry is the same message (webhook-id)");
            }
            for (long partner : queued) {
                assertEquals(1, byPartner.get(partner).size(), "sent once, by the new instance");
                assertEquals(200, byPartner.get(partner).get(0).status());
            }
            assertEquals(9, received.size(), "three refused, three retried, three queued");

            // The session opened on the killed instance holds on the new one: sessions are in the database.
            awaitTrue(
                    Duration.ofSeconds(10),
                    "the outcomes recorded",
                    () -> deliveries(base, admin, toReceiver.id()).stream()
                            .allMatch(d -> "delivered".equals(d.path("state").asText())));
            Map<Integer, Long> attempts = deliveries(base, admin, toReceiver.id()).stream()
                    .collect(Collectors.groupingBy(d -> d.path("attempts").asInt(), Collectors.counting()));
            assertEquals(Map.of(1, 3L, 2, 3L), attempts);

            // The ping that was on its way when the instance died had been claimed: its outcome never came, so
            // it is tried again (at least once) only when its claim lapses, two minutes after it was taken.
            List<JsonNode> ping = deliveries(base, admin, pinged.id());
            assertEquals(1, ping.size());
            JsonNode lost = ping.get(0);
            Instant created = Instant.parse(lost.path("createdAt").asText());
            if (pending(lost) && lost.path("attempts").asInt() == 1) {
                // still within its claim: counted as tried, no outcome, next try after the lease
                assertEquals(1, lost.path("attempts").asInt(), "" + ping);
                assertTrue(
                        lost.path("lastAttemptAt").isMissingNode()
                                || lost.path("lastAttemptAt").isNull(),
                        "never recorded: " + ping);
                Instant next = Instant.parse(lost.path("nextAttemptAt").asText());
                assertTrue(next.isAfter(created.plusSeconds(100)), "waits out the lease: " + ping);
                assertEquals(1, slow.arrivals(), "not sent again meanwhile");
            } else {
                // on a slow machine the lease ran out before we looked: sent again, but only after it
                awaitTrue(
                        Duration.ofSeconds(10),
                        "the ping sent again after its lease recorded",
                        () -> !pending(deliveries(base, admin, pinged.id()).get(0)));
                lost = deliveries(base, admin, pinged.id()).get(0);
                assertEquals("delivered", lost.path("state").asText(), "" + lost);
                assertEquals(2, lost.path("attempts").asInt(), "" + lost);
                Instant again = Instant.parse(lost.path("lastAttemptAt").asText());
                assertTrue(again.isAfter(created.plusSeconds(100)), "sent again only after the lease: " + lost);
                assertEquals(2, slow.arrivals(), "once before the kill, once after the lease");
            }

            unsubscribe(base, admin, toReceiver.id());
            unsubscribe(base, admin, pinged.id());
        }
    }

    /**
     * Two instances send the deliveries of 200 changes to two subscriptions: every (event, subscription) arrives
     * exactly once. The guarantee is at least once, but a message is sent again only when its attempt's outcome
     * was never recorded (the sender died, or took longer than the 2-minute claim) or an admin redelivers it; with
     * a receiver that always answers 200 at once and instances that stay up, it is exactly once.
     */
    @Test
    @Order(2)
    void twoInstancesShareTheDeliveriesAndSendNothingTwice() throws Exception {
        List<String> instances = List.of(first(), second());
        for (PackagedApp app : List.of(first, second)) {
            // a worker first looks 10 s after its instance started (WebhookWorker), at the latest 10 s after ready
            long wait = WORKER_START.minus(app.uptime()).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
        Session admin = login(instances.get(0));
        int changes = 200;
        try (WebhookReceiver one = new WebhookReceiver();
                WebhookReceiver two = new WebhookReceiver();
                Holding slow = new Holding()) {
            Subscription toOne = subscribe(instances.get(0), admin, one.url(), "partner.created");
            Subscription toTwo = subscribe(instances.get(1), admin, two.url(), "partner.created");
            Subscription pinged = subscribe(instances.get(0), admin, slow.url(), "library.deleted");

            // Both workers are kept busy: the instance that took the first ping waits for its answer, so only the
            // other one can take the second while the first is held. Both instances deliver, then: they share
            // the queue. Meanwhile the changes pile up, and when released both take from them at once.
            ping(instances.get(0), admin, pinged.id());
            slow.awaitArrivals(1, Duration.ofSeconds(30));
            ping(instances.get(1), admin, pinged.id());
            slow.awaitArrivals(2, Duration.ofSeconds(30));
            List<WebhookReceiver.Request> pings = slow.arrived();
            System.out.printf(
                    "SecondInstanceIT: the second ping came %.2f s after the first%n",
                    (pings.get(1).receivedNanos() - pings.get(0).receivedNanos()) / 1e9);
            assertTrue(
                    pings.get(1).receivedNanos() - pings.get(0).receivedNanos()
                            < SEND_TIMEOUT.toNanos() - 2_000_000_000L,
                    "the second ping came while the first was still held, so from the other instance");

            long began = System.nanoTime();
            List<Long> created = createPartners(instances, admin, "Deler", changes);
            System.out.printf(
                    "SecondInstanceIT: %d changes on two instances in %.1f s%n",
                    changes, (System.nanoTime() - began) / 1e9);
            slow.release();

            awaitTrue(
                    Duration.ofSeconds(60),
                    "every delivery to both",
                    () -> one.received().size() >= changes && two.received().size() >= changes);
            awaitTrue(
                    Duration.ofSeconds(10),
                    "every outcome recorded",
                    () -> Set.of(toOne.id(), toTwo.id()).stream()
                            .allMatch(id -> deliveries(instances.get(1), admin, id).stream()
                                    .allMatch(d ->
                                            "delivered".equals(d.path("state").asText()))));
            System.out.printf(
                    "SecondInstanceIT: %d deliveries by two instances %.1f s after the first change%n",
                    2 * changes, (System.nanoTime() - began) / 1e9);

            Instant now = Instant.now();
            Set<String> messages = null;
            for (var pair : List.of(Map.entry(one, toOne), Map.entry(two, toTwo))) {
                List<WebhookReceiver.Request> received = pair.getKey().received();
                String secret = pair.getValue().secret();
                assertTrue(received.stream().allMatch(r -> StandardWebhooks.verifies(secret, r, now)));
                Set<String> ids =
                        received.stream().map(WebhookReceiver.Request::id).collect(Collectors.toSet());
                assertEquals(changes, received.size(), "nothing sent twice");
                assertEquals(changes, ids.size(), "each webhook-id once");
                assertEquals(
                        Set.copyOf(created),
                        received.stream().map(SecondInstanceIT::partnerId).collect(Collectors.toSet()),
                        "every change");
                if (messages != null) {
                    assertEquals(messages, ids, "the same messages to both subscriptions");
                }
                messages = ids;
                List<JsonNode> log =
                        deliveries(instances.get(0), admin, pair.getValue().id());
                assertEquals(changes, log.size());
                assertTrue(log.stream().allMatch(d -> d.path("attempts").asInt() == 1), "one attempt each");
            }
            unsubscribe(instances.get(0), admin, toOne.id());
            unsubscribe(instances.get(0), admin, toTwo.id());
            unsubscribe(instances.get(0), admin, pinged.id());
        }
    }

    /** A receiver that holds every request until released (then answers 200), to keep a worker waiting. */
    private static final class Holding implements AutoCloseable {

        private final CountDownLatch released = new CountDownLatch(1);
        private final List<WebhookReceiver.Request> arrived = new ArrayList<>();
        private final WebhookReceiver receiver;

        Holding() throws IOException {
            receiver = new WebhookReceiver().answerWith(request -> {
                synchronized (this) {
                    arrived.add(request);
                    notifyAll();
                }
                try {
                    released.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 200;
            });
        }

        String url() {
            return receiver.url();
        }

        synchronized List<WebhookReceiver.Request> arrived() {
            return List.copyOf(arrived);
        }

        synchronized int arrivals() {
            return arrived.size();
        }

        synchronized void awaitArrivals(int count, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (arrived.size() < count) {
                long left = deadline - System.nanoTime();
                assertTrue(left > 0, "a worker sent to the slow receiver");
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        void release() {
            released.countDown();
        }

        @Override
        public void close() {
            release();
            receiver.close();
        }
    }

    private record Subscription(long id, String secret) {}

    private static Subscription subscribe(String base, Session admin, String url, String eventType) throws Exception {
        HttpResponse<String> response =
                send(base, "POST", "/api/webhooks", Map.of("url", url, "eventTypes", List.of(eventType)), admin, null);
        assertEquals(201, response.statusCode(), response.body());
        JsonNode created = JSON.readTree(response.body());
        return new Subscription(
                created.path("webhook").path("id").asLong(),
                created.path("secret").asText());
    }

    private static void unsubscribe(String base, Session admin, long id) throws Exception {
        HttpResponse<String> read = send(base, "GET", "/api/webhooks/" + id, null, admin, null);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                204,
                send(base, "DELETE", "/api/webhooks/" + id, null, admin, etag).statusCode());
    }

    private static void ping(String base, Session admin, long id) throws Exception {
        HttpResponse<String> response = send(base, "POST", "/api/webhooks/" + id + "/ping", null, admin, null);
        assertEquals(202, response.statusCode(), response.body());
    }

    /** The whole delivery log of a subscription. */
    private static List<JsonNode> deliveries(String base, Session admin, long id) {
        try {
            List<JsonNode> all = new ArrayList<>();
            for (int page = 1; ; page++) {
                HttpResponse<String> response = send(
                        base, "GET", "/api/webhooks/" + id + "/deliveries?size=100&page=" + page, null, admin, null);
                assertEquals(200, response.statusCode(), response.body());
                JsonNode body = JSON.readTree(response.body());
                body.path("items").forEach(all::add);
                if (page >= body.path("totalPages").asInt()) {
                    return all;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean pending(JsonNode delivery) {
        return "pending".equals(delivery.path("state").asText());
    }

    /** {@code count} partners, created four at a time on the instances in turn; their ids. */
    private static List<Long> createPartners(List<String> instances, Session admin, String name, int count)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String base = instances.get(i % instances.size());
                String partner = name + " " + i + " " + System.nanoTime();
                ids.add(clients.submit(() -> {
                    HttpResponse<String> response =
                            send(base, "POST", "/api/partners", Map.of("name", partner, "type", "OTHER"), admin, null);
                    assertEquals(201, response.statusCode(), response.body());
                    return JSON.readTree(response.body()).path("id").asLong();
                }));
            }
            List<Long> created = new ArrayList<>();
            for (Future<Long> id : ids) {
                created.add(id.get());
            }
            return created;
        } finally {
            clients.shutdown();
        }
    }

    /** The partners whose creation a receiver has taken (answered 200). */
    private static Set<Long> delivered(WebhookReceiver receiver) {
        return receiver.received().stream()
                .filter(r -> r.status() == 200)
                .map(SecondInstanceIT::partnerId)
                .collect(Collectors.toSet());
    }

    private static JsonNode body(WebhookReceiver.Request request) {
        try {
            return JSON.readTree(request.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long partnerId(WebhookReceiver.Request request) {
        return body(request).path("data").path("id").asLong();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Duration within, String what, Check check) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!check.holds()) {
            assertTrue(System.nanoTime() < deadline, "waited " + within.toSeconds() + " s for: " + what);
            Thread.sleep(200);
        }
    }

    // ---------------------------------------------------------------------------------------------- sessions

    /** A signed-in browser: its session cookie and CSRF token. */
    private record Session(String cookie, String csrf) {}

    private static Session login(String base) throws Exception {
        HttpResponse<String> login = post(
                base + "/api/auth/login",
                "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}",
                null,
                null);
        assertEquals(200, login.statusCode(), login.body());
        return new Session(cookieValue(login), field(login.body(), "csrfToken"));
    }

    private static HttpResponse<String> send(
            String base, String method, String path, Object json, Session session, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.header("Cookie", AuthenticationFilter.SESSION_COOKIE + "=" + session.cookie());
        request.header(AuthenticationFilter.CSRF_HEADER, session.csrf());
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", AuthenticationFilter.SESSION_COOKIE + "=" + cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String json, String cookie, String csrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", AuthenticationFilter.SESSION_COOKIE + "=" + cookie);
            request.header(AuthenticationFilter.CSRF_HEADER, csrf);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String loginBody(String base, String email, String password) throws Exception {
        return post(
                        base + "/api/auth/login",
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                        null,
                        null)
                .body();
    }

    @Test
    @Order(3)
    void aSessionAndItsLogoutHoldOnBothInstances() throws Exception {
        String first = first();
        String second = second();
        HttpResponse<String> login = post(
                first + "/api/auth/login",
                "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}",
                null,
                null);
        assertEquals(200, login.statusCode(), login.body());
        String cookie = cookieValue(login);
        String csrf = field(login.body(), "csrfToken");

        assertEquals(200, get(second + "/api/auth/session", cookie).statusCode(), "the second instance knows it");
        assertEquals(200, get(second + "/api/users", cookie).statusCode(), "and lets the admin in");

        assertEquals(204, post(second + "/api/auth/logout", null, cookie, csrf).statusCode());
        assertEquals(204, get(first + "/api/auth/session", cookie).statusCode(), "logged out on the first too");
        assertEquals(204, get(second + "/api/auth/session", cookie).statusCode());
    }

    @Test
    @Order(4)
    void failedLoginsCountAcrossInstances() throws Exception {
        String first = first();
        String second = second();
        String email = "victim-" + System.nanoTime() + "@second-instance.test";
        for (int i = 0; i < 10; i++) {
            String base = i % 2 == 0 ? first : second;
            assertTrue(loginBody(base, email, "wrong-password-" + i).contains("\"status\":401"));
        }
        HttpResponse<String> onFirst = post(
                first + "/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"any-password-1\"}", null, null);
        HttpResponse<String> onSecond = post(
                second + "/api/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"any-password-1\"}",
                null,
                null);
        assertEquals(429, onFirst.statusCode(), onFirst.body());
        assertEquals(429, onSecond.statusCode(), onSecond.body());
        assertNotNull(onSecond.headers().firstValue("Retry-After").orElse(null));
    }

    private static String cookieValue(HttpResponse<String> response) {
        String header = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(AuthenticationFilter.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        return header.substring(header.indexOf('=') + 1, header.indexOf(';'));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }
}
