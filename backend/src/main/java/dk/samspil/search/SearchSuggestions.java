package dk.samspil.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The best hits for what has been typed so far")
public record SearchSuggestions(
        @Schema(required = true) String query,
        @Schema(required = true) List<SearchSuggestion> items) {}
