package dk.samspil.collaboration.theme;

import dk.samspil.collaboration.parts.OrderedPart;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Shared material of a theme (a link), in the theme's order. */
@Entity
@Table(name = "material")
public class Material extends PanacheEntityBase implements OrderedPart<ThemeInput.MaterialInput> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "theme_id")
    public long themeId;

    @Enumerated(EnumType.STRING)
    public MaterialKind kind;

    public String title;

    public String url;

    public String description;

    public int position;

    @Override
    public ThemeInput.MaterialInput content() {
        return new ThemeInput.MaterialInput(kind, title, url, description);
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public void place(ThemeInput.MaterialInput content, int position) {
        kind = content.kind();
        title = content.title();
        url = content.url();
        description = content.description();
        this.position = position;
    }
}
