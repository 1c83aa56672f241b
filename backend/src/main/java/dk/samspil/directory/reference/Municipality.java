package dk.samspil.directory.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of the 98 municipalities (reference data, loaded by migration V1). */
@Entity
@Table(name = "municipality")
public class Municipality extends PanacheEntityBase {

    @Id
    public Integer code;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    public Region region;

    /** The main library's number: 7 + code + 00. */
    @Column(name = "library_number")
    public String libraryNumber;
}
