package dk.samspil.collaboration.activity;

import dk.samspil.collaboration.participation.Channel;
import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.directory.library.LibraryRef;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A library's activity for a theme")
public record ActivityView(
        @Schema(required = true) long id,
        @Schema(required = true) long participationId,
        @Schema(required = true) ThemeRef theme,
        @Schema(required = true) LibraryRef library,
        @Schema(required = true) String title,
        @Schema(nullable = true) String description,
        @Schema(required = true) Instant startsAt,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant endsAt,

        @Schema(nullable = true) String place,
        @Schema(required = true) Channel channel,
        @Schema(required = true) Audience audience,
        @Schema(nullable = true) Integer attendance,
        @Schema(nullable = true) Integer reach,

        @Schema(required = true, description = "The activity has started, so attendance and reach can be reported")
        boolean happened,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    /** One row of the activity query; {@link #view(Instant)} adds what depends on the time of asking. */
    public record Row(
            Long id,
            Long participationId,
            Long themeId,
            Integer themeNumber,
            String themeTitle,
            String themeSlug,
            Long libraryId,
            String libraryName,
            String title,
            String description,
            Instant startsAt,
            Instant endsAt,
            String place,
            Channel channel,
            Audience audience,
            Integer attendance,
            Integer reach,
            Instant createdAt,
            Instant updatedAt,
            Long version) {

        public ActivityView view(Instant now) {
            return new ActivityView(
                    id,
                    participationId,
                    new ThemeRef(themeId, themeNumber, themeTitle, themeSlug),
                    new LibraryRef(libraryId, libraryName),
                    title,
                    description,
                    startsAt,
                    endsAt,
                    place,
                    channel,
                    audience,
                    attendance,
                    reach,
                    !startsAt.isAfter(now),
                    createdAt,
                    updatedAt,
                    version);
        }
    }
}
