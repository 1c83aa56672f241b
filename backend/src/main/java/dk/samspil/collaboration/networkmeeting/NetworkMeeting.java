package dk.samspil.collaboration.networkmeeting;

import dk.samspil.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of the libraries' network meetings (twice a year); its attendees and ideas are rows of their own. */
@Entity
@Table(name = "network_meeting")
public class NetworkMeeting extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "host_library_id")
    public Long hostLibraryId;

    public String place;

    public String agenda;

    public String minutes;
}
