package dk.samspil.integration.webhooks;

import dk.samspil.common.db.Sql;
import dk.samspil.common.time.AppClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends what is due. A batch is claimed in one short transaction with {@code FOR UPDATE SKIP LOCKED}: the claim
 * counts the attempt and moves the delivery's next try past the lease, so another worker (in this instance or
 * another) skips it while it is locked and does not find it due afterwards. The requests go out with no
 * transaction open, in parallel; the outcomes are written in a second one. A worker that dies after claiming
 * leaves the delivery to be tried again when the lease runs out: at least once, never the same attempt twice.
 *
 * <p>Retries back off exponentially (30 s, 1 min, 2 min, ... up to 6 h, each with +-25 % jitter so that
 * receivers coming back are not hit by every retry at once) until the first failure after 24 hours, which ends
 * the delivery as failed. A subscription whose every attempt has failed for 5 days is disabled.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);
    static final Duration RETRY_FOR = Duration.ofHours(24);
    static final Duration DISABLE_AFTER = Duration.ofDays(5);
    static final String DISABLED_FAILING = "failing";

    /** Delivery attempts at /q/metrics by outcome: {@code samspil_webhook_attempts_total{outcome="retry"}}. */
    static final String ATTEMPTS = "samspil.webhook.attempts";

    @Inject
    MeterRegistry registry;

    @Inject
    Sql sql;

    @Inject
    AppClock clock;

    @Inject
    SecretBox secrets;

    @Inject
    TargetGuard targets;

    @Inject
    WebhookSender sender;

    @ConfigProperty(name = "samspil.webhooks.batch-size", defaultValue = "100")
    int batchSize;

    /** A claimed delivery with what sending it needs. */
    record Claimed(
            long id,
            long subscriptionId,
            long eventId,
            int attempts,
            Instant createdAt,
            String payload,
            String url,
            String secretKeyId,
            String secretCiphertext,
            String previousSecretKeyId,
            String previousSecretCiphertext,
            Instant previousSecretUntil) {}

    private record Result(Claimed delivery, Instant at, WebhookSender.Outcome outcome) {}

    @Scheduled(
            every = "${samspil.webhooks.deliver-every:5s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            while (deliverDue() == batchSize) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook deliveries failed this round; they are tried again", e);
        }
    }

    /** Claims, sends and records one batch of due deliveries; how many it attempted. */
    public int deliverDue() {
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Result> results = new ArrayList<>(claimed.size());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Result>> sent = new ArrayList<>();
            for (Claimed delivery : claimed) {
                sent.add(pool.submit(() -> attempt(delivery)));
            }
            for (Future<Result> future : sent) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending webhooks", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A webhook could not be sent", e.getCause());
        }
        QuarkusTransaction.requiringNew().run(() -> record(results));
        return claimed.size();
    }

    private List<Claimed> claim() {
        Instant now = clock.now();
        return sql.select("""
                with due as (
                    select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                    where d.state = 'pending' and d.next_attempt_at <= :now and (s.enabled or d.manual)
                    order by d.next_attempt_at, d.id
                    limit :limit
                    for update of d skip locked
                ), claimed as (
                    update webhook_delivery d set attempts = d.attempts + 1, next_attempt_at = :lease
                    from due where d.id = due.id
                    returning d.id, d.subscription_id, d.event_id, d.attempts, d.created_at
                )
                select c.id, c.subscription_id, c.event_id, c.attempts, c.created_at, e.payload, s.url, s.secret_key_id,
                       s.secret_ciphertext, s.previous_secret_key_id, s.previous_secret_ciphertext,
                       s.previous_secret_until
                from claimed c
                join webhook_event e on e.id = c.event_id
                join webhook_subscription s on s.id = c.subscription_id
                order by c.id""")
                .param("now", now)
                .param("lease", now.plus(LEASE))
                .param("limit", batchSize)
                .list(Claimed.class);
    }

    /**
     * One attempt. One that cannot even be made (its secret cannot be opened with the configured keys, say) is a
     * failure of this delivery alone, retried like any other: were it to fail the batch, the others, already sent,
     * would stay claimed without an outcome and be sent again each time the claim lapsed.
     */
    private Result attempt(Claimed d) {
        Instant at = clock.now();
        WebhookSender.Outcome outcome;
        try {
            URI url = URI.create(d.url());
            outcome = targets.refusal(url)
                    .map(reason -> new WebhookSender.Outcome(null, 0, "Not sent: " + reason))
                    .orElseGet(() ->
                            sender.send(url, "msg_" + d.eventId(), at.getEpochSecond(), d.payload(), secrets(d, at)));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook delivery %d could not be sent", d.id());
            String error = "Not sent: " + e.getMessage();
            outcome = new WebhookSender.Outcome(null, 0, error.length() > 300 ? error.substring(0, 299) + "…" : error);
        }
        return new Result(d, at, outcome);
    }

    private List<String> secrets(Claimed d, Instant at) {
        List<String> list = new ArrayList<>(2);
        list.add(secrets.open(d.secretKeyId(), d.secretCiphertext()));
        if (d.previousSecretCiphertext() != null && at.isBefore(d.previousSecretUntil())) {
            list.add(secrets.open(d.previousSecretKeyId(), d.previousSecretCiphertext()));
        }
        return list;
    }

    /**
     * Writes a batch's outcomes in a few statements, whatever its size: one for the deliveries, one for the
     * subscriptions that took something, and two for each that took nothing. A subscription that took any delivery
     * of the batch is not failing; one that took none is failing since its first failure, and disabled once that
     * is 5 days ago.
     */
    private void record(List<Result> results) {
        Instant now = clock.now();
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        Set<Long> took = new TreeSet<>();
        Map<Long, Instant> failedSince = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < results.size(); i++) {
            Result result = results.get(i);
            Claimed d = result.delivery();
            WebhookSender.Outcome outcome = result.outcome();
            boolean delivered = outcome.delivered();
            boolean givenUp = !delivered && !now.isBefore(d.createdAt().plus(RETRY_FOR));
            values.append(i == 0 ? "" : ", ")
                    .append(String.format(
                            "(cast(:id%1$d as bigint), cast(:state%1$d as varchar), cast(:next%1$d as timestamptz),"
                                    + " cast(:finished%1$d as timestamptz), cast(:at%1$d as timestamptz),"
                                    + " cast(:status%1$d as integer), cast(:latency%1$d as integer),"
                                    + " cast(:error%1$d as varchar))",
                            i));
            params.put("id" + i, d.id());
            params.put("state" + i, delivered ? "delivered" : givenUp ? "failed" : "pending");
            params.put("next" + i, delivered || givenUp ? null : now.plus(backoff(d.attempts())));
            params.put("finished" + i, delivered || givenUp ? now : null);
            params.put("at" + i, result.at());
            params.put("status" + i, outcome.status());
            params.put("latency" + i, outcome.latencyMs());
            params.put("error" + i, delivered ? null : outcome.error());
            outcomes.merge(delivered ? "delivered" : givenUp ? "given-up" : "retry", 1, Integer::sum);
            if (delivered) {
                took.add(d.subscriptionId());
            } else {
                failedSince.merge(d.subscriptionId(), result.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        sql.update("""
                update webhook_delivery d
                set state = r.state, next_attempt_at = r.next, finished_at = r.finished, last_attempt_at = r.at,
                    last_status = r.status, last_latency_ms = r.latency, last_error = r.error
                from (values %s) as r (id, state, next, finished, at, status, latency, error)
                where d.id = r.id""".formatted(values)).params(params).execute();
        outcomes.forEach(
                (name, count) -> registry.counter(ATTEMPTS, "outcome", name).increment(count));
        if (!took.isEmpty()) {
            sql.update(
                            "update webhook_subscription set failing_since = null where id in (:ids) and failing_since is not null")
                    .param("ids", took)
                    .execute();
        }
        failedSince.keySet().removeAll(took);
        failedSince.forEach((subscriptionId, at) -> {
            sql.update("update webhook_subscription set failing_since = coalesce(failing_since, :at) where id = :id")
                    .param("at", at)
                    .param("id", subscriptionId)
                    .execute();
            int disabled = sql.update("""
                    update webhook_subscription
                    set enabled = false, disabled_at = :now, disabled_reason = :reason, version = version + 1
                    where id = :id and enabled and failing_since <= :cutoff""")
                    .param("now", now)
                    .param("reason", DISABLED_FAILING)
                    .param("id", subscriptionId)
                    .param("cutoff", now.minus(DISABLE_AFTER))
                    .execute();
            if (disabled > 0) {
                LOG.infof("Webhook subscription %d disabled: every delivery has failed for 5 days", subscriptionId);
            }
        });
    }

    /** 30 s doubled per attempt up to 6 h, +-25 % at random. */
    static Duration backoff(int attempts) {
        long base = FIRST_RETRY.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(base, LONGEST_RETRY.toMillis());
        double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
        return Duration.ofMillis((long) (capped * jitter));
    }
}
