package dk.samspil.access.token;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new token and its secret: copy it now, it is never shown again")
public record TokenCreated(
        @Schema(required = true) TokenView token,

        @Schema(required = true, description = "Send as Authorization: Bearer <secret>")
        String secret) {}
