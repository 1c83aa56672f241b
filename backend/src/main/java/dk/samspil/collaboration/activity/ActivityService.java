package dk.samspil.collaboration.activity;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.collaboration.participation.Channel;
import dk.samspil.collaboration.participation.Participation;
import dk.samspil.collaboration.participation.ParticipationState;
import dk.samspil.collaboration.theme.Theme;
import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.cache.PublicReads;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Activities: everyone reads them; the library's editors (and coordinators) plan them and report attendance
 * and reach once they have started. A withdrawn sign-up gets no new activities.
 */
@ApplicationScoped
public class ActivityService {

    public static final SortFields SORT = SortFields.of(
            "startsAt",
            "a.id asc",
            "startsAt",
            "a.startsAt",
            "title",
            "a.title",
            "library",
            "l.name",
            "updatedAt",
            "a.updatedAt");

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    static final String SELECT = """
            select new dk.samspil.collaboration.activity.ActivityView$Row(a.id, p.id, t.id, t.number, t.title, t.slug, l.id, l.name,
                a.title, a.description, a.startsAt, a.endsAt, a.place, a.channel, a.audience, a.attendance, a.reach,
                a.createdAt, a.updatedAt, a.version)
            from Activity a, Participation p, Theme t, Library l""";
    static final String JOIN = "p.id = a.participationId and t.id = p.themeId and l.id = p.libraryId";

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    PublicReads publicReads;

    public ActivityPage list(
            Long participationId,
            Long themeId,
            Long libraryId,
            Channel channel,
            LocalDate from,
            LocalDate to,
            Instant updatedSince,
            PageRequest page) {
        Filters where = filters(participationId, themeId, libraryId, channel, from, to)
                .updatedSince("a.updatedAt", updatedSince);
        // Counting a million activities at each visit is what a large collaboration could not bear.
        long total =
                where.count(em, "select count(a) from Activity a, Participation p, Theme t, Library l", publicReads);
        Instant now = clock.now();
        List<ActivityView> items = where.page(em, SELECT, page, total, ActivityView.Row.class).stream()
                .map(r -> r.view(now))
                .toList();
        return new ActivityPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /**
     * Every activity that matches, in time order, one at a time as the database hands them over (a library's
     * feed, a theme's export: they grow with the data), starting on the days {@code from} to {@code to} (Danish
     * days, both included) where given. Call it in a transaction.
     */
    public void each(Long themeId, Long libraryId, LocalDate from, LocalDate to, Consumer<ActivityView> activity) {
        Instant now = clock.now();
        filters(null, themeId, libraryId, null, from, to)
                .each(em, SELECT, "a.startsAt, a.id", ActivityView.Row.class, r -> activity.accept(r.view(now)));
    }

    private static Filters filters(
            Long participationId, Long themeId, Long libraryId, Channel channel, LocalDate from, LocalDate to) {
        return new Filters(JOIN)
                .and("a.participationId = :participation", "participation", participationId)
                .and("p.themeId = :theme", "theme", themeId)
                .and("p.libraryId = :library", "library", libraryId)
                .and("a.channel = :channel", "channel", channel)
                .and(
                        "a.startsAt >= :from",
                        "from",
                        from == null ? null : from.atStartOfDay(DANISH_TIME).toInstant())
                .and(
                        "a.startsAt < :to",
                        "to",
                        to == null
                                ? null
                                : to.plusDays(1).atStartOfDay(DANISH_TIME).toInstant());
    }

    public Optional<ActivityView> get(long id) {
        return em.createQuery(SELECT + " where " + JOIN + " and a.id = :id", ActivityView.Row.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(r -> r.view(clock.now()));
    }

    public void requireParticipation(long participationId) {
        Participation.require(participationId);
    }

    @Transactional
    public ActivityView create(long participationId, ActivityInput input) {
        Participation participation = Participation.require(participationId);
        access.requireLibraryEditor(participation.libraryId);
        if (participation.state == ParticipationState.WITHDRAWN) {
            throw ApiException.conflict("problem.conflict.detail.activity-withdrawn");
        }
        Activity activity = new Activity();
        activity.participationId = participationId;
        activity.createdAt = clock.now();
        activity.updatedAt = activity.createdAt;
        apply(activity, input, participation.themeId);
        activity.persist();
        audit.created("activity", activity.id, snapshot(activity));
        return get(activity.id).orElseThrow();
    }

    @Transactional
    public ActivityView update(long id, String ifMatch, ActivityInput input) {
        Activity activity = find(id);
        Participation participation = Participation.findById(activity.participationId);
        access.requireLibraryEditor(participation.libraryId);
        ETags.requireMatch(ifMatch, activity.version);
        Map<String, Object> before = snapshot(activity);
        apply(activity, input, participation.themeId);
        Map<String, Object> after = snapshot(activity);
        if (!before.equals(after)) {
            activity.updatedAt = clock.now();
            Activity.flush();
            audit.updated("activity", id, before, after);
        }
        return get(id).orElseThrow();
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Activity activity = find(id);
        access.requireLibraryEditor(Participation.<Participation>findById(activity.participationId).libraryId);
        ETags.requireMatch(ifMatch, activity.version);
        Map<String, Object> before = snapshot(activity);
        activity.delete();
        Activity.flush();
        audit.deleted("activity", id, before);
    }

    private static Activity find(long id) {
        return Activity.<Activity>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.activity", id));
    }

    private void apply(Activity a, ActivityInput in, long themeId) {
        Instant startsAt = in.startsAt().toInstant();
        Instant endsAt = in.endsAt() == null ? null : in.endsAt().toInstant();
        // A start kept as it was stays, even if the theme's weeks have moved since.
        if (!startsAt.equals(a.startsAt)) {
            requireWithinTheme(startsAt, themeId);
        }
        if (endsAt != null && endsAt.isBefore(startsAt)) {
            throw ApiException.invalidField("endsAt", "activity.ends.before-start");
        }
        boolean started = !startsAt.isAfter(clock.now());
        if (!started && in.attendance() != null) {
            throw ApiException.invalidField("attendance", "activity.figures.before-start");
        }
        if (!started && in.reach() != null) {
            throw ApiException.invalidField("reach", "activity.figures.before-start");
        }
        a.title = in.title().trim();
        a.description = blankToNull(in.description());
        a.startsAt = startsAt;
        a.endsAt = endsAt;
        a.place = blankToNull(in.place());
        a.channel = in.channel();
        a.audience = in.audience();
        a.attendance = in.attendance();
        a.reach = in.reach();
    }

    /** An activity is part of its theme: it starts on a day of the theme's weeks, in Danish time. */
    private static void requireWithinTheme(Instant startsAt, long themeId) {
        Theme theme = Theme.findById(themeId);
        LocalDate day = startsAt.atZone(DANISH_TIME).toLocalDate();
        if (day.isBefore(theme.startDate) || day.isAfter(theme.endDate)) {
            throw ApiException.invalidField(
                    "startsAt",
                    "activity.starts.outside-theme",
                    String.valueOf(theme.startWeek),
                    String.valueOf(theme.startYear),
                    String.valueOf(theme.endWeek),
                    String.valueOf(theme.endYear));
        }
    }

    private static Map<String, Object> snapshot(Activity a) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("participationId", a.participationId);
        map.put("title", a.title);
        map.put("description", a.description);
        map.put("startsAt", a.startsAt);
        map.put("endsAt", a.endsAt);
        map.put("place", a.place);
        map.put("channel", a.channel);
        map.put("audience", a.audience);
        map.put("attendance", a.attendance);
        map.put("reach", a.reach);
        return map;
    }
}
