package dk.samspil.partnering.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.common.http.Versioned;
import dk.samspil.directory.contact.ContactRef;
import dk.samspil.partnering.partnership.PartnershipSummary.PartnerInPartnership;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A project with its partners, contacts and documents")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectView(
        @Schema(required = true) long id,
        @Schema(required = true) String slug,
        @Schema(required = true) String name,
        @Schema(required = true) String summary,

        @Schema(required = true, description = "Markdown") String description,

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
        @Schema(required = true) long version)
        implements Versioned {}
