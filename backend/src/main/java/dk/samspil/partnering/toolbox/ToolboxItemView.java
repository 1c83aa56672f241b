package dk.samspil.partnering.toolbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.common.content.FileView;
import dk.samspil.common.http.Versioned;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A toolbox item with its text, files and links")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolboxItemView(
        @Schema(required = true) long id,
        @Schema(required = true) String slug,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true, description = "Markdown") String body,

        @Schema(required = true, description = "The body as safe HTML")
        String bodyHtml,

        @Schema(required = true) ToolboxKind kind,
        @Schema(required = true) ToolboxHeading heading,
        ToolboxItemSummary.ChapterRef guideChapter,
        @Schema(required = true) List<String> phases,
        @Schema(required = true) List<String> tags,
        @Schema(required = true) List<FileView> attachments,
        @Schema(required = true) List<ToolboxItemInput.Link> links,
        String source,
        Integer year,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version)
        implements Versioned {}
