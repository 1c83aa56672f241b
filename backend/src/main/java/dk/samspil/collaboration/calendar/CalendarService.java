package dk.samspil.collaboration.calendar;

import dk.samspil.collaboration.activity.ActivityService;
import dk.samspil.collaboration.networkmeeting.NetworkMeetingService;
import dk.samspil.collaboration.networkmeeting.NetworkMeetingSummary;
import dk.samspil.collaboration.theme.IsoWeek;
import dk.samspil.common.db.Sql;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.text.ICalendar;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.library.Library;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The calendar feeds: what they hold, read with one query each, written as iCalendar. */
@ApplicationScoped
public class CalendarService {

    /** A theme with one of its peak weeks (none when it has none), as the themes feed reads it. */
    private record ThemeWeek(
            long id,
            int number,
            String title,
            String slug,
            String summary,
            LocalDate startDate,
            LocalDate endDate,
            IsoWeek peak) {}

    /** A milestone with its theme. */
    private record MilestoneRow(
            long id, String title, LocalDate dueOn, String description, int number, String themeTitle, String slug) {}

    private static final String MILESTONES = """
            select new dk.samspil.collaboration.calendar.CalendarService$MilestoneRow(m.id, m.title, m.dueOn,
                m.description, t.number, t.title, t.slug)
            from Milestone m, Theme t where t.id = m.themeId order by m.dueOn, m.id""";

    @Inject
    EntityManager em;

    @Inject
    Sql sql;

    @Inject
    AppClock clock;

    @Inject
    NetworkMeetingService meetings;

    @Inject
    ActivityService activities;

    /** Each theme's weeks, and each of its peak weeks. */
    public String themes(URI site) {
        ICalendar ics = new ICalendar("Temasamarbejdet: temaer og spidsuger", site.getHost(), clock.now());
        List<ThemeWeek> rows = sql.select("""
                        select t.id, t.number, t.title, t.slug, t.summary, t.start_date, t.end_date,
                               w.iso_year as peak_year, w.iso_week as peak_week
                        from theme t left join theme_peak_week w on w.theme_id = t.id
                        order by t.start_date, t.id, w.iso_year, w.iso_week""").list(ThemeWeek.class);
        Long previous = null;
        for (ThemeWeek r : rows) {
            String name = "Tema " + r.number() + ": " + r.title();
            String url = site.resolve("temaer/" + r.slug()).toString();
            if (!Long.valueOf(r.id()).equals(previous)) {
                ics.allDay("theme-" + r.id(), r.startDate(), r.endDate())
                        .summary(name)
                        .description(r.summary())
                        .url(url)
                        .categories("Tema")
                        .end();
                previous = r.id();
            }
            IsoWeek week = r.peak();
            if (week != null) {
                ics.allDay("theme-" + r.id() + "-peak-" + week.year() + "-" + week.week(), week.monday(), week.sunday())
                        .summary("Spidsuge " + week.week() + ": " + name)
                        .url(url)
                        .categories("Spidsuge")
                        .end();
            }
        }
        return ics.build();
    }

    public String milestones(URI site) {
        ICalendar ics = new ICalendar("Temasamarbejdet: milepæle", site.getHost(), clock.now());
        List<MilestoneRow> rows = em.createQuery(MILESTONES, MilestoneRow.class).getResultList();
        for (MilestoneRow m : rows) {
            ics.allDay("milestone-" + m.id(), m.dueOn(), m.dueOn())
                    .summary(m.title() + " (Tema " + m.number() + ": " + m.themeTitle() + ")")
                    .description(m.description())
                    .url(site.resolve("temaer/" + m.slug()).toString())
                    .categories("Milepæl")
                    .end();
        }
        return ics.build();
    }

    public String meetings(URI site) {
        ICalendar ics = new ICalendar("Temasamarbejdet: netværksmøder", site.getHost(), clock.now());
        for (NetworkMeetingSummary m : meetings.all()) {
            ics.timed("network-meeting-" + m.id(), m.startsAt(), m.endsAt(), 6 * 60)
                    .summary(m.title())
                    .location(m.place())
                    .description(m.host() == null ? null : "Vært: " + m.host().name())
                    .url(site.resolve("netvaerksmoeder/" + m.id()).toString())
                    .categories("Netværksmøde")
                    .end();
        }
        return ics.build();
    }

    /** The library's name, for its feed: a library that does not exist is a 404 before anything is written. */
    public String libraryName(long libraryId) {
        return Library.<Library>findByIdOptional(libraryId)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.library", libraryId))
                .name;
    }

    /**
     * The library's activities, written to {@code out} as the database hands them over: a library's feed
     * grows with the years, so it is never held in memory whole.
     */
    @Transactional
    public void writeLibraryActivities(long libraryId, String libraryName, URI site, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ICalendar ics =
                ICalendar.to(writer, libraryName + ": aktiviteter i temasamarbejdet", site.getHost(), clock.now());
        activities.each(
                null,
                libraryId,
                a -> ics.timed("activity-" + a.id(), a.startsAt(), a.endsAt(), 60)
                        .summary(a.title() + " (Tema " + a.theme().number() + ": "
                                + a.theme().title() + ")")
                        .location(a.place())
                        .description(a.description())
                        .url(site.resolve("temaer/" + a.theme().slug()).toString())
                        .categories("Aktivitet")
                        .end());
        ics.finish();
        writer.flush();
    }
}
