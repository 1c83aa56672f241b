package dk.samspil.directory.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.common.http.Versioned;
import dk.samspil.directory.library.LibraryRef;
import dk.samspil.directory.partner.PartnerType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A contact person. Contacts that are not public are seen only by signed-in users and"
                + " read-private tokens.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactView(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        String title,

        @Schema(description = "Omitted when the person works for a partner or for the collaboration itself")
        LibraryRef library,

        @Schema(description = "Omitted unless the person works for a partner")
        PartnerOrg partner,

        String email,
        String phone,
        @Schema(required = true) boolean isPublic,
        @Schema(required = true) boolean coordinator,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version)
        implements Versioned {

    @Schema(description = "The partner organisation a contact works for")
    public record PartnerOrg(
            @Schema(required = true) long id,
            @Schema(required = true) String name,
            @Schema(required = true) PartnerType type) {}

    /** For the JPQL constructor expression (library and partner come from left joins). */
    public ContactView(
            Long id,
            String name,
            String title,
            Long libraryId,
            String libraryName,
            Long partnerId,
            String partnerName,
            PartnerType partnerType,
            String email,
            String phone,
            Boolean isPublic,
            Boolean coordinator,
            Instant createdAt,
            Instant updatedAt,
            Long version) {
        this(
                id.longValue(),
                name,
                title,
                libraryId == null ? null : new LibraryRef(libraryId, libraryName),
                partnerId == null ? null : new PartnerOrg(partnerId, partnerName, partnerType),
                email,
                phone,
                isPublic.booleanValue(),
                coordinator.booleanValue(),
                createdAt,
                updatedAt,
                version.longValue());
    }
}
