package dk.samspil.collaboration.goal;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The collaboration's goal: the number of participating libraries to reach by a date")
public record GoalView(
        @Schema(required = true) int targetLibraries,
        @Schema(required = true) LocalDate targetDate,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static GoalView of(CollaborationGoal goal) {
        return new GoalView(goal.targetLibraries, goal.targetDate, goal.updatedAt, goal.version);
    }
}
