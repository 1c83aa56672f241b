package dk.samspil.collaboration.networkmeeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.http.Versioned;
import dk.samspil.directory.library.LibraryRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A network meeting with its agenda, minutes, attendees and ideas")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkMeetingView(
        @Schema(required = true) long id,
        @Schema(required = true) String title,
        @Schema(required = true) Instant startsAt,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant endsAt,

        @Schema(description = "Omitted when no library hosts it")
        LibraryRef host,

        @Schema(required = true) String place,
        @Schema(required = true, description = "Markdown") String agenda,

        @Schema(required = true, description = "The agenda as safe HTML")
        String agendaHtml,

        @Schema(required = true, description = "Markdown") String minutes,

        @Schema(required = true, description = "The minutes as safe HTML")
        String minutesHtml,

        @Schema(required = true) List<LibraryRef> attendingLibraries,
        @Schema(required = true) List<IdeaView> ideas,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version)
        implements Versioned {

    @Schema(description = "An idea from a network meeting")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IdeaView(
            @Schema(required = true) long id,
            @Schema(required = true) String text,
            String proposer,
            LibraryRef proposerLibrary,
            ThemeRef theme) {}
}
