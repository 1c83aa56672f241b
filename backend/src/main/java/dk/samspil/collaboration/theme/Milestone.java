package dk.samspil.collaboration.theme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated step in a theme's timeline; a theme's milestones show by due date. */
@Entity
@Table(name = "milestone")
public class Milestone extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "theme_id")
    public long themeId;

    @Enumerated(EnumType.STRING)
    public MilestoneKind kind;

    public String title;

    @Column(name = "due_on")
    public LocalDate dueOn;

    public String description;

    /** What an input gives for it (normalised as stored). */
    ThemeInput.MilestoneInput content() {
        return new ThemeInput.MilestoneInput(kind, title, dueOn, description);
    }

    void take(ThemeInput.MilestoneInput content) {
        kind = content.kind();
        title = content.title();
        dueOn = content.dueOn();
        description = content.description();
    }
}
