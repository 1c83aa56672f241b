package dk.samspil.access.token;

import dk.samspil.common.security.TokenScope;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as admins see it: never its secret. */
@Schema(description = "An integration token (the secret is shown only once, when it is created)")
public record TokenView(
        @Schema(required = true) long id,
        @Schema(required = true) String name,

        @Schema(required = true, description = "The secret's first characters, to recognise it")
        String prefix,

        @Schema(required = true) List<TokenScope> scopes,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant expiresAt,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant revokedAt,

        @Schema(
                nullable = true,
                implementation = String.class,
                format = "date-time",
                description = "Recorded to the minute")
        Instant lastUsedAt,

        @Schema(required = true) Instant createdAt,

        @Schema(required = true, description = "Neither revoked nor expired")
        boolean active,

        @Schema(required = true) long version) {}
