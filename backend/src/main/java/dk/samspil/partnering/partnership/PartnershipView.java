package dk.samspil.partnering.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.content.FileView;
import dk.samspil.common.http.Versioned;
import dk.samspil.directory.contact.ContactRef;
import dk.samspil.directory.library.LibraryRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A partnership with its parts, history and the transitions open to it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnershipView(
        @Schema(required = true) long id,
        @Schema(required = true) String title,
        @Schema(required = true) String purpose,
        @Schema(required = true) PartnershipStatus status,
        @Schema(required = true) PhaseView phase,
        @Schema(required = true) List<LibraryRef> libraries,
        @Schema(required = true) List<PartnershipSummary.PartnerInPartnership> partners,
        @Schema(required = true) List<ThemeRef> themes,

        @Schema(implementation = String.class, format = "date")
        LocalDate startsOn,

        @Schema(implementation = String.class, format = "date")
        LocalDate endsOn,

        @Schema(description = "The partnership lead; omitted when none, or private and the caller may not see it")
        ContactRef lead,

        @Schema(required = true, description = "Markdown") String goals,
        @Schema(required = true) String goalsHtml,
        @Schema(required = true, description = "Markdown") String outcomes,
        @Schema(required = true) String outcomesHtml,
        @Schema(required = true, description = "Markdown") String evaluation,
        @Schema(required = true) String evaluationHtml,

        @Schema(description = "The written agreement; only for signed-in users and read-private tokens")
        Agreement agreement,

        @Schema(
                required = true,
                description =
                        "Its other files, in order; only for signed-in users and read-private tokens (empty otherwise)")
        List<FileView> files,

        @Schema(required = true, description = "Every status change, oldest first")
        List<Transition> transitions,

        @Schema(required = true, description = "The statuses it may move to now")
        List<PartnershipStatus> allowedTransitions,

        @Schema(required = true, description = "Checklist steps done")
        int checklistDone,

        @Schema(required = true, description = "Checklist steps in all")
        int checklistTotal,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version)
        implements Versioned {

    @Schema(description = "A partnership's written agreement")
    public record Agreement(
            @Schema(required = true) long attachmentId,
            @Schema(required = true) String fileName,
            @Schema(required = true) String href,
            @Schema(required = true) String contentType,
            @Schema(required = true) long sizeBytes) {}

    @Schema(description = "A status change, when and by whom")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Transition(
            @Schema(description = "Omitted for the first status")
            PartnershipStatus from,

            @Schema(required = true) PartnershipStatus to,
            @Schema(required = true) Instant at,
            @Schema(required = true) String actor) {}
}
