package dk.samspil.collaboration.stats;

import static dk.samspil.common.db.SqlValues.date;

import dk.samspil.collaboration.goal.GoalService;
import dk.samspil.collaboration.goal.GoalView;
import dk.samspil.collaboration.participation.Channel;
import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.reference.RegionRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The collaboration's figures, counted and summed by PostgreSQL (one statement each); Java only shapes the rows.
 * Withdrawn sign-ups never count as participants.
 */
@ApplicationScoped
@SuppressWarnings("unchecked")
public class StatsService {

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    GoalService goals;

    public GoalProgress goalProgress() {
        GoalView goal = goals.get();
        LocalDate today = clock.today();
        List<Object[]> rows =
                em.createNativeQuery("""
                        select t.id, t.number, t.title, t.slug, t.start_date, t.end_date,
                               count(p.id) filter (where p.state <> 'WITHDRAWN'),
                               count(p.id) filter (where p.state = 'CONFIRMED')
                        from theme t left join participation p on p.theme_id = t.id
                        group by t.id
                        having t.start_date <= :today or count(p.id) filter (where p.state <> 'WITHDRAWN') > 0
                        order by t.start_date, t.id""").setParameter("today", today).getResultList();
        List<GoalProgress.ThemeParticipants> themes = new ArrayList<>();
        GoalProgress.ThemeParticipants counted = null;
        boolean countedRuns = false;
        for (Object[] r : rows) {
            GoalProgress.ThemeParticipants row =
                    new GoalProgress.ThemeParticipants(themeRef(r, 0), date(r[4]), number(r[6]), number(r[7]));
            themes.add(row);
            LocalDate start = date(r[4]);
            boolean runs = !start.isAfter(today) && !date(r[5]).isBefore(today);
            // The running theme (the latest started, should two overlap), else the latest that has started.
            if (!start.isAfter(today) && (runs || !countedRuns)) {
                counted = row;
                countedRuns = runs;
            }
        }
        long now = counted == null ? 0 : counted.participants();
        return new GoalProgress(
                goal.targetLibraries(),
                goal.targetDate(),
                now,
                counted == null ? null : counted.theme(),
                Math.max(0, goal.targetLibraries() - now),
                now >= goal.targetLibraries(),
                themes);
    }

    public RegionCoverage regionCoverage(long themeId) {
        ThemeRef theme = theme(themeId);
        List<Object[]> rows =
                em.createNativeQuery("""
                        select r.code, r.name, count(distinct m.code),
                               count(distinct m.code) filter (where pl.library_id is not null),
                               count(distinct pl.library_id)
                        from region r
                        join municipality m on m.region_code = r.code
                        left join (select l.id as library_id, l.municipality_code
                                   from participation p join library l on l.id = p.library_id
                                   where p.theme_id = :theme and p.state <> 'WITHDRAWN') pl
                               on pl.municipality_code = m.code
                        group by r.code, r.name
                        order by r.code""").setParameter("theme", themeId).getResultList();
        List<RegionCoverage.Row> regions = rows.stream()
                .map(r -> row(
                        new RegionRef(((Number) r[0]).intValue(), (String) r[1]),
                        number(r[2]),
                        number(r[3]),
                        number(r[4])))
                .toList();
        RegionCoverage.Row total = row(
                null,
                regions.stream().mapToLong(RegionCoverage.Row::municipalities).sum(),
                regions.stream().mapToLong(RegionCoverage.Row::participating).sum(),
                regions.stream().mapToLong(RegionCoverage.Row::libraries).sum());
        return new RegionCoverage(theme, regions, total);
    }

    public SignupsOverTime signupsOverTime(long themeId) {
        ThemeRef theme = theme(themeId);
        List<Object[]> rows =
                em.createNativeQuery("""
                        select day, sign_ups, sum(sign_ups) over (order by day)
                        from (select (p.signed_up_at at time zone 'Europe/Copenhagen')::date as day, count(*) as sign_ups
                              from participation p
                              where p.theme_id = :theme and p.state <> 'WITHDRAWN'
                              group by 1) d
                        order by day""").setParameter("theme", themeId).getResultList();
        return new SignupsOverTime(
                theme,
                rows.stream()
                        .map(r -> new SignupsOverTime.Day(date(r[0]), number(r[1]), number(r[2])))
                        .toList());
    }

    public ActivityTotals activityTotals(Long themeId) {
        if (themeId != null) {
            theme(themeId);
        }
        String where = themeId == null ? "" : " where p.theme_id = :theme";
        String figures = """
                count(a.id), count(a.id) filter (where a.attendance is not null or a.reach is not null),
                coalesce(sum(a.attendance), 0), coalesce(sum(a.reach), 0)""";
        Query byTheme = em.createNativeQuery("select t.id, t.number, t.title, t.slug, " + figures + """

                from activity a join participation p on p.id = a.participation_id join theme t on t.id = p.theme_id
                """ + where
                + " group by t.id order by t.start_date, t.id");
        Query byChannel = em.createNativeQuery("select a.channel, " + figures + """

                from activity a join participation p on p.id = a.participation_id
                """ + where + " group by a.channel");
        if (themeId != null) {
            byTheme.setParameter("theme", themeId);
            byChannel.setParameter("theme", themeId);
        }
        List<ActivityTotals.ByTheme> themes = ((List<Object[]>) byTheme.getResultList())
                .stream()
                        .map(r -> new ActivityTotals.ByTheme(themeRef(r, 0), figures(r, 4)))
                        .toList();
        List<ActivityTotals.ByChannel> channels = ((List<Object[]>) byChannel.getResultList())
                .stream()
                        .map(r -> new ActivityTotals.ByChannel(Channel.valueOf((String) r[0]), figures(r, 1)))
                        .sorted(Comparator.comparing(ActivityTotals.ByChannel::channel))
                        .toList();
        return new ActivityTotals(themes, channels);
    }

    private ThemeRef theme(long themeId) {
        List<Object[]> rows = em.createNativeQuery("select id, number, title, slug from theme where id = :id")
                .setParameter("id", themeId)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("problem.not-found.detail.theme", themeId);
        }
        return themeRef(rows.get(0), 0);
    }

    private static RegionCoverage.Row row(RegionRef region, long municipalities, long participating, long libraries) {
        return new RegionCoverage.Row(
                region,
                municipalities,
                participating,
                libraries,
                municipalities == 0 ? 0 : Math.round(participating * 1000.0 / municipalities) / 1000.0);
    }

    private static ActivityTotals.Figures figures(Object[] r, int from) {
        return new ActivityTotals.Figures(
                number(r[from]), number(r[from + 1]), number(r[from + 2]), number(r[from + 3]));
    }

    private static ThemeRef themeRef(Object[] r, int from) {
        return new ThemeRef(
                ((Number) r[from]).longValue(), ((Number) r[from + 1]).intValue(), (String) r[from + 2], (String)
                        r[from + 3]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
