package dk.samspil.collaboration.participation;

import dk.samspil.common.validation.ResourceId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The new state of a sign-up: its state, channels and focus areas")
public record ParticipationUpdate(
        @Schema(
                required = true,
                description = "CONFIRMED by coordinators only; WITHDRAWN and back to SIGNED_UP by the"
                        + " library too (back only until the deadline)")
        @NotNull
        ParticipationState state,

        @Schema(required = true) @NotNull @Size(max = 9) List<@NotNull Channel> channels,
        @Schema(required = true) @NotNull @Size(max = 6) List<@NotBlank @Size(max = 30) String> focusAreas,

        @Schema(nullable = true, description = "The library's network lead: one of the library's contacts") @ResourceId
        Long networkLeadId) {}
