package org.aso.core.agenda;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;

/**
 * A room or a piece of equipment out of service for an interval (a breakdown, works, an event
 * held there), with the reason the actor gave. While it lasts, the agenda refuses to book or move a
 * meeting onto the resource ({@code agenda.room.out-of-service}, {@code agenda.equipment.out-of-service});
 * meetings booked before keep their places until the host decides what becomes of them (see
 * {@link Agenda#putOutOfService}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param resource the room ({@link RoomId}) or the piece of equipment ({@link EquipmentId})
 * @param during when it cannot be used
 * @param reason why, as the actor gave it (stripped; one paragraph of a note)
 */
public record ResourceOutage(Identifier resource, Interval during, String reason) {
    /**
     * An outage.
     *
     * @param resource the room ({@link RoomId}) or the piece of equipment ({@link EquipmentId}); not null
     * @param during when it cannot be used; not null
     * @param reason why; not null
     * @throws IllegalArgumentException if the resource is neither a room nor a piece of equipment
     */
    public ResourceOutage {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(during, "during");
        Objects.requireNonNull(reason, "reason");
        if (!(resource instanceof RoomId) && !(resource instanceof EquipmentId)) {
            throw new IllegalArgumentException("An outage concerns a room or a piece of equipment: " + resource);
        }
    }

    /** {@return true if the resource is a room} */
    public boolean isRoom() {
        return resource instanceof RoomId;
    }

    /**
     * A meeting, or one occurrence of a series, that holds the resource during the outage: booked
     * before the resource went out of service, and left where it is until the host decides.
     *
     * @param meeting the meeting or series
     * @param originalStart for an occurrence of a series, the start the series gives it (its
     *     {@code RECURRENCE-ID}); empty for a single meeting
     * @param interval when it takes place (where an earlier change moved the occurrence to)
     * @param resource what it holds that is out of service: the room or the piece of equipment
     */
    public record Hit(MeetingId meeting, Optional<Instant> originalStart, Interval interval, Identifier resource) {
        /**
         * A hit.
         *
         * @param meeting the meeting or series; not null
         * @param originalStart for an occurrence of a series, its original start; not null
         * @param interval when it takes place; not null
         * @param resource the room or piece of equipment it holds; not null
         */
        public Hit {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(originalStart, "originalStart");
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(resource, "resource");
        }

        /** {@return true for one occurrence of a series} */
        public boolean isOccurrence() {
            return originalStart.isPresent();
        }

        /** {@return the meeting's id and, for an occurrence, its original start: "m-42" or "m-42@2026-03-10T13:00:00Z"} */
        @Override
        public String toString() {
            return meeting.value() + originalStart.map(s -> "@" + s).orElse("");
        }
    }
}
