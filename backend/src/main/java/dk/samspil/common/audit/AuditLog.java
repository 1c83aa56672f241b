package dk.samspil.common.audit;

import dk.samspil.common.security.Caller;
import dk.samspil.common.security.CurrentCaller;
import dk.samspil.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Records every create, update and delete in the caller's transaction: if the change is rolled back,
 * so is its record. Services pass snapshots of the fields a person can change; secrets are never
 * part of a snapshot. Each change is also announced as a {@link ResourceChanged} event, in the same
 * transaction, for what must follow every change (the change feed) without common knowing about it.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    CurrentCaller current;

    @Inject
    AppClock clock;

    @Inject
    Event<ResourceChanged> changed;

    public void created(String entityType, long id, Map<String, Object> after) {
        record(entityType, id, ResourceChanged.Action.CREATED, Map.of(), after, caller());
    }

    /** An update that changed none of the recorded fields is no change: neither recorded nor announced. */
    public void updated(String entityType, long id, Map<String, Object> before, Map<String, Object> after) {
        record(entityType, id, ResourceChanged.Action.UPDATED, before, after, caller());
    }

    /**
     * An update made by someone who is not signed in but proved who they are another way (a user who set their
     * password through the link mailed to them): the event names them, not the system.
     */
    public void updatedBy(
            Caller actor, String entityType, long id, Map<String, Object> before, Map<String, Object> after) {
        record(entityType, id, ResourceChanged.Action.UPDATED, before, after, actor);
    }

    public void deleted(String entityType, long id, Map<String, Object> before) {
        record(entityType, id, ResourceChanged.Action.DELETED, before, Map.of(), caller());
    }

    private void record(
            String entityType,
            long id,
            ResourceChanged.Action action,
            Map<String, Object> before,
            Map<String, Object> after,
            Caller caller) {
        Map<String, FieldChange> changes = diff(before, after);
        if (action == ResourceChanged.Action.UPDATED && changes.isEmpty()) {
            return;
        }
        String auditAction = switch (action) {
            case CREATED -> "CREATE";
            case UPDATED -> "UPDATE";
            case DELETED -> "DELETE";
        };
        AuditEvent event = write(caller, entityType, id, auditAction, changes);
        changed.fire(new ResourceChanged(entityType, id, action, event.occurredAt, before, after));
    }

    private AuditEvent write(
            Caller caller, String entityType, long id, String action, Map<String, FieldChange> changes) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.now();
        event.actorType = switch (caller.kind()) {
            case USER -> "USER";
            case TOKEN -> "TOKEN";
            case ANONYMOUS, SYSTEM -> "SYSTEM";
        };
        event.actorId = caller.id();
        event.actorName = caller.anonymous() ? "Samspil" : caller.name();
        if (caller.kind() == Caller.Kind.SYSTEM) {
            event.actorId = null;
        }
        event.entityType = entityType;
        event.entityId = id;
        event.action = action;
        event.changes = changes;
        event.persist();
        return event;
    }

    private Caller caller() {
        try {
            return current.get();
        } catch (ContextNotActiveException outsideARequest) {
            return Caller.ANONYMOUS;
        }
    }

    static Map<String, FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        Map<String, Object> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String field : all.keySet()) {
            String old = text(before.get(field));
            String value = text(after.get(field));
            if (!Objects.equals(old, value)) {
                changes.put(field, new FieldChange(old, value));
            }
        }
        return changes;
    }

    /** Values as the API writes them (dates ISO 8601, lists comma-separated), so the trail reads like the resources. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        }
        return value.toString();
    }
}
