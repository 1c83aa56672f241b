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

        @Schema(
                required = true,
                description = "True when a type asked for may have more hits than a search reads ("
                        + SearchService.CAPS_DESCRIPTION
                        + "): totalItems is then how many can be paged through, and there are more")
        boolean capped,

        @Schema(required = true) int totalPages,

        @Schema(required = true, description = "Every type, in a fixed order, with its number of hits")
        List<SearchFacet> facets,

        @Schema(
                nullable = true,
                description = "When the words as typed match nothing: the words searched instead and that the hits"
                        + " are for, typos corrected from the words of titles and names (e.g. bibliotek for"
                        + " biblotek); else null")
        String corrected)
        implements Paged {}
