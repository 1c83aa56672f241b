package dk.samspil.collaboration.goal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The collaboration's goal: how many libraries should take part, by when. One row. */
@Entity
@Table(name = "collaboration_goal")
public class CollaborationGoal extends PanacheEntityBase {

    public static final int ID = 1;

    @Id
    public Integer id;

    @Column(name = "target_libraries")
    public int targetLibraries;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
