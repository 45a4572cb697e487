package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.PersonId;
import org.aso.core.internal.EventDetails;

/**
 * What a decision of the {@link Agenda} did to a meeting, with what its people must be told (the
 * meeting records of the agenda's {@link AgendaEvent} family): one
 * record per decision, each carrying the meeting as it now is ({@link #meeting()}, with its
 * {@linkplain #sequence() sequence number}) and whom to tell ({@link #recipients()}), so that an
 * iCalendar adapter turns it into an iTIP message (RFC 5546) without looking anything up, and
 * {@link Agenda#replay} rebuilds the agenda from it.
 *
 * <table>
 *   <caption>Records, action codes and iTIP methods</caption>
 *   <tr><th>record</th><th>{@link #action()}</th><th>iTIP message</th></tr>
 *   <tr><td>{@link Booked}</td><td>{@code agenda.meeting.booked}</td>
 *       <td>REQUEST (sequence 0) to the {@link #recipients()}</td></tr>
 *   <tr><td>{@link Moved}</td><td>{@code agenda.meeting.updated}</td>
 *       <td>REQUEST with the new sequence to the {@link #recipients()}</td></tr>
 *   <tr><td>{@link Cancelled}</td><td>{@code agenda.meeting.cancelled}</td>
 *       <td>CANCEL of the whole meeting or series to the {@link #recipients()}</td></tr>
 *   <tr><td>{@link OccurrenceChanged}</td><td>{@code agenda.meeting.occurrence-changed}</td>
 *       <td>for the occurrence whose {@code RECURRENCE-ID} is {@link OccurrenceChanged#originalStart()}:
 *       CANCEL if {@linkplain OccurrenceChange#isCancelled() cancelled}, else REQUEST with the
 *       override; both with the new sequence, to the {@link #recipients()}</td></tr>
 *   <tr><td>{@link Responded}</td><td>{@code agenda.meeting.responded}</td>
 *       <td>REPLY to the organizer (the {@link #recipients()}); for a delegation that added the
 *       delegate ({@link Responded#delegateAdded()}), also REQUEST to the delegate; sequence
 *       unchanged</td></tr>
 * </table>
 *
 * <pre>{@code
 * for (MeetingEvent e : change.events()) {
 *     auditTrail.append(e);                                  // any DomainEvent
 *     if (e instanceof MeetingEvent.Cancelled c) {
 *         itip.send(Method.CANCEL, c.meeting(), c.recipients());
 *     } else if (e instanceof MeetingEvent.OccurrenceChanged o) {
 *         itip.sendOccurrence(o.change().isCancelled() ? Method.CANCEL : Method.REQUEST,
 *                 o.meeting(), o.originalStart(), o.recipients());
 *     } else if (e instanceof MeetingEvent.Responded r) {
 *         itip.send(Method.REPLY, r.meeting(), r.recipients());
 *     } else {                                                // Booked, Moved
 *         itip.send(Method.REQUEST, e.meeting(), e.recipients());
 *     }
 * }
 * }</pre>
 *
 * <h2>What an event carries</h2>
 * The records carry the whole meeting, content included (title, agenda, documents): events, like
 * the agenda itself, are for the host to store and replay and for adapters to send to the
 * meeting's own people. {@link #details()}, the text the audit trail records, is derived from the
 * fields and never copies content: ids, the sequence, times, rooms, people, answers, and the
 * reason the actor gave for a cancellation.
 *
 * <h2>Versions</h2>
 * This is version {@value #SCHEMA_VERSION} of the family ({@link #schemaVersion()}). A store
 * writes the version next to each event; a later version of this library reads an older event by
 * upgrading it to the current records before {@link Agenda#replay} (a new field gets the value the
 * older decisions implied). Within version 1 no record, field or action code is renamed or
 * removed; a new record or field raises the version.
 *
 * <p>Implementations are immutable records.
 */
public sealed interface MeetingEvent extends AgendaEvent
        permits MeetingEvent.Booked, MeetingEvent.Moved, MeetingEvent.Cancelled, MeetingEvent.OccurrenceChanged,
        MeetingEvent.Responded {

    /** The version of this family's schema. */
    int SCHEMA_VERSION = 1;

    /** {@return the meeting as it is after the decision (the state the agenda holds), content included} */
    Meeting meeting();

    /**
     * {@return who must be told, in the meeting's order of attendees: the invitees other than the organizer
     * for an invitation, update or cancellation; the organizer for an answer}
     */
    List<PersonId> recipients();

    /** {@return the meeting's sequence number after the decision (iCalendar {@code SEQUENCE})} */
    default int sequence() {
        return meeting().sequence();
    }

    /** The meeting's id. */
    @Override
    default MeetingId subject() {
        return meeting().id();
    }

    /** {@value #SCHEMA_VERSION}. */
    @Override
    default int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /**
     * A meeting was booked: send invitations. Action code {@code agenda.meeting.booked}.
     *
     * @param at when the decision was taken
     * @param actor who took it
     * @param meeting the new meeting, sequence 0
     */
    record Booked(Instant at, PersonId actor, Meeting meeting) implements MeetingEvent {
        /**
         * The event; every component is required.
         *
         * @param at when the decision was taken
         * @param actor who took it
         * @param meeting the new meeting, sequence 0
         */
        public Booked {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(meeting, "meeting");
        }

        /** The invitees other than the organizer. */
        @Override
        public List<PersonId> recipients() {
            return invitees(meeting);
        }

        @Override
        public String action() {
            return "agenda.meeting.booked";
        }

        /** {@code sequence}, {@code start}, {@code room}. */
        @Override
        public Map<String, String> details() {
            return MeetingEvent.details(meeting);
        }
    }

    /**
     * A meeting (or a whole series) was moved to another time, another room or both, or given other
     * equipment: send updates. Single changes of a series are dropped by a move. Action code
     * {@code agenda.meeting.updated}.
     *
     * @param at when the decision was taken
     * @param actor who took it
     * @param meeting the meeting where it now is, with the increased sequence
     * @param previousStart where it started before (its first occurrence, for a series)
     * @param previousRoom the room it was in before, if any
     */
    record Moved(Instant at, PersonId actor, Meeting meeting, Instant previousStart, Optional<RoomId> previousRoom)
            implements MeetingEvent {
        /**
         * The event; every component is required.
         *
         * @param at when the decision was taken
         * @param actor who took it
         * @param meeting the meeting where it now is, with the increased sequence
         * @param previousStart where it started before (its first occurrence, for a series)
         * @param previousRoom the room it was in before, if any
         */
        public Moved {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(previousStart, "previousStart");
            Objects.requireNonNull(previousRoom, "previousRoom");
        }

        /** The invitees other than the organizer. */
        @Override
        public List<PersonId> recipients() {
            return invitees(meeting);
        }

        @Override
        public String action() {
            return "agenda.meeting.updated";
        }

        /**
         * {@code sequence}, {@code start}, {@code room}, {@code previousRoom}, {@code previousStart}
         * (in the meeting's zone).
         */
        @Override
        public Map<String, String> details() {
            return MeetingEvent.details(meeting, "previousRoom", previousRoom.map(RoomId::value).orElse("none"),
                    "previousStart", previousStart.atZone(meeting.zone()));
        }
    }

    /**
     * A meeting (or a whole series) was called off: send cancellations. Action code
     * {@code agenda.meeting.cancelled}.
     *
     * @param at when the decision was taken
     * @param actor who took it
     * @param meeting the meeting, {@linkplain Meeting.Status#CANCELLED cancelled}, with the increased sequence
     * @param reason why, as the actor gave it (stripped)
     */
    record Cancelled(Instant at, PersonId actor, Meeting meeting, String reason) implements MeetingEvent {
        /**
         * The event; every component is required.
         *
         * @param at when the decision was taken
         * @param actor who took it
         * @param meeting the meeting, {@linkplain Meeting.Status#CANCELLED cancelled}, with the increased sequence
         * @param reason why, as the actor gave it (stripped)
         */
        public Cancelled {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(reason, "reason");
        }

        /** The invitees other than the organizer. */
        @Override
        public List<PersonId> recipients() {
            return invitees(meeting);
        }

        @Override
        public String action() {
            return "agenda.meeting.cancelled";
        }

        /** {@code sequence}, {@code start}, {@code room}, {@code reason}. */
        @Override
        public Map<String, String> details() {
            return MeetingEvent.details(meeting, "reason", reason);
        }
    }

    /**
     * One occurrence of a series was moved, cancelled, put in another room or retitled: send it
     * (an override, or a cancellation, with its {@code RECURRENCE-ID}). Action code
     * {@code agenda.meeting.occurrence-changed}.
     *
     * @param at when the decision was taken
     * @param actor who took it
     * @param meeting the series with the change applied and the increased sequence
     * @param originalStart the start the series gives the occurrence, which identifies it
     *     ({@code RECURRENCE-ID}; the key of the change in {@link Recurrence#changes()})
     * @param change what changed (it replaces an earlier change of the same occurrence)
     */
    record OccurrenceChanged(Instant at, PersonId actor, Meeting meeting, Instant originalStart, OccurrenceChange change)
            implements MeetingEvent {
        /**
         * The event; every component is required.
         *
         * @param at when the decision was taken
         * @param actor who took it
         * @param meeting the series with the change applied and the increased sequence
         * @param originalStart the start the series gives the occurrence, which identifies it
         *     ({@code RECURRENCE-ID}; the key of the change in {@link Recurrence#changes()})
         * @param change what changed (it replaces an earlier change of the same occurrence)
         */
        public OccurrenceChanged {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(originalStart, "originalStart");
            Objects.requireNonNull(change, "change");
        }

        /** {@return {@link #originalStart()} on the wall clock of the meeting's zone} */
        public ZonedDateTime originalStartInZone() {
            return originalStart.atZone(meeting.zone());
        }

        /** The invitees other than the organizer. */
        @Override
        public List<PersonId> recipients() {
            return invitees(meeting);
        }

        @Override
        public String action() {
            return "agenda.meeting.occurrence-changed";
        }

        /**
         * {@code sequence}, {@code start}, {@code room}, {@code change} (what changed: "cancelled",
         * "moved to" the interval, "room" and its id, "retitled"; never the new title),
         * {@code originalStart} (in the meeting's zone).
         */
        @Override
        public Map<String, String> details() {
            List<String> what = new java.util.ArrayList<>();
            if (change.isCancelled()) {
                what.add("cancelled");
            }
            change.movedTo().ifPresent(i -> what.add("moved to " + i));
            change.room().ifPresent(r -> what.add("room " + r.value()));
            change.title().ifPresent(t -> what.add("retitled"));
            return MeetingEvent.details(meeting, "change", what.isEmpty() ? "none" : String.join(", ", what),
                    "originalStart", originalStartInZone());
        }
    }

    /**
     * An invitee answered: tell the organizer. A delegation names the delegate, who joins the
     * attendees if not invited yet. The sequence does not change (RFC 5546: a reply does not
     * revise the meeting). Action code {@code agenda.meeting.responded}.
     *
     * @param at when the decision was taken
     * @param actor who took it
     * @param meeting the meeting with the answer recorded
     * @param person who answered
     * @param response the answer
     * @param delegate to whom the invitation was delegated, for a {@link Attendee.Response#DELEGATED} answer
     * @param delegateAdded true if the delegate was not invited before and joined the attendees with
     *     this answer: send them the invitation
     */
    record Responded(Instant at, PersonId actor, Meeting meeting, PersonId person, Attendee.Response response,
                     Optional<PersonId> delegate, boolean delegateAdded, Optional<Instant> occurrence)
            implements MeetingEvent {
        /**
         * The event; every component is required.
         *
         * @param at when the decision was taken
         * @param actor who took it
         * @param meeting the meeting with the answer recorded
         * @param person who answered
         * @param response the answer
         * @param delegate to whom the invitation was delegated, for a {@link Attendee.Response#DELEGATED} answer
         * @param delegateAdded true if the delegate was not invited before and joined the attendees with
         *     this answer: send them the invitation
         * @param occurrence the original start of the one occurrence of a series answered for, empty for an
         *     answer to the whole meeting
         */
        public Responded {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(delegate, "delegate");
            Objects.requireNonNull(occurrence, "occurrence");
        }

        /**
         * An answer to the whole meeting.
         *
         * @param at when the decision was taken
         * @param actor who took it
         * @param meeting the meeting with the answer recorded
         * @param person who answered
         * @param response the answer
         * @param delegate to whom the invitation was delegated
         * @param delegateAdded true if the delegate joined the attendees with this answer
         */
        public Responded(Instant at, PersonId actor, Meeting meeting, PersonId person, Attendee.Response response,
                         Optional<PersonId> delegate, boolean delegateAdded) {
            this(at, actor, meeting, person, response, delegate, delegateAdded, Optional.empty());
        }

        /** The organizer. */
        @Override
        public List<PersonId> recipients() {
            return List.of(meeting.organizer());
        }

        @Override
        public String action() {
            return "agenda.meeting.responded";
        }

        /**
         * {@code sequence}, {@code start}, {@code room}, {@code person}, {@code response}, and for one
         * occurrence {@code occurrence} (its original start in the meeting's zone).
         */
        @Override
        public Map<String, String> details() {
            return occurrence.isEmpty()
                    ? MeetingEvent.details(meeting, "person", person.value(), "response", response.name())
                    : MeetingEvent.details(meeting, "person", person.value(), "response", response.name(),
                            "occurrence", occurrence.get().atZone(meeting.zone()));
        }
    }

    // ---------------------------------------------------------------- shared by the records

    private static List<PersonId> invitees(Meeting m) {
        return m.attendees().stream().map(Attendee::person).filter(p -> !p.equals(m.organizer())).toList();
    }

    /** {@code sequence}, {@code start}, {@code room}, then the pairs of {@code more}, in that order. */
    private static Map<String, String> details(Meeting m, Object... more) {
        Object[] pairs = new Object[6 + more.length];
        pairs[0] = "sequence";
        pairs[1] = m.sequence();
        pairs[2] = "start";
        pairs[3] = m.start();
        pairs[4] = "room";
        pairs[5] = m.room().map(RoomId::value).orElse("none");
        System.arraycopy(more, 0, pairs, 6, more.length);
        return EventDetails.of(pairs);
    }
}
