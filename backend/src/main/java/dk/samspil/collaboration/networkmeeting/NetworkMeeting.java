package dk.samspil.collaboration.networkmeeting;

import dk.samspil.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of the libraries' network meetings (twice a year); its attendees and ideas are rows of their own. */
@Entity
@Table(name = "network_meeting")
public class NetworkMeeting extends VersionedEntity {

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
