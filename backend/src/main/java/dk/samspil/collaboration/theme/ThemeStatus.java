package dk.samspil.collaboration.theme;

import java.time.LocalDate;

/**
 * Derived from the dates and today, never stored: PLANNED before sign-up opens (and between the
 * deadline and the first week), OPEN while libraries can sign up, RUNNING in the theme's weeks,
 * FINISHED after its last week.
 */
public enum ThemeStatus {
    PLANNED,
    OPEN,
    RUNNING,
    FINISHED;

    public static ThemeStatus of(
            LocalDate today, LocalDate start, LocalDate end, LocalDate signupOpens, LocalDate signupDeadline) {
        if (today.isAfter(end)) {
            return FINISHED;
        }
        if (!today.isBefore(start)) {
            return RUNNING;
        }
        boolean opened = signupOpens == null || !today.isBefore(signupOpens);
        return opened && !today.isAfter(signupDeadline) ? OPEN : PLANNED;
    }
}
