package dk.samspil.collaboration.participation;

import dk.samspil.common.db.VersionedEntity;
import dk.samspil.common.problem.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A library's sign-up to a theme. */
@Entity
@Table(name = "participation")
public class Participation extends VersionedEntity {

    @Column(name = "theme_id")
    public long themeId;

    @Column(name = "library_id")
    public long libraryId;

    @Enumerated(EnumType.STRING)
    public ParticipationState state;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(20)[]")
    public String[] channels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "focus_areas", columnDefinition = "varchar(30)[]")
    public String[] focusAreas;

    @Column(name = "network_lead_id")
    public Long networkLeadId;

    @Column(name = "signed_up_at")
    public Instant signedUpAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** The sign-up, or a 404 problem that names it. */
    public static Participation require(long id) {
        return Participation.<Participation>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.participation", id));
    }
}
