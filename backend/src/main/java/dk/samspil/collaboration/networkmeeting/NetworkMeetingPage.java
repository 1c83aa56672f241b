package dk.samspil.collaboration.networkmeeting;

import dk.samspil.common.paging.Paged;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of network meetings")
public record NetworkMeetingPage(
        @Schema(required = true) List<NetworkMeetingSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages)
        implements Paged {}
