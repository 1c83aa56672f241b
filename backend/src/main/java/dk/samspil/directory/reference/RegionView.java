package dk.samspil.directory.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "A Danish region")
public record RegionView(
        @Schema(required = true, example = "1081") int code,

        @Schema(required = true, example = "Region Nordjylland")
        String name,

        @Schema(required = true, example = "DK05") String nuts2,
        @Schema(required = true, example = "11") int municipalityCount) {

    /** For the JPQL constructor expression (count() is a long). */
    public RegionView(Integer code, String name, String nuts2, Long municipalityCount) {
        this(code, name, nuts2, municipalityCount.intValue());
    }
}
