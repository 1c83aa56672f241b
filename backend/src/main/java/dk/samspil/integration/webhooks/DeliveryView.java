package dk.samspil.integration.webhooks;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message to one subscriber and how its attempts went; read by column name from the delivery log. */
@Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to one subscription")
public record DeliveryView(
        @Schema(required = true) long id,

        @Schema(required = true, description = "The webhook-id header: the same for every attempt and redelivery")
        String messageId,

        @Schema(required = true, example = "library.created", description = "The event, or webhook.ping")
        String eventType,

        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"pending", "delivered", "failed"},
                description = "pending: waiting for its next attempt; delivered: answered 2xx; failed: given up after"
                        + " 24 hours of attempts")
        String state,

        @Schema(required = true) int attempts,

        @Schema(nullable = true, description = "The HTTP status of the last attempt; null when none came")
        Integer lastStatus,

        @Schema(nullable = true, description = "How long the last attempt took, in milliseconds")
        Integer lastLatencyMs,

        @Schema(nullable = true, description = "What went wrong the last time (status and the answer's start)")
        String lastError,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant lastAttemptAt,

        @Schema(
                nullable = true,
                implementation = String.class,
                format = "date-time",
                description = "When it is tried next; null once delivered or failed")
        Instant nextAttemptAt,

        @Schema(required = true) Instant createdAt,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant finishedAt) {}
