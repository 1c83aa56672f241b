package dk.samspil.partnering.guide;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The partnership guide: its chapters in order, each with its tools, and the checklist")
public record Guide(
        @Schema(required = true) List<ChapterSummary> chapters,
        @Schema(required = true) List<ChecklistStep> checklist) {}
