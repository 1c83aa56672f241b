package dk.samspil.collaboration.activity;

import dk.samspil.collaboration.participation.Channel;
import dk.samspil.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a library does for a theme it takes part in, with its attendance or reach once it has happened. */
@Entity
@Table(name = "activity")
public class Activity extends VersionedEntity {

    @Column(name = "participation_id")
    public long participationId;

    public String title;

    public String description;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String place;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    public Integer attendance;

    public Integer reach;
}
