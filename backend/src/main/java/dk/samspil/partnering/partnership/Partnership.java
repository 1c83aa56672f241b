package dk.samspil.partnering.partnership;

import dk.samspil.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A partnership between libraries and partners; its parts (libraries, partners, themes, steps) are rows of their own. */
@Entity
@Table(name = "partnership")
public class Partnership extends VersionedEntity {

    public String title;

    public String purpose;

    @Enumerated(EnumType.STRING)
    public PartnershipStatus status;

    public String phase;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "lead_contact_id")
    public Long leadContactId;

    public String goals;

    public String outcomes;

    public String evaluation;

    @Column(name = "agreement_attachment_id")
    public Long agreementAttachmentId;

    @Column(name = "agreement_file_name")
    public String agreementFileName;
}
