package dk.samspil.collaboration.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.collaboration.theme.ThemeRef;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How far the collaboration has come towards its goal")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GoalProgress(
        @Schema(required = true) int targetLibraries,
        @Schema(required = true) LocalDate targetDate,

        @Schema(
                required = true,
                description = "Libraries taking part now: signed up (not withdrawn) for the current"
                        + " theme, or for the latest theme that has started when none is running")
        long participatingNow,

        @Schema(description = "The theme participatingNow counts; omitted before any theme has started")
        ThemeRef countedTheme,

        @Schema(required = true, description = "Libraries still missing (0 once the goal is reached)")
        long remaining,

        @Schema(required = true) boolean reached,

        @Schema(required = true, description = "Every theme that has participants or has started, oldest first")
        List<ThemeParticipants> themes) {

    @Schema(description = "The libraries taking part in one theme")
    public record ThemeParticipants(
            @Schema(required = true) ThemeRef theme,
            @Schema(required = true) LocalDate startDate,

            @Schema(required = true, description = "Signed up or confirmed")
            long participants,

            @Schema(required = true) long confirmed) {}
}
