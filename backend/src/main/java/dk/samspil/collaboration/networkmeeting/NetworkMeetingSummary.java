package dk.samspil.collaboration.networkmeeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.directory.library.LibraryRef;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A network meeting in a list")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkMeetingSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String title,
        @Schema(required = true) Instant startsAt,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant endsAt,

        @Schema(description = "Omitted when no library hosts it")
        LibraryRef host,

        @Schema(required = true) String place,
        @Schema(required = true) long attendingLibraries,
        @Schema(required = true) long ideas,

        @Schema(required = true, description = "Minutes have been written")
        boolean hasMinutes) {

    /** For the JPQL constructor expression. */
    public NetworkMeetingSummary(
            Long id,
            String title,
            Instant startsAt,
            Instant endsAt,
            Long hostId,
            String hostName,
            String place,
            Long attendingLibraries,
            Long ideas,
            Boolean hasMinutes) {
        this(
                id.longValue(),
                title,
                startsAt,
                endsAt,
                hostId == null ? null : new LibraryRef(hostId, hostName),
                place,
                attendingLibraries.longValue(),
                ideas.longValue(),
                hasMinutes.booleanValue());
    }
}
