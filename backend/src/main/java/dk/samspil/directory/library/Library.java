package dk.samspil.directory.library;

import dk.samspil.directory.reference.Municipality;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A municipality's public library service: what the collaboration counts as "a library". */
@Entity
@Table(name = "library")
public class Library extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    /** Created by the demo content loader. */
    public boolean demo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
