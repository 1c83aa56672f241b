package dk.samspil.search;

import dk.samspil.common.paging.Paged;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of search hits, best first, with the count of hits per type")
public record SearchResults(
        @Schema(required = true, description = "The text searched for")
        String query,

        @Schema(required = true) List<SearchHit> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages,

        @Schema(required = true, description = "Every type, in a fixed order, with its number of hits")
        List<SearchFacet> facets,

        @Schema(
                nullable = true,
                description = "When nothing matched: a spelling that would, e.g. bibliotek for biblotek")
        String suggestion)
        implements Paged {}
