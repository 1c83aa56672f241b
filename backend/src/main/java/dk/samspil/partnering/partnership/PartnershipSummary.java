package dk.samspil.partnering.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.directory.library.LibraryRef;
import dk.samspil.directory.partner.PartnerRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A partnership in a list")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnershipSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String title,
        @Schema(required = true) PartnershipStatus status,
        @Schema(required = true) PhaseView phase,
        @Schema(required = true) List<LibraryRef> libraries,
        @Schema(required = true) List<PartnerInPartnership> partners,

        @Schema(implementation = String.class, format = "date")
        LocalDate startsOn,

        @Schema(implementation = String.class, format = "date")
        LocalDate endsOn,

        @Schema(required = true) Instant updatedAt) {

    @Schema(description = "A partner in a partnership, with its role")
    public record PartnerInPartnership(
            @Schema(required = true) PartnerRef partner,
            @Schema(required = true) String role) {}
}
