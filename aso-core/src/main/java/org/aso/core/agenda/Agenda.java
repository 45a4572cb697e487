package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.Occurrence;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;

/**
 * The book of rooms, equipment and meetings: booking, moving and cancelling without ever booking
 * a room or a piece of equipment twice, and keeping each meeting's sequence number right.
 *
 * <p>Every decision is a pure function returning the new agenda with the meeting and the events
 * that say whom to tell ({@link Change}); through a {@link org.aso.core.kernel.SharedState}, threads
 * racing for the same room get exactly one booking and, for the others, {@code agenda.room.double-booked}.
 *
 * <pre>{@code
 * SharedState<Agenda> agenda = SharedState.of(Agenda.of(rooms, equipment).get());
 * Either<Problem, Agenda.Change> b = agenda.update(a -> a.book(request, ctx));
 * b.getLeft().details().get("meeting");   // the conflicting booking, when refused
 * }</pre>
 *
 * <h2>State, events, snapshot</h2>
 * The agenda is its rooms and equipment (its configuration), its meetings (cancelled ones
 * included), the reservations they hold, worked out from the meetings, and the outages of rooms and
 * equipment out of service ({@link #putOutOfService}). A host keeps it in one of two ways:
 * <ul>
 *   <li>the events: each decision's {@link AgendaEvent}s (a meeting's {@link MeetingEvent}s, an
 *       outage's records), replayed from the configuration by
 *       {@link #replay} (or applied one by one with {@link #evolve}) give back exactly the agenda
 *       the decisions produced;
 *   <li>a snapshot: {@link #snapshot()} and {@link #restore}, which recomputes the reservations and
 *       refuses contents that break what the decisions keep.
 * </ul>
 * The decisions themselves apply the event they emit the way {@link #evolve} does, so the two
 * cannot diverge.
 *
 * <p>Bookings of each room and piece of equipment are kept in start order; a resource's list is
 * copied when it changes (a room holds a few thousand bookings a year). Two agendas are equal when
 * their rooms, equipment, meetings and reservations are. Immutable and thread-safe.
 */
public final class Agenda {
    /** The longest meeting (a seminar, a crisis cell): longer bookings are refused. */
    public static final java.time.Duration MAX_LENGTH = java.time.Duration.ofDays(14);
    /**
     * How far ahead an open-ended series (no COUNT, no UNTIL) holds its rooms and equipment, from
     * its first start: occurrences further out are neither checked nor reserved (book it again to
     * go further). A series that ends holds every occurrence, up to {@link #SERIES_LIMIT}.
     */
    public static final java.time.Duration SERIES_HORIZON = java.time.Duration.ofDays(731);
    /** How far ahead a series that ends (COUNT or UNTIL) may hold its rooms: about ten years. */
    public static final java.time.Duration SERIES_LIMIT = java.time.Duration.ofDays(3653);
    /**
     * The most occurrences one series may hold (a daily meeting for ten years holds 3,653): a
     * series with more in its held span is refused with {@code agenda.meeting.series-too-large},
     * after at most this many occurrences have been looked at.
     */
    public static final int MAX_SERIES_OCCURRENCES = 10_000;
    /** How far from its original start one occurrence may be moved. */
    public static final java.time.Duration MAX_OCCURRENCE_MOVE = java.time.Duration.ofDays(92);

    private final HashMap<RoomId, Room> rooms;
    private final HashMap<EquipmentId, Equipment> equipment;
    private final HashMap<MeetingId, Meeting> meetings;
    /** Per room or equipment id with at least one booking: bookings by start instant (never overlapping). */
    private final HashMap<Identifier, NavigableMap<Instant, Reservation>> reservations;
    /** Per room or equipment id out of service at some time: its outages by start (never overlapping). */
    private final HashMap<Identifier, NavigableMap<Instant, ResourceOutage>> outages;

    /** A booking of a resource from its start (the key) to {@code end}, by {@code meeting}. */
    record Reservation(Instant end, MeetingId meeting) {}

    private Agenda(HashMap<RoomId, Room> rooms, HashMap<EquipmentId, Equipment> equipment,
                   HashMap<MeetingId, Meeting> meetings, HashMap<Identifier, NavigableMap<Instant, Reservation>> reservations,
                   HashMap<Identifier, NavigableMap<Instant, ResourceOutage>> outages) {
        this.rooms = rooms;
        this.equipment = equipment;
        this.meetings = meetings;
        this.reservations = reservations;
        this.outages = outages;
    }

    /**
     * {@return an agenda of these rooms and equipment, with no meeting} Every problem at once:
     * {@code agenda.room.duplicate-id}, {@code agenda.equipment.duplicate-id},
     * {@code agenda.equipment.unknown-room}.
     *
     * @param rooms the rooms that may be booked, ids distinct; not null
     * @param equipment the equipment that may be reserved, mobile or fixed in one of {@code rooms}, ids
     *     distinct; not null
     */
    public static Either<List<Problem>, Agenda> of(Collection<Room> rooms, Collection<Equipment> equipment) {
        List<Problem> problems = new ArrayList<>();
        Agenda empty = configure(rooms, equipment, problems);
        return problems.isEmpty() ? Either.right(empty) : Either.left(List.copyOf(problems));
    }

    /** The empty agenda of this configuration, adding its problems to {@code problems} (a later duplicate wins). */
    private static Agenda configure(Collection<Room> rooms, Collection<Equipment> equipment, List<Problem> problems) {
        HashMap<RoomId, Room> r = HashMap.empty();
        for (Room room : rooms) {
            if (r.containsKey(room.id())) {
                problems.add(Problem.of("agenda.room.duplicate-id", "Room " + room.id() + " appears twice").with("room", room.id()));
            }
            r = r.put(room.id(), room);
        }
        HashMap<EquipmentId, Equipment> e = HashMap.empty();
        for (Equipment item : equipment) {
            if (e.containsKey(item.id())) {
                problems.add(Problem.of("agenda.equipment.duplicate-id", "Equipment " + item.id() + " appears twice")
                        .with("equipment", item.id()));
            }
            if (item.room().filter(id -> !rooms.stream().anyMatch(x -> x.id().equals(id))).isPresent()) {
                problems.add(Problem.of("agenda.equipment.unknown-room",
                        "Equipment " + item.id() + " is fixed in unknown room " + item.room().get()).with("equipment", item.id()));
            }
            e = e.put(item.id(), item);
        }
        return new Agenda(r, e, HashMap.empty(), HashMap.empty(), HashMap.empty());
    }

    /**
     * What an accepted decision produced.
     *
     * @param agenda the agenda after the decision: the state to keep
     * @param meeting the meeting as it now is
     * @param events what happened and whom to tell (one event per decision today)
     */
    public record Change(Agenda agenda, Meeting meeting, List<MeetingEvent> events) implements Outcome<Agenda> {
        /** The agenda after the decision, as {@link Outcome#state()}: the same as {@link #agenda()}. */
        @Override
        public Agenda state() {
            return agenda;
        }

        /**
         * A change.
         *
         * @param agenda the agenda after the decision: the state to keep
         * @param meeting the meeting as it now is
         * @param events what happened and whom to tell (one event per decision today)
         */
        public Change {
            Objects.requireNonNull(agenda, "agenda");
            Objects.requireNonNull(meeting, "meeting");
            events = List.copyOf(events);
        }
    }

    // ------------------------------------------------------------------ decisions

    /**
     * Books a meeting, checking the room (known, large enough, bookable then, free) and the
     * equipment (known, mobile or fixed in that room, free). Emits {@link MeetingEvent.Booked}.
     *
     * @param req the meeting to book: its time, room, equipment, attendees and, for a series, its rule; not
     *     null
     * @param ctx who books it (the organizer need not be the actor), and when; not null
     * @return the booking, or {@code agenda.meeting.duplicate-id}, {@code agenda.meeting.missing-title},
     *     {@code agenda.meeting.bad-link}, {@code agenda.meeting.bad-interval}, {@code agenda.meeting.too-long},
     *     {@code agenda.meeting.not-whole-days} (an all-day meeting off midnight),
     *     {@code agenda.meeting.duplicate-attendee}, {@code agenda.meeting.too-many},
     *     {@code kernel.text.*} (the title, one line of at most 300 characters, the online link, or an
     *     agenda item's title, a document or a logistics task breaks the {@link org.aso.core.kernel.Text} rules),
     *     {@code agenda.meeting.recurrence-too-fine} (a series repeating more often than daily),
     *     {@code agenda.meeting.overlaps-itself} (two occurrences of a series on one resource at once),
     *     {@code agenda.meeting.series-too-large} (more than {@link #MAX_SERIES_OCCURRENCES} occurrences),
     *     {@code kernel.range.instant} (a start or end outside {@link Limits}),
     *     {@code agenda.room.unknown}, {@code agenda.room.too-small} (seats for invitees who may come),
     *     {@code agenda.room.outside-hours}, {@code agenda.room.double-booked} (details: the
     *     conflicting {@code meeting} and its {@code start} and {@code end}), {@code agenda.room.out-of-service}
     *     (details: the {@code resource} and the outage's {@code start} and {@code end}), {@code agenda.equipment.unknown},
     *     {@code agenda.equipment.elsewhere}, {@code agenda.equipment.double-booked},
     *     {@code agenda.equipment.out-of-service} (a change to a meeting keeps the places it held, out of service or not)
     */
    public Either<Problem, Change> book(MeetingRequest req, Context ctx) {
        Objects.requireNonNull(req, "req");
        Objects.requireNonNull(ctx, "ctx");
        return BookingRules.book(this, req, ctx);
    }

    /**
     * Moves a meeting or a whole series to another time, in the room it has (or without a room if
     * it has none); a series' single changes are dropped; the sequence number increases and
     * attendees are told. Emits {@link MeetingEvent.Moved}.
     *
     * @param id the meeting; not null
     * @param start the new start, in the meeting's zone or another; not null
     * @param end the new end; not null
     * @param ctx who moves it, and when; not null
     * @return the change, or {@code agenda.meeting.unknown}, {@code agenda.meeting.cancelled},
     *     {@code agenda.meeting.bad-interval}, {@code agenda.meeting.too-long}, {@code agenda.meeting.not-whole-days}, {@code kernel.range.instant},
     *     {@code agenda.meeting.unchanged}, and the series, room and equipment problems of {@link #book}
     * @throws NullPointerException if an argument is null
     */
    public Either<Problem, Change> move(MeetingId id, ZonedDateTime start, ZonedDateTime end, Context ctx) {
        Objects.requireNonNull(id, "id");
        return move(id, start, end, meeting(id).flatMap(Meeting::room), ctx);
    }

    /**
     * Moves a meeting or a whole series to another time and {@code room} (which may be the room
     * it has); otherwise as {@link #move(MeetingId, ZonedDateTime, ZonedDateTime, Context)}.
     *
     * @param room the room to hold it in; not null
     * @return the change, or the refusals of {@link #move(MeetingId, ZonedDateTime, ZonedDateTime, Context)}
     * @throws NullPointerException if an argument is null
     * @param id the meeting; not null
     * @param start the new start; not null
     * @param end the new end; not null
     * @param ctx who moves it, and when; not null
     */
    public Either<Problem, Change> move(MeetingId id, ZonedDateTime start, ZonedDateTime end, RoomId room,
                                        Context ctx) {
        return move(id, start, end, Optional.of(Objects.requireNonNull(room, "room")), ctx);
    }

    /**
     * Moves a meeting or a whole series to another time and out of its room, if it had one (its
     * room and equipment are free again); otherwise as
     * {@link #move(MeetingId, ZonedDateTime, ZonedDateTime, Context)}.
     *
     * @return the change, or the refusals of {@link #move(MeetingId, ZonedDateTime, ZonedDateTime, Context)}
     * @throws NullPointerException if an argument is null
     * @param id the meeting; not null
     * @param start the new start; not null
     * @param end the new end; not null
     * @param ctx who moves it, and when; not null
     */
    public Either<Problem, Change> moveWithoutRoom(MeetingId id, ZonedDateTime start, ZonedDateTime end,
                                                   Context ctx) {
        return move(id, start, end, Optional.empty(), ctx);
    }

    /**
     * Moves a meeting or a whole series to another time and {@code room} with other {@code equipment}
     * (any of the three may be what it has: to give a meeting the spare projector, keep its time and
     * room); otherwise as {@link #move(MeetingId, ZonedDateTime, ZonedDateTime, Context)}. Emits
     * {@link MeetingEvent.Moved}.
     *
     * @param id the meeting; not null
     * @param start the new start; not null
     * @param end the new end; not null
     * @param room the room to hold it in; not null
     * @param equipment the equipment it holds from now on, replacing what it held (at most 500); not null
     * @param ctx who moves it, and when; not null
     * @return the change, or the refusals of {@link #move(MeetingId, ZonedDateTime, ZonedDateTime, Context)}
     *     ({@code agenda.meeting.unchanged} when time, room and equipment are those it has), and
     *     {@code agenda.meeting.too-many}
     * @throws NullPointerException if an argument is null
     */
    public Either<Problem, Change> move(MeetingId id, ZonedDateTime start, ZonedDateTime end, RoomId room,
                                        Set<EquipmentId> equipment, Context ctx) {
        return move(id, start, end, Optional.of(Objects.requireNonNull(room, "room")),
                Optional.of(Set.copyOf(equipment)), ctx);
    }

    /**
     * Moves a meeting or a whole series to another time, out of its room if it had one, with other
     * {@code equipment}; otherwise as {@link #move(MeetingId, ZonedDateTime, ZonedDateTime, RoomId, Set, Context)}.
     *
     * @param id the meeting; not null
     * @param start the new start; not null
     * @param end the new end; not null
     * @param equipment the equipment it holds from now on (mobile items only, since it has no room); not null
     * @param ctx who moves it, and when; not null
     * @return the change, or the refusals of {@link #move(MeetingId, ZonedDateTime, ZonedDateTime, RoomId, Set, Context)}
     * @throws NullPointerException if an argument is null
     */
    public Either<Problem, Change> moveWithoutRoom(MeetingId id, ZonedDateTime start, ZonedDateTime end,
                                                   Set<EquipmentId> equipment, Context ctx) {
        return move(id, start, end, Optional.empty(), Optional.of(Set.copyOf(equipment)), ctx);
    }

    private Either<Problem, Change> move(MeetingId id, ZonedDateTime start, ZonedDateTime end, Optional<RoomId> room,
                                         Context ctx) {
        return move(id, start, end, room, Optional.empty(), ctx);
    }

    private Either<Problem, Change> move(MeetingId id, ZonedDateTime start, ZonedDateTime end, Optional<RoomId> room,
                                         Optional<Set<EquipmentId>> equipment, Context ctx) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(ctx, "ctx");
        return BookingRules.move(this, id, start, end, room, equipment, ctx);
    }

    /**
     * Puts a room or a piece of equipment out of service for an interval, with a reason. From then
     * on, booking or moving a meeting onto it during the interval is refused
     * ({@code agenda.room.out-of-service}, {@code agenda.equipment.out-of-service}); a meeting that
     * already holds it keeps its place (nothing is rebooked silently): the outcome lists every such
     * meeting and occurrence ({@link OutageChange#hits()}) for the host to decide, for instance with
     * {@code org.aso.core.disruption.OutOfService}. Emits {@link AgendaEvent.OutOfService}.
     *
     * <p>Cost: logarithmic in the resource's bookings, plus the hits listed.
     *
     * @param resource a {@link RoomId} or an {@link EquipmentId} of this agenda; not null
     * @param during when it cannot be used; not null
     * @param reason why (a breakdown, works), one paragraph: not blank, stripped before it is kept; not null
     * @param ctx who decides, and when; not null
     * @return the outage with its hits, or {@code agenda.room.unknown}, {@code agenda.equipment.unknown},
     *     {@code kernel.range.instant} (the interval outside {@link Limits}), {@code agenda.outage.empty}
     *     (an interval of no length), {@code agenda.outage.missing-reason}, {@code kernel.text.*} (the reason
     *     breaks the {@link org.aso.core.kernel.Text} rules of a note), {@code agenda.outage.overlaps} (the
     *     resource is out of service already during part of the interval; details {@code start} and
     *     {@code end} of that outage)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the resource is neither a room nor a piece of equipment
     */
    public Either<Problem, OutageChange> putOutOfService(Identifier resource, Interval during, String reason, Context ctx) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(during, "during");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ctx, "ctx");
        return OutageRules.putOutOfService(this, resource, during, reason, ctx);
    }

    /**
     * Ends an outage early: the room or piece of equipment out of service at {@code from} may be
     * booked again from then (the outage is gone if {@code from} is its start). Meetings are not
     * touched. Emits {@link AgendaEvent.BackInService}.
     *
     * @param resource the room or piece of equipment; not null
     * @param from when it is usable again: within an outage of the resource (its start included, its end
     *     excluded); not null
     * @param ctx who decides, and when; not null
     * @return the change ({@link OutageChange#outage()} is the outage as it was, no hits), or
     *     {@code agenda.room.unknown}, {@code agenda.equipment.unknown}, {@code agenda.outage.none} (no
     *     outage of the resource holds {@code from})
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the resource is neither a room nor a piece of equipment
     */
    public Either<Problem, OutageChange> returnToService(Identifier resource, Instant from, Context ctx) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(ctx, "ctx");
        return OutageRules.returnToService(this, resource, from, ctx);
    }

    /**
     * What a decision on a room's or a piece of equipment's service produced.
     *
     * @param agenda the agenda after the decision: the state to keep
     * @param outage the outage decided, or for a return to service the outage as it was before
     * @param hits the meetings and occurrences that hold the resource during the outage, in start order
     *     (then by meeting id); none for a return to service
     * @param events what happened (one event)
     */
    public record OutageChange(Agenda agenda, ResourceOutage outage, List<ResourceOutage.Hit> hits,
                               List<AgendaEvent> events) implements Outcome<Agenda> {
        /** The agenda after the decision, as {@link Outcome#state()}: the same as {@link #agenda()}. */
        @Override
        public Agenda state() {
            return agenda;
        }

        /**
         * A change.
         *
         * @param agenda the agenda after the decision
         * @param outage the outage decided, or ended
         * @param hits the meetings and occurrences hit
         * @param events what happened
         */
        public OutageChange {
            Objects.requireNonNull(agenda, "agenda");
            Objects.requireNonNull(outage, "outage");
            hits = List.copyOf(hits);
            events = List.copyOf(events);
        }
    }

    /**
     * Calls a meeting off: its room and equipment are free again, the sequence number increases
     * and attendees are told. Emits {@link MeetingEvent.Cancelled}.
     *
     * @param id the meeting or series to call off; not null
     * @param reason why, as the attendees will read it: not blank, stripped before it is kept; not null
     * @param ctx who calls it off, and when; not null
     * @return the change, or {@code agenda.meeting.unknown}, {@code agenda.meeting.cancelled},
     *     {@code agenda.meeting.missing-reason}, {@code kernel.text.*} (the reason breaks the
     *     {@link org.aso.core.kernel.Text} rules of a {@link org.aso.core.kernel.Text.Kind#NOTE})
     */
    public Either<Problem, Change> cancel(MeetingId id, String reason, Context ctx) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ctx, "ctx");
        return BookingRules.cancel(this, id, reason, ctx);
    }

    /**
     * Changes one occurrence of a series: moves it, cancels it, or puts it in another room
     * ({@link OccurrenceChange}). The new place is checked like a booking; the sequence number
     * increases and attendees are told which occurrence changed. Emits
     * {@link MeetingEvent.OccurrenceChanged}.
     *
     * @param originalStart the start the series gives the occurrence ({@link Occurrence#originalStartInZone()};
     *     any zone: only its instant counts)
     * @param id the series; not null
     * @param change what to do with that occurrence: it replaces an earlier change of the same occurrence;
     *     not null
     * @param ctx who changes it, and when; not null
     * @return the change, or {@code agenda.meeting.unknown}, {@code agenda.meeting.cancelled},
     *     {@code agenda.occurrence.not-a-series}, {@code agenda.occurrence.unknown} (no occurrence
     *     starts then), {@code agenda.occurrence.too-far}, {@code kernel.range.instant} (moved outside
     *     {@link Limits}), {@code agenda.meeting.bad-interval}, {@code agenda.meeting.too-long}, {@code agenda.meeting.not-whole-days} (the new time),
     *     {@code kernel.text.*} (a new title breaks the rules of a meeting's title), and
     *     the room and equipment problems of {@link #book}
     */
    public Either<Problem, Change> changeOccurrence(MeetingId id, ZonedDateTime originalStart, OccurrenceChange change,
                                                    Context ctx) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(originalStart, "originalStart");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(ctx, "ctx");
        return BookingRules.changeOccurrence(this, id, originalStart, change, ctx);
    }

    /**
     * Records an attendee's answer; the organizer is told. The sequence number does not change
     * (RFC 5546: replies do not revise the meeting). Emits {@link MeetingEvent.Responded}. To
     * delegate, name the delegate with
     * {@link #respond(MeetingId, PersonId, Attendee.Response, PersonId, Context)}.
     *
     * @param id the meeting; not null
     * @param person the attendee who answers; not null
     * @param response the answer; not null
     * @param ctx who records it, and when; not null
     * @return the change, or {@code agenda.meeting.unknown}, {@code agenda.meeting.cancelled},
     *     {@code agenda.response.not-invited}, {@code agenda.response.missing-delegate} (a
     *     {@code DELEGATED} answer without a delegate)
     * @throws NullPointerException if an argument is null
     */
    public Either<Problem, Change> respond(MeetingId id, PersonId person, Attendee.Response response, Context ctx) {
        return respond(id, person, response, Optional.empty(), ctx);
    }

    /**
     * Records an attendee's answer with a delegate, who joins the invitees (the answer is then
     * {@code DELEGATED}); otherwise as {@link #respond(MeetingId, PersonId, Attendee.Response, Context)}.
     *
     * @param delegate who goes in the attendee's place; not null
     * @param id the meeting; not null
     * @param person the attendee who hands the invitation on; not null
     * @param response the answer to record (a delegation is recorded as {@code DELEGATED}); not null
     * @param ctx who records it, and when; not null
     * @return the change, or {@code agenda.meeting.unknown}, {@code agenda.meeting.cancelled},
     *     {@code agenda.response.not-invited}, {@code agenda.response.self-delegation},
     *     {@code agenda.room.too-small} (a delegate needs a seat the room lacks)
     * @throws NullPointerException if an argument is null
     */
    public Either<Problem, Change> respond(MeetingId id, PersonId person, Attendee.Response response,
                                           PersonId delegate, Context ctx) {
        return respond(id, person, response, Optional.of(Objects.requireNonNull(delegate, "delegate")), ctx);
    }

    /**
     * Records an attendee's answer for one occurrence of a series (an iTIP REPLY with a
     * RECURRENCE-ID): it is kept in that occurrence's {@link OccurrenceChange#responses()}, and the
     * series' answer stays as it was. The sequence number does not change; the organizer is told.
     * Emits {@link MeetingEvent.Responded} with its {@code occurrence}. An organizer's later change
     * to that occurrence replaces its answers (a moved occurrence is answered again).
     *
     * @param id the series; not null
     * @param originalStart the occurrence's original start; not null
     * @param person the attendee who answers; not null
     * @param response the answer, not {@code DELEGATED}; not null
     * @param ctx who records it, and when; not null
     * @return the change, or {@code agenda.meeting.unknown}, {@code agenda.meeting.cancelled},
     *     {@code agenda.response.not-invited}, {@code agenda.response.occurrence-delegation},
     *     {@code agenda.occurrence.not-a-series}, {@code agenda.occurrence.unknown},
     *     {@code agenda.occurrence.cancelled}
     * @throws NullPointerException if an argument is null
     */
    public Either<Problem, Change> respondToOccurrence(MeetingId id, ZonedDateTime originalStart, PersonId person,
                                                       Attendee.Response response, Context ctx) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(originalStart, "originalStart");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(ctx, "ctx");
        return BookingRules.respondToOccurrence(this, id, originalStart, person, response, ctx);
    }

    private Either<Problem, Change> respond(MeetingId id, PersonId person, Attendee.Response response,
                                            Optional<PersonId> delegate, Context ctx) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(ctx, "ctx");
        return BookingRules.respond(this, id, person, response, delegate, ctx);
    }

    // ------------------------------------------------------------------ events, snapshot

    /**
     * The agenda after one more event: the meeting the event carries replaces the one of the same
     * id, and its reservations are worked out again. Events are facts: the rules of a booking that
     * may change with the configuration (a room's seats and bookable hours) are not checked again;
     * what the agenda keeps is. Cost: that of the decision that made the event, without its text
     * checks.
     *
     * @param event an event an agenda decision emitted, the next one after those this agenda holds; not null
     * @return the agenda, or {@code agenda.replay.inconsistent} if the event does not fit (details
     *     {@code action}, {@code meeting} (for a meeting's event) or {@code resource} (for a room's or
     *     item's), and {@code reason}: {@code unknown-resource}, {@code outage-overlaps} or
     *     {@code no-outage} for a resource's event; {@code meeting-exists} for a booking of a
     *     known id, {@code unknown-meeting}, {@code meeting-cancelled} for a change to a cancelled
     *     meeting, {@code sequence} for a sequence number that is not the next one (the same one for an
     *     answer), {@code not-a-cancellation}, {@code not-an-answer} or {@code not-an-occurrence-change}
     *     for a meeting that differs from the one it follows in more than the event says, or the code
     *     of what the agenda keeps that it would break: {@code agenda.room.double-booked},
     *     {@code agenda.equipment.double-booked}, {@code agenda.room.unknown}, {@code agenda.equipment.unknown},
     *     {@code agenda.equipment.elsewhere}, {@code agenda.meeting.overlaps-itself},
     *     {@code agenda.meeting.series-too-large})
     */
    public Either<Problem, Agenda> evolve(AgendaEvent event) {
        Objects.requireNonNull(event, "event");
        if (event instanceof AgendaEvent.OutOfService o) {
            return OutageRules.evolve(this, o);
        }
        if (event instanceof AgendaEvent.BackInService b) {
            return OutageRules.evolve(this, b);
        }
        return evolve((MeetingEvent) event);
    }

    private Either<Problem, Agenda> evolve(MeetingEvent event) {
        Meeting m = event.meeting();
        Optional<Meeting> previous = meeting(m.id());
        if (event instanceof MeetingEvent.Booked) {
            if (previous.isPresent()) {
                return Either.left(inconsistent(event, "meeting-exists", "Meeting " + m.id() + " was booked already"));
            }
            if (m.sequence() != 0 || m.status() == Meeting.Status.CANCELLED) {
                return Either.left(inconsistent(event, "sequence", "A new meeting has sequence 0 and is not cancelled"));
            }
        } else {
            if (previous.isEmpty()) {
                return Either.left(inconsistent(event, "unknown-meeting", "No meeting " + m.id() + " to change"));
            }
            Meeting old = previous.get();
            if (old.status() == Meeting.Status.CANCELLED) {
                return Either.left(inconsistent(event, "meeting-cancelled", "Meeting " + m.id() + " was called off"));
            }
            int expected = event instanceof MeetingEvent.Responded ? old.sequence() : old.sequence() + 1;
            if (m.sequence() != expected) {
                return Either.left(inconsistent(event, "sequence", "Meeting " + m.id() + " has sequence " + m.sequence()
                        + " where " + expected + " follows").with("expected", expected).with("sequence", m.sequence()));
            }
            Optional<String> misfit = misfit(event, old);
            if (misfit.isPresent()) {
                return Either.left(inconsistent(event, misfit.get(), "Meeting " + m.id()
                        + " differs from the one before in more than the event says"));
            }
        }
        if (event instanceof MeetingEvent.Cancelled || event instanceof MeetingEvent.Responded) {
            return Either.right(apply(event, List.of()));
        }
        return BookingRules.places(this, m, previous.map(Meeting::id), false)
                .mapLeft(p -> inconsistent(event, p.code(), p.message()))
                .map(places -> apply(event, places));
    }

    /** Why a change event's meeting is not its predecessor changed as the event says, if it is not. */
    private static Optional<String> misfit(MeetingEvent event, Meeting old) {
        Meeting m = event.meeting();
        if (event instanceof MeetingEvent.Cancelled) {
            return BookingRules.copy(old).withStatus(Meeting.Status.CANCELLED).withSequence(m.sequence()).equals(m)
                    ? Optional.empty() : Optional.of("not-a-cancellation");
        }
        if (event instanceof MeetingEvent.Responded r && r.occurrence().isPresent()) {
            boolean answered = m.recurrence().map(rec -> rec.changes().get(r.occurrence().get()))
                    .filter(c -> c.responses().get(r.person()) == r.response()).isPresent();
            return answered && BookingRules.copy(old).withRecurrence(m.recurrence()).equals(m)
                    ? Optional.empty() : Optional.of("not-an-answer");
        }
        if (event instanceof MeetingEvent.Responded r) {
            boolean answered = m.attendee(r.person()).filter(a -> a.response() == r.response()
                    && a.delegatedTo().equals(r.delegate())).isPresent();
            return answered && BookingRules.copy(old).withAttendees(m.attendees()).equals(m)
                    ? Optional.empty() : Optional.of("not-an-answer");
        }
        if (event instanceof MeetingEvent.OccurrenceChanged c) {
            boolean changed = m.recurrence().filter(r -> c.change().equals(r.changes().get(c.originalStart()))).isPresent();
            return changed && BookingRules.copy(old).withRecurrence(m.recurrence()).withSequence(m.sequence()).equals(m)
                    ? Optional.empty() : Optional.of("not-an-occurrence-change");
        }
        // a move may change the time, the room and the series' rule; a cancelled meeting does not move
        return m.status() == old.status() ? Optional.empty() : Optional.of("meeting-cancelled");
    }

    private static Problem inconsistent(MeetingEvent event, String reason, String message) {
        return Problem.of("agenda.replay.inconsistent", "The event does not fit the agenda: " + message)
                .with("action", event.action()).with("meeting", event.meeting().id()).with("reason", reason);
    }

    /**
     * The agenda of these rooms and equipment after {@code events}, oldest first: the agenda the
     * decisions that emitted them produced (same meetings, same reservations). To go on from a
     * restored snapshot, apply the later events with {@link #evolve}.
     *
     * @param rooms the rooms, as for {@link #of}; not null
     * @param equipment the equipment, as for {@link #of}; not null
     * @param events the events, oldest first; not null
     * @return the agenda; the first problem of {@link #of} for a bad configuration; or
     *     {@code agenda.replay.inconsistent} (see {@link #evolve}) with the {@code index} of the
     *     first event that does not fit, counted from 0
     */
    public static Either<Problem, Agenda> replay(Collection<Room> rooms, Collection<Equipment> equipment,
                                                 Iterable<? extends AgendaEvent> events) {
        Objects.requireNonNull(events, "events");
        Either<List<Problem>, Agenda> start = of(rooms, equipment);
        if (start.isLeft()) {
            return Either.left(start.getLeft().get(0));
        }
        Agenda a = start.get();
        int index = 0;
        for (AgendaEvent e : events) {
            Either<Problem, Agenda> next = a.evolve(e);
            if (next.isLeft()) {
                return Either.left(next.getLeft().with("index", index));
            }
            a = next.get();
            index++;
        }
        return Either.right(a);
    }

    /**
     * {@return the agenda's contents, for a host to store: rooms, equipment and meetings, each sorted by
     * id, and the outages by resource id and start}
     */
    public AgendaSnapshot snapshot() {
        return new AgendaSnapshot(rooms(), equipment(), meetings.values().sortBy(m -> m.id().value()).asJava(), outages());
    }

    /**
     * The agenda holding a snapshot's contents, its reservations worked out again from the
     * meetings. Contents that break what the decisions keep are refused, every problem at once:
     * the configuration's problems of {@link #of}, and per meeting {@code agenda.restore.duplicate-meeting}
     * (an id seen before), then, for a meeting not cancelled, {@code agenda.restore.series-too-large}
     * (more than {@link #MAX_SERIES_OCCURRENCES} occurrences), {@code agenda.restore.overlaps-itself},
     * {@code agenda.restore.unknown-room}, {@code agenda.restore.unknown-equipment},
     * {@code agenda.restore.equipment-elsewhere} (fixed in another room than the one it is booked with)
     * or {@code agenda.restore.double-booked} (a room or piece of equipment held by a meeting listed
     * before, detail {@code other}); each with detail {@code meeting}. Per outage, with detail
     * {@code resource}: {@code agenda.restore.outage-unknown-resource},
     * {@code agenda.restore.outage-overlaps} (another outage of the resource listed before overlaps it),
     * {@code agenda.restore.outage-invalid} (an empty interval, outside {@link Limits}, or a reason
     * {@link #putOutOfService} refuses). A meeting holding a resource during an outage is kept: an
     * outage does not move meetings. The rules that may change with
     * the configuration (a room's seats and hours) are not checked. Cost: that of booking every meeting.
     *
     * @param snapshot contents a host stored from {@link #snapshot()}, possibly edited since; not null
     * @return the agenda, or every problem found
     */
    public static Either<List<Problem>, Agenda> restore(AgendaSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<Problem> problems = new ArrayList<>();
        Agenda a = configure(snapshot.rooms(), snapshot.equipment(), problems);
        Set<MeetingId> seen = new HashSet<>();
        for (Meeting m : snapshot.meetings()) {
            if (!seen.add(m.id())) {
                problems.add(Problem.of("agenda.restore.duplicate-meeting", "Meeting " + m.id() + " appears twice")
                        .with("meeting", m.id()));
                continue;
            }
            if (m.status() == Meeting.Status.CANCELLED) {
                a = a.withMeeting(m, List.of());
                continue;
            }
            Either<Problem, List<Meeting.Place>> places = BookingRules.places(a, m, Optional.empty(), false);
            if (places.isLeft()) {
                problems.add(restoreProblem(m, places.getLeft()));
            } else {
                a = a.withMeeting(m, places.get());
            }
        }
        a = OutageRules.restore(a, snapshot.outages(), problems);
        return problems.isEmpty() ? Either.right(a) : Either.left(List.copyOf(problems));
    }

    private static Problem restoreProblem(Meeting m, Problem p) {
        String code = switch (p.code()) {
            case "agenda.room.double-booked", "agenda.equipment.double-booked" -> "agenda.restore.double-booked";
            case "agenda.room.unknown" -> "agenda.restore.unknown-room";
            case "agenda.equipment.unknown" -> "agenda.restore.unknown-equipment";
            case "agenda.equipment.elsewhere" -> "agenda.restore.equipment-elsewhere";
            case "agenda.meeting.overlaps-itself" -> "agenda.restore.overlaps-itself";
            case "agenda.meeting.series-too-large" -> "agenda.restore.series-too-large";
            default -> throw new IllegalStateException("Not a restore problem: " + p);
        };
        Problem out = Problem.of(code, "Meeting " + m.id() + " cannot be restored: " + p.message()).with("meeting", m.id());
        for (Map.Entry<String, String> d : p.details().entrySet()) {
            boolean other = d.getKey().equals("meeting") && !d.getValue().equals(m.id().value());
            if (other || !d.getKey().equals("meeting")) {
                out = out.with(other ? "other" : d.getKey(), d.getValue());
            }
        }
        return out;
    }

    /**
     * The one step from a state to the next, shared by the decisions and {@link #evolve}: the
     * event's meeting replaces the one of its id and holds {@code places} (none when cancelled; an
     * answer keeps what the meeting held).
     */
    Agenda apply(MeetingEvent event, List<Meeting.Place> places) {
        Meeting m = event.meeting();
        if (event instanceof MeetingEvent.Responded) {
            return new Agenda(rooms, equipment, meetings.put(m.id(), m), reservations, outages);
        }
        return withMeeting(m, event instanceof MeetingEvent.Cancelled ? List.of() : places);
    }

    /** The agenda with {@code m} holding {@code places} instead of what the meeting of its id held. */
    private Agenda withMeeting(Meeting m, List<Meeting.Place> places) {
        Optional<Meeting> previous = meeting(m.id());
        HashMap<Identifier, NavigableMap<Instant, Reservation>> res = reservations;
        Map<Identifier, TreeMap<Instant, Reservation>> copies = new java.util.HashMap<>();
        java.util.function.Function<Identifier, TreeMap<Instant, Reservation>> copyOf = r -> copies.computeIfAbsent(r,
                k -> new TreeMap<>(reservations.get(k).getOrElse(Collections.emptyNavigableMap())));
        if (previous.isPresent() && previous.get().status() != Meeting.Status.CANCELLED) {
            for (Meeting.Place p : previous.get().heldPlaces()) {
                for (Identifier r : resources(p, previous.get())) {
                    copyOf.apply(r).remove(p.interval().start());
                }
            }
        }
        for (Meeting.Place p : places) {
            for (Identifier r : resources(p, m)) {
                copyOf.apply(r).put(p.interval().start(), new Reservation(p.interval().end(), m.id()));
            }
        }
        for (var e : copies.entrySet()) {
            res = e.getValue().isEmpty() ? res.remove(e.getKey())
                    : res.put(e.getKey(), Collections.unmodifiableNavigableMap(e.getValue()));
        }
        return new Agenda(rooms, equipment, meetings.put(m.id(), m), res, outages);
    }

    /** The rooms and equipment one place of a meeting holds. */
    static List<Identifier> resources(Meeting.Place p, Meeting m) {
        List<Identifier> out = new ArrayList<>();
        p.room().ifPresent(out::add);
        out.addAll(m.equipment());
        return out;
    }

    // ------------------------------------------------------------------ queries

    /**
     * {@return the meeting with this id (cancelled ones included)}
     *
     * @param id the meeting's id; not null
     */
    public Optional<Meeting> meeting(MeetingId id) {
        return meetings.get(id).toJavaOptional();
    }

    /** {@return the rooms, by id} */
    public List<Room> rooms() {
        return rooms.values().sortBy(r -> r.id().value()).asJava();
    }

    /**
     * {@return the room with this id}
     *
     * @param id the room's id; not null
     */
    public Optional<Room> room(RoomId id) {
        return rooms.get(id).toJavaOptional();
    }

    /** {@return the equipment, by id} */
    public List<Equipment> equipment() {
        return equipment.values().sortBy(e -> e.id().value()).asJava();
    }

    /** The piece of equipment with this id. */
    Optional<Equipment> item(EquipmentId id) {
        return equipment.get(id).toJavaOptional();
    }

    /**
     * {@return the meetings holding {@code room} or {@code equipment} that overlap {@code window}, in start order}
     *
     * @param resource a {@link RoomId} or an {@link EquipmentId}; an unknown one has no booking; not null
     * @param window the interval looked at; a meeting that only touches its ends does not overlap it; not
     *     null
     */
    public List<Meeting> bookingsOf(Identifier resource, Interval window) {
        LinkedHashSet<MeetingId> ids = new LinkedHashSet<>();
        reserved(resource, window).forEach(e -> ids.add(e.getValue().meeting()));
        return ids.stream().map(id -> meetings.get(id).get()).toList();
    }

    /**
     * {@return when {@code resource} (a room or a piece of equipment) is taken within {@code window}: one
     * interval per meeting or occurrence, in order, never overlapping}
     *
     * @param resource a {@link RoomId} or an {@link EquipmentId}; an unknown one is never taken; not null
     * @param window the interval looked at; intervals that start before it or end after it are given whole;
     *     not null
     */
    public List<Interval> busy(Identifier resource, Interval window) {
        return reserved(resource, window).stream().map(e -> Interval.of(e.getKey(), e.getValue().end())).toList();
    }

    private List<Map.Entry<Instant, Reservation>> reserved(Identifier resource, Interval window) {
        NavigableMap<Instant, Reservation> booked = reservations.get(resource).getOrElse(Collections.emptyNavigableMap());
        List<Map.Entry<Instant, Reservation>> out = new ArrayList<>();
        Map.Entry<Instant, Reservation> before = booked.lowerEntry(window.start());
        if (before != null && before.getValue().end().isAfter(window.start())) {
            out.add(before);
        }
        out.addAll(booked.subMap(window.start(), true, window.end(), false).entrySet());
        return out;
    }

    /**
     * The latest booking of {@code resource} that overlaps {@code when}, other than those of
     * {@code ignoring}: its start and reservation. Cost: logarithmic, plus the bookings of
     * {@code ignoring} skipped.
     */
    Optional<Map.Entry<Instant, Reservation>> conflict(Identifier resource, Interval when, Optional<MeetingId> ignoring) {
        NavigableMap<Instant, Reservation> booked = reservations.get(resource).getOrElse(Collections.emptyNavigableMap());
        // the last booking starting before the end is the only one that can overlap, apart from ours
        for (Map.Entry<Instant, Reservation> e = booked.lowerEntry(when.end()); e != null; e = booked.lowerEntry(e.getKey())) {
            if (!e.getValue().end().isAfter(when.start())) {
                break;
            }
            if (ignoring.filter(e.getValue().meeting()::equals).isEmpty()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the meetings not cancelled that {@code person} is invited to and that overlap {@code window}, in start order}
     *
     * @param person an invitee, whatever their role or answer; not null
     * @param window the interval looked at; not null
     */
    public List<Meeting> meetingsOf(PersonId person, Interval window) {
        return meetings.values().filter(m -> m.status() != Meeting.Status.CANCELLED
                        && (m.organizer().equals(person) || m.attendee(person).isPresent()) && !m.intervals(window).isEmpty())
                .sortBy(m -> m.start().toInstant()).asJava();
    }

    /**
     * {@return the meetings about {@code ref} (those that list it in {@link MeetingPlan#about()}),
     * cancelled ones included, in start order, then by id}; the cost follows the number of meetings
     * of the agenda
     *
     * @param ref a dossier, letter, task or document; not null
     */
    public List<Meeting> about(Ref ref) {
        Objects.requireNonNull(ref, "ref");
        return meetings.values().filter(m -> m.about().contains(ref)).toJavaStream()
                .sorted(Comparator.comparing((Meeting m) -> m.start().toInstant()).thenComparing(Meeting::id))
                .toList();
    }

    /**
     * {@return the outages of {@code resource} that overlap {@code window}, in start order}
     *
     * @param resource a {@link RoomId} or an {@link EquipmentId}; an unknown one has none; not null
     * @param window the interval looked at; not null
     */
    public List<ResourceOutage> outages(Identifier resource, Interval window) {
        NavigableMap<Instant, ResourceOutage> of = outages.get(resource).getOrElse(Collections.emptyNavigableMap());
        List<ResourceOutage> out = new ArrayList<>();
        Map.Entry<Instant, ResourceOutage> before = of.lowerEntry(window.start());
        if (before != null && before.getValue().during().end().isAfter(window.start())) {
            out.add(before.getValue());
        }
        out.addAll(of.subMap(window.start(), true, window.end(), false).values());
        return List.copyOf(out);
    }

    /** {@return every outage, by resource id, then start} */
    public List<ResourceOutage> outages() {
        return outages.toJavaStream().sorted(Comparator.comparing(e -> e._1.value()))
                .flatMap(e -> e._2.values().stream()).toList();
    }

    /**
     * {@return when {@code resource} cannot be booked within {@code window}: its bookings and its outages
     * merged, in order, never overlapping nor touching} Slot finding reads this.
     *
     * @param resource a {@link RoomId} or an {@link EquipmentId}; not null
     * @param window the interval looked at; intervals that start before it or end after it are given whole;
     *     not null
     */
    public List<Interval> unavailable(Identifier resource, Interval window) {
        List<Interval> busy = busy(resource, window);
        List<ResourceOutage> out = outages(resource, window);
        if (out.isEmpty()) {
            return busy;
        }
        List<Interval> all = new ArrayList<>(busy);
        out.forEach(o -> all.add(o.during()));
        Collections.sort(all);
        List<Interval> merged = new ArrayList<>();
        for (Interval i : all) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !i.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, last.end().isBefore(i.end()) ? Interval.of(last.start(), i.end()) : last);
            } else {
                merged.add(i);
            }
        }
        return List.copyOf(merged);
    }

    /**
     * {@return the meetings and occurrences that hold {@code resource} during {@code window}, in start
     * order, then by meeting id} Cost: logarithmic in the resource's bookings, plus the hits.
     *
     * @param resource a {@link RoomId} or an {@link EquipmentId}; not null
     * @param window the interval looked at; a meeting that only touches its ends is not hit; not null
     */
    public List<ResourceOutage.Hit> hits(Identifier resource, Interval window) {
        List<ResourceOutage.Hit> out = new ArrayList<>();
        for (Map.Entry<Instant, Reservation> e : reserved(resource, window)) {
            Meeting m = meetings.get(e.getValue().meeting()).get();
            Interval when = Interval.of(e.getKey(), e.getValue().end());
            Optional<Instant> original = Optional.empty();
            if (m.isSeries()) {
                original = m.places(when).stream().filter(p -> p.interval().equals(when)).findFirst()
                        .flatMap(Meeting.Place::originalStart);
            }
            out.add(new ResourceOutage.Hit(m.id(), original, when, resource));
        }
        return List.copyOf(out);
    }

    /** The outage of {@code resource} that overlaps {@code when}, if any. Cost: logarithmic. */
    Optional<ResourceOutage> outageDuring(Identifier resource, Interval when) {
        if (outages.isEmpty()) {
            return Optional.empty();
        }
        NavigableMap<Instant, ResourceOutage> of = outages.get(resource).getOrNull();
        if (of == null) {
            return Optional.empty();
        }
        Map.Entry<Instant, ResourceOutage> e = of.lowerEntry(when.end());
        return e != null && e.getValue().during().end().isAfter(when.start()) ? Optional.of(e.getValue()) : Optional.empty();
    }

    /** The agenda with the outages of {@code resource} replaced by {@code of} (none if empty). */
    Agenda withOutages(Identifier resource, NavigableMap<Instant, ResourceOutage> of) {
        return new Agenda(rooms, equipment, meetings, reservations,
                of.isEmpty() ? outages.remove(resource) : outages.put(resource, Collections.unmodifiableNavigableMap(of)));
    }

    /** The outages of {@code resource}, by start (a copy to change). */
    TreeMap<Instant, ResourceOutage> outagesOf(Identifier resource) {
        return new TreeMap<>(outages.get(resource).getOrElse(Collections.emptyNavigableMap()));
    }

    /** True if {@code resource} is a room or a piece of equipment of this agenda. */
    boolean knows(Identifier resource) {
        return resource instanceof RoomId r ? rooms.containsKey(r) : resource instanceof EquipmentId e && equipment.containsKey(e);
    }

    /** True for an agenda with the same rooms, equipment, meetings, reservations and outages. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Agenda other && rooms.equals(other.rooms) && equipment.equals(other.equipment)
                && meetings.equals(other.meetings) && reservations.equals(other.reservations)
                && outages.equals(other.outages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rooms, equipment, meetings, reservations, outages);
    }

    @Override
    public String toString() {
        return "Agenda[" + rooms.size() + " rooms, " + meetings.size() + " meetings]";
    }
}
