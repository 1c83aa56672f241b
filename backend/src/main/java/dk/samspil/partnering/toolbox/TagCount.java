package dk.samspil.partnering.toolbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A tag and how many items carry it")
public record TagCount(
        @Schema(required = true) String tag,
        @Schema(required = true) long items) {}
