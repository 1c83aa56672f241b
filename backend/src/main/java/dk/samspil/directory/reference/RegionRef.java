package dk.samspil.directory.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as other resources refer to it. */
public record RegionRef(
        @Schema(required = true, example = "1081") int code,

        @Schema(required = true, example = "Region Nordjylland")
        String name) {}
