package dk.samspil.access.auth;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A browser session: who is signed in, and the CSRF token that every write must carry. */
@Schema(description = "The current sign-in session")
public record SessionView(
        @Schema(required = true) CurrentUserView user,

        @Schema(required = true, description = "Send it in the X-CSRF-Token header on every POST, PUT and DELETE")
        String csrfToken,

        @Schema(required = true, description = "The session ends at the latest then (12 hours after sign-in)")
        Instant expiresAt,

        @Schema(required = true, description = "The session ends after this many seconds without a request")
        long idleTimeoutSeconds) {}
