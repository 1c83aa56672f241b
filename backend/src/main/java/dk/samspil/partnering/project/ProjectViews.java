package dk.samspil.partnering.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.directory.contact.ContactRef;
import dk.samspil.partnering.partnership.PartnershipSummary.PartnerInPartnership;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the projects' endpoints answer. */
public final class ProjectViews {

    private ProjectViews() {}

    @Schema(description = "A project in a list")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProjectSummary(
            @Schema(required = true) long id,
            @Schema(required = true) String slug,
            @Schema(required = true) String name,
            @Schema(required = true) String summary,

            @Schema(implementation = String.class, format = "date")
            LocalDate startsOn,

            @Schema(implementation = String.class, format = "date")
            LocalDate endsOn,

            String funder,
            @Schema(required = true) long documents) {}

    @Schema(description = "A project with its partners, contacts and documents")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProjectView(
            @Schema(required = true) long id,
            @Schema(required = true) String slug,
            @Schema(required = true) String name,
            @Schema(required = true) String summary,

            @Schema(required = true, description = "Markdown")
            String description,

            @Schema(required = true) String descriptionHtml,

            @Schema(implementation = String.class, format = "date")
            LocalDate startsOn,

            @Schema(implementation = String.class, format = "date")
            LocalDate endsOn,

            String funder,
            String lead,
            @Schema(required = true) List<PartnerInPartnership> partners,

            @Schema(required = true, description = "Those the caller may see")
            List<ContactRef> contacts,

            @Schema(required = true) List<DocumentView> documents,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) {}

    @Schema(description = "A project document to download")
    public record DocumentView(
            @Schema(required = true) ProjectInput.DocumentKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) long attachmentId,
            @Schema(required = true) String fileName,
            @Schema(required = true) String contentType,
            @Schema(required = true) long sizeBytes,
            @Schema(required = true) String href) {}
}
