package dk.samspil.collaboration.networkmeeting;

import dk.samspil.collaboration.parts.OrderedPart;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An idea from a network meeting, in the meeting's order. */
@Entity
@Table(name = "meeting_idea")
public class MeetingIdea extends PanacheEntityBase implements OrderedPart<NetworkMeetingInput.IdeaInput> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "meeting_id")
    public long meetingId;

    public int position;

    public String text;

    public String proposer;

    @Column(name = "proposer_library_id")
    public Long proposerLibraryId;

    @Column(name = "theme_id")
    public Long themeId;

    @Override
    public NetworkMeetingInput.IdeaInput content() {
        return new NetworkMeetingInput.IdeaInput(text, proposer, proposerLibraryId, themeId);
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public void place(NetworkMeetingInput.IdeaInput content, int position) {
        text = content.text();
        proposer = content.proposer();
        proposerLibraryId = content.proposerLibraryId();
        themeId = content.themeId();
        this.position = position;
    }
}
