package dk.samspil.collaboration.home;

import dk.samspil.collaboration.networkmeeting.NetworkMeetingService;
import dk.samspil.collaboration.stats.StatsService;
import dk.samspil.collaboration.theme.ThemeService;
import dk.samspil.common.cache.PublicReads;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.library.LibraryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The front page's data, gathered from the features that own it. */
@ApplicationScoped
public class HomeService {

    @Inject
    ThemeService themes;

    @Inject
    StatsService stats;

    @Inject
    NetworkMeetingService meetings;

    @Inject
    LibraryService libraries;

    @Inject
    PublicReads publicReads;

    @Inject
    AppClock clock;

    /** Kept for anonymous visitors until something changes (or the day does: which theme is current). */
    public HomeView home() {
        return publicReads.get(
                List.of("home", clock.today()),
                () -> new HomeView(
                        themes.current().orElse(null),
                        themes.next().orElse(null),
                        stats.goalProgress(),
                        meetings.next().orElse(null),
                        libraries.counts()));
    }
}
