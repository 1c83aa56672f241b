package dk.samspil.directory.library;

import dk.samspil.common.db.VersionedEntity;
import dk.samspil.directory.reference.Municipality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A municipality's public library service: what the collaboration counts as "a library". */
@Entity
@Table(name = "library")
public class Library extends VersionedEntity {

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_code")
    public Municipality municipality;

    @Column(name = "library_number")
    public String libraryNumber;

    @Column(name = "central_library")
    public boolean centralLibrary;

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    public String website;

    public String email;

    public String phone;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    public boolean active;
}
