package dk.samspil.directory.library;

import dk.samspil.common.http.Versioned;
import dk.samspil.directory.reference.MunicipalityRef;
import dk.samspil.directory.reference.RegionRef;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One library, whole. Its ETag is derived from {@code version}. */
@Schema(description = "A library with all its details")
public record LibraryView(
        @Schema(required = true) long id,

        @Schema(required = true, example = "Aalborg Bibliotekerne")
        String name,

        @Schema(required = true, example = "785100") String libraryNumber,
        @Schema(required = true, example = "DK-785100") String isil,
        @Schema(required = true) MunicipalityRef municipality,
        @Schema(required = true) RegionRef region,
        @Schema(required = true) boolean centralLibrary,
        @Schema(nullable = true) String street,
        @Schema(nullable = true) String postalCode,
        @Schema(nullable = true) String city,
        @Schema(nullable = true) String website,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone,

        @Schema(nullable = true, implementation = String.class, format = "date")
        LocalDate joinedOn,

        @Schema(required = true) boolean active,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version)
        implements Versioned {

    static LibraryView of(Library l) {
        var m = l.municipality;
        return new LibraryView(
                l.id,
                l.name,
                l.libraryNumber,
                Isil.of(l.libraryNumber),
                new MunicipalityRef(m.code, m.name),
                new RegionRef(m.region.code, m.region.name),
                l.centralLibrary,
                l.street,
                l.postalCode,
                l.city,
                l.website,
                l.email,
                l.phone,
                l.joinedOn,
                l.active,
                l.createdAt,
                l.updatedAt,
                l.version);
    }
}
