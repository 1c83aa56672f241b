package dk.samspil.collaboration.stats;

import dk.samspil.collaboration.theme.ThemeRef;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A theme's participants by sign-up date (Danish time); withdrawn sign-ups are not counted")
public record SignupsOverTime(
        @Schema(required = true) ThemeRef theme,
        @Schema(required = true) List<Day> days) {

    @Schema(description = "The sign-ups of one day and the total so far")
    public record Day(
            @Schema(required = true) LocalDate date,
            @Schema(required = true) long signUps,
            @Schema(required = true) long cumulative) {}
}
