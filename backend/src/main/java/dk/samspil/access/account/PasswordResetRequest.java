package dk.samspil.access.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A request for a link to choose a new password")
public record PasswordResetRequest(
        @Schema(required = true, format = "email", example = "anna@aalborg.dk") @NotBlank @Email @Size(max = 254)
        String email) {}
