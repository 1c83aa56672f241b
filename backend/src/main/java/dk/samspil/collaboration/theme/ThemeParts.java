package dk.samspil.collaboration.theme;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.collaboration.parts.KeyedChanges;
import dk.samspil.collaboration.parts.OrderedPart;
import dk.samspil.common.db.Sql;
import dk.samspil.directory.link.Linked;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A theme's parts, rows of their own: peak weeks, focus areas and partners (link rows), milestones and
 * materials. An update writes only the rows that differ from what is stored.
 */
@ApplicationScoped
class ThemeParts {

    /** The parts of one theme as stored, in the order a client sees them. */
    record Stored(
            List<IsoWeek> peakWeeks,
            List<FocusAreaView> focusAreas,
            List<ThemeView.ThemePartnerView> partners,
            List<Milestone> milestones,
            List<Material> materials) {

        static final Stored NONE = new Stored(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A theme's parts as a client sees them. */
    record Parts(
            List<IsoWeek> peakWeeks,
            List<FocusAreaView> focusAreas,
            List<ThemeView.ThemePartnerView> partners,
            List<ThemeView.MilestoneView> milestones,
            List<ThemeView.MaterialView> materials) {

        /** The stored parts (entities, as a write leaves them) as a client sees them. */
        static Parts of(Stored stored) {
            return new Parts(
                    stored.peakWeeks(),
                    stored.focusAreas(),
                    stored.partners(),
                    stored.milestones().stream()
                            .map(m -> milestone(m.id, m.kind, m.title, m.dueOn, m.description))
                            .toList(),
                    stored.materials().stream()
                            .map(m -> new ThemeView.MaterialView(m.id, m.kind, m.title, m.url, m.description))
                            .toList());
        }
    }

    private static ThemeView.MilestoneView milestone(
            long id, MilestoneKind kind, String title, LocalDate dueOn, String description) {
        return new ThemeView.MilestoneView(id, kind, title, dueOn, IsoWeek.of(dueOn), description);
    }

    /** A milestone as the database aggregates it (its week is computed from its date). */
    private record MilestoneRow(long id, MilestoneKind kind, String title, LocalDate dueOn, String description) {}

    /** Each part of one theme, aggregated by the database, in a client's order. */
    private record PartsRow(
            List<IsoWeek> peakWeeks,
            List<FocusAreaView> focusAreas,
            List<ThemeView.ThemePartnerView> partners,
            List<MilestoneRow> milestones,
            List<ThemeView.MaterialView> materials) {}

    private static final String PARTS = """
            select
              (select coalesce(json_agg(json_build_object('year', w.iso_year, 'week', w.iso_week)
                                        order by w.iso_year, w.iso_week), '[]')
               from theme_peak_week w where w.theme_id = :id)::text as peak_weeks,
              (select coalesce(json_agg(json_build_object('code', f.code, 'nameDa', f.name_da, 'nameEn', f.name_en)
                                        order by f.position), '[]')
               from theme_focus_area tf join focus_area f on f.code = tf.focus_area_code
               where tf.theme_id = :id)::text as focus_areas,
              %s as partners,
              (select coalesce(json_agg(json_build_object('id', m.id, 'kind', m.kind, 'title', m.title, 'dueOn', m.due_on,
                                                          'description', m.description) order by m.due_on, m.id), '[]')
               from milestone m where m.theme_id = :id)::text as milestones,
              (select coalesce(json_agg(json_build_object('id', m.id, 'kind', m.kind, 'title', m.title, 'url', m.url,
                                                          'description', m.description) order by m.position), '[]')
               from material m where m.theme_id = :id)::text as materials""".formatted(Linked.partnersWithRoles("theme_partner", "theme_id", ":id"));

    private record PeakWeek(long themeId, IsoWeek week) {}

    private static final String PEAK_WEEKS = """
            select theme_id, iso_year as week_year, iso_week as week_week from theme_peak_week
            where theme_id in (:ids) order by theme_id, iso_year, iso_week""";

    private static final String FOCUS_AREAS = """
            select f.code, f.name_da, f.name_en from theme_focus_area tf
            join focus_area f on f.code = tf.focus_area_code where tf.theme_id = :id order by f.position""";

    private static final String PARTNERS = """
            select p.id as partner_id, p.name as partner_name, p.type as partner_type, p.national as partner_national,
                   tp.role
            from theme_partner tp join partner p on p.id = tp.partner_id where tp.theme_id = :id order by p.name""";

    @Inject
    Sql sql;

    /** The parts of one theme as a client sees them, in one statement (the database aggregates each to JSON). */
    Parts read(long themeId) {
        PartsRow row = sql.select(PARTS).param("id", themeId).one(PartsRow.class);
        return new Parts(
                row.peakWeeks(),
                row.focusAreas(),
                row.partners(),
                row.milestones().stream()
                        .map(m -> milestone(m.id(), m.kind(), m.title(), m.dueOn(), m.description()))
                        .toList(),
                row.materials());
    }

    Stored of(long themeId) {
        return new Stored(
                peakWeeks(List.of(themeId)).getOrDefault(themeId, List.of()),
                sql.select(FOCUS_AREAS).param("id", themeId).list(FocusAreaView.class),
                sql.select(PARTNERS).param("id", themeId).list(ThemeView.ThemePartnerView.class),
                Milestone.list("themeId", Sort.by("dueOn").and("id"), themeId),
                Material.list("themeId", Sort.by("position"), themeId));
    }

    /** The peak weeks of many themes in one statement, in week order. */
    Map<Long, List<IsoWeek>> peakWeeks(List<Long> themeIds) {
        if (themeIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<PeakWeek>> rows =
                sql.select(PEAK_WEEKS).param("ids", themeIds).grouped(PeakWeek.class, PeakWeek::themeId);
        return rows.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().stream().map(PeakWeek::week).toList()));
    }

    /** Makes the stored parts those of the input; whether any row changed. The input has been checked. */
    boolean write(long themeId, Stored stored, ThemeInput in) {
        boolean changed = writePeakWeeks(themeId, stored.peakWeeks(), in.peakWeeks());
        changed |= writeFocusAreas(
                themeId, stored.focusAreas().stream().map(FocusAreaView::code).toList(), in.focusAreas());
        changed |= writePartners(themeId, stored.partners(), in.partners());
        changed |= writeMilestones(
                themeId,
                stored.milestones(),
                in.milestones().stream().map(ThemeParts::normalised).toList());
        changed |= OrderedPart.arrange(
                stored.materials(),
                in.materials().stream().map(ThemeParts::normalised).toList(),
                () -> {
                    Material material = new Material();
                    material.themeId = themeId;
                    return material;
                },
                gone -> Material.delete("id in ?1", gone.stream().map(m -> m.id).toList()));
        return changed;
    }

    private boolean writePeakWeeks(long themeId, List<IsoWeek> stored, List<IsoWeek> wanted) {
        KeyedChanges<IsoWeek, IsoWeek> weeks = KeyedChanges.betweenSets(stored, new TreeSet<>(wanted));
        for (IsoWeek week : weeks.removed()) {
            sql.update("delete from theme_peak_week where theme_id = :theme and iso_year = :year and iso_week = :week")
                    .param("theme", themeId)
                    .param("year", week.year())
                    .param("week", week.week())
                    .execute();
        }
        for (IsoWeek week : weeks.added().keySet()) {
            sql.update("insert into theme_peak_week (theme_id, iso_year, iso_week) values (:theme, :year, :week)")
                    .param("theme", themeId)
                    .param("year", week.year())
                    .param("week", week.week())
                    .execute();
        }
        return !weeks.isEmpty();
    }

    private boolean writeFocusAreas(long themeId, List<String> stored, List<String> wanted) {
        KeyedChanges<String, String> codes = KeyedChanges.betweenSets(stored, new TreeSet<>(wanted));
        if (!codes.removed().isEmpty()) {
            sql.update("delete from theme_focus_area where theme_id = :theme and focus_area_code in (:codes)")
                    .param("theme", themeId)
                    .param("codes", codes.removed())
                    .execute();
        }
        for (String code : codes.added().keySet()) {
            sql.update("insert into theme_focus_area (theme_id, focus_area_code) values (:theme, :code)")
                    .param("theme", themeId)
                    .param("code", code)
                    .execute();
        }
        return !codes.isEmpty();
    }

    private boolean writePartners(
            long themeId, List<ThemeView.ThemePartnerView> stored, List<ThemeInput.PartnerRole> wanted) {
        KeyedChanges<Long, String> roles = KeyedChanges.between(
                stored.stream()
                        .collect(Collectors.toMap(
                                p -> p.partner().id(),
                                ThemeView.ThemePartnerView::role,
                                (a, b) -> a,
                                LinkedHashMap::new)),
                wanted.stream()
                        .collect(Collectors.toMap(
                                ThemeInput.PartnerRole::partnerId,
                                p -> p.role().trim(),
                                (a, b) -> a,
                                LinkedHashMap::new)));
        if (!roles.removed().isEmpty()) {
            sql.update("delete from theme_partner where theme_id = :theme and partner_id in (:partners)")
                    .param("theme", themeId)
                    .param("partners", roles.removed())
                    .execute();
        }
        for (Map.Entry<Long, String> changed : roles.changed().entrySet()) {
            sql.update("update theme_partner set role = :role where theme_id = :theme and partner_id = :partner")
                    .param("theme", themeId)
                    .param("partner", changed.getKey())
                    .param("role", changed.getValue())
                    .execute();
        }
        for (Map.Entry<Long, String> added : roles.added().entrySet()) {
            sql.update("insert into theme_partner (theme_id, partner_id, role) values (:theme, :partner, :role)")
                    .param("theme", themeId)
                    .param("partner", added.getKey())
                    .param("role", added.getValue())
                    .execute();
        }
        return !roles.isEmpty();
    }

    /**
     * Milestones show by due date and, within a day, in the order of their ids, which follows the order they
     * were given in. So the milestones of each day keep that day's rows in their order; one more on a day takes
     * a row freed elsewhere only if its id comes after the day's others, else it is a new row.
     */
    private boolean writeMilestones(long themeId, List<Milestone> stored, List<ThemeInput.MilestoneInput> wanted) {
        Map<LocalDate, List<Milestone>> storedByDay = byDay(stored, m -> m.dueOn);
        Map<LocalDate, List<ThemeInput.MilestoneInput>> wantedByDay = byDay(wanted, ThemeInput.MilestoneInput::dueOn);
        boolean changed = false;
        List<Milestone> free = new ArrayList<>();
        storedByDay.forEach((day, rows) -> {
            if (!wantedByDay.containsKey(day)) {
                free.addAll(rows);
            }
        });
        Map<LocalDate, Long> lastIdOfDay = new HashMap<>();
        Map<LocalDate, List<ThemeInput.MilestoneInput>> beyond = new LinkedHashMap<>();
        for (Map.Entry<LocalDate, List<ThemeInput.MilestoneInput>> day : wantedByDay.entrySet()) {
            List<Milestone> rows = storedByDay.getOrDefault(day.getKey(), List.of());
            List<ThemeInput.MilestoneInput> contents = day.getValue();
            int paired = Math.min(rows.size(), contents.size());
            for (int i = 0; i < paired; i++) {
                changed |= take(rows.get(i), contents.get(i));
            }
            lastIdOfDay.put(day.getKey(), paired == 0 ? Long.MIN_VALUE : rows.get(paired - 1).id);
            free.addAll(rows.subList(paired, rows.size()));
            beyond.put(day.getKey(), contents.subList(paired, contents.size()));
        }
        free.sort(Comparator.comparing(m -> m.id));
        for (Map.Entry<LocalDate, List<ThemeInput.MilestoneInput>> day : beyond.entrySet()) {
            long lastId = lastIdOfDay.get(day.getKey());
            for (ThemeInput.MilestoneInput content : day.getValue()) {
                long after = lastId;
                Milestone row =
                        free.stream().filter(m -> m.id > after).findFirst().orElse(null);
                if (row != null) {
                    free.remove(row);
                    take(row, content);
                    lastId = row.id;
                } else {
                    row = new Milestone();
                    row.themeId = themeId;
                    row.take(content);
                    row.persist();
                    lastId = Long.MAX_VALUE; // a new row's id comes after every stored one
                }
                changed = true;
            }
        }
        if (!free.isEmpty()) {
            Milestone.delete("id in ?1", free.stream().map(m -> m.id).toList());
            changed = true;
        }
        return changed;
    }

    private static boolean take(Milestone row, ThemeInput.MilestoneInput content) {
        if (row.content().equals(content)) {
            return false;
        }
        row.take(content);
        return true;
    }

    private static <T> Map<LocalDate, List<T>> byDay(List<T> items, Function<T, LocalDate> day) {
        return items.stream().collect(Collectors.groupingBy(day, LinkedHashMap::new, Collectors.toList()));
    }

    /** An input as it is stored: text trimmed, blank descriptions null. */
    private static ThemeInput.MilestoneInput normalised(ThemeInput.MilestoneInput in) {
        return new ThemeInput.MilestoneInput(in.kind(), in.title().trim(), in.dueOn(), blankToNull(in.description()));
    }

    private static ThemeInput.MaterialInput normalised(ThemeInput.MaterialInput in) {
        return new ThemeInput.MaterialInput(
                in.kind(), in.title().trim(), in.url().trim(), blankToNull(in.description()));
    }
}
