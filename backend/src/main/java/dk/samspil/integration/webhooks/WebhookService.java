package dk.samspil.integration.webhooks;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.Sql;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.Pages;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.time.AppClock;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Webhook subscriptions and their delivery logs: admins only. */
@ApplicationScoped
public class WebhookService {

    public static final SortFields SORT =
            SortFields.of("-createdAt", "w.id desc", "createdAt", "w.created_at", "url", "w.url");

    public static final SortFields DELIVERY_SORT =
            SortFields.of("-createdAt", "d.id desc", "createdAt", "d.created_at");

    /** After a rotation receivers have this long to switch: deliveries carry both signatures meanwhile. */
    static final Duration ROTATION_GRACE = Duration.ofHours(24);

    static final String DISABLED_BY_ADMIN = "admin";

    /** How long a finished delivery stays in the log; pending ones stay until they finish (24 h at most). */
    static final Duration LOG_KEPT = Duration.ofDays(30);

    /** Never the secret itself, only that it was set or changed. */
    private static final String HIDDEN = "***";

    @Inject
    EntityManager em;

    @Inject
    Sql sql;

    @Inject
    Access access;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    SecretBox secrets;

    @Inject
    TargetGuard targets;

    @Inject
    WebhookQueue queue;

    public WebhookPage list(PageRequest page) {
        access.requireAdmin();
        long total = sql.select("select count(*) from webhook_subscription").one(Long.class);
        List<WebhookView> items = total <= page.offset()
                ? List.of()
                : sql.select(VIEW_SELECT + " order by " + page.orderBy())
                        .window(Math.toIntExact(page.offset()), page.size())
                        .list(WebhookView.class);
        return Pages.of(items, page, total, WebhookPage::new);
    }

    public Optional<WebhookView> get(long id) {
        access.requireAdmin();
        return sql.select(VIEW_SELECT + " where w.id = :id").param("id", id).list(WebhookView.class).stream()
                .findFirst();
    }

    /**
     * A subscription as admins see it, with its newest attempted delivery (found backwards along the log's
     * index, so it costs a row or two however long the log is).
     */
    static final String VIEW_SELECT = """
            select w.id, w.url, w.description, w.event_types, w.enabled, w.disabled_at, w.disabled_reason,
                   w.failing_since, w.previous_secret_until as previous_secret_valid_until,
                   a.last_attempt_at as last_attempt_at, a.last_status as last_attempt_status,
                   a.state = 'delivered' as last_attempt_delivered,
                   w.created_at, w.updated_at, w.version
            from webhook_subscription w
            left join lateral (
                select d.last_attempt_at, d.last_status, d.state from webhook_delivery d
                where d.subscription_id = w.id and d.last_attempt_at is not null
                order by d.id desc limit 1
            ) a on true""";

    @Transactional
    public WebhookCreated create(WebhookInput input) {
        access.requireAdmin();
        Instant now = clock.now();
        WebhookSubscription s = new WebhookSubscription();
        apply(s, input, now);
        String secret = Signatures.newSecret();
        SecretBox.Sealed sealed = secrets.seal(secret);
        s.secretKeyId = sealed.keyId();
        s.secretCiphertext = sealed.ciphertext();
        s.createdAt = now;
        s.updatedAt = now;
        s.persistAndFlush();
        audit.created(AUDIT_TYPE, s.id, snapshot(s, true));
        return new WebhookCreated(WebhookView.of(s), secret);
    }

    @Transactional
    public WebhookView update(long id, WebhookInput input, String ifMatch) {
        access.requireAdmin();
        WebhookSubscription s = find(id);
        ETags.requireMatch(ifMatch, s.version);
        Map<String, Object> before = snapshot(s, false);
        Instant now = clock.now();
        apply(s, input, now);
        s.updatedAt = now;
        WebhookSubscription.flush();
        audit.updated(AUDIT_TYPE, s.id, before, snapshot(s, false));
        return get(id).orElseThrow();
    }

    /** Deletes it with its delivery log; what was still waiting is not sent. */
    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireAdmin();
        WebhookSubscription s = find(id);
        ETags.requireMatch(ifMatch, s.version);
        Map<String, Object> before = snapshot(s, false);
        s.delete();
        audit.deleted(AUDIT_TYPE, id, before);
    }

    /** A new secret, shown once; the previous one keeps signing for {@link #ROTATION_GRACE}. */
    @Transactional
    public WebhookCreated rotateSecret(long id) {
        access.requireAdmin();
        WebhookSubscription s = find(id);
        Instant now = clock.now();
        String secret = Signatures.newSecret();
        SecretBox.Sealed sealed = secrets.seal(secret);
        s.previousSecretKeyId = s.secretKeyId;
        s.previousSecretCiphertext = s.secretCiphertext;
        s.previousSecretUntil = now.plus(ROTATION_GRACE);
        s.secretKeyId = sealed.keyId();
        s.secretCiphertext = sealed.ciphertext();
        s.updatedAt = now;
        WebhookSubscription.flush();
        audit.updated(AUDIT_TYPE, s.id, Map.of(), Map.of("secret", HIDDEN));
        return new WebhookCreated(get(id).orElseThrow(), secret);
    }

    @Transactional
    public DeliveryView ping(long id) {
        access.requireAdmin();
        find(id);
        return delivery(queue.ping(id, clock.now()));
    }

    @Transactional
    public DeliveryView redeliver(long id, long deliveryId) {
        access.requireAdmin();
        find(id);
        long created = queue.redeliver(id, deliveryId, clock.now());
        if (created == 0) {
            throw ApiException.notFound("problem.not-found.detail.webhook-delivery", deliveryId);
        }
        return delivery(created);
    }

    public DeliveryPage deliveries(long id, PageRequest page) {
        access.requireAdmin();
        find(id);
        long total = sql.select("select count(*) from webhook_delivery where subscription_id = :id")
                .param("id", id)
                .one(Long.class);
        List<DeliveryView> items = total <= page.offset()
                ? List.of()
                : sql.select(DELIVERY_SELECT + " where d.subscription_id = :id order by " + page.orderBy())
                        .param("id", id)
                        .window(Math.toIntExact(page.offset()), page.size())
                        .list(DeliveryView.class);
        return Pages.of(items, page, total, DeliveryPage::new);
    }

    /**
     * Drops finished deliveries older than {@link #LOG_KEPT}, and the messages no delivery refers to any more,
     * so the queue and the logs stay the size of a month's traffic.
     */
    @Scheduled(
            every = "${samspil.webhooks.prune-every:1h}",
            delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void pruneLog() {
        Instant cutoff = clock.now().minus(LOG_KEPT);
        sql.update("delete from webhook_delivery where state <> 'pending' and finished_at < :cutoff")
                .param("cutoff", cutoff)
                .execute();
        sql.update("""
                delete from webhook_event e where e.created_at < :cutoff
                and not exists (select 1 from webhook_delivery d where d.event_id = e.id)""").param("cutoff", cutoff).execute();
    }

    /** Moves every secret sealed with an older key to the current one, so that the old key can go. */
    void reencryptSecrets(@Observes StartupEvent start) {
        if (secrets.configured()) {
            reencryptSecrets();
        }
    }

    @Transactional
    void reencryptSecrets() {
        String current = secrets.currentKeyId();
        List<WebhookSubscription> stale = WebhookSubscription.list(
                "secretKeyId <> ?1 or (previousSecretKeyId is not null and previousSecretKeyId <> ?1)", current);
        for (WebhookSubscription s : stale) {
            SecretBox.Sealed sealed = secrets.seal(secrets.open(s.secretKeyId, s.secretCiphertext));
            s.secretKeyId = sealed.keyId();
            s.secretCiphertext = sealed.ciphertext();
            if (s.previousSecretKeyId != null) {
                SecretBox.Sealed previous =
                        secrets.seal(secrets.open(s.previousSecretKeyId, s.previousSecretCiphertext));
                s.previousSecretKeyId = previous.keyId();
                s.previousSecretCiphertext = previous.ciphertext();
            }
        }
    }

    static final String AUDIT_TYPE = "webhook_subscription";

    static final String DELIVERY_SELECT = """
            select d.id, 'msg_' || e.id as message_id, e.event_type, d.state, d.attempts, d.last_status,
                   d.last_latency_ms, d.last_error, d.last_attempt_at, d.next_attempt_at, d.created_at, d.finished_at
            from webhook_delivery d join webhook_event e on e.id = d.event_id""";

    private DeliveryView delivery(long id) {
        return sql.select(DELIVERY_SELECT + " where d.id = :id").param("id", id).one(DeliveryView.class);
    }

    private static WebhookSubscription find(long id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.webhook", id));
    }

    private void apply(WebhookSubscription s, WebhookInput input, Instant now) {
        String url = input.url().trim();
        if (!url.equals(s.url)) {
            // a new address is checked; an unchanged one is not, so that a subscription whose host has gone
            // can still be switched off or described (each delivery checks the address again anyway)
            s.url = targets.check(url).toString();
        }
        s.description = input.description() == null || input.description().isBlank()
                ? null
                : input.description().trim();
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String type : input.eventTypes()) {
            if (!EventTypes.KNOWN.contains(type)) {
                throw ApiException.invalidField("eventTypes", "webhook.event-type.unknown", type);
            }
            types.add(type);
        }
        s.eventTypes = types.contains(EventTypes.ALL) ? new String[] {EventTypes.ALL} : types.toArray(String[]::new);
        boolean enabled = input.enabled() == null || input.enabled();
        if (enabled && !s.enabled) {
            // switched on again: a fresh start, the failures before no longer count
            s.failingSince = null;
            s.disabledAt = null;
            s.disabledReason = null;
        } else if (!enabled && s.enabled) {
            s.disabledAt = now;
            s.disabledReason = DISABLED_BY_ADMIN;
        }
        s.enabled = enabled;
    }

    private static Map<String, Object> snapshot(WebhookSubscription s, boolean secretSet) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("url", s.url);
        map.put("description", s.description);
        map.put("eventTypes", List.of(s.eventTypes));
        map.put("enabled", s.enabled);
        if (secretSet) {
            map.put("secret", HIDDEN);
        }
        return map;
    }
}
