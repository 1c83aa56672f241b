package dk.samspil.collaboration.theme;

import dk.samspil.common.validation.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A theme to create, or the full new state of one (its milestones, materials and partners are replaced). */
@Schema(description = "A theme to create, or the full new state of one")
public record ThemeInput(
        @Schema(required = true, example = "12") @NotNull @Min(1) @Max(9999)
        Integer number,

        @Schema(required = true, example = "Vores natur") @NotBlank @Size(max = 200)
        String title,

        @Schema(nullable = true, description = "Made from the title when left out", example = "vores-natur")
        @Size(max = 120)
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{samspil.slug.pattern}")
        String slug,

        @Schema(required = true) @NotBlank @Size(max = 1000) String summary,

        @Schema(nullable = true, description = "Markdown") @Size(max = 50000)
        String description,

        @Schema(required = true) @NotNull Season season,

        @Schema(required = true, example = "2026") @NotNull @Min(2000) @Max(2100)
        Integer year,

        @Schema(required = true) @NotNull @Valid IsoWeek startWeek,
        @Schema(required = true) @NotNull @Valid IsoWeek endWeek,

        @Schema(required = true, description = "Inside the span") @NotNull @Size(max = 53)
        List<@NotNull @Valid IsoWeek> peakWeeks,

        @Schema(
                nullable = true,
                implementation = String.class,
                format = "date",
                description = "Sign-up opens (default: at once)")
        LocalDate signupOpensOn,

        @Schema(required = true) @NotNull LocalDate signupDeadline,

        @Schema(required = true, description = "Focus area codes, see GET /api/focus-areas") @NotNull @Size(max = 6)
        List<@NotBlank @Size(max = 30) String> focusAreas,

        @Schema(required = true) @NotNull @Size(max = 50) List<@NotNull @Valid PartnerRole> partners,
        @Schema(required = true) @NotNull @Size(max = 50) List<@NotNull @Valid MilestoneInput> milestones,
        @Schema(required = true) @NotNull @Size(max = 50) List<@NotNull @Valid MaterialInput> materials,

        @Schema(nullable = true)
        @Size(max = 500)
        @Pattern(regexp = "^https?://[^\\s]+\\.[^\\s]+$", message = "{samspil.website.pattern}")
        String imageUrl) {

    // Three input records share this simple name; their schema names are pinned so the contract does not
    // change with the order in which packages are scanned.
    @Schema(name = "PartnerRole2", description = "A national partner of the theme and its role")
    public record PartnerRole(
            @Schema(required = true) @NotNull @ResourceId Long partnerId,

            @Schema(required = true, example = "Mediepartner") @NotBlank @Size(max = 200)
            String role) {}

    @Schema(description = "A dated step in the theme's timeline")
    public record MilestoneInput(
            @Schema(required = true) @NotNull MilestoneKind kind,

            @Schema(required = true, example = "Idéværksted") @NotBlank @Size(max = 200)
            String title,

            @Schema(required = true) @NotNull LocalDate dueOn,
            @Schema(nullable = true) @Size(max = 2000) String description) {}

    @Schema(description = "Shared material (a link)")
    public record MaterialInput(
            @Schema(required = true) @NotNull MaterialKind kind,

            @Schema(required = true, example = "Idékatalog") @NotBlank @Size(max = 200)
            String title,

            @Schema(required = true)
            @NotBlank
            @Size(max = 500)
            @Pattern(regexp = "^https?://[^\\s]+\\.[^\\s]+$", message = "{samspil.website.pattern}")
            String url,

            @Schema(nullable = true) @Size(max = 2000) String description) {}
}
