package dk.samspil.collaboration.theme;

import dk.samspil.common.db.VersionedEntity;
import dk.samspil.common.problem.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A numbered half-year theme that the libraries promote together over a span of ISO weeks. Its peak
 * weeks, focus areas, partners, milestones and materials are rows of their own (see ThemeParts).
 */
@Entity
@Table(name = "theme")
public class Theme extends VersionedEntity {

    public int number;

    public String title;

    public String slug;

    public String summary;

    public String description;

    @Enumerated(EnumType.STRING)
    public Season season;

    public int year;

    @Column(name = "start_year")
    public int startYear;

    @Column(name = "start_week")
    public int startWeek;

    @Column(name = "end_year")
    public int endYear;

    @Column(name = "end_week")
    public int endWeek;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "signup_opens_on")
    public LocalDate signupOpensOn;

    @Column(name = "signup_deadline")
    public LocalDate signupDeadline;

    @Column(name = "image_url")
    public String imageUrl;

    /** The theme, or a 404 problem that names it. */
    public static Theme require(long id) {
        return Theme.<Theme>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.theme", id));
    }
}
