package dk.samspil.access.user;

import dk.samspil.access.credential.Passwords;
import dk.samspil.common.security.Role;
import dk.samspil.common.validation.ResourceId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as an admin creates or replaces them. */
@Schema(description = "A user account (admins only)")
public record UserInput(
        @Schema(required = true, format = "email", example = "anna@aalborg.dk") @NotBlank @Email @Size(max = 254)
        String email,

        @Schema(required = true, example = "Anna Jensen") @NotBlank @Size(max = 200)
        String displayName,

        @Schema(required = true, description = "One or more of EDITOR, COORDINATOR, ADMIN") @NotEmpty @Size(max = 3)
        Set<@NotNull Role> roles,

        @Schema(nullable = true, description = "Required for editors: the library they edit") @ResourceId
        Long libraryId,

        @Schema(description = "Default true; false signs the user out everywhere and stops sign-in")
        Boolean active,

        @Schema(
                nullable = true,
                description = "Leave out when creating to invite the user: they get a mail to choose their own."
                        + " When given on update, sets a new password",
                minLength = Passwords.MIN_LENGTH)
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
        String password) {}
