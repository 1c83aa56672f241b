package dk.samspil.access.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.access.user.AppUser;
import dk.samspil.common.security.Role;
import dk.samspil.directory.library.LibraryRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in user, as the SPA needs to know them. */
@Schema(description = "The signed-in user")
public record CurrentUserView(
        @Schema(required = true) long id,
        @Schema(required = true) String email,
        @Schema(required = true) String displayName,
        @Schema(required = true) List<Role> roles,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Present for editors: the library they edit")
        LibraryRef library,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant lastLoginAt) {

    public static CurrentUserView of(AppUser user) {
        return new CurrentUserView(
                user.id,
                user.email,
                user.displayName,
                user.roleSet().stream().sorted().toList(),
                LibraryRef.of(user.library),
                user.lastLoginAt);
    }
}
