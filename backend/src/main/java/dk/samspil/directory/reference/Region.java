package dk.samspil.directory.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of Denmark's five regions (reference data, loaded by migration V1). */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public Integer code;

    public String name;

    public String nuts2;
}
