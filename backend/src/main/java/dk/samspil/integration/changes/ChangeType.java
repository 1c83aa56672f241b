package dk.samspil.integration.changes;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The resources the change feed follows: each under the name the API gives it, with the table the audit
 * trail names it by and the path that reads it. Accounts and tokens are left out on purpose: integrators
 * cannot read them, and admins follow them in the audit trail.
 */
public enum ChangeType {
    LIBRARY("library", "library", "/api/libraries/", true),
    THEME("theme", "theme", "/api/themes/", true),
    PARTICIPATION("participation", "participation", "/api/participations/", true),
    ACTIVITY("activity", "activity", "/api/activities/", true),
    NETWORK_MEETING("network-meeting", "network_meeting", "/api/network-meetings/", true),
    GOAL("goal", "collaboration_goal", "/api/goal", true),
    CONTACT("contact", "contact", "/api/contacts/", true),
    PARTNER("partner", "partner", "/api/partners/", true),
    ATTACHMENT("attachment", "attachment", "/api/attachments/", false),
    PARTNERSHIP("partnership", "partnership", "/api/partnerships/", true),
    GUIDE_CHAPTER("guide-chapter", "guide_chapter", "/api/guide/chapters/", true),
    TOOLBOX_ITEM("toolbox-item", "toolbox_item", "/api/toolbox/", true),
    CASE("case", "cases", "/api/cases/", true),
    PROJECT("project", "project", "/api/projects/", true);

    /** Audit types that are deliberately not in the feed. */
    static final Set<String> NOT_FOLLOWED = Set.of("app_user", "api_token", "webhook_subscription");

    /** The name clients see and filter by. */
    final String apiName;

    /** The table, as the audit trail names the type. */
    final String table;

    /** The path of the collection (ending in /) or of the single resource. */
    private final String path;

    /** Whether it has a version (its ETag); files are identified by their content instead. */
    final boolean versioned;

    ChangeType(String apiName, String table, String path, boolean versioned) {
        this.apiName = apiName;
        this.table = table;
        this.path = path;
        this.versioned = versioned;
    }

    /** The name clients see (the feed's type, the first half of a webhook's event type). */
    public String apiName() {
        return apiName;
    }

    String href(long id) {
        return path.endsWith("/") ? path + id : path;
    }

    public static Optional<ChangeType> ofTable(String table) {
        return Arrays.stream(values()).filter(t -> t.table.equals(table)).findFirst();
    }

    static Optional<ChangeType> ofApiName(String name) {
        return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst();
    }
}
