package dk.samspil.search;

import dk.samspil.common.search.SearchKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many hits of one type the search has (whatever types were asked for)")
public record SearchFacet(
        @Schema(required = true) SearchKind type,
        @Schema(required = true) long count,

        @Schema(
                required = true,
                description =
                        "True when the type may have more hits than count (" + SearchService.CAPS_DESCRIPTION + ")")
        boolean capped) {}
