package dk.samspil.collaboration.theme;

import dk.samspil.common.http.Versioned;
import dk.samspil.directory.partner.PartnerRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One theme, whole: weeks, status, focus areas, partners, milestones and materials. */
@Schema(description = "A theme with everything about it")
public record ThemeView(
        @Schema(required = true) long id,
        @Schema(required = true) int number,
        @Schema(required = true) String title,
        @Schema(required = true) String slug,
        @Schema(required = true) String summary,

        @Schema(required = true, description = "Markdown as written")
        String description,

        @Schema(required = true, description = "The description rendered to safe HTML (raw HTML escaped)")
        String descriptionHtml,

        @Schema(required = true) Season season,
        @Schema(required = true) int year,
        @Schema(required = true) IsoWeek startWeek,
        @Schema(required = true) IsoWeek endWeek,

        @Schema(required = true, description = "Monday of the first week")
        LocalDate startDate,

        @Schema(required = true, description = "Sunday of the last week")
        LocalDate endDate,

        @Schema(required = true) List<IsoWeek> peakWeeks,

        @Schema(nullable = true, implementation = String.class, format = "date")
        LocalDate signupOpensOn,

        @Schema(required = true) LocalDate signupDeadline,

        @Schema(required = true, description = "Derived from today's date")
        ThemeStatus status,

        @Schema(required = true) List<FocusAreaView> focusAreas,
        @Schema(required = true) List<ThemePartnerView> partners,
        @Schema(required = true) List<MilestoneView> milestones,
        @Schema(required = true) List<MaterialView> materials,
        @Schema(nullable = true) String imageUrl,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version)
        implements Versioned {

    @Schema(description = "A partner of the theme and its role")
    public record ThemePartnerView(
            @Schema(required = true) PartnerRef partner,
            @Schema(required = true) String role) {}

    @Schema(description = "A dated step in a theme's timeline")
    public record MilestoneView(
            @Schema(required = true) long id,
            @Schema(required = true) MilestoneKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) LocalDate dueOn,
            @Schema(required = true) IsoWeek week,
            @Schema(nullable = true) String description) {}

    @Schema(description = "Shared material of a theme")
    public record MaterialView(
            @Schema(required = true) long id,
            @Schema(required = true) MaterialKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) String url,
            @Schema(nullable = true) String description) {}
}
