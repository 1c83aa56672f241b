package dk.samspil.access.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.common.security.Role;
import dk.samspil.directory.library.LibraryRef;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A user in a list")
public record UserSummary(
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
        Instant lastLoginAt) {

    /** For the JPQL constructor expression. */
    public UserSummary(
            Long id,
            String email,
            String displayName,
            String[] roles,
            Long libraryId,
            String libraryName,
            Boolean active,
            Boolean invited,
            Instant lastLoginAt) {
        this(
                id,
                email,
                displayName,
                Arrays.stream(roles).map(Role::valueOf).sorted().toList(),
                libraryId == null ? null : new LibraryRef(libraryId, libraryName),
                active,
                invited,
                lastLoginAt);
    }
}
