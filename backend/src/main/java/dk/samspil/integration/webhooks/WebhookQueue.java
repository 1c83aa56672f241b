package dk.samspil.integration.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.common.db.Sql;
import dk.samspil.integration.changes.ChangeView;
import dk.samspil.integration.changes.PublicChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Queues deliveries in the transaction of the change they announce: the change and its deliveries commit
 * together or not at all, and once committed they survive a restart until a worker has sent them. Only what
 * the public may see is announced ({@link PublicChange}).
 */
@ApplicationScoped
public class WebhookQueue {

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    /** One statement per change, whether or not a subscription wants it (it inserts nothing then). */
    void onPublicChange(@Observes PublicChange publicChange) {
        ChangeView change = publicChange.change();
        String type = change.type() + "." + change.action();
        sql.update("""
                with subscriber as (
                    select id from webhook_subscription
                    where enabled and (:type = any(event_types) or '*' = any(event_types))
                ), event as (
                    insert into webhook_event (event_type, payload, created_at)
                    select :type, :payload, :at where exists (select 1 from subscriber)
                    returning id
                )
                insert into webhook_delivery (subscription_id, event_id, state, next_attempt_at, created_at)
                select subscriber.id, event.id, 'pending', :at, :at from event cross join subscriber""")
                .param("type", type)
                .param("payload", payload(type, change.occurredAt(), change))
                .param("at", change.occurredAt())
                .execute();
    }

    /** A test event for one subscription, sent whatever it subscribes to and even while it is disabled. */
    long ping(long subscriptionId, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subscriptionId", subscriptionId);
        return sql.select("""
                with event as (
                    insert into webhook_event (event_type, payload, created_at) values (:type, :payload, :at)
                    returning id
                )
                insert into webhook_delivery (subscription_id, event_id, state, manual, next_attempt_at, created_at)
                select :subscription, event.id, 'pending', true, :at, :at from event
                returning id""")
                .param("type", EventTypes.PING)
                .param("payload", payload(EventTypes.PING, now, data))
                .param("at", now)
                .param("subscription", subscriptionId)
                .list(Long.class) // not one(): a LIMIT cannot follow an insert's RETURNING
                .get(0);
    }

    /** The same message once more, as a new delivery with attempts of its own. */
    long redeliver(long subscriptionId, long deliveryId, Instant now) {
        return sql
                .select("""
                insert into webhook_delivery (subscription_id, event_id, state, manual, next_attempt_at, created_at)
                select d.subscription_id, d.event_id, 'pending', true, :at, :at from webhook_delivery d
                where d.id = :delivery and d.subscription_id = :subscription
                returning id""")
                .param("delivery", deliveryId)
                .param("subscription", subscriptionId)
                .param("at", now)
                .list(Long.class)
                .stream()
                .findFirst()
                .orElse(0L);
    }

    /** The Standard Webhooks body: the event type, when it happened, and its data. */
    private String payload(String type, Instant timestamp, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", timestamp);
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook body could not be written", e);
        }
    }
}
