package dk.samspil.auth;

import dk.samspil.user.AppUser;
import dk.samspil.library.LibraryRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The signed-in user, as the SPA needs to know them. */
@Schema(description = "The signed-in user")
public record CurrentUserView(
        @Schema(required = true) long id,
        @Schema(required = true) String email,
        @Schema(required = true) String displayName,
        @Schema(required = true) List<Role> roles,
        @Schema(nullable = true, description = "The library an editor edits") LibraryRef library,
        @Schema(nullable = true) Instant lastLoginAt) {

    public static CurrentUserView of(AppUser user) {
        return new CurrentUserView(user.id, user.email, user.displayName, user.roleSet().stream().sorted().toList(),
                LibraryRef.of(user.library), user.lastLoginAt);
    }
}
