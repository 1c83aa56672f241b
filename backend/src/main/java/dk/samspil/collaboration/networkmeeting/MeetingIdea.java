package dk.samspil.collaboration.networkmeeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An idea from a network meeting (mapped for queries; written by the service's statements). */
@Entity
@Table(name = "meeting_idea")
public class MeetingIdea {

    @Id
    public Long id;

    @Column(name = "meeting_id")
    public long meetingId;

    @Column(name = "theme_id")
    public Long themeId;
}
