package dk.samspil.partnering.partnership;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The status a partnership moves to")
public record TransitionInput(
        @Schema(required = true) @NotNull PartnershipStatus to) {}
