package dk.samspil.collaboration.participation;

import dk.samspil.common.paging.Paged;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of sign-ups")
public record ParticipationPage(
        @Schema(required = true) List<ParticipationView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages)
        implements Paged {}
