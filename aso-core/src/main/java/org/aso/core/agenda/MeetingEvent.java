package org.aso.core.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * A change to a meeting with what its attendees must be told: a new invitation, an update with
 * the new sequence number, a cancellation, or an answer for the organizer. aso-calendar turns
 * these into iTIP messages.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeetingEvent implements DomainEvent {
    MeetingEvent() {}

    /** What happened, and so what to send. */
    public enum Kind {
        /** Booked: send invitations (iTIP REQUEST, sequence 0). */
        BOOKED("agenda.meeting.booked"),
        /** Moved or changed: send updates (iTIP REQUEST with the new sequence). */
        UPDATED("agenda.meeting.updated"),
        /** Called off: send cancellations (iTIP CANCEL). */
        CANCELLED("agenda.meeting.cancelled"),
        /** One occurrence of a series moved, cancelled or put in another room: send it (iTIP with RECURRENCE-ID). */
        OCCURRENCE_CHANGED("agenda.meeting.occurrence-changed"),
        /** An attendee answered: tell the organizer (iTIP REPLY). */
        RESPONDED("agenda.meeting.responded");

        private final String action;

        Kind(String action) {
            this.action = action;
        }

        /** The stable action code. */
        public String action() {
            return action;
        }
    }

    /** What happened. */
    public abstract Kind kind();

    @Override
    public abstract Instant at();

    @Override
    public abstract PersonId actor();

    @Override
    public abstract MeetingId subject();

    /** The meeting as it now is. */
    public abstract Meeting meeting();

    /** Who must be told. */
    public abstract List<PersonId> recipients();

    @Override
    public abstract Map<String, String> details();

    @Override
    public String action() {
        return kind().action();
    }

    static Builder builder() {
        return new Builder();
    }

    static class Builder extends ImmutableMeetingEvent.Builder {}
}
