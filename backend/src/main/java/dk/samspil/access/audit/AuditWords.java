package dk.samspil.access.audit;

import static dk.samspil.access.audit.AuditedKind.CONTACT;
import static dk.samspil.access.audit.AuditedKind.GUIDE_CHAPTER;
import static dk.samspil.access.audit.AuditedKind.LIBRARY;
import static dk.samspil.access.audit.AuditedKind.PARTICIPATION;
import static dk.samspil.access.audit.AuditedKind.PARTNER;
import static dk.samspil.access.audit.AuditedKind.THEME;
import static dk.samspil.access.audit.AuditedKind.TOOLBOX_ITEM;
import static java.util.Map.entry;

import dk.samspil.common.audit.FieldChange;
import dk.samspil.common.db.Sql;
import dk.samspil.common.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The audit trail in words: each event names its item (the library's name, "Tema 14: Vores natur"),
 * and each changed field says its name and values as the forms do: ids as names, codes as labels.
 * The names of a whole page come from one statement.
 */
@ApplicationScoped
public class AuditWords {

    /**
     * A name, read by {@link AuditedKind#nameQuery()} (key: an id) or from reference data (key: a code);
     * detail is what goes with it, such as a theme's number.
     */
    public record NameRow(String kind, String key, String name, String detail) {}

    private record Ref(String kind, String key) {}

    /** Reference data that names codes: the table, and its Danish and English column. */
    private record CodeTable(String table, String danish, String english) {
        String query(Locale locale) {
            String column = Messages.DANISH.equals(locale) ? danish : english;
            return "select '" + table + "' as kind, c.code as key, c." + column
                    + " as name, cast(null as text) as detail from " + table + " c where c.code in (:" + table + ")";
        }
    }

    /** Fields that hold the id (or the ids) of another item. */
    private static final Map<String, AuditedKind> REFERENCES = Map.ofEntries(
            entry("libraryId", LIBRARY),
            entry("hostLibraryId", LIBRARY),
            entry("attendingLibraryIds", LIBRARY),
            entry("libraryIds", LIBRARY),
            entry("themeId", THEME),
            entry("themeIds", THEME),
            entry("partnerId", PARTNER),
            entry("partnerIds", PARTNER),
            entry("networkLeadId", CONTACT),
            entry("leadContactId", CONTACT),
            entry("participationId", PARTICIPATION),
            entry("toolboxItemIds", TOOLBOX_ITEM),
            entry("guideChapterId", GUIDE_CHAPTER));

    /** Fields that hold codes the API's texts say (label.<kind>.<CODE>). */
    private static final Map<String, String> CODES = Map.of(
            "state", "participation-state",
            "channel", "channel",
            "channels", "channel",
            "audience", "audience",
            "season", "season",
            "status", "partnership-status",
            "roles", "role",
            "scopes", "scope");

    /** Fields that hold codes of reference data. */
    private static final Map<String, CodeTable> REFERENCE_CODES = Map.of(
            "phase", new CodeTable("partnership_phase", "name_da", "name_en"),
            "focusAreas", new CodeTable("focus_area", "name_da", "name_en"));

    /** A partnership's checklist is recorded as one field a step: checklist.<step code>. */
    private static final String CHECKLIST = "checklist.";

    private static final CodeTable CHECKLIST_STEPS = new CodeTable("checklist_step", "text_da", "text_en");

    @Inject
    Sql sql;

    public List<AuditEventView> describe(List<AuditRow> rows, Locale locale) {
        Map<Ref, String> names = names(rows, locale);
        return rows.stream().map(row -> view(row, names, locale)).toList();
    }

    private AuditEventView view(AuditRow row, Map<Ref, String> names, Locale locale) {
        AuditedKind kind = AuditedKind.of(row.entityType()).orElse(null);
        Map<String, AuditChange> changes = new LinkedHashMap<>();
        row.changes().forEach((field, change) -> changes.put(field, change(field, change, names, locale)));
        return new AuditEventView(
                row.id(),
                row.occurredAt(),
                row.actorType(),
                row.actorId(),
                row.actorName(),
                row.entityType(),
                row.entityId(),
                kind == null ? row.entityType() : Messages.get(locale, "audit.entity." + kind.type),
                name(kind, row, names, locale),
                row.action(),
                changes);
    }

    private static String name(AuditedKind kind, AuditRow row, Map<Ref, String> names, Locale locale) {
        if (kind == AuditedKind.GOAL) {
            return Messages.get(locale, "audit.name.collaboration_goal");
        }
        return kind == null ? null : names.get(new Ref(kind.type, String.valueOf(row.entityId())));
    }

    private static AuditChange change(String field, FieldChange change, Map<Ref, String> names, Locale locale) {
        return new AuditChange(
                change.oldValue(),
                change.newValue(),
                label(field, names, locale),
                text(field, change.oldValue(), names, locale),
                text(field, change.newValue(), names, locale));
    }

    private static String label(String field, Map<Ref, String> names, Locale locale) {
        if (field.startsWith(CHECKLIST)) {
            String step = field.substring(CHECKLIST.length());
            return Messages.get(
                    locale, "audit.field.checklist", names.getOrDefault(new Ref(CHECKLIST_STEPS.table(), step), step));
        }
        String label = Messages.get(locale, "audit.field." + field);
        return label.startsWith("audit.field.") ? field : label;
    }

    /** A recorded value in words; null stays null (the field had no value). */
    private static String text(String field, String value, Map<Ref, String> names, Locale locale) {
        if (value == null) {
            return null;
        }
        AuditedKind refers = REFERENCES.get(field);
        CodeTable table = REFERENCE_CODES.get(field);
        String codes = CODES.get(field);
        if (refers != null || table != null) {
            String kind = refers != null ? refers.type : table.table();
            return words(value, part -> names.getOrDefault(new Ref(kind, part), part));
        }
        if (codes != null) {
            return words(value, code -> {
                String label = Messages.get(locale, "label." + codes + "." + code);
                return label.startsWith("label.") ? code : label;
            });
        }
        return switch (value) {
            case "true" -> Messages.get(locale, "audit.value.true");
            case "false" -> Messages.get(locale, "audit.value.false");
            default -> value;
        };
    }

    private static String words(String value, UnaryOperator<String> word) {
        return parts(value).stream().map(word).collect(Collectors.joining(", "));
    }

    /** The parts of a recorded list ("1, 2", "[EDITOR, ADMIN]"), or the value alone. */
    private static List<String> parts(String value) {
        String inner = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return Arrays.stream(inner.split(","))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .toList();
    }

    /** The names of every item and code the page names or refers to, by one statement (none when there are none). */
    private Map<Ref, String> names(List<AuditRow> rows, Locale locale) {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        Map<String, String> queries = new LinkedHashMap<>();
        for (AuditRow row : rows) {
            AuditedKind.of(row.entityType())
                    .filter(AuditedKind::named)
                    .ifPresent(kind ->
                            want(wanted, queries, kind.type, kind.nameQuery()).accept(String.valueOf(row.entityId())));
            row.changes().forEach((field, change) -> {
                Consumer<String> add = null;
                AuditedKind refers = REFERENCES.get(field);
                CodeTable table = REFERENCE_CODES.get(field);
                if (refers != null) {
                    add = want(wanted, queries, refers.type, refers.nameQuery());
                } else if (table != null) {
                    add = want(wanted, queries, table.table(), table.query(locale));
                } else if (field.startsWith(CHECKLIST)) {
                    want(wanted, queries, CHECKLIST_STEPS.table(), CHECKLIST_STEPS.query(locale))
                            .accept(field.substring(CHECKLIST.length()));
                }
                if (add != null) {
                    for (String value : new String[] {change.oldValue(), change.newValue()}) {
                        if (value != null) {
                            parts(value).forEach(add);
                        }
                    }
                }
            });
        }
        Map<String, Object> params = new HashMap<>();
        List<String> selects = new ArrayList<>();
        wanted.forEach((kind, keys) -> {
            // Ids are numbers; anything else recorded where an id goes simply has no name.
            List<?> values = AuditedKind.of(kind).isPresent()
                    ? keys.stream()
                            .filter(key -> key.matches("\\d{1,18}"))
                            .map(Long::valueOf)
                            .toList()
                    : List.copyOf(keys);
            if (!values.isEmpty()) {
                params.put(kind, values);
                selects.add(queries.get(kind));
            }
        });
        if (selects.isEmpty()) {
            return Map.of();
        }
        Map<Ref, String> names = new HashMap<>();
        for (NameRow row :
                sql.select(String.join(" union all ", selects)).params(params).list(NameRow.class)) {
            // A detail (a theme's number) goes with the name as the kind says ("Tema {1}: {0}").
            String name = row.detail() == null
                    ? row.name()
                    : Messages.get(locale, "audit.name." + row.kind(), row.name(), row.detail());
            names.put(new Ref(row.kind(), row.key()), name);
        }
        return names;
    }

    /** Adds a kind's query the first time it is wanted; the consumer takes its keys. */
    private static Consumer<String> want(
            Map<String, Set<String>> wanted, Map<String, String> queries, String kind, String query) {
        queries.putIfAbsent(kind, query);
        return key -> wanted.computeIfAbsent(kind, k -> new TreeSet<>()).add(key);
    }
}
