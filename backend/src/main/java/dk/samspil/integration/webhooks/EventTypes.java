package dk.samspil.integration.webhooks;

import dk.samspil.integration.changes.ChangeType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The events a subscription may ask for: each change-feed type with each action, or every event. Files
 * (attachments) are left out: their changes are never public (a file is public only through the content that
 * uses it), so nothing would ever be sent.
 */
final class EventTypes {

    static final String ALL = "*";

    /** The test event an admin sends from the subscription's page; sent whatever it subscribes to. */
    static final String PING = "webhook.ping";

    static final List<String> ACTIONS = List.of("created", "updated", "deleted");

    static final Set<String> KNOWN = known();

    private EventTypes() {}

    private static Set<String> known() {
        Set<String> names = new LinkedHashSet<>();
        names.add(ALL);
        Arrays.stream(ChangeType.values())
                .filter(t -> t != ChangeType.ATTACHMENT)
                .forEach(t -> ACTIONS.forEach(a -> names.add(t.apiName() + "." + a)));
        return Set.copyOf(names);
    }
}
