package dk.samspil.partnering.goodexample;

import dk.samspil.common.paging.Paged;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of good examples")
public record CasePage(
        @Schema(required = true) List<CaseSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages)
        implements Paged {}
