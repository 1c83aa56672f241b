package dk.samspil.access.account;

import dk.samspil.access.credential.Passwords;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A password chosen through the link of an invitation or a reset mail")
public record NewPasswordInput(
        @Schema(required = true, description = "The secret from the link (after #)") @NotBlank @Size(max = 100)
        String token,

        @Schema(required = true, minLength = Passwords.MIN_LENGTH)
        @NotBlank
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
        String password) {}
