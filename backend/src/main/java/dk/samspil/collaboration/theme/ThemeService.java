package dk.samspil.collaboration.theme;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.cache.PublicReads;
import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.http.CrudService;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.search.SearchKind;
import dk.samspil.common.security.Access;
import dk.samspil.common.text.Markdown;
import dk.samspil.common.text.Slugs;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.partner.Partner;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Themes: everyone reads them, coordinators plan them. Status always follows today's date. */
@ApplicationScoped
public class ThemeService implements CrudService<ThemeInput, ThemeView> {

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
    private record Row(
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
    PublicReads publicReads;

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

    @Inject
    ThemeParts parts;

    public List<FocusAreaView> focusAreas() {
        return FocusArea.findAll(Sort.by("position"))
                .project(FocusAreaView.class)
                .list();
    }

    public ThemePage list(ThemeStatus status, Integer year, String q, Instant updatedSince, PageRequest page) {
        LocalDate today = clock.today();
        String open = "(t.startDate > :today and (t.signupOpensOn is null or t.signupOpensOn <= :today)"
                + " and t.signupDeadline >= :today)";
        Filters where = new Filters()
                .and("t.year = :year", "year", year)
                .updatedSince("t.updatedAt", updatedSince)
                .matches(q, SearchKind.THEME, "t.id");
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
        Map<Long, List<IsoWeek>> peaks =
                parts.peakWeeks(rows.stream().map(Row::id).toList());
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

    @Override
    public ThemeView get(long id) {
        return Theme.<Theme>findByIdOptional(id)
                .map(this::view)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.theme", id));
    }

    public Optional<ThemeView> bySlug(String slug) {
        return Theme.<Theme>find("slug", slug).firstResultOptional().map(this::view);
    }

    /** The theme running today (the latest started, should two overlap); kept for anonymous visitors. */
    public Optional<ThemeView> current() {
        LocalDate today = clock.today();
        return publicReads.get(
                List.of("theme/current", today),
                () -> Theme.<Theme>find("startDate <= ?1 and endDate >= ?1", Sort.descending("startDate", "id"), today)
                        .firstResultOptional()
                        .map(this::view));
    }

    /** The first theme that starts after today; kept for anonymous visitors. */
    public Optional<ThemeView> next() {
        LocalDate today = clock.today();
        return publicReads.get(
                List.of("theme/next", today),
                () -> Theme.<Theme>find("startDate > ?1", Sort.ascending("startDate", "id"), today)
                        .firstResultOptional()
                        .map(this::view));
    }

    @Transactional
    public ThemeView create(ThemeInput input) {
        access.requireCoordinator();
        Theme theme = new Theme();
        copy(theme, input, check(theme, input));
        theme.createdAt = clock.now();
        theme.updatedAt = theme.createdAt;
        theme.persist();
        parts.write(theme.id, ThemeParts.Stored.NONE, input);
        ThemeParts.Stored stored = parts.of(theme.id);
        audit.created("theme", theme.id, snapshot(theme, stored));
        return view(theme, stored);
    }

    /**
     * Writes only what changed. Any change, to the theme's fields or its parts, gives it one new version (and
     * ETag): its time of update changes together with the fields, so the theme row is written once.
     */
    @Transactional
    public ThemeView update(long id, String ifMatch, ThemeInput input) {
        access.requireCoordinator();
        Theme theme = Theme.require(id);
        ETags.requireMatch(ifMatch, theme.version);
        String slug = check(theme, input);
        ThemeParts.Stored stored = parts.of(id);
        Map<String, Object> before = snapshot(theme, stored);
        boolean partsChanged = parts.write(id, stored, input);
        copy(theme, input, slug);
        // The snapshot holds every field a client sets, so with the same parts it tells a change of the fields.
        if (partsChanged || !before.equals(snapshot(theme, stored))) {
            theme.updatedAt = clock.now();
        }
        Theme.flush();
        ThemeParts.Stored now = parts.of(id);
        audit.updated("theme", id, before, snapshot(theme, now));
        return view(theme, now);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireCoordinator();
        Theme theme = Theme.require(id);
        ETags.requireMatch(ifMatch, theme.version);
        referenceGuard.requireUnreferenced("theme", id);
        Map<String, Object> before = snapshot(theme, parts.of(id));
        theme.delete();
        Theme.flush();
        audit.deleted("theme", id, before);
    }

    /** The rules Bean Validation cannot see; the slug to store. Nothing is written before they hold. */
    private String check(Theme theme, ThemeInput in) {
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
        Set<String> known = new HashSet<>(FocusArea.find("select code from FocusArea")
                .project(String.class)
                .list());
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
            Set<Long> existing = new HashSet<>(Partner.find("select id from Partner where id in ?1", partnerIds)
                    .project(Long.class)
                    .list());
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
        if (Theme.count("number = ?1 and id <> ?2", in.number(), self) > 0) {
            throw ApiException.conflictOnField("number", "problem.conflict.detail.theme-number", in.number());
        }
        if (Theme.count("slug = ?1 and id <> ?2", slug, self) > 0) {
            throw ApiException.conflictOnField("slug", "problem.conflict.detail.theme-slug", slug);
        }
        return slug;
    }

    private static void copy(Theme theme, ThemeInput in, String slug) {
        theme.number = in.number();
        theme.title = in.title().trim();
        theme.slug = slug;
        theme.summary = in.summary().trim();
        theme.description = in.description() == null ? "" : in.description();
        theme.season = in.season();
        theme.year = in.year();
        theme.startYear = in.startWeek().year();
        theme.startWeek = in.startWeek().week();
        theme.endYear = in.endWeek().year();
        theme.endWeek = in.endWeek().week();
        theme.startDate = in.startWeek().monday();
        theme.endDate = in.endWeek().sunday();
        theme.signupOpensOn = in.signupOpensOn();
        theme.signupDeadline = in.signupDeadline();
        theme.imageUrl = in.imageUrl() == null || in.imageUrl().isBlank()
                ? null
                : in.imageUrl().trim();
    }

    /** Two statements: the theme (already read) and its parts. */
    private ThemeView view(Theme t) {
        return view(t, parts.read(t.id));
    }

    private ThemeView view(Theme t, ThemeParts.Stored stored) {
        return view(t, ThemeParts.Parts.of(stored));
    }

    private ThemeView view(Theme t, ThemeParts.Parts shown) {
        return new ThemeView(
                t.id,
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
                shown.peakWeeks(),
                t.signupOpensOn,
                t.signupDeadline,
                ThemeStatus.of(clock.today(), t.startDate, t.endDate, t.signupOpensOn, t.signupDeadline),
                shown.focusAreas(),
                shown.partners(),
                shown.milestones(),
                shown.materials(),
                t.imageUrl,
                t.createdAt,
                t.updatedAt,
                t.version);
    }

    /** What the audit trail records of a theme, parts included. */
    private static Map<String, Object> snapshot(Theme t, ThemeParts.Stored stored) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", t.number);
        map.put("title", t.title);
        map.put("slug", t.slug);
        map.put("summary", t.summary);
        map.put("description", t.description);
        map.put("season", t.season);
        map.put("year", t.year);
        map.put("startWeek", t.startYear + "-W" + t.startWeek);
        map.put("endWeek", t.endYear + "-W" + t.endWeek);
        map.put(
                "peakWeeks",
                stored.peakWeeks().stream().map(w -> w.year() + "-W" + w.week()).toList());
        map.put("signupOpensOn", t.signupOpensOn);
        map.put("signupDeadline", t.signupDeadline);
        map.put(
                "focusAreas",
                stored.focusAreas().stream().map(FocusAreaView::code).toList());
        map.put(
                "partners",
                stored.partners().stream()
                        .map(p -> p.partner().name() + " (" + p.role() + ")")
                        .toList());
        map.put(
                "milestones",
                stored.milestones().stream().map(m -> m.dueOn + " " + m.title).toList());
        map.put(
                "materials",
                stored.materials().stream().map(m -> m.title + " " + m.url).toList());
        map.put("imageUrl", t.imageUrl);
        return map;
    }
}
