package dk.samspil.partnering.partnership;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ticks or unticks one step of the guide's checklist for a partnership")
public record ChecklistInput(
        @Schema(required = true) @NotNull Boolean done) {}
