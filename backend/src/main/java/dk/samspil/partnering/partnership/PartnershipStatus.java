package dk.samspil.partnering.partnership;

import java.util.EnumSet;
import java.util.Set;

/**
 * A partnership's lifecycle: idea → planning → agreed → running → evaluating → ended, with a step back
 * where work is redone, and cancelled from anywhere before the end.
 */
public enum PartnershipStatus {
    IDEA,
    PLANNING,
    AGREED,
    RUNNING,
    EVALUATING,
    ENDED,
    CANCELLED;

    /** Where a partnership in this status may go next. */
    public Set<PartnershipStatus> next() {
        return switch (this) {
            case IDEA -> EnumSet.of(PLANNING, CANCELLED);
            case PLANNING -> EnumSet.of(AGREED, IDEA, CANCELLED);
            case AGREED -> EnumSet.of(RUNNING, PLANNING, CANCELLED);
            case RUNNING -> EnumSet.of(EVALUATING, CANCELLED);
            case EVALUATING -> EnumSet.of(ENDED, RUNNING, CANCELLED);
            case ENDED, CANCELLED -> EnumSet.noneOf(PartnershipStatus.class);
        };
    }
}
