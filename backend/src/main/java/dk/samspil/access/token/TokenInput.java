package dk.samspil.access.token;

import dk.samspil.common.security.TokenScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new integration token")
public record TokenInput(
        @Schema(required = true, example = "Kommunens intranet") @NotBlank @Size(max = 200)
        String name,

        @Schema(required = true, description = "read-private and/or write; empty reads public content only")
        @NotNull
        @Size(max = 2)
        List<@NotNull TokenScope> scopes,

        @Schema(
                nullable = true,
                implementation = String.class,
                format = "date-time",
                description = "When it stops working; none means until revoked")
        Instant expiresAt) {}
