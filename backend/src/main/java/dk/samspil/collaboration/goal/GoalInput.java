package dk.samspil.collaboration.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The collaboration's goal")
public record GoalInput(
        @Schema(required = true, example = "90") @NotNull @Min(1) @Max(1000)
        Integer targetLibraries,

        @Schema(required = true, example = "2017-12-31") @NotNull
        LocalDate targetDate) {}
