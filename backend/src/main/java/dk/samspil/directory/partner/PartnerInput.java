package dk.samspil.directory.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A partner organisation to create, or the full new state of one")
public record PartnerInput(
        @Schema(required = true, example = "DR") @NotBlank @Size(max = 200)
        String name,

        @Schema(required = true) @NotNull PartnerType type,

        @Schema(nullable = true, example = "https://www.dr.dk")
        @Size(max = 500)
        @Pattern(regexp = "^https?://[^\\s]+\\.[^\\s]+$", message = "{samspil.website.pattern}")
        String website,

        @Schema(description = "A national partner (default false)")
        Boolean national,

        @Schema(nullable = true) @Size(max = 5000) String description) {}
