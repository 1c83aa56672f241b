package dk.samspil.collaboration.participation;

import dk.samspil.common.validation.ResourceId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A library's sign-up to a theme")
public record ParticipationInput(
        @Schema(required = true, description = "The library that signs up") @NotNull @ResourceId
        Long libraryId,

        @Schema(required = true, description = "How the library will communicate the theme: at least one")
        @NotEmpty(message = "{samspil.channels.none}")
        @Size(max = 9)
        List<@NotNull Channel> channels,

        @Schema(required = true, description = "Focus area codes, among the theme's") @NotNull @Size(max = 6)
        List<@NotBlank @Size(max = 30) String> focusAreas,

        @Schema(nullable = true, description = "The library's network lead: one of the library's contacts") @ResourceId
        Long networkLeadId) {}
