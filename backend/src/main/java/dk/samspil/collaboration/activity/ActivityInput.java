package dk.samspil.collaboration.activity;

import dk.samspil.collaboration.participation.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "An activity to add, or the full new state of one. It starts on a day of its theme's weeks"
                + " (Danish time; a start kept unchanged is not checked again). Attendance and reach can be reported"
                + " only once the activity has started.")
public record ActivityInput(
        @Schema(required = true, example = "Fortælleaften: Danmark i 1800-tallet") @NotBlank @Size(max = 200)
        String title,

        @Schema(nullable = true) @Size(max = 5000) String description,

        @Schema(required = true, example = "2027-03-09T19:00:00+01:00") @NotNull
        OffsetDateTime startsAt,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        OffsetDateTime endsAt,

        @Schema(nullable = true, example = "Hovedbiblioteket, salen") @Size(max = 200)
        String place,

        @Schema(required = true) @NotNull Channel channel,
        @Schema(required = true) @NotNull Audience audience,

        @Schema(nullable = true, description = "People who came (after the activity)") @PositiveOrZero @Max(10_000_000)
        Integer attendance,

        @Schema(nullable = true, description = "People reached online or in the media (after the activity)")
        @PositiveOrZero
        @Max(100_000_000)
        Integer reach) {}
