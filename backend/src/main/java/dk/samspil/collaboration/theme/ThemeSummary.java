package dk.samspil.collaboration.theme;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A theme in a list")
public record ThemeSummary(
        @Schema(required = true) long id,
        @Schema(required = true) int number,
        @Schema(required = true) String title,
        @Schema(required = true) String slug,
        @Schema(required = true) String summary,
        @Schema(required = true) Season season,
        @Schema(required = true) int year,
        @Schema(required = true) IsoWeek startWeek,
        @Schema(required = true) IsoWeek endWeek,
        @Schema(required = true) LocalDate startDate,
        @Schema(required = true) LocalDate endDate,
        @Schema(required = true) List<IsoWeek> peakWeeks,
        @Schema(required = true) LocalDate signupDeadline,
        @Schema(required = true) ThemeStatus status) {}
