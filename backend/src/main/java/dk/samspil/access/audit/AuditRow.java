package dk.samspil.access.audit;

import dk.samspil.common.audit.FieldChange;
import java.time.Instant;
import java.util.Map;

/** An audit event as stored; {@link AuditWords} says it in words. */
public record AuditRow(
        long id,
        Instant occurredAt,
        String actorType,
        Long actorId,
        String actorName,
        String entityType,
        long entityId,
        String action,
        Map<String, FieldChange> changes) {}
