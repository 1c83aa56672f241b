package dk.samspil.partnering.guide;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.common.http.Versioned;
import dk.samspil.partnering.toolbox.ToolboxItemSummary;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A guide chapter to read, with its tools and its neighbours")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Chapter(
        @Schema(required = true) long id,
        @Schema(required = true) int number,
        @Schema(required = true) String title,
        @Schema(required = true) String slug,
        @Schema(required = true) String summary,

        @Schema(required = true, description = "Markdown") String body,

        @Schema(required = true) String bodyHtml,
        @Schema(required = true) List<ToolboxItemSummary> items,

        @Schema(description = "Omitted for the first chapter")
        ToolboxItemSummary.ChapterRef previous,

        @Schema(description = "Omitted for the last chapter")
        ToolboxItemSummary.ChapterRef next,

        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version)
        implements Versioned {}
