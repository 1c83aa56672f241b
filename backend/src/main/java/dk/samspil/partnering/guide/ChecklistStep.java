package dk.samspil.partnering.guide;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A step of the guide's checklist")
public record ChecklistStep(
        @Schema(required = true) String code,
        @Schema(required = true) int position,
        @Schema(required = true) String phase,
        @Schema(required = true) String textDa,
        @Schema(required = true) String textEn) {}
