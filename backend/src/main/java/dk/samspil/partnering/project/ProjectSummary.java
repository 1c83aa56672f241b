package dk.samspil.partnering.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A project in a list")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String slug,
        @Schema(required = true) String name,
        @Schema(required = true) String summary,

        @Schema(implementation = String.class, format = "date")
        LocalDate startsOn,

        @Schema(implementation = String.class, format = "date")
        LocalDate endsOn,

        String funder,
        @Schema(required = true) long documents) {}
