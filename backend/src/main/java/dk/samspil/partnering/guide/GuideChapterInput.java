package dk.samspil.partnering.guide;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A guide chapter to create, or the full new state of one")
public record GuideChapterInput(
        @Schema(required = true, example = "8") @NotNull @Min(1) @Max(99)
        Integer number,

        @Schema(required = true, example = "Understøttelse af partnerskabet") @NotBlank @Size(max = 200)
        String title,

        @Schema(nullable = true, description = "Made from the title when empty")
        @Size(max = 120)
        @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$", message = "{samspil.slug.pattern}")
        String slug,

        @Schema(nullable = true) @Size(max = 1000) String summary,

        @Schema(nullable = true, description = "Markdown") @Size(max = 100000)
        String body) {}
