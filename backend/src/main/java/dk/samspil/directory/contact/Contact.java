package dk.samspil.directory.contact;

import dk.samspil.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person: a coordinator of the collaboration, a library's network lead, a partner's contact. */
@Entity
@Table(name = "contact")
public class Contact extends VersionedEntity {

    public String name;

    public String title;

    @Column(name = "library_id")
    public Long libraryId;

    @Column(name = "partner_id")
    public Long partnerId;

    public String email;

    public String phone;

    @Column(name = "public")
    public boolean isPublic;

    public boolean coordinator;
}
