package dk.samspil.access.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.common.security.Role;
import dk.samspil.directory.library.LibraryRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A user account; never its password")
public record UserView(
        @Schema(required = true) long id,
        @Schema(required = true) String email,
        @Schema(required = true) String displayName,
        @Schema(required = true) List<Role> roles,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Present for editors: the library they edit")
        LibraryRef library,

        @Schema(required = true) boolean active,

        @Schema(
                required = true,
                description = "Invited and has not chosen a password yet: cannot sign in until they do")
        boolean invited,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant lastLoginAt,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static UserView of(AppUser u) {
        return new UserView(
                u.id,
                u.email,
                u.displayName,
                u.roleSet().stream().sorted().toList(),
                LibraryRef.of(u.library),
                u.active,
                u.passwordHash == null,
                u.lastLoginAt,
                u.createdAt,
                u.updatedAt,
                u.version);
    }
}
