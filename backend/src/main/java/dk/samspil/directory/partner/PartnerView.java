package dk.samspil.directory.partner;

import dk.samspil.common.http.Versioned;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A partner organisation")
public record PartnerView(
        @Schema(required = true) long id,
        @Schema(required = true, example = "DR") String name,
        @Schema(required = true) PartnerType type,
        @Schema(nullable = true) String website,
        @Schema(required = true) boolean national,
        @Schema(nullable = true) String description,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version)
        implements Versioned {

    /** Also the JPQL constructor expression of lists. */
    public PartnerView(
            Long id,
            String name,
            PartnerType type,
            String website,
            Boolean national,
            String description,
            Instant createdAt,
            Instant updatedAt,
            Long version) {
        this(
                id.longValue(),
                name,
                type,
                website,
                national.booleanValue(),
                description,
                createdAt,
                updatedAt,
                version.longValue());
    }

    static PartnerView of(Partner p) {
        return new PartnerView(
                p.id.longValue(),
                p.name,
                p.type,
                p.website,
                p.national,
                p.description,
                p.createdAt,
                p.updatedAt,
                p.version);
    }
}
