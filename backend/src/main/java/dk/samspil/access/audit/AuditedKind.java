package dk.samspil.access.audit;

import dk.samspil.common.http.QueryParams;
import dk.samspil.common.i18n.Messages;
import dk.samspil.common.problem.ApiException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of item the audit trail records, by the type it records them under (the table), and how
 * each is named: the SQL that reads an item's name (and a detail such as a theme's number) by id.
 */
public enum AuditedKind {
    LIBRARY("library", "library x", "x.name", null),
    THEME("theme", "theme x", "x.title", "x.number"),
    PARTICIPATION(
            "participation",
            "participation x join library l on l.id = x.library_id join theme t on t.id = x.theme_id",
            "l.name",
            "t.number"),
    ACTIVITY("activity", "activity x", "x.title", null),
    NETWORK_MEETING("network_meeting", "network_meeting x", "x.title", null),
    GOAL("collaboration_goal", null, null, null),
    CONTACT("contact", "contact x", "x.name", null),
    PARTNER("partner", "partner x", "x.name", null),
    PARTNERSHIP("partnership", "partnership x", "x.title", null),
    GOOD_EXAMPLE("cases", "cases x", "x.title", null),
    PROJECT("project", "project x", "x.name", null),
    GUIDE_CHAPTER("guide_chapter", "guide_chapter x", "x.title", "x.number"),
    TOOLBOX_ITEM("toolbox_item", "toolbox_item x", "x.title", null),
    ATTACHMENT("attachment", "attachment x", "x.file_name", null),
    USER("app_user", "app_user x", "x.display_name", null),
    TOKEN("api_token", "api_token x", "x.name", null),
    WEBHOOK_SUBSCRIPTION("webhook_subscription", "webhook_subscription x", "x.url", null);

    /** The type the trail records (entityType), as clients filter by it. */
    public final String type;

    private final String from;
    private final String name;
    private final String detail;

    AuditedKind(String type, String from, String name, String detail) {
        this.type = type;
        this.from = from;
        this.name = name;
        this.detail = detail;
    }

    public static Optional<AuditedKind> of(String type) {
        return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
    }

    /** The entityType filter: null for none, else one of the types (400 for any other). */
    public static String param(String name, String value) {
        String type = QueryParams.optionalText(name, value);
        if (type != null && of(type).isEmpty()) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param",
                    name,
                    new Messages.Text("problem.bad-request.expect.one-of", String.join(", ", types())),
                    type);
        }
        return type;
    }

    /** Every type, as the contract enumerates them for the entityType filter. */
    public static String[] types() {
        return Arrays.stream(values()).map(k -> k.type).toArray(String[]::new);
    }

    /** Whether its items have names in the database (the goal is one, named by a text). */
    boolean named() {
        return from != null;
    }

    /**
     * The names of the ids in parameter {@code :<type>}, as rows of {@link AuditWords.NameRow}: an item that
     * exists under its name now, a deleted one under the name its deletion recorded. The SQL is this
     * class's own, never a client's.
     */
    String nameQuery() {
        String param = "(:" + type + ")";
        return "select '" + type + "' as kind, cast(x.id as text) as key, cast(" + name + " as text) as name, "
                + (detail == null ? "cast(null as text)" : "cast(" + detail + " as text)") + " as detail from "
                + from + " where x.id in " + param
                + " union all select '" + type + "', cast(d.entity_id as text), coalesce(d.changes -> 'name' ->> 'old',"
                + " d.changes -> 'title' ->> 'old', d.changes -> 'displayName' ->> 'old', d.changes -> 'url' ->> 'old'),"
                + " cast(null as text) from audit_event d where d.entity_type = '" + type
                + "' and d.action = 'DELETE' and d.entity_id in " + param;
    }
}
