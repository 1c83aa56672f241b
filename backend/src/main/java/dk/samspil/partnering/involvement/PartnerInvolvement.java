package dk.samspil.partnering.involvement;

import dk.samspil.collaboration.theme.ThemeRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a partner takes part in: themes (with its role), partnerships, good examples, projects")
public record PartnerInvolvement(
        @Schema(required = true) List<ThemeRole> themes,
        @Schema(required = true) List<Named> partnerships,
        @Schema(required = true) List<Named> cases,
        @Schema(required = true) List<Named> projects) {

    @Schema(description = "A theme the partner is in, with its role")
    public record ThemeRole(
            @Schema(required = true) ThemeRef theme,
            @Schema(required = true) String role) {}

    @Schema(description = "Something the partner takes part in, with the partner's role where it has one")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Named(
            @Schema(required = true) long id,
            @Schema(required = true) String title,

            @Schema(description = "The slug, where the thing has one")
            String slug,

            @Schema(description = "The partner's role, where it has one")
            String role,

            @Schema(description = "The partnership's status, for partnerships")
            String status) {}
}
