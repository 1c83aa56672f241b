package dk.samspil.integration.webhooks;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.security.Role;
import dk.samspil.common.time.AppClock;
import dk.samspil.testing.StandardWebhooks;
import dk.samspil.testing.TestContacts;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestPartners;
import dk.samspil.testing.TestUsers;
import dk.samspil.testing.WebhookReceiver;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries to a real receiver on loopback, which checks every signature as a receiver would. */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    TestUsers users;

    @Inject
    TestDatabase db;

    @Inject
    TestPartners partners;

    @Inject
    TestContacts contacts;

    @Inject
    AppClock clock;

    @Inject
    WebhookWorker worker;

    @Inject
    WebhookService service;

    @Inject
    MeterRegistry registry;

    private final List<WebhookReceiver> receivers = new ArrayList<>();

    /** Other tests (the authorization matrix) leave subscriptions behind; the worker here sends only ours. */
    @BeforeEach
    void noOtherSubscriptions() {
        db.execute("delete from webhook_subscription");
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        receivers.forEach(WebhookReceiver::close);
        db.execute("delete from webhook_subscription");
    }

    private double attempts(String outcome) {
        return registry.counter(WebhookWorker.ATTEMPTS, "outcome", outcome).count();
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    /** A subscription's id and secret. */
    record Subscribed(long id, String secret) {}

    private Subscribed subscribe(WebhookReceiver receiver, String... eventTypes) {
        JsonPath created = users.admin()
                .given()
                .contentType("application/json")
                .body(Map.of("url", receiver.url(), "eventTypes", List.of(eventTypes)))
                .post("/api/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Subscribed(created.getLong("webhook.id"), created.getString("secret"));
    }

    private long newPartner() {
        return partners.create("Webhook " + uniqueWord());
    }

    private void ping(TestUsers.Session admin, long subscription) {
        admin.given().post("/api/webhooks/{id}/ping", subscription).then().statusCode(202);
    }

    private JsonPath log(TestUsers.Session admin, long subscription) {
        return admin.given()
                .get("/api/webhooks/{id}/deliveries", subscription)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private TestUsers.Session freshAdmin() {
        return users.fresh(Set.of(Role.ADMIN), null); // a session signed in at the moved clock
    }

    @Test
    void aChangeReachesItsSubscriberSignedWithTheChangeAsBody() throws Exception {
        WebhookReceiver receiver = receiver();
        Subscribed subscription = subscribe(receiver, "partner.created");
        long partner = newPartner();

        assertEquals(1, worker.deliverDue());

        List<WebhookReceiver.Request> received = receiver.received();
        assertEquals(1, received.size());
        WebhookReceiver.Request request = received.get(0);
        assertTrue(StandardWebhooks.verifies(subscription.secret(), request), "the signature verifies");
        assertTrue(request.id().startsWith("msg_"), request.id());
        assertTrue(Math.abs(Long.parseLong(request.timestamp()) - clock.now().getEpochSecond()) < 60);
        assertEquals("application/json", request.contentType());
        JsonPath body = JsonPath.from(request.body());
        assertEquals("partner.created", body.getString("type"));
        assertNotNull(Instant.parse(body.getString("timestamp")));
        assertEquals("partner", body.getString("data.type"));
        assertEquals(partner, body.getLong("data.id"));
        assertEquals("created", body.getString("data.action"));
        assertEquals(0L, body.getLong("data.version"));
        assertEquals("/api/partners/" + partner, body.getString("data.href"));

        JsonPath log = log(users.admin(), subscription.id());
        assertEquals(1, log.getInt("totalItems"));
        assertEquals("delivered", log.getString("items[0].state"));
        assertEquals("partner.created", log.getString("items[0].eventType"));
        assertEquals(request.id(), log.getString("items[0].messageId"));
        assertEquals(1, log.getInt("items[0].attempts"));
        assertEquals(200, log.getInt("items[0].lastStatus"));
        assertNotNull(log.get("items[0].lastLatencyMs"));
        assertNull(log.get("items[0].nextAttemptAt"));
        assertEquals(0, worker.deliverDue(), "nothing left to send");
    }

    @Test
    void aFailedDeliveryIsRetriedLaterWithTheSameMessageUntilTheReceiverTakesIt() throws Exception {
        double retriesBefore = attempts("retry");
        double deliveredBefore = attempts("delivered");
        WebhookReceiver receiver = receiver().answer(500, 503, 404);
        Subscribed subscription = subscribe(receiver, "partner.created");
        ping(users.admin(), subscription.id());

        assertEquals(1, worker.deliverDue());
        assertEquals(0, worker.deliverDue(), "not due again at once");
        users.admin()
                .given()
                .get("/api/webhooks/{id}", subscription.id())
                .then()
                .body("lastAttemptStatus", org.hamcrest.Matchers.equalTo(500))
                .body("lastAttemptDelivered", org.hamcrest.Matchers.equalTo(false));
        JsonPath log = log(users.admin(), subscription.id());
        assertEquals("pending", log.getString("items[0].state"));
        assertEquals(500, log.getInt("items[0].lastStatus"));
        assertTrue(log.getString("items[0].lastError").startsWith("HTTP 500"), log.getString("items[0].lastError"));
        Instant next = Instant.parse(log.getString("items[0].nextAttemptAt"));
        assertTrue(next.isAfter(clock.now().plusSeconds(15)), "backs off: " + next);

        for (int retry = 1; retry <= 3; retry++) {
            clock.shift(Duration.ofHours(1));
            assertEquals(1, worker.deliverDue(), "retry " + retry);
        }

        List<WebhookReceiver.Request> received = receiver.received();
        assertEquals(4, received.size());
        assertEquals(
                1, received.stream().map(WebhookReceiver.Request::id).distinct().count(), "one message, four tries");
        assertTrue(received.stream().allMatch(r -> StandardWebhooks.verifies(subscription.secret(), r)));
        assertEquals("webhook.ping", JsonPath.from(received.get(0).body()).getString("type"));
        log = log(freshAdmin(), subscription.id());
        assertEquals("delivered", log.getString("items[0].state"));
        assertEquals(4, log.getInt("items[0].attempts"));
        assertEquals(200, log.getInt("items[0].lastStatus"));
        assertNull(log.get("items[0].lastError"));
        freshAdmin()
                .given()
                .get("/api/webhooks")
                .then()
                .body("items[0].lastAttemptStatus", org.hamcrest.Matchers.equalTo(200))
                .body("items[0].lastAttemptDelivered", org.hamcrest.Matchers.equalTo(true));
        assertEquals(3, attempts("retry") - retriesBefore, "operators see the retries at /q/metrics");
        assertEquals(1, attempts("delivered") - deliveredBefore);
    }

    @Test
    void twoWorkersAtOnceNeverSendTheSameAttemptTwice() throws Exception {
        WebhookReceiver receiver = receiver();
        Subscribed subscription = subscribe(receiver, "partner.created");
        TestUsers.Session admin = users.admin();
        for (int i = 0; i < 40; i++) {
            ping(admin, subscription.id());
        }

        Callable<Integer> drain = () -> {
            int sent = 0;
            for (int n = worker.deliverDue(); n > 0; n = worker.deliverDue()) {
                sent += n;
            }
            return sent;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = pool.submit(drain);
            Future<Integer> two = pool.submit(drain);
            assertEquals(40, one.get() + two.get());
        } finally {
            pool.shutdown();
        }

        List<WebhookReceiver.Request> received = receiver.received();
        assertEquals(40, received.size());
        Set<String> ids = new HashSet<>();
        received.forEach(r -> ids.add(r.id()));
        assertEquals(40, ids.size(), "each message once");
        assertEquals(40, db.count("select count(*) from webhook_delivery where state = 'delivered' and attempts = 1"));
    }

    @Test
    void aDeliveryThatCannotBeSignedFailsAloneAndTheRestOfItsBatchIsRecorded() throws Exception {
        WebhookReceiver good = receiver();
        WebhookReceiver other = receiver();
        subscribe(good, "partner.created");
        Subscribed broken = subscribe(other, "partner.created");
        // as if its secret were sealed with a key this instance does not have (one instance of two not yet
        // given a new key, say)
        db.execute("update webhook_subscription set secret_key_id = 'unknown-key' where id = ?1", broken.id());
        newPartner();

        assertEquals(2, worker.deliverDue(), "both attempted in one batch");
        assertEquals(1, good.received().size());
        assertEquals(0, other.received().size());
        assertEquals(0, worker.deliverDue(), "the sent one is recorded, not claimed again");
        TestUsers.Session admin = users.admin();
        JsonPath log = log(admin, broken.id());
        assertEquals("pending", log.getString("items[0].state"));
        assertTrue(log.getString("items[0].lastError").startsWith("Not sent: "), log.getString("items[0].lastError"));
        assertNotNull(log.getString("items[0].nextAttemptAt"), "retried like any failure");

        clock.shift(Duration.ofHours(1));
        assertEquals(1, worker.deliverDue(), "only the broken one is tried again");
        assertEquals(1, good.received().size(), "the good one was sent once");
    }

    @Test
    void aSubscriptionThatTookADeliveryOfTheBatchIsNotFailing() throws Exception {
        WebhookReceiver receiver = receiver().answer(500);
        Subscribed subscription = subscribe(receiver, "partner.created");
        TestUsers.Session admin = users.admin();
        ping(admin, subscription.id());
        assertEquals(1, worker.deliverDue());
        assertNotNull(view(admin, subscription.id()).getString("failingSince"), "failing since that failure");

        receiver.answer(503);
        ping(admin, subscription.id());
        ping(admin, subscription.id());
        assertEquals(2, worker.deliverDue(), "one batch: one refused, one taken");

        assertNull(view(admin, subscription.id()).getString("failingSince"), "it took one, so it is not failing");
        JsonPath log = log(admin, subscription.id());
        assertEquals(3, log.getInt("totalItems"));
        assertEquals(
                1,
                log.getList("items.state").stream().filter("delivered"::equals).count());
        assertEquals(
                List.of(500, 503),
                log.getList("items.lastStatus").stream()
                        .filter(s -> !Integer.valueOf(200).equals(s))
                        .sorted()
                        .toList());
    }

    private JsonPath view(TestUsers.Session admin, long subscription) {
        return admin.given()
                .get("/api/webhooks/{id}", subscription)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aSubscriptionFailingForFiveDaysIsDisabledAndSaysSo() throws Exception {
        WebhookReceiver receiver = receiver().answerAlways(500);
        Subscribed subscription = subscribe(receiver, "partner.created");
        ping(users.admin(), subscription.id());
        assertEquals(1, worker.deliverDue());

        clock.shift(Duration.ofDays(3));
        TestUsers.Session admin = freshAdmin();
        JsonPath view = admin.given()
                .get("/api/webhooks/{id}", subscription.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(view.getBoolean("enabled"));
        assertNotNull(view.getString("failingSince"));
        assertEquals(1, worker.deliverDue(), "the retry, three days on");
        assertEquals("failed", log(admin, subscription.id()).getString("items[0].state"), "given up after 24 hours");
        ping(admin, subscription.id());
        assertEquals(1, worker.deliverDue());

        clock.shift(Duration.ofDays(2).plusMinutes(1));
        assertEquals(1, worker.deliverDue(), "the second ping's retry, five days after the first failure");

        admin = freshAdmin();
        view = admin.given()
                .get("/api/webhooks/{id}", subscription.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(false, view.getBoolean("enabled"));
        assertEquals("failing", view.getString("disabledReason"));
        assertNotNull(view.getString("disabledAt"));
        newPartner();
        assertEquals(0, worker.deliverDue(), "a disabled subscription gets nothing");
        assertEquals(4, receiver.received().size(), "two pings, each tried twice");
    }

    @Test
    void onlyWhatThePublicMaySeeIsSent() throws Exception {
        WebhookReceiver receiver = receiver();
        Subscribed subscription = subscribe(receiver, "*");
        long hidden = contacts.create("Hemmelig " + uniqueWord(), false);
        String name = "Åben " + uniqueWord();
        long shown = contacts.create(name, true);
        contacts.hide(shown, name);

        while (worker.deliverDue() > 0) {
            // until everything queued is sent
        }

        Set<String> sent = receiver.received().stream()
                .map(r -> {
                    assertTrue(StandardWebhooks.verifies(subscription.secret(), r));
                    JsonPath body = JsonPath.from(r.body());
                    return body.getString("type") + " " + body.getLong("data.id");
                })
                .collect(java.util.stream.Collectors.toSet());
        // a batch goes out in parallel: receivers order by the data's time, not by arrival
        assertEquals(Set.of("contact.created " + shown, "contact.deleted " + shown), sent, "never " + hidden);
    }

    @Test
    void afterARotationBothSecretsSignForADayThenOnlyTheNewOne() throws Exception {
        WebhookReceiver receiver = receiver();
        Subscribed subscription = subscribe(receiver, "partner.created");
        String rotated = users.admin()
                .given()
                .post("/api/webhooks/{id}/rotate-secret", subscription.id())
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        assertTrue(rotated.startsWith("whsec_") && !rotated.equals(subscription.secret()));

        newPartner();
        worker.deliverDue();
        WebhookReceiver.Request during = receiver.received().get(0);
        assertTrue(StandardWebhooks.verifies(rotated, during));
        assertTrue(StandardWebhooks.verifies(subscription.secret(), during), "the previous secret still signs");

        clock.shift(Duration.ofHours(25));
        ping(freshAdmin(), subscription.id());
        worker.deliverDue();
        WebhookReceiver.Request after = receiver.received().get(1);
        assertTrue(StandardWebhooks.verifies(rotated, after));
        assertTrue(!StandardWebhooks.verifies(subscription.secret(), after), "the previous secret no longer signs");
    }

    @Test
    void aRedeliverySendsTheSameMessageAgain() throws Exception {
        WebhookReceiver receiver = receiver();
        Subscribed subscription = subscribe(receiver, "partner.created");
        newPartner();
        worker.deliverDue();
        TestUsers.Session admin = users.admin();
        long first = log(admin, subscription.id()).getLong("items[0].id");

        JsonPath again = admin.given()
                .post("/api/webhooks/{id}/deliveries/{deliveryId}/redeliver", subscription.id(), first)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        assertEquals("pending", again.getString("state"));
        assertTrue(again.getLong("id") != first);
        assertEquals(1, worker.deliverDue());

        List<WebhookReceiver.Request> received = receiver.received();
        assertEquals(2, received.size());
        assertEquals(received.get(0).id(), received.get(1).id(), "the same webhook-id, so receivers can tell");
        assertEquals(received.get(0).body(), received.get(1).body());
        assertEquals(2, log(admin, subscription.id()).getInt("totalItems"));
        admin.given()
                .post("/api/webhooks/{id}/deliveries/{deliveryId}/redeliver", subscription.id(), first + 100000)
                .then()
                .statusCode(404);
    }

    @Test
    void theLogKeepsFinishedDeliveriesForAMonthAndPendingOnesUntilTheyFinish() throws Exception {
        WebhookReceiver receiver = receiver().answer(200, 503);
        Subscribed subscription = subscribe(receiver, "partner.created");
        newPartner();
        assertEquals(1, worker.deliverDue(), "delivered at once");
        clock.shift(Duration.ofDays(29));
        ping(freshAdmin(), subscription.id());
        assertEquals(1, worker.deliverDue(), "the ping fails and waits for its retry");
        List<String> messages = log(freshAdmin(), subscription.id()).getList("items.messageId");

        service.pruneLog();
        assertEquals(2, log(freshAdmin(), subscription.id()).getInt("totalItems"), "29 days: both kept");

        clock.shift(Duration.ofDays(2)); // 31 days after the first, 2 after the second
        service.pruneLog();
        JsonPath log = log(freshAdmin(), subscription.id());
        assertEquals(1, log.getInt("totalItems"), "the delivered one a month old is gone");
        assertEquals("pending", log.getString("items[0].state"), "the one still being tried stays");
        assertEquals(messages.get(0), log.getString("items[0].messageId"));
        assertEquals(1, messageRows(messages.get(0)), "and so does its message");
        assertEquals(0, messageRows(messages.get(1)), "the other's message went with it");
    }

    private long messageRows(String messageId) {
        return db.count("select count(*) from webhook_event where 'msg_' || id = ?1", messageId);
    }
}
