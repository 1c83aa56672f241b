package dk.samspil.collaboration.calendar;

import static dk.samspil.common.db.SqlValues.date;

import dk.samspil.collaboration.activity.ActivityService;
import dk.samspil.collaboration.activity.ActivityView;
import dk.samspil.collaboration.networkmeeting.NetworkMeetingService;
import dk.samspil.collaboration.networkmeeting.NetworkMeetingSummary;
import dk.samspil.collaboration.theme.IsoWeek;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.text.ICalendar;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.library.Library;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** The calendar feeds: what they hold, read with one query each, written as iCalendar. */
@ApplicationScoped
@SuppressWarnings("unchecked")
public class CalendarService {

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    NetworkMeetingService meetings;

    @Inject
    ActivityService activities;

    /** Each theme's weeks, and each of its peak weeks. */
    public String themes(URI site) {
        ICalendar ics = new ICalendar("Temasamarbejdet: temaer og spidsuger", site.getHost(), clock.now());
        List<Object[]> rows = em.createNativeQuery("""
                select t.id, t.number, t.title, t.slug, t.summary, t.start_date, t.end_date, w.iso_year, w.iso_week
                from theme t left join theme_peak_week w on w.theme_id = t.id
                order by t.start_date, t.id, w.iso_year, w.iso_week""").getResultList();
        Long previous = null;
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String name = "Tema " + r[1] + ": " + r[2];
            String url = site.resolve("temaer/" + r[3]).toString();
            if (!Long.valueOf(id).equals(previous)) {
                ics.allDay("theme-" + id, date(r[5]), date(r[6]))
                        .summary(name)
                        .description((String) r[4])
                        .url(url)
                        .categories("Tema")
                        .end();
                previous = id;
            }
            if (r[7] != null) {
                IsoWeek week = new IsoWeek(((Number) r[7]).intValue(), ((Number) r[8]).intValue());
                ics.allDay("theme-" + id + "-peak-" + week.year() + "-" + week.week(), week.monday(), week.sunday())
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
        List<Object[]> rows = em.createNativeQuery("""
                select m.id, m.title, m.due_on, m.description, t.number, t.title, t.slug
                from milestone m join theme t on t.id = m.theme_id order by m.due_on, m.id""").getResultList();
        for (Object[] r : rows) {
            LocalDate due = date(r[2]);
            ics.allDay("milestone-" + r[0], due, due)
                    .summary(r[1] + " (Tema " + r[4] + ": " + r[5] + ")")
                    .description((String) r[3])
                    .url(site.resolve("temaer/" + r[6]).toString())
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

    public String libraryActivities(long libraryId, URI site) {
        Library library = em.find(Library.class, libraryId);
        if (library == null) {
            throw ApiException.notFound("problem.not-found.detail.library", libraryId);
        }
        ICalendar ics = new ICalendar(library.name + ": aktiviteter i temasamarbejdet", site.getHost(), clock.now());
        for (ActivityView a : activities.all(null, libraryId)) {
            ics.timed("activity-" + a.id(), a.startsAt(), a.endsAt(), 60)
                    .summary(a.title() + " (Tema " + a.theme().number() + ": "
                            + a.theme().title() + ")")
                    .location(a.place())
                    .description(a.description())
                    .url(site.resolve("temaer/" + a.theme().slug()).toString())
                    .categories("Aktivitet")
                    .end();
        }
        return ics.build();
    }
}
