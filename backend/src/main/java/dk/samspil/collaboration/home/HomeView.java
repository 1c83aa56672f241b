package dk.samspil.collaboration.home;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.collaboration.networkmeeting.NetworkMeetingView;
import dk.samspil.collaboration.stats.GoalProgress;
import dk.samspil.collaboration.theme.ThemeView;
import dk.samspil.directory.library.LibraryCounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Everything the front page shows, in one answer")
public record HomeView(
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The theme running today; absent between themes")
        ThemeView currentTheme,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The first theme that starts after today; absent when none is planned")
        ThemeView nextTheme,

        @Schema(required = true) GoalProgress goal,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The next network meeting that has not ended; absent when none is planned")
        NetworkMeetingView nextMeeting,

        @Schema(required = true) LibraryCounts libraries) {}
