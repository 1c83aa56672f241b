package dk.samspil.access.auth;

import dk.samspil.access.credential.Passwords;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A change of one's own password")
public record PasswordChangeInput(
        @Schema(required = true) @NotBlank @Size(max = Passwords.MAX_LENGTH)
        String currentPassword,

        @Schema(required = true, minLength = Passwords.MIN_LENGTH)
        @NotBlank
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
        String newPassword) {}
