package dk.samspil.collaboration.theme;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.text.Markdown;
import dk.samspil.common.text.Slugs;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.partner.PartnerRef;
import dk.samspil.directory.partner.PartnerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Themes: everyone reads them, coordinators plan them. Status always follows today's date. */
@ApplicationScoped
public class ThemeService {

    public static final SortFields SORT = SortFields.of(
            "-startDate",
            "t.id desc",
            "startDate",
            "t.startDate",
            "number",
            "t.number",
            "title",
            "t.title",
            "updatedAt",
            "t.updatedAt");

    /** A theme spans at most a year of weeks. */
    private static final long MAX_SPAN_DAYS = 371;

    /** One row of a theme list, straight from the query. */
    public record Row(
            Long id,
            Integer number,
            String title,
            String slug,
            String summary,
            Season season,
            Integer year,
            Integer startYear,
            Integer startWeek,
            Integer endYear,
            Integer endWeek,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate signupOpensOn,
            LocalDate signupDeadline) {}

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    ReferenceGuard referenceGuard;

    public List<FocusAreaView> focusAreas() {
        return em.createQuery("""
                select new dk.samspil.collaboration.theme.FocusAreaView(f.code, f.nameDa, f.nameEn) from FocusArea f
                order by f.position""", FocusAreaView.class).getResultList();
    }

    public ThemePage list(ThemeStatus status, Integer year, String q, PageRequest page) {
        LocalDate today = clock.today();
        String open = "(t.startDate > :today and (t.signupOpensOn is null or t.signupOpensOn <= :today)"
                + " and t.signupDeadline >= :today)";
        Filters where = new Filters().and("t.year = :year", "year", year).contains(q, "t.title", "t.summary");
        if (status != null) {
            where.and(
                            switch (status) {
                                case FINISHED -> "t.endDate < :today";
                                case RUNNING -> "t.startDate <= :today and t.endDate >= :today";
                                case OPEN -> open;
                                case PLANNED -> "t.startDate > :today and not " + open;
                            },
                            true)
                    .param("today", today);
        }
        long total = where.count(em, "select count(t) from Theme t");
        List<Row> rows = where.page(em, """
                select new dk.samspil.collaboration.theme.ThemeService$Row(t.id, t.number, t.title, t.slug, t.summary, t.season,
                    t.year, t.startYear, t.startWeek, t.endYear, t.endWeek, t.startDate, t.endDate, t.signupOpensOn,
                    t.signupDeadline) from Theme t""", page, total, Row.class);
        Map<Long, List<IsoWeek>> peaks = peakWeeks(rows.stream().map(Row::id).toList());
        List<ThemeSummary> items = rows.stream()
                .map(r -> new ThemeSummary(
                        r.id(),
                        r.number(),
                        r.title(),
                        r.slug(),
                        r.summary(),
                        r.season(),
                        r.year(),
                        new IsoWeek(r.startYear(), r.startWeek()),
                        new IsoWeek(r.endYear(), r.endWeek()),
                        r.startDate(),
                        r.endDate(),
                        peaks.getOrDefault(r.id(), List.of()),
                        r.signupDeadline(),
                        ThemeStatus.of(today, r.startDate(), r.endDate(), r.signupOpensOn(), r.signupDeadline())))
                .toList();
        return new ThemePage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    public Optional<ThemeView> get(long id) {
        return Optional.ofNullable(em.find(Theme.class, id)).map(this::view);
    }

    public Optional<ThemeView> bySlug(String slug) {
        return em.createQuery("select t from Theme t where t.slug = :slug", Theme.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    /** The theme running today (the latest started, should two overlap). */
    public Optional<ThemeView> current() {
        return em.createQuery("""
                        select t from Theme t where t.startDate <= :today and t.endDate >= :today
                        order by t.startDate desc, t.id desc""", Theme.class)
                .setParameter("today", clock.today())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    /** The first theme that starts after today. */
    public Optional<ThemeView> next() {
        return em.createQuery(
                        "select t from Theme t where t.startDate > :today order by t.startDate, t.id", Theme.class)
                .setParameter("today", clock.today())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    @Transactional
    public ThemeView create(ThemeInput input) {
        access.requireCoordinator();
        Theme theme = new Theme();
        theme.createdAt = clock.now();
        theme.updatedAt = theme.createdAt;
        apply(theme, input);
        em.persist(theme);
        em.flush();
        replaceChildren(theme.id, input);
        audit.created("theme", theme.id, snapshot(theme.id, theme));
        return view(theme);
    }

    @Transactional
    public ThemeView update(long id, String ifMatch, ThemeInput input) {
        access.requireCoordinator();
        Theme theme = find(id);
        ETags.requireMatch(ifMatch, theme.version);
        Map<String, Object> before = snapshot(id, theme);
        apply(theme, input);
        em.flush();
        replaceChildren(id, input);
        Map<String, Object> after = snapshot(id, theme);
        if (!before.equals(after)) {
            theme.updatedAt = clock.now(); // a change in any part gives the theme a new version and ETag
            em.flush();
            audit.updated("theme", id, before, after);
        }
        return view(theme);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireCoordinator();
        Theme theme = find(id);
        ETags.requireMatch(ifMatch, theme.version);
        referenceGuard.requireUnreferenced("theme", id);
        Map<String, Object> before = snapshot(id, theme);
        em.remove(theme);
        em.flush();
        audit.deleted("theme", id, before);
    }

    private Theme find(long id) {
        Theme theme = em.find(Theme.class, id);
        if (theme == null) {
            throw ApiException.notFound("problem.not-found.detail.theme", id);
        }
        return theme;
    }

    /** The rules Bean Validation cannot see, then the copy. */
    private void apply(Theme theme, ThemeInput in) {
        IsoWeek start = in.startWeek();
        IsoWeek end = in.endWeek();
        if (!start.exists()) {
            throw ApiException.invalidField("startWeek", "theme.week.missing", start.year());
        }
        if (!end.exists()) {
            throw ApiException.invalidField("endWeek", "theme.week.missing", end.year());
        }
        if (end.compareTo(start) < 0) {
            throw ApiException.invalidField("endWeek", "theme.week.before-start");
        }
        LocalDate startDate = start.monday();
        LocalDate endDate = end.sunday();
        if (ChronoUnit.DAYS.between(startDate, endDate) > MAX_SPAN_DAYS) {
            throw ApiException.invalidField("endWeek", "theme.week.too-long");
        }
        if (!in.year().equals(start.year()) && !in.year().equals(end.year())) {
            throw ApiException.invalidField("year", "theme.year.outside");
        }
        Set<IsoWeek> seen = new HashSet<>();
        for (int i = 0; i < in.peakWeeks().size(); i++) {
            IsoWeek peak = in.peakWeeks().get(i);
            if (!peak.exists() || peak.compareTo(start) < 0 || peak.compareTo(end) > 0) {
                throw ApiException.invalidField("peakWeeks[" + i + "]", "theme.peak-week.outside");
            }
            if (!seen.add(peak)) {
                throw ApiException.invalidField("peakWeeks[" + i + "]", "theme.peak-week.twice");
            }
        }
        if (in.signupDeadline().isAfter(endDate)) {
            throw ApiException.invalidField("signupDeadline", "theme.deadline.after-end");
        }
        if (in.signupOpensOn() != null && in.signupOpensOn().isAfter(in.signupDeadline())) {
            throw ApiException.invalidField("signupOpensOn", "theme.signup-opens.after-deadline");
        }
        Set<String> known = em.createQuery("select f.code from FocusArea f", String.class)
                .getResultStream()
                .collect(Collectors.toSet());
        for (int i = 0; i < in.focusAreas().size(); i++) {
            if (!known.contains(in.focusAreas().get(i))) {
                throw ApiException.invalidField("focusAreas[" + i + "]", "theme.focus-area.unknown");
            }
        }
        Set<Long> partnerIds = new HashSet<>();
        for (int i = 0; i < in.partners().size(); i++) {
            if (!partnerIds.add(in.partners().get(i).partnerId())) {
                throw ApiException.invalidField("partners[" + i + "].partnerId", "theme.partner.twice");
            }
        }
        if (!partnerIds.isEmpty()) {
            Set<Long> existing =
                    new HashSet<>(em.createQuery("select p.id from Partner p where p.id in :ids", Long.class)
                            .setParameter("ids", partnerIds)
                            .getResultList());
            for (int i = 0; i < in.partners().size(); i++) {
                if (!existing.contains(in.partners().get(i).partnerId())) {
                    throw ApiException.invalidField("partners[" + i + "].partnerId", "theme.partner.unknown");
                }
            }
        }
        String slug = in.slug() == null || in.slug().isBlank() ? Slugs.of(in.title()) : in.slug();
        if (slug.isEmpty()) {
            throw ApiException.invalidField("slug", "theme.slug.empty");
        }
        long self = theme.id == null ? -1L : theme.id;
        if (!em.createQuery("select t.id from Theme t where t.number = :n and t.id <> :id", Long.class)
                .setParameter("n", in.number())
                .setParameter("id", self)
                .getResultList()
                .isEmpty()) {
            throw ApiException.conflictOnField("number", "problem.conflict.detail.theme-number", in.number());
        }
        if (!em.createQuery("select t.id from Theme t where t.slug = :s and t.id <> :id", Long.class)
                .setParameter("s", slug)
                .setParameter("id", self)
                .getResultList()
                .isEmpty()) {
            throw ApiException.conflictOnField("slug", "problem.conflict.detail.theme-slug", slug);
        }
        theme.number = in.number();
        theme.title = in.title().trim();
        theme.slug = slug;
        theme.summary = in.summary().trim();
        theme.description = in.description() == null ? "" : in.description();
        theme.season = in.season();
        theme.year = in.year();
        theme.startYear = start.year();
        theme.startWeek = start.week();
        theme.endYear = end.year();
        theme.endWeek = end.week();
        theme.startDate = startDate;
        theme.endDate = endDate;
        theme.signupOpensOn = in.signupOpensOn();
        theme.signupDeadline = in.signupDeadline();
        theme.imageUrl = in.imageUrl() == null || in.imageUrl().isBlank()
                ? null
                : in.imageUrl().trim();
    }

    private void replaceChildren(long id, ThemeInput in) {
        for (String table : List.of("theme_peak_week", "theme_focus_area", "theme_partner", "milestone", "material")) {
            em.createNativeQuery("delete from " + table + " where theme_id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
        }
        for (IsoWeek peak : new TreeSet<>(in.peakWeeks())) {
            em.createNativeQuery("insert into theme_peak_week (theme_id, iso_year, iso_week) values (:t, :y, :w)")
                    .setParameter("t", id)
                    .setParameter("y", peak.year())
                    .setParameter("w", peak.week())
                    .executeUpdate();
        }
        for (String code : new TreeSet<>(in.focusAreas())) {
            em.createNativeQuery("insert into theme_focus_area (theme_id, focus_area_code) values (:t, :c)")
                    .setParameter("t", id)
                    .setParameter("c", code)
                    .executeUpdate();
        }
        for (ThemeInput.PartnerRole partner : in.partners()) {
            em.createNativeQuery("insert into theme_partner (theme_id, partner_id, role) values (:t, :p, :r)")
                    .setParameter("t", id)
                    .setParameter("p", partner.partnerId())
                    .setParameter("r", partner.role().trim())
                    .executeUpdate();
        }
        for (ThemeInput.MilestoneInput m : in.milestones()) {
            em.createNativeQuery("insert into milestone (theme_id, kind, title, due_on, description)"
                            + " values (:t, :k, :title, :due, :d)")
                    .setParameter("t", id)
                    .setParameter("k", m.kind().name())
                    .setParameter("title", m.title().trim())
                    .setParameter("due", m.dueOn())
                    .setParameter("d", blankToNull(m.description()))
                    .executeUpdate();
        }
        int position = 0;
        for (ThemeInput.MaterialInput m : in.materials()) {
            em.createNativeQuery("insert into material (theme_id, kind, title, url, description, position)"
                            + " values (:t, :k, :title, :url, :d, :p)")
                    .setParameter("t", id)
                    .setParameter("k", m.kind().name())
                    .setParameter("title", m.title().trim())
                    .setParameter("url", m.url().trim())
                    .setParameter("d", blankToNull(m.description()))
                    .setParameter("p", position++)
                    .executeUpdate();
        }
    }

    private ThemeView view(Theme t) {
        long id = t.id;
        List<IsoWeek> peaks = peakWeeks(List.of(id)).getOrDefault(id, List.of());
        List<Object[]> focusRows =
                em.createNativeQuery("""
                        select f.code, f.name_da, f.name_en from theme_focus_area tf
                        join focus_area f on f.code = tf.focus_area_code where tf.theme_id = :id order by f.position""").setParameter("id", id).getResultList();
        List<FocusAreaView> focus = focusRows.stream()
                .map(r -> new FocusAreaView((String) r[0], (String) r[1], (String) r[2]))
                .toList();
        List<Object[]> partnerRows =
                em.createNativeQuery("""
                        select p.id, p.name, p.type, p.national, tp.role from theme_partner tp
                        join partner p on p.id = tp.partner_id where tp.theme_id = :id order by p.name""").setParameter("id", id).getResultList();
        List<ThemeView.ThemePartnerView> partners = partnerRows.stream()
                .map(r -> new ThemeView.ThemePartnerView(
                        new PartnerRef(
                                ((Number) r[0]).longValue(),
                                (String) r[1],
                                PartnerType.valueOf((String) r[2]),
                                (Boolean) r[3]),
                        (String) r[4]))
                .toList();
        List<Object[]> milestoneRows =
                em.createNativeQuery("""
                        select id, kind, title, due_on, description from milestone where theme_id = :id
                        order by due_on, id""").setParameter("id", id).getResultList();
        List<ThemeView.MilestoneView> milestones = milestoneRows.stream()
                .map(r -> {
                    LocalDate due = toDate(r[3]);
                    return new ThemeView.MilestoneView(
                            ((Number) r[0]).longValue(),
                            MilestoneKind.valueOf((String) r[1]),
                            (String) r[2],
                            due,
                            IsoWeek.of(due),
                            (String) r[4]);
                })
                .toList();
        List<Object[]> materialRows =
                em.createNativeQuery("""
                        select id, kind, title, url, description from material where theme_id = :id
                        order by position""").setParameter("id", id).getResultList();
        List<ThemeView.MaterialView> materials = materialRows.stream()
                .map(r -> new ThemeView.MaterialView(
                        ((Number) r[0]).longValue(),
                        MaterialKind.valueOf((String) r[1]),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4]))
                .toList();
        return new ThemeView(
                id,
                t.number,
                t.title,
                t.slug,
                t.summary,
                t.description,
                Markdown.toSafeHtml(t.description),
                t.season,
                t.year,
                new IsoWeek(t.startYear, t.startWeek),
                new IsoWeek(t.endYear, t.endWeek),
                t.startDate,
                t.endDate,
                peaks,
                t.signupOpensOn,
                t.signupDeadline,
                ThemeStatus.of(clock.today(), t.startDate, t.endDate, t.signupOpensOn, t.signupDeadline),
                focus,
                partners,
                milestones,
                materials,
                t.imageUrl,
                t.createdAt,
                t.updatedAt,
                t.version);
    }

    private Map<Long, List<IsoWeek>> peakWeeks(List<Long> themeIds) {
        if (themeIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows =
                em.createNativeQuery("""
                        select theme_id, iso_year, iso_week from theme_peak_week where theme_id in (:ids)
                        order by theme_id, iso_year, iso_week""").setParameter("ids", themeIds).getResultList();
        Map<Long, List<IsoWeek>> byTheme = new HashMap<>();
        for (Object[] r : rows) {
            byTheme.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new IsoWeek(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return byTheme;
    }

    /** What the audit trail records of a theme, children included. */
    private Map<String, Object> snapshot(long id, Theme t) {
        ThemeView v = view(t);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", v.number());
        map.put("title", v.title());
        map.put("slug", v.slug());
        map.put("summary", v.summary());
        map.put("description", v.description());
        map.put("season", v.season());
        map.put("year", v.year());
        map.put("startWeek", v.startWeek().year() + "-W" + v.startWeek().week());
        map.put("endWeek", v.endWeek().year() + "-W" + v.endWeek().week());
        map.put(
                "peakWeeks",
                v.peakWeeks().stream().map(w -> w.year() + "-W" + w.week()).toList());
        map.put("signupOpensOn", v.signupOpensOn());
        map.put("signupDeadline", v.signupDeadline());
        map.put("focusAreas", v.focusAreas().stream().map(FocusAreaView::code).toList());
        map.put(
                "partners",
                v.partners().stream()
                        .map(p -> p.partner().name() + " (" + p.role() + ")")
                        .toList());
        map.put(
                "milestones",
                v.milestones().stream().map(m -> m.dueOn() + " " + m.title()).toList());
        map.put(
                "materials",
                v.materials().stream().map(m -> m.title() + " " + m.url()).toList());
        map.put("imageUrl", v.imageUrl());
        return map;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
