package dk.samspil.partnering.project;

import dk.samspil.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A funded development project (Ud af boksen!, the national theme collaboration). */
@Entity
@Table(name = "project")
public class Project extends VersionedEntity {

    public String name;

    public String slug;

    public String summary;

    public String description;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String funder;

    public String lead;
}
