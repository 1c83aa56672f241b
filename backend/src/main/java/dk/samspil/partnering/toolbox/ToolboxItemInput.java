package dk.samspil.partnering.toolbox;

import dk.samspil.common.content.AttachmentRef;
import dk.samspil.common.validation.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A toolbox item to create, or the full new state of one")
public record ToolboxItemInput(
        @Schema(required = true) @NotNull ToolboxKind kind,

        @Schema(required = true, example = "Skabelon til samarbejdsaftale") @NotBlank @Size(max = 200)
        String title,

        @Schema(nullable = true, description = "Made from the title when empty")
        @Size(max = 120)
        @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$", message = "{samspil.slug.pattern}")
        String slug,

        @Schema(required = true) @NotBlank @Size(max = 1000) String summary,

        @Schema(nullable = true, description = "Markdown") @Size(max = 50000)
        String body,

        @Schema(required = true) @NotNull ToolboxHeading heading,

        @Schema(nullable = true, description = "The guide chapter it belongs to") @ResourceId
        Long guideChapterId,

        @Schema(description = "Phase codes of the partnership process it serves") @Size(max = 12)
        List<@NotBlank @Size(max = 30) String> phases,

        @Schema(description = "Free tags, lower case") @Size(max = 20)
        List<@NotBlank @Size(max = 50) String> tags,

        @Schema(description = "Files, in order") @Size(max = 20)
        List<@Valid @NotNull AttachmentRef> attachments,

        @Schema(description = "External links, in order") @Size(max = 20)
        List<@Valid @NotNull Link> links,

        @Schema(nullable = true, example = "Ud af boksen!") @Size(max = 200)
        String source,

        @Schema(nullable = true, example = "2012") @Min(1900) @Max(2100)
        Integer year) {

    @Schema(description = "An external link")
    public record Link(
            @Schema(required = true) @NotBlank @Size(max = 200)
            String title,

            @Schema(required = true)
            @NotBlank
            @Size(max = 500)
            @Pattern(regexp = "^https?://[^\\s]+$", message = "{samspil.website.pattern}")
            String url) {}
}
