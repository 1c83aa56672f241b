package dk.samspil.collaboration.theme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ISO 8601 week: week 1 is the week with the year's first Thursday; a year has 52 or 53 weeks. */
@Schema(description = "An ISO week, e.g. year 2026 week 37")
public record IsoWeek(
        @Schema(required = true, example = "2026") @NotNull @Min(2000) @Max(2100)
        Integer year,

        @Schema(required = true, example = "37", minimum = "1", maximum = "53") @NotNull @Min(1) @Max(53)
        Integer week)
        implements Comparable<IsoWeek> {

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Whether the year has this week at all (week 53 exists in some years only). */
    public boolean exists() {
        return week <= weeksIn(year);
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year.equals(other.year) ? Integer.compare(week, other.week) : Integer.compare(year, other.year);
    }
}
