package dk.samspil.integration.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where to send events, and which")
public record WebhookInput(
        @Schema(
                required = true,
                format = "uri",
                example = "https://intranet.example.dk/samspil-webhook",
                description = "https (http and internal addresses only where the server allows them for development)")
        @NotBlank
        @Size(max = 2000)
        String url,

        @Schema(nullable = true, example = "Kommunens intranet") @Size(max = 500)
        String description,

        @Schema(
                required = true,
                description = "The events to send: a change-feed type and an action (library.created,"
                        + " theme.updated, contact.deleted, ...), or * for all")
        @NotNull
        @Size(min = 1, max = 50)
        List<@NotNull @Size(max = 40) @Pattern(regexp = "^(\\*|[a-z-]+\\.(created|updated|deleted))$") String>
                eventTypes,

        @Schema(nullable = true, description = "Whether events are sent; true when left out")
        Boolean enabled) {}
