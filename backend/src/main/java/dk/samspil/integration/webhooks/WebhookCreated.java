package dk.samspil.integration.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A subscription and its new signing secret: copy it now, it is never shown again")
public record WebhookCreated(
        @Schema(required = true) WebhookView webhook,

        @Schema(
                required = true,
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                description = "The Standard Webhooks secret (whsec_ and the base64 key) that signs every delivery")
        String secret) {}
