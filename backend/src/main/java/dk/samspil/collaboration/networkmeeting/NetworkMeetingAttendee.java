package dk.samspil.collaboration.networkmeeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A library at a network meeting. */
@Entity
@Table(name = "network_meeting_attendee")
@IdClass(NetworkMeetingAttendee.Key.class)
public class NetworkMeetingAttendee extends PanacheEntityBase {

    @Id
    @Column(name = "meeting_id")
    public long meetingId;

    @Id
    @Column(name = "library_id")
    public long libraryId;

    static NetworkMeetingAttendee of(long meetingId, long libraryId) {
        NetworkMeetingAttendee attendee = new NetworkMeetingAttendee();
        attendee.meetingId = meetingId;
        attendee.libraryId = libraryId;
        return attendee;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public long meetingId;
        public long libraryId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.meetingId == meetingId && k.libraryId == libraryId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(meetingId) * 31 + Long.hashCode(libraryId);
        }
    }
}
