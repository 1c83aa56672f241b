package dk.samspil.directory.library;

import dk.samspil.directory.reference.MunicipalityRef;
import dk.samspil.directory.reference.RegionRef;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A library as a list shows it; read straight from a projection query. */
@Schema(description = "A library in a list")
public record LibrarySummary(
        @Schema(required = true) long id,

        @Schema(required = true, example = "Aalborg Bibliotekerne")
        String name,

        @Schema(required = true, example = "785100") String libraryNumber,
        @Schema(required = true, example = "DK-785100") String isil,
        @Schema(required = true) MunicipalityRef municipality,
        @Schema(required = true) RegionRef region,
        @Schema(required = true) boolean centralLibrary,
        @Schema(nullable = true, example = "Aalborg") String city,
        @Schema(required = true) boolean active,
        @Schema(required = true) Instant updatedAt) {

    /** For the JPQL constructor expression. */
    public LibrarySummary(
            Long id,
            String name,
            String libraryNumber,
            Integer municipalityCode,
            String municipalityName,
            Integer regionCode,
            String regionName,
            Boolean centralLibrary,
            String city,
            Boolean active,
            Instant updatedAt) {
        this(
                id,
                name,
                libraryNumber,
                Isil.of(libraryNumber),
                new MunicipalityRef(municipalityCode, municipalityName),
                new RegionRef(regionCode, regionName),
                centralLibrary,
                city,
                active,
                updatedAt);
    }
}
