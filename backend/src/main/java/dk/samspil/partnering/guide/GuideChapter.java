package dk.samspil.partnering.guide;

import dk.samspil.common.db.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A chapter of the partnership guide. */
@Entity
@Table(name = "guide_chapter")
public class GuideChapter extends VersionedEntity {

    public int number;

    public String title;

    public String slug;

    public String summary;

    public String body;
}
