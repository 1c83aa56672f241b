package dk.samspil.collaboration.participation;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.directory.contact.ContactRef;
import dk.samspil.directory.reference.RegionRef;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A library's sign-up to a theme")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipationView(
        @Schema(required = true) long id,
        @Schema(required = true) ThemeRef theme,
        @Schema(required = true) LibraryInRegion library,
        @Schema(required = true) ParticipationState state,
        @Schema(required = true) List<Channel> channels,
        @Schema(required = true) List<String> focusAreas,
        @Schema(required = true) Instant signedUpAt,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant confirmedAt,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant withdrawnAt,

        @Schema(
                description = "The library's network lead; omitted when none is named or the person is not public"
                        + " and the caller may not see private contacts")
        ContactRef networkLead,

        @Schema(required = true) long version) {

    @Schema(description = "A library with its region")
    public record LibraryInRegion(
            @Schema(required = true) long id,
            @Schema(required = true) String name,
            @Schema(required = true) RegionRef region) {}

    /** For the JPQL constructor expression. */
    public ParticipationView(
            Long id,
            Long themeId,
            Integer themeNumber,
            String themeTitle,
            String themeSlug,
            Long libraryId,
            String libraryName,
            Integer regionCode,
            String regionName,
            ParticipationState state,
            String[] channels,
            String[] focusAreas,
            Instant signedUpAt,
            Instant confirmedAt,
            Instant withdrawnAt,
            Long leadId,
            String leadName,
            String leadTitle,
            String leadEmail,
            String leadPhone,
            Long version) {
        this(
                id.longValue(),
                new ThemeRef(themeId, themeNumber, themeTitle, themeSlug),
                new LibraryInRegion(libraryId, libraryName, new RegionRef(regionCode, regionName)),
                state,
                Arrays.stream(channels).map(Channel::valueOf).toList(),
                List.of(focusAreas),
                signedUpAt,
                confirmedAt,
                withdrawnAt,
                leadId == null ? null : new ContactRef(leadId, leadName, leadTitle, leadEmail, leadPhone),
                version.longValue());
    }
}
