package dk.samspil.partnering.guide;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.partnering.toolbox.ToolboxItemSummary;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the guide's endpoints answer. */
public final class GuideViews {

    private GuideViews() {}

    @Schema(description = "The partnership guide: its chapters in order, each with its tools, and the checklist")
    public record Guide(
            @Schema(required = true) List<ChapterSummary> chapters,
            @Schema(required = true) List<ChecklistStep> checklist) {}

    @Schema(description = "A guide chapter in the table of contents")
    public record ChapterSummary(
            @Schema(required = true) long id,
            @Schema(required = true) int number,
            @Schema(required = true) String title,
            @Schema(required = true) String slug,
            @Schema(required = true) String summary,
            @Schema(required = true) List<ToolboxItemSummary> items) {}

    @Schema(description = "A guide chapter to read, with its tools and its neighbours")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chapter(
            @Schema(required = true) long id,
            @Schema(required = true) int number,
            @Schema(required = true) String title,
            @Schema(required = true) String slug,
            @Schema(required = true) String summary,

            @Schema(required = true, description = "Markdown")
            String body,

            @Schema(required = true) String bodyHtml,
            @Schema(required = true) List<ToolboxItemSummary> items,

            @Schema(description = "Omitted for the first chapter")
            ToolboxItemSummary.ChapterRef previous,

            @Schema(description = "Omitted for the last chapter")
            ToolboxItemSummary.ChapterRef next,

            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) {}

    @Schema(description = "A step of the guide's checklist")
    public record ChecklistStep(
            @Schema(required = true) String code,
            @Schema(required = true) int position,
            @Schema(required = true) String phase,
            @Schema(required = true) String textDa,
            @Schema(required = true) String textEn) {}
}
