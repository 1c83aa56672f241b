package dk.samspil.partnering.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A phase of the guide's partnership process")
public record PhaseView(
        @Schema(required = true, example = "AGREEMENT") String code,
        @Schema(required = true) int position,
        @Schema(required = true, example = "Aftale") String nameDa,
        @Schema(required = true, example = "Agreement") String nameEn,

        @Schema(
                required = true,
                description = "The stretch of the lifecycle this phase belongs to: moving to that status"
                        + " proposes this stretch's first phase, and a phase in a later stretch proposes its"
                        + " status")
        PartnershipStatus status) {}
