package dk.samspil.partnering.partnership;

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
import java.time.LocalDate;

/** A partnership between libraries and partners; its parts (libraries, partners, themes, steps) are rows of their own. */
@Entity
@Table(name = "partnership")
public class Partnership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    public boolean demo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
