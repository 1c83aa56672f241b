package dk.samspil.partnering.partnership;

import dk.samspil.common.content.AttachmentRef;
import dk.samspil.common.validation.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A partnership to create, or the full new state of one (its status changes through transitions)")
public record PartnershipInput(
        @Schema(required = true, example = "Sansefortællinger med teatret") @NotBlank @Size(max = 200)
        String title,

        @Schema(required = true, description = "Why the partners work together") @NotBlank @Size(max = 5000)
        String purpose,

        @Schema(required = true, description = "At least one library; an editor's own library must be among them")
        @NotNull
        @Size(min = 1, max = 100)
        List<@NotNull @ResourceId Long> libraryIds,

        @Schema(required = true, description = "The partners, each with its role") @NotNull @Size(max = 50)
        List<@Valid @NotNull PartnerRole> partners,

        @Schema(description = "Themes of the national collaboration the partnership serves (default none)")
        @Size(max = 20)
        List<@NotNull @ResourceId Long> themeIds,

        @Schema(description = "Where it is in the guide's partnership process (a phase code; default NEED)")
        @Size(max = 30)
        String phase,

        @Schema(nullable = true, implementation = String.class, format = "date")
        LocalDate startsOn,

        @Schema(nullable = true, implementation = String.class, format = "date")
        LocalDate endsOn,

        @Schema(nullable = true, description = "The partnership lead: a contact person") @ResourceId
        Long leadContactId,

        @Schema(nullable = true, description = "Markdown") @Size(max = 10000)
        String goals,

        @Schema(nullable = true, description = "Markdown") @Size(max = 10000)
        String outcomes,

        @Schema(nullable = true, description = "Markdown") @Size(max = 10000)
        String evaluation,

        @Schema(nullable = true, description = "The written agreement: an uploaded attachment") @ResourceId
        Long agreementAttachmentId,

        @Schema(
                nullable = true,
                description = "Its other files (minutes, plans, evaluations), in order. Omitted or null keeps"
                        + " the files it has; an empty list removes them all.")
        @Size(max = 30)
        List<@Valid @NotNull AttachmentRef> files) {

    @Schema(name = "PartnerRole", description = "A partner in a partnership, with its role")
    public record PartnerRole(
            @Schema(required = true) @NotNull @ResourceId Long partnerId,

            @Schema(required = true, example = "Medarrangør") @NotBlank @Size(max = 200)
            String role) {}
}
