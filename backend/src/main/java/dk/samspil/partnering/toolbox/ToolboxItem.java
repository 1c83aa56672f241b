package dk.samspil.partnering.toolbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tool, template, checklist, game, model, film, report or document of the Byg partnerskaber toolbox. */
@Entity
@Table(name = "toolbox_item")
public class ToolboxItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    public boolean demo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
