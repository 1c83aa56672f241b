package dk.samspil.integration.changes;

import dk.samspil.common.audit.ResourceChanged;
import dk.samspil.common.audit.ResourceChanged.Action;
import dk.samspil.common.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Map;

/**
 * Writes each change into the feed in the writer's transaction (the observer runs synchronously), so a
 * change and its feed entry commit or roll back together. Who may read the entry is decided here, from the
 * resource as it was written: a tombstone of a private contact stays private. What the public may read is
 * announced once more, as a {@link PublicChange}, for those who pass changes on outside (webhooks).
 */
@ApplicationScoped
public class ChangeRecorder {

    @Inject
    Sql sql;

    @Inject
    EntityManager em;

    @Inject
    Event<PublicChange> publicChanges;

    /** What the insert gives back: the version the entry carries. */
    record Inserted(Long version) {}

    void record(@Observes ResourceChanged change) {
        if (ChangeType.NOT_FOLLOWED.contains(change.type())) {
            return;
        }
        ChangeType type = ChangeType.ofTable(change.type())
                .orElseThrow(() -> new IllegalStateException("The change feed does not know the type " + change.type()
                        + ": add it to ChangeType (or to its NOT_FOLLOWED)"));
        if (type == ChangeType.CONTACT) {
            recordContact(change);
        } else if (type == ChangeType.ATTACHMENT) {
            // A file is public only while public content uses it; when it is uploaded, none does yet.
            insert(type, change, change.action(), Audience.PRIVATE_READERS);
        } else {
            insert(type, change, change.action(), Audience.EVERYONE);
        }
    }

    /** Public contacts for everyone, the others for callers who read private details (as ContactService). */
    private void recordContact(ResourceChanged change) {
        boolean publicBefore = isPublic(change.before());
        boolean publicAfter = change.action() == Action.DELETED ? publicBefore : isPublic(change.after());
        if (publicAfter) {
            insert(ChangeType.CONTACT, change, change.action(), Audience.EVERYONE);
            return;
        }
        insert(ChangeType.CONTACT, change, change.action(), Audience.PRIVATE_READERS);
        if (change.action() == Action.UPDATED && publicBefore) {
            // For those who may see only public contacts, this one is gone.
            insert(ChangeType.CONTACT, change, Action.DELETED, Audience.PUBLIC_READERS);
        }
    }

    private static boolean isPublic(Map<String, Object> fields) {
        return Boolean.TRUE.equals(fields.get("public"));
    }

    private void insert(ChangeType type, ResourceChanged change, Action action, Audience audience) {
        boolean hasVersion = type.versioned && action != Action.DELETED;
        if (hasVersion) {
            em.flush(); // the version moves when the entity is flushed; the entry carries the new one
        }
        String version = hasVersion ? "(select version from " + type.table + " where id = :id)" : "null";
        String actionName = action.name().toLowerCase(Locale.ROOT);
        Inserted inserted = sql.select(
                        "insert into resource_change (occurred_at, resource_type, resource_id, action, version, audience)"
                                + " values (:at, :type, :id, :action, " + version + ", :audience) returning version")
                .param("at", change.occurredAt())
                .param("type", type.apiName)
                .param("id", change.id())
                .param("action", actionName)
                .param("audience", audience.column)
                .list(Inserted.class)
                .get(0);
        if (audience != Audience.PRIVATE_READERS) {
            publicChanges.fire(new PublicChange(new ChangeView(
                    type.apiName,
                    change.id(),
                    actionName,
                    change.occurredAt(),
                    inserted.version(),
                    type.href(change.id()))));
        }
    }
}
