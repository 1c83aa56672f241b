package dk.samspil.collaboration.stats;

import dk.samspil.collaboration.participation.Channel;
import dk.samspil.collaboration.theme.ThemeRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Activities and their reported attendance and reach, per theme and per channel")
public record ActivityTotals(
        @Schema(required = true) List<ByTheme> byTheme,
        @Schema(required = true) List<ByChannel> byChannel) {

    @Schema(description = "One theme's activities")
    public record ByTheme(
            @Schema(required = true) ThemeRef theme,
            @Schema(required = true) Figures figures) {}

    @Schema(description = "One channel's activities")
    public record ByChannel(
            @Schema(required = true) Channel channel,
            @Schema(required = true) Figures figures) {}

    @Schema(description = "Counts and sums")
    public record Figures(
            @Schema(required = true) long activities,

            @Schema(required = true, description = "Activities with attendance or reach reported")
            long reported,

            @Schema(required = true) long attendance,
            @Schema(required = true) long reach) {}
}
