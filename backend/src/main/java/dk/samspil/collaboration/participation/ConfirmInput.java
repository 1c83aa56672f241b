package dk.samspil.collaboration.participation;

import dk.samspil.common.validation.ResourceId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The sign-ups of one theme to confirm together")
public record ConfirmInput(
        @Schema(required = true, description = "Sign-ups of the theme, each waiting for confirmation (SIGNED_UP)")
        @NotNull
        @Size(min = 1, max = 500)
        List<@NotNull @ResourceId Long> ids) {}
