package dk.samspil.directory.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Municipality", description = "A Danish municipality and the number of its main library")
public record MunicipalityView(
        @Schema(required = true, example = "851") int code,
        @Schema(required = true, example = "Aalborg") String name,
        @Schema(required = true) RegionRef region,
        @Schema(required = true, example = "785100") String libraryNumber) {

    /** For the JPQL constructor expression. */
    public MunicipalityView(Integer code, String name, Integer regionCode, String regionName, String libraryNumber) {
        this(code, name, new RegionRef(regionCode, regionName), libraryNumber);
    }
}
