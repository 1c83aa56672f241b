package dk.samspil.partnering.toolbox;

import dk.samspil.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tool, template, checklist, game, model, film, report or document of the Byg partnerskaber toolbox. */
@Entity
@Table(name = "toolbox_item")
public class ToolboxItem extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    public ToolboxKind kind;

    public String title;

    public String slug;

    public String summary;

    public String body;

    @Enumerated(EnumType.STRING)
    public ToolboxHeading heading;

    @Column(name = "guide_chapter_id")
    public Long guideChapterId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(30)[]")
    public String[] phases;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(50)[]")
    public String[] tags;

    public String source;

    public Integer year;
}
