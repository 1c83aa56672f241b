package dk.samspil.directory.partner;

import dk.samspil.common.db.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An organisation libraries work with: DR, a museum, a theatre, Slots- og Kulturstyrelsen. */
@Entity
@Table(name = "partner")
public class Partner extends VersionedEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public PartnerType type;

    public String website;

    public boolean national;

    public String description;
}
