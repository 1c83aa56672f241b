package dk.samspil.partnering.toolbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A toolbox item in a list")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolboxItemSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String slug,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true) ToolboxKind kind,
        @Schema(required = true) ToolboxHeading heading,

        @Schema(description = "Omitted when it belongs to no chapter")
        ChapterRef guideChapter,

        @Schema(required = true) List<String> phases,
        @Schema(required = true) List<String> tags,
        Integer year,
        @Schema(required = true) int attachments) {

    @Schema(description = "A guide chapter as other resources refer to it")
    public record ChapterRef(
            @Schema(required = true) long id,
            @Schema(required = true) int number,
            @Schema(required = true) String title,
            @Schema(required = true) String slug) {}
}
