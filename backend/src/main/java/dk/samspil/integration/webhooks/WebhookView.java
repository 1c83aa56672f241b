package dk.samspil.integration.webhooks;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as admins see it: never its secret. */
@Schema(description = "A webhook subscription (its signing secret is shown only when created or rotated)")
public record WebhookView(
        @Schema(required = true) long id,
        @Schema(required = true) String url,
        @Schema(nullable = true) String description,
        @Schema(required = true) List<String> eventTypes,

        @Schema(required = true, description = "Whether events are sent to it")
        boolean enabled,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant disabledAt,

        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                enumeration = {"failing", "admin"},
                description = "failing: every attempt failed for 5 days, so Samspil stopped sending; admin: an admin"
                        + " switched it off")
        String disabledReason,

        @Schema(
                nullable = true,
                implementation = String.class,
                format = "date-time",
                description = "Since when every attempt has failed; null while deliveries succeed")
        Instant failingSince,

        @Schema(
                nullable = true,
                implementation = String.class,
                format = "date-time",
                description = "After a rotation, the previous secret also signs deliveries until then")
        Instant previousSecretValidUntil,

        @Schema(
                nullable = true,
                implementation = String.class,
                format = "date-time",
                description = "When the newest delivery that has been tried was last tried; null before any attempt")
        Instant lastAttemptAt,

        @Schema(nullable = true, description = "The HTTP status that attempt got; null when none came (or no attempt)")
        Integer lastAttemptStatus,

        @Schema(nullable = true, description = "Whether that delivery was taken (2xx); null before any attempt")
        Boolean lastAttemptDelivered,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    /** A subscription just created, so never attempted; others are read with their last attempt. */
    static WebhookView of(WebhookSubscription s) {
        return new WebhookView(
                s.id,
                s.url,
                s.description,
                List.of(s.eventTypes),
                s.enabled,
                s.disabledAt,
                s.disabledReason,
                s.failingSince,
                s.previousSecretUntil,
                null,
                null,
                null,
                s.createdAt,
                s.updatedAt,
                s.version);
    }
}
