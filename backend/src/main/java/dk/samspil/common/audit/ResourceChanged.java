package dk.samspil.common.audit;

import java.time.Instant;
import java.util.Map;

/**
 * A resource was created, updated or deleted: fired by {@link AuditLog} in the writer's transaction, to
 * observers that must see every change exactly when it commits (the change feed, webhooks). Observers run
 * synchronously, so what they write commits or rolls back with the change.
 *
 * @param type   the resource's type as the audit trail names it (its table)
 * @param before its fields before (empty when created)
 * @param after  its fields after (empty when deleted)
 */
public record ResourceChanged(
        String type,
        long id,
        Action action,
        Instant occurredAt,
        Map<String, Object> before,
        Map<String, Object> after) {

    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }
}
