package dk.samspil.collaboration.theme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the six focus areas (reference data, migration V4). */
@Entity
@Table(name = "focus_area")
public class FocusArea extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_da")
    public String nameDa;

    @Column(name = "name_en")
    public String nameEn;

    public int position;
}
