package dk.samspil.partnering.guide;

import dk.samspil.partnering.toolbox.ToolboxItemSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A guide chapter in the table of contents")
public record ChapterSummary(
        @Schema(required = true) long id,
        @Schema(required = true) int number,
        @Schema(required = true) String title,
        @Schema(required = true) String slug,
        @Schema(required = true) String summary,
        @Schema(required = true) List<ToolboxItemSummary> items) {}
