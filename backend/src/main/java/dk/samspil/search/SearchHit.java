package dk.samspil.search;

import dk.samspil.common.search.SearchKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One thing that matched a search, best first")
public record SearchHit(
        @Schema(required = true) SearchKind type,

        @Schema(required = true, description = "The resource's id")
        long id,

        @Schema(required = true) String title,

        @Schema(required = true, description = "Words from its text around what matched; empty when only the title did")
        List<SnippetPart> snippet,

        @Schema(required = true, description = "The resource in the API, e.g. /api/libraries/7")
        String href,

        @Schema(required = true, description = "The page in the web app, e.g. /biblioteker/7")
        String route) {}
