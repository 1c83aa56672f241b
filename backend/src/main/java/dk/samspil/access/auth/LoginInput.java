package dk.samspil.access.auth;

import dk.samspil.access.credential.Passwords;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Credentials")
public record LoginInput(
        @Schema(required = true, example = "koordinator@samspil.demo") @NotBlank @Size(max = 254)
        String email,

        @Schema(required = true) @NotBlank @Size(max = Passwords.MAX_LENGTH)
        String password) {}
