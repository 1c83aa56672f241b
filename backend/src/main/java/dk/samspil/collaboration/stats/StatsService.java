package dk.samspil.collaboration.stats;

import dk.samspil.collaboration.goal.GoalService;
import dk.samspil.collaboration.goal.GoalView;
import dk.samspil.collaboration.theme.Theme;
import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.cache.PublicReads;
import dk.samspil.common.db.Sql;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.reference.RegionRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The collaboration's figures, counted and summed by PostgreSQL (one statement each); Java only shapes the rows.
 * Withdrawn sign-ups never count as participants.
 */
@ApplicationScoped
public class StatsService {

    /** The counts of activities, as columns figures_activities, figures_reported, ... of a grouped row. */
    private static final String FIGURES = """
            count(a.id) as figures_activities,
            count(a.id) filter (where a.attendance is not null or a.reach is not null) as figures_reported,
            coalesce(sum(a.attendance), 0) as figures_attendance, coalesce(sum(a.reach), 0) as figures_reach""";

    /** Each theme that has started or has sign-ups, with its participants and confirmed sign-ups. */
    private static final String THEMES = """
            select t.id as theme_id, t.number as theme_number, t.title as theme_title, t.slug as theme_slug,
                   t.start_date, t.end_date,
                   count(p.id) filter (where p.state <> 'WITHDRAWN') as participants,
                   count(p.id) filter (where p.state = 'CONFIRMED') as confirmed
            from theme t left join participation p on p.theme_id = t.id
            group by t.id
            having t.start_date <= :today or count(p.id) filter (where p.state <> 'WITHDRAWN') > 0
            order by t.start_date, t.id""";

    /** Per region: its municipalities, those with a participating library, and the libraries. */
    private static final String REGIONS = """
            select r.code as region_code, r.name as region_name, count(distinct m.code) as municipalities,
                   count(distinct m.code) filter (where pl.library_id is not null) as participating,
                   count(distinct pl.library_id) as libraries
            from region r
            join municipality m on m.region_code = r.code
            left join (select l.id as library_id, l.municipality_code
                       from participation p join library l on l.id = p.library_id
                       where p.theme_id = :theme and p.state <> 'WITHDRAWN') pl
                   on pl.municipality_code = m.code
            group by r.code, r.name
            order by r.code""";

    /** A theme's sign-ups per Danish day, with the running total. */
    private static final String SIGN_UPS = """
            select day as date, sign_ups, sum(sign_ups) over (order by day) as cumulative
            from (select (p.signed_up_at at time zone 'Europe/Copenhagen')::date as day,
                         count(*) as sign_ups
                  from participation p
                  where p.theme_id = :theme and p.state <> 'WITHDRAWN'
                  group by 1) d
            order by day""";

    private record ThemeCount(
            ThemeRef theme, LocalDate startDate, LocalDate endDate, long participants, long confirmed) {}

    private record RegionCount(RegionRef region, long municipalities, long participating, long libraries) {}

    @Inject
    Sql sql;

    @Inject
    AppClock clock;

    @Inject
    GoalService goals;

    @Inject
    PublicReads publicReads;

    /** Kept for anonymous visitors until anything changes (or the day does: which theme is counted). */
    public GoalProgress goalProgress() {
        LocalDate today = clock.today();
        return publicReads.get(List.of("stats/goal", today), () -> goalProgress(today));
    }

    private GoalProgress goalProgress(LocalDate today) {
        GoalView goal = goals.get();
        List<ThemeCount> rows = sql.select(THEMES).param("today", today).list(ThemeCount.class);
        List<GoalProgress.ThemeParticipants> themes = new ArrayList<>();
        GoalProgress.ThemeParticipants counted = null;
        boolean countedRuns = false;
        for (ThemeCount r : rows) {
            GoalProgress.ThemeParticipants row =
                    new GoalProgress.ThemeParticipants(r.theme(), r.startDate(), r.participants(), r.confirmed());
            themes.add(row);
            boolean started = !r.startDate().isAfter(today);
            boolean runs = started && !r.endDate().isBefore(today);
            // The running theme (the latest started, should two overlap), else the latest that has started.
            if (started && (runs || !countedRuns)) {
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
        List<RegionCoverage.Row> regions = sql.select(REGIONS).param("theme", themeId).list(RegionCount.class).stream()
                .map(r -> row(r.region(), r.municipalities(), r.participating(), r.libraries()))
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
        return new SignupsOverTime(
                theme, sql.select(SIGN_UPS).param("theme", themeId).list(SignupsOverTime.Day.class));
    }

    /** Kept for anonymous visitors until anything changes: at scale it adds up every activity. */
    public ActivityTotals activityTotals(Long themeId) {
        return publicReads.get(List.of("stats/activities", String.valueOf(themeId)), () -> readActivityTotals(themeId));
    }

    private ActivityTotals readActivityTotals(Long themeId) {
        Map<String, Object> theme = new HashMap<>();
        String where = "";
        if (themeId != null) {
            theme(themeId);
            theme.put("theme", themeId);
            where = " where p.theme_id = :theme";
        }
        List<ActivityTotals.ByTheme> themes = sql.select(
                        "select t.id as theme_id, t.number as theme_number, t.title as theme_title,"
                                + " t.slug as theme_slug, " + FIGURES
                                + " from activity a join participation p on p.id = a.participation_id"
                                + " join theme t on t.id = p.theme_id" + where
                                + " group by t.id order by t.start_date, t.id")
                .params(theme)
                .list(ActivityTotals.ByTheme.class);
        List<ActivityTotals.ByChannel> channels = sql
                .select("select a.channel, " + FIGURES
                        + " from activity a join participation p on p.id = a.participation_id" + where
                        + " group by a.channel")
                .params(theme)
                .list(ActivityTotals.ByChannel.class)
                .stream()
                .sorted(Comparator.comparing(ActivityTotals.ByChannel::channel))
                .toList();
        return new ActivityTotals(themes, channels);
    }

    private static ThemeRef theme(long themeId) {
        return Theme.find("id", themeId)
                .project(ThemeRef.class)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.theme", themeId));
    }

    private static RegionCoverage.Row row(RegionRef region, long municipalities, long participating, long libraries) {
        return new RegionCoverage.Row(
                region,
                municipalities,
                participating,
                libraries,
                municipalities == 0 ? 0 : Math.round(participating * 1000.0 / municipalities) / 1000.0);
    }
}
