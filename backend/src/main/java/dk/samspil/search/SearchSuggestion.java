package dk.samspil.search;

import dk.samspil.common.search.SearchKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A hit offered while someone types")
public record SearchSuggestion(
        @Schema(required = true) SearchKind type,
        @Schema(required = true) long id,
        @Schema(required = true) String title,
        @Schema(required = true) String href,
        @Schema(required = true) String route) {}
