package dk.samspil.partnering.goodexample;

import dk.samspil.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A good example (godt eksempel): a partnership story with the five quick questions. */
@Entity
@Table(name = "cases") // "case" is a word of SQL
public class GoodExample extends VersionedEntity {

    public String title;

    public String slug;

    public String summary;

    public String result;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}
