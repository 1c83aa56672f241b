package dk.samspil.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A piece of a hit's snippet: plain text, to be shown highlighted or not (never markup)")
public record SnippetPart(
        @Schema(required = true) String text,

        @Schema(required = true, description = "A word that matched the search")
        boolean highlight) {}
