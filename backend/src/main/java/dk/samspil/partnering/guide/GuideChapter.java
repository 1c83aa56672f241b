package dk.samspil.partnering.guide;

import dk.samspil.common.content.ContentEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A chapter of the partnership guide. */
@Entity
@Table(name = "guide_chapter")
public class GuideChapter extends ContentEntity {

    public int number;

    public String title;

    public String slug;

    public String summary;

    public String body;
}
