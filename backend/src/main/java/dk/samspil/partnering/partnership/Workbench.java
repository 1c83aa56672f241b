package dk.samspil.partnering.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The partnership workbench: the toolbox for the current phase and the guide's checklist")
public record Workbench(
        @Schema(required = true) PartnershipSummary partnership,

        @Schema(required = true, description = "All phases of the process, in order")
        List<PhaseView> phases,

        @Schema(required = true, description = "Toolbox items that serve the current phase")
        List<Recommended> recommended,

        @Schema(required = true) List<Step> checklist,
        @Schema(required = true) int done,
        @Schema(required = true) int total) {

    @Schema(description = "A toolbox item recommended for the phase")
    public record Recommended(
            @Schema(required = true) long id,
            @Schema(required = true) String slug,
            @Schema(required = true) String title,
            @Schema(required = true) String summary,
            @Schema(required = true) String kind,
            @Schema(required = true) String heading) {}

    @Schema(description = "One step of the guide's checklist and whether this partnership has done it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(
            @Schema(required = true) String code,
            @Schema(required = true) int position,
            @Schema(required = true) String phase,
            @Schema(required = true) String textDa,
            @Schema(required = true) String textEn,
            @Schema(required = true) boolean done,

            @Schema(implementation = String.class, format = "date-time")
            Instant doneAt,

            String doneBy) {}
}
