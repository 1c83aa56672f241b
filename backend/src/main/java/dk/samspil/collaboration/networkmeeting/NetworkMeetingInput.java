package dk.samspil.collaboration.networkmeeting;

import dk.samspil.common.validation.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A network meeting to create, or the full new state of one (attendees and ideas included)")
public record NetworkMeetingInput(
        @Schema(required = true, example = "Netværksmøde forår 2027") @NotBlank @Size(max = 200)
        String title,

        @Schema(required = true, example = "2027-03-02T10:00:00+01:00") @NotNull
        OffsetDateTime startsAt,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        OffsetDateTime endsAt,

        @Schema(nullable = true, description = "The library that hosts the meeting") @ResourceId
        Long hostLibraryId,

        @Schema(required = true, example = "Aalborg Hovedbibliotek, Rendsburggade 2") @NotBlank @Size(max = 300)
        String place,

        @Schema(nullable = true, description = "Markdown") @Size(max = 20000)
        String agenda,

        @Schema(nullable = true, description = "Markdown, written after the meeting") @Size(max = 50000)
        String minutes,

        @Schema(required = true, description = "The libraries that take part") @NotNull @Size(max = 200)
        List<@NotNull @ResourceId Long> attendingLibraryIds,

        @Schema(required = true, description = "Ideas from the meeting, in order") @NotNull @Size(max = 200)
        List<@Valid @NotNull IdeaInput> ideas) {

    @Schema(description = "An idea from a network meeting")
    public record IdeaInput(
            @Schema(required = true) @NotBlank @Size(max = 2000)
            String text,

            @Schema(nullable = true, description = "Who proposed it (a person or a group)") @Size(max = 200)
            String proposer,

            @Schema(nullable = true, description = "The library that proposed it") @ResourceId
            Long proposerLibraryId,

            @Schema(nullable = true, description = "The theme the idea is for") @ResourceId
            Long themeId) {}
}
