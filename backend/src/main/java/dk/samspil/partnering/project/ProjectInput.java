package dk.samspil.partnering.project;

import dk.samspil.common.validation.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A project to create, or the full new state of one")
public record ProjectInput(
        @Schema(required = true, example = "Ud af boksen!") @NotBlank @Size(max = 200)
        String name,

        @Schema(nullable = true, description = "Made from the name when empty")
        @Size(max = 120)
        @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$", message = "{samspil.slug.pattern}")
        String slug,

        @Schema(required = true) @NotBlank @Size(max = 2000) String summary,

        @Schema(nullable = true, description = "Markdown") @Size(max = 50000)
        String description,

        @Schema(nullable = true, implementation = String.class, format = "date")
        LocalDate startsOn,

        @Schema(nullable = true, implementation = String.class, format = "date")
        LocalDate endsOn,

        @Schema(nullable = true, example = "Kulturstyrelsen, Frie forsøg") @Size(max = 200)
        String funder,

        @Schema(nullable = true, example = "Roskilde Bibliotekerne") @Size(max = 200)
        String lead,

        @Schema(description = "Partner organisations with their role") @Size(max = 50)
        List<@Valid @NotNull PartnerRole> partners,

        @Schema(description = "Contact persons") @Size(max = 50)
        List<@NotNull @ResourceId Long> contactIds,

        @Schema(description = "Documents (reports, application, presentations), in order") @Size(max = 50)
        List<@Valid @NotNull Document> documents) {

    @Schema(name = "PartnerRole1", description = "A partner in a project, with its role")
    public record PartnerRole(
            @Schema(required = true) @NotNull @ResourceId Long partnerId,

            @Schema(required = true) @NotBlank @Size(max = 200)
            String role) {}

    @Schema(description = "A project document: an uploaded file with a kind and a title")
    public record Document(
            @Schema(required = true) @NotNull DocumentKind kind,

            @Schema(required = true) @NotBlank @Size(max = 200)
            String title,

            @Schema(required = true) @NotNull @ResourceId Long attachmentId) {}

    /** What a project document is. */
    public enum DocumentKind {
        REPORT,
        APPLICATION,
        PRESENTATION,
        FILM,
        OTHER
    }
}
