package dk.samspil.partnering.partnership;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Where a partnership moves: another status, another phase of the guide's process, or both"
                + " in one step (at least one)")
public record TransitionInput(
        @Schema(description = "The next status, along the lifecycle; left out to change the phase only")
        PartnershipStatus to,

        @Schema(
                nullable = true,
                example = "EXECUTION",
                description = "A phase code (see the workbench's phases); any phase, while the partnership"
                        + " has not ended or been cancelled")
        @Size(max = 30)
        String phase) {}
