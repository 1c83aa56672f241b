package dk.samspil.collaboration.calendar;

import dk.samspil.collaboration.activity.ActivityService;
import dk.samspil.collaboration.networkmeeting.NetworkMeetingService;
import dk.samspil.collaboration.theme.IsoWeek;
import dk.samspil.common.db.Sql;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.text.ICalendar;
import dk.samspil.common.text.Texts;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.library.Library;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;

/**
 * The calendar feeds: what they hold, read with one query each and written as iCalendar as the database hands
 * the rows over, so no feed is held in memory whole. Each reaches from a year back to two years ahead (what a
 * subscribed calendar is for; the whole record is on the pages and in the exports).
 */
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
            from Milestone m, Theme t""";

    /** How far back the feeds reach, and how far ahead. */
    static final Period BACK = Period.ofYears(1);

    static final Period AHEAD = Period.ofYears(2);

    /** The Danish days a feed covers, both included. */
    private record Window(LocalDate from, LocalDate to) {}

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

    /** What a feed holds: the events in the window, added to the feed. */
    @FunctionalInterface
    private interface Events {
        void add(ICalendar ics, Window window);
    }

    /** Writes a feed to {@code out}: its header, the events in the window, its end. */
    private void write(OutputStream out, String name, URI site, Events events) throws IOException {
        Writer writer = Texts.utf8(out);
        ICalendar ics = ICalendar.to(writer, name, site.getHost(), clock.now());
        LocalDate today = clock.today();
        events.add(ics, new Window(today.minus(BACK), today.plus(AHEAD)));
        ics.finish();
        writer.flush();
    }

    @Transactional
    public void writeThemes(URI site, OutputStream out) throws IOException {
        write(out, "Temasamarbejdet: temaer og spidsuger", site, (ics, window) -> themes(ics, window, site));
    }

    @Transactional
    public void writeMilestones(URI site, OutputStream out) throws IOException {
        write(out, "Temasamarbejdet: milepæle", site, (ics, window) -> milestones(ics, window, site));
    }

    @Transactional
    public void writeMeetings(URI site, OutputStream out) throws IOException {
        write(out, "Temasamarbejdet: netværksmøder", site, (ics, window) -> meetings(ics, window, site));
    }

    /** The library's name, for its feed: a library that does not exist is a 404 before anything is written. */
    public String libraryName(long libraryId) {
        return Library.<Library>findByIdOptional(libraryId)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.library", libraryId))
                .name;
    }

    @Transactional
    public void writeLibraryActivities(long libraryId, String libraryName, URI site, OutputStream out)
            throws IOException {
        String name = libraryName + ": aktiviteter i temasamarbejdet";
        write(out, name, site, (ics, window) -> libraryActivities(ics, window, libraryId, site));
    }

    /** The themes that run in the window: each one's weeks, and each of its peak weeks. */
    private void themes(ICalendar ics, Window window, URI site) {
        long[] previous = {0}; // the theme of the row before: its first row writes the theme's own event
        sql.select("""
                        select t.id, t.number, t.title, t.slug, t.summary, t.start_date, t.end_date,
                               w.iso_year as peak_year, w.iso_week as peak_week
                        from theme t left join theme_peak_week w on w.theme_id = t.id
                        where t.end_date >= :from and t.start_date <= :to
                        order by t.start_date, t.id, w.iso_year, w.iso_week""").param("from", window.from()).param("to", window.to()).each(ThemeWeek.class, r -> {
            String name = "Tema " + r.number() + ": " + r.title();
            String url = site.resolve("temaer/" + r.slug()).toString();
            if (r.id() != previous[0]) {
                ics.allDay("theme-" + r.id(), r.startDate(), r.endDate())
                        .summary(name)
                        .description(r.summary())
                        .url(url)
                        .categories("Tema")
                        .end();
                previous[0] = r.id();
            }
            IsoWeek week = r.peak();
            if (week != null) {
                String uid = "theme-" + r.id() + "-peak-" + week.year() + "-" + week.week();
                ics.allDay(uid, week.monday(), week.sunday())
                        .summary("Spidsuge " + week.week() + ": " + name)
                        .url(url)
                        .categories("Spidsuge")
                        .end();
            }
        });
    }

    /** The milestones due in the window. */
    private void milestones(ICalendar ics, Window window, URI site) {
        new Filters("t.id = m.themeId")
                .and("m.dueOn >= :from", "from", window.from())
                .and("m.dueOn <= :to", "to", window.to())
                .each(
                        em,
                        MILESTONES,
                        "m.dueOn, m.id",
                        MilestoneRow.class,
                        m -> ics.allDay("milestone-" + m.id(), m.dueOn(), m.dueOn())
                                .summary(m.title() + " (Tema " + m.number() + ": " + m.themeTitle() + ")")
                                .description(m.description())
                                .url(site.resolve("temaer/" + m.slug()).toString())
                                .categories("Milepæl")
                                .end());
    }

    /** The network meetings that start in the window. */
    private void meetings(ICalendar ics, Window window, URI site) {
        meetings.each(
                window.from(),
                window.to(),
                m -> ics.timed("network-meeting-" + m.id(), m.startsAt(), m.endsAt(), 6 * 60)
                        .summary(m.title())
                        .location(m.place())
                        .description(
                                m.host() == null ? null : "Vært: " + m.host().name())
                        .url(site.resolve("netvaerksmoeder/" + m.id()).toString())
                        .categories("Netværksmøde")
                        .end());
    }

    /** The library's activities that start in the window. */
    private void libraryActivities(ICalendar ics, Window window, long libraryId, URI site) {
        activities.each(
                null,
                libraryId,
                window.from(),
                window.to(),
                a -> ics.timed("activity-" + a.id(), a.startsAt(), a.endsAt(), 60)
                        .summary(a.title() + " (Tema " + a.theme().number() + ": "
                                + a.theme().title() + ")")
                        .location(a.place())
                        .description(a.description())
                        .url(site.resolve("temaer/" + a.theme().slug()).toString())
                        .categories("Aktivitet")
                        .end());
    }
}
