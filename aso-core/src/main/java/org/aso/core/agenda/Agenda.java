package org.aso.core.agenda;

import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;

/**
 * The book of rooms, equipment and meetings: booking, moving and cancelling without ever booking
 * a room or a piece of equipment twice, and keeping each meeting's sequence number right.
 *
 * <p>Every decision is a pure function returning the new agenda with the meeting and the events
 * that say whom to tell; through a {@link org.aso.core.kernel.SharedState}, threads racing for the
 * same room get exactly one booking and, for the others, {@code agenda.room.double-booked}.
 *
 * <pre>{@code
 * SharedState<Agenda> agenda = SharedState.of(Agenda.of(rooms, equipment).get());
 * Either<Problem, Agenda.Booked> b = agenda.update(a -> a.book(request, ctx), Agenda.Booked::agenda);
 * b.getLeft().details().get("meeting");   // the conflicting booking, when refused
 * }</pre>
 *
 * <p>Bookings of each room and piece of equipment are kept in start order; a resource's list is
 * copied when it changes (a room holds a few thousand bookings a year). Immutable and thread-safe.
 */
public final class Agenda {
    /** The longest meeting (a seminar, a crisis cell): longer bookings are refused. */
    public static final java.time.Duration MAX_LENGTH = java.time.Duration.ofDays(14);
    private static final int MAX_LIST = 500;
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
    /** Per room or equipment id: bookings by start instant (never overlapping). */
    private final HashMap<Identifier, NavigableMap<Instant, Reservation>> reservations;

    private record Reservation(Instant end, MeetingId meeting) {}

    private Agenda(HashMap<RoomId, Room> rooms, HashMap<EquipmentId, Equipment> equipment,
                   HashMap<MeetingId, Meeting> meetings, HashMap<Identifier, NavigableMap<Instant, Reservation>> reservations) {
        this.rooms = rooms;
        this.equipment = equipment;
        this.meetings = meetings;
        this.reservations = reservations;
    }

    /**
     * An agenda of these rooms and equipment, with no meeting. Every problem at once:
     * {@code agenda.room.duplicate-id}, {@code agenda.equipment.duplicate-id},
     * {@code agenda.equipment.unknown-room}.
     */
    public static Either<List<Problem>, Agenda> of(Collection<Room> rooms, Collection<Equipment> equipment) {
        List<Problem> problems = new ArrayList<>();
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
        return problems.isEmpty() ? Either.right(new Agenda(r, e, HashMap.empty(), HashMap.empty()))
                : Either.left(List.copyOf(problems));
    }

    /** A decision's result: the new agenda, the meeting as it now is, and whom to tell what. */
    public record Booked(Agenda agenda, Meeting meeting, List<MeetingEvent> events) {}

    // ------------------------------------------------------------------ decisions

    /**
     * Books a meeting, checking the room (known, large enough, bookable then, free) and the
     * equipment (known, mobile or fixed in that room, free).
     *
     * @return the booking, or {@code agenda.meeting.duplicate-id}, {@code agenda.meeting.missing-title},
     *     {@code agenda.meeting.bad-link}, {@code agenda.meeting.bad-interval}, {@code agenda.meeting.too-long},
     *     {@code agenda.meeting.duplicate-attendee}, {@code agenda.meeting.too-many},
     *     {@code kernel.text.*} (the title, one line of at most 300 characters, the online link, or an
     *     agenda item's title, a document or a logistics task breaks the {@link org.aso.core.kernel.Text} rules),
     *     {@code agenda.meeting.overlaps-itself} (two occurrences of a series on one resource at once),
     *     {@code agenda.meeting.series-too-large} (more than {@link #MAX_SERIES_OCCURRENCES} occurrences),
     *     {@code kernel.range.instant} (a start or end outside {@link Limits}),
     *     {@code agenda.room.unknown}, {@code agenda.room.too-small} (seats for invitees who may come),
     *     {@code agenda.room.outside-hours}, {@code agenda.room.double-booked} (details: the
     *     conflicting {@code meeting} and its {@code start} and {@code end}), {@code agenda.equipment.unknown},
     *     {@code agenda.equipment.elsewhere}, {@code agenda.equipment.double-booked}
     */
    public Either<Problem, Booked> book(MeetingRequest req, Context ctx) {
        Objects.requireNonNull(req, "req");
        if (meetings.containsKey(req.id())) {
            return Either.left(Problem.of("agenda.meeting.duplicate-id", "Meeting " + req.id() + " exists already")
                    .with("meeting", req.id()));
        }
        if (req.title().isBlank()) {
            return Either.left(Problem.of("agenda.meeting.missing-title", "A meeting needs a title"));
        }
        if (req.onlineLink().filter(l -> l.length() > 2000 || l.chars().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c))).isPresent()) {
            return Either.left(Problem.of("agenda.meeting.bad-link", "The online link has no spaces or control characters"));
        }
        Optional<Problem> badTime = badInterval(req.start(), req.end());
        if (badTime.isPresent()) {
            return Either.left(badTime.get());
        }
        if (req.attendees().stream().map(Attendee::person).distinct().count() != req.attendees().size()) {
            return Either.left(Problem.of("agenda.meeting.duplicate-attendee", "Each person is invited once"));
        }
        if (req.attendees().size() > MAX_LIST || req.documents().size() > MAX_LIST || req.agenda().size() > MAX_LIST
                || req.logistics().size() > MAX_LIST || req.equipment().size() > MAX_LIST) {
            return Either.left(Problem.of("agenda.meeting.too-many", "At most " + MAX_LIST
                    + " attendees, documents, agenda items, logistics tasks and pieces of equipment"));
        }
        Optional<Problem> badText = req.badText();
        if (badText.isPresent()) {
            return Either.left(badText.get());
        }
        if (req.recurrence().filter(r -> r.frequency().compareTo(RecurrenceRule.Frequency.DAILY) < 0).isPresent()) {
            return Either.left(Problem.of("agenda.meeting.recurrence-too-fine",
                    "A meeting series repeats at most daily").with("rule", req.recurrence().get()));
        }
        Meeting m = ImmutableMeeting.builder()
                .id(req.id()).title(req.title().strip()).organizer(req.organizer()).addAllAttendees(req.attendees())
                .room(req.room()).onlineLink(req.onlineLink()).start(req.start()).end(req.end())
                .addAllAgenda(req.agenda()).addAllDocuments(req.documents()).addAllLogistics(req.logistics())
                .addAllEquipment(req.equipment())
                .recurrence(req.recurrence().map(rule -> Recurrence.of(req.start(),
                        java.time.Duration.between(req.start(), req.end()), rule)))
                .status(req.tentative() ? Meeting.Status.TENTATIVE : Meeting.Status.CONFIRMED).sequence(0).build();
        return checkResources(m, Optional.empty()).map(places -> {
            Agenda next = withMeeting(m, places, Optional.empty());
            return new Booked(next, m, List.of(event(MeetingEvent.Kind.BOOKED, m, ctx, invitees(m), Map.of())));
        });
    }

    /**
     * Moves a meeting (another time, another room or both); the sequence number increases and
     * attendees are told.
     *
     * @return the change, or {@code agenda.meeting.unknown}, {@code agenda.meeting.cancelled},
     *     {@code agenda.meeting.bad-interval}, {@code agenda.meeting.too-long}, {@code agenda.meeting.unchanged}, and the room and
     *     equipment problems of {@link #book}
     */
    public Either<Problem, Booked> move(MeetingId id, ZonedDateTime start, ZonedDateTime end, Optional<RoomId> room,
                                        Context ctx) {
        return active(id).flatMap(old -> {
            Optional<Problem> badTime = badInterval(start, end);
            if (badTime.isPresent()) {
                return Either.left(badTime.get());
            }
            if (old.start().equals(start) && old.end().equals(end) && old.room().equals(room)) {
                return Either.left(Problem.of("agenda.meeting.unchanged", "The meeting is already there then")
                        .with("meeting", id));
            }
            // rebuilt in one go: changing start and end one after the other could pass through an invalid meeting
            Meeting moved = ImmutableMeeting.builder()
                    .id(old.id()).title(old.title()).organizer(old.organizer()).addAllAttendees(old.attendees())
                    .room(room).onlineLink(old.onlineLink()).start(start).end(end)
                    .addAllAgenda(old.agenda()).addAllDocuments(old.documents()).addAllLogistics(old.logistics())
                    .addAllEquipment(old.equipment()).status(old.status()).sequence(old.sequence() + 1)
                    // a series moves as a whole: its rule starts again from the new first start, single changes are dropped
                    .recurrence(old.recurrence().flatMap(Recurrence::rule).map(rule ->
                            Recurrence.of(start, java.time.Duration.between(start, end), rule)))
                    .build();
            return checkResources(moved, Optional.of(id)).map(places -> {
                Agenda next = withMeeting(moved, places, Optional.of(old));
                MeetingEvent ev = event(MeetingEvent.Kind.UPDATED, moved, ctx, invitees(moved),
                        Map.of("previousStart", old.start().toString(),
                                "previousRoom", old.room().map(RoomId::value).orElse("none")));
                return new Booked(next, moved, List.of(ev));
            });
        });
    }

    /**
     * Calls a meeting off: its room and equipment are free again, the sequence number increases
     * and attendees are told.
     *
     * @return the change, or {@code agenda.meeting.unknown}, {@code agenda.meeting.cancelled},
     *     {@code agenda.meeting.missing-reason}, {@code kernel.text.*} (the reason breaks the
     *     {@link org.aso.core.kernel.Text} rules of a {@link org.aso.core.kernel.Text.Kind#NOTE})
     */
    public Either<Problem, Booked> cancel(MeetingId id, String reason, Context ctx) {
        return active(id).flatMap(old -> {
            if (reason == null || reason.isBlank()) {
                return Either.left(Problem.of("agenda.meeting.missing-reason", "Say why the meeting is called off"));
            }
            var badReason = org.aso.core.kernel.Text.check("reason", reason, org.aso.core.kernel.Text.Kind.NOTE);
            if (badReason.isLeft()) {
                return Either.left(badReason.getLeft());
            }
            Meeting cancelled = im(old).withStatus(Meeting.Status.CANCELLED)
                    .withSequence(old.sequence() + 1);
            Agenda next = withMeeting(cancelled, List.of(), Optional.of(old));
            MeetingEvent ev = event(MeetingEvent.Kind.CANCELLED, cancelled, ctx, invitees(cancelled),
                    Map.of("reason", reason.strip()));
            return Either.right(new Booked(next, cancelled, List.of(ev)));
        });
    }

    /**
     * Changes one occurrence of a series: moves it, cancels it, or puts it in another room
     * ({@link OccurrenceChange}). The new place is checked like a booking; the sequence number
     * increases and attendees are told which occurrence changed.
     *
     * @return the change, or {@code agenda.meeting.unknown}, {@code agenda.meeting.cancelled},
     *     {@code agenda.occurrence.not-a-series}, {@code agenda.occurrence.unknown} (no occurrence
     *     starts then), {@code agenda.occurrence.too-far}, {@code kernel.range.instant} (moved outside
     *     {@link Limits}), {@code kernel.text.*} (a new title breaks the rules of a meeting's title), and
     *     the room and equipment problems of {@link #book}
     */
    public Either<Problem, Booked> changeOccurrence(MeetingId id, ZonedDateTime originalStart, OccurrenceChange change,
                                                    Context ctx) {
        return active(id).flatMap(old -> {
            Optional<Problem> badText = change.badText();
            if (badText.isPresent()) {
                return Either.left(badText.get());
            }
            if (old.recurrence().isEmpty()) {
                return Either.left(Problem.of("agenda.occurrence.not-a-series", "Meeting " + id + " is not a series")
                        .with("meeting", id));
            }
            Recurrence r = old.recurrence().get();
            if (!r.isOriginalStart(originalStart.toInstant())) {
                return Either.left(Problem.of("agenda.occurrence.unknown",
                        "Meeting " + id + " has no occurrence starting " + originalStart).with("meeting", id)
                        .with("originalStart", originalStart));
            }
            if (change.movedTo().isPresent()) {
                Interval to = change.movedTo().get();
                Optional<Problem> outside = Limits.checkInstant("occurrence start", to.start())
                        .or(() -> Limits.checkInstant("occurrence end", to.end()));
                if (outside.isPresent()) {
                    return Either.left(outside.get());
                }
                Optional<Problem> badTime = badInterval(to.start().atZone(old.zone()), to.end().atZone(old.zone()));
                if (badTime.isPresent()) {
                    return Either.left(badTime.get());
                }
                if (java.time.Duration.between(originalStart.toInstant(), to.start()).abs().compareTo(MAX_OCCURRENCE_MOVE) > 0) {
                    return Either.left(Problem.of("agenda.occurrence.too-far", "An occurrence moves at most "
                            + MAX_OCCURRENCE_MOVE.toDays() + " days from its original start").with("meeting", id));
                }
            }
            Meeting changed = im(old).withRecurrence(r.withChange(originalStart, change)).withSequence(old.sequence() + 1);
            return checkResources(changed, Optional.of(id)).map(places -> {
                Agenda next = withMeeting(changed, places, Optional.of(old));
                MeetingEvent ev = event(MeetingEvent.Kind.OCCURRENCE_CHANGED, changed, ctx, invitees(changed),
                        Map.of("originalStart", originalStart.toString(), "change", change.toString()));
                return new Booked(next, changed, List.of(ev));
            });
        });
    }

    /**
     * Records an attendee's answer (a delegate joins the invitees); the organizer is told. The
     * sequence number does not change (RFC 5546: replies do not revise the meeting).
     *
     * @return the change, or {@code agenda.meeting.unknown}, {@code agenda.meeting.cancelled},
     *     {@code agenda.response.not-invited}, {@code agenda.response.missing-delegate},
     *     {@code agenda.response.self-delegation}, {@code agenda.room.too-small} (a delegate needs a seat the room lacks)
     */
    public Either<Problem, Booked> respond(MeetingId id, PersonId person, Attendee.Response response,
                                           Optional<PersonId> delegate, Context ctx) {
        return active(id).flatMap(old -> {
            Optional<Attendee> who = old.attendee(person);
            if (who.isEmpty()) {
                return Either.left(Problem.of("agenda.response.not-invited", person + " is not invited to " + id)
                        .with("meeting", id).with("person", person));
            }
            if (response == Attendee.Response.DELEGATED && delegate.isEmpty()) {
                return Either.left(Problem.of("agenda.response.missing-delegate", "Name the person the invitation is delegated to"));
            }
            if (response == Attendee.Response.DELEGATED && delegate.get().equals(person)) {
                return Either.left(Problem.of("agenda.response.self-delegation", "An invitation is delegated to someone else"));
            }
            List<Attendee> attendees = new ArrayList<>();
            for (Attendee a : old.attendees()) {
                if (!a.person().equals(person)) {
                    attendees.add(a);
                } else if (response == Attendee.Response.DELEGATED) {
                    attendees.add(a.withDelegatedTo(delegate.get()).withResponse(response));
                } else {
                    attendees.add(ImmutableAttendee.builder().person(a.person()).role(a.role()).response(response).build());
                }
            }
            if (response == Attendee.Response.DELEGATED && old.attendee(delegate.get()).isEmpty()) {
                attendees.add(Attendee.of(delegate.get(), who.get().role()));
            }
            Meeting answered = im(old).withAttendees(attendees);
            Optional<Room> room = answered.room().flatMap(this::room);
            if (room.isPresent() && answered.seatsNeeded() > room.get().capacity()) {
                return Either.left(Problem.of("agenda.room.too-small", room.get().name() + " seats " + room.get().capacity()
                        + ", the meeting would need " + answered.seatsNeeded()).with("room", room.get().id()));
            }
            Agenda next = new Agenda(rooms, equipment, meetings.put(id, answered), reservations);
            MeetingEvent ev = event(MeetingEvent.Kind.RESPONDED, answered, ctx, List.of(old.organizer()),
                    Map.of("person", person.value(), "response", response.name()));
            return Either.right(new Booked(next, answered, List.of(ev)));
        });
    }

    // ------------------------------------------------------------------ queries

    /** The meeting with this id (cancelled ones included). */
    public Optional<Meeting> meeting(MeetingId id) {
        return meetings.get(id).toJavaOptional();
    }

    /** The rooms. */
    public List<Room> rooms() {
        return rooms.values().sortBy(r -> r.id().value()).asJava();
    }

    /** The room with this id. */
    public Optional<Room> room(RoomId id) {
        return rooms.get(id).toJavaOptional();
    }

    /** The equipment. */
    public List<Equipment> equipment() {
        return equipment.values().sortBy(e -> e.id().value()).asJava();
    }

    /** The meetings holding {@code room} or {@code equipment} that overlap {@code window}, in start order. */
    public List<Meeting> bookingsOf(Identifier resource, Interval window) {
        java.util.LinkedHashSet<MeetingId> ids = new java.util.LinkedHashSet<>();
        reserved(resource, window).forEach(e -> ids.add(e.getValue().meeting()));
        return ids.stream().map(id -> meetings.get(id).get()).toList();
    }

    /**
     * When {@code resource} (a room or a piece of equipment) is taken within {@code window}: one
     * interval per meeting or occurrence, in order, never overlapping.
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

    /** The meetings not cancelled that {@code person} is invited to and that overlap {@code window}, in start order. */
    public List<Meeting> meetingsOf(PersonId person, Interval window) {
        return meetings.values().filter(m -> m.status() != Meeting.Status.CANCELLED
                        && (m.organizer().equals(person) || m.attendee(person).isPresent()) && !m.intervals(window).isEmpty())
                .sortBy(m -> m.start().toInstant()).asJava();
    }

    // ------------------------------------------------------------------ internals

    private static Optional<Problem> badInterval(ZonedDateTime start, ZonedDateTime end) {
        Optional<Problem> outside = Limits.checkInstant("meeting start", start.toInstant())
                .or(() -> Limits.checkInstant("meeting end", end.toInstant()));
        if (outside.isPresent()) {
            return outside;
        }
        if (!start.toInstant().isBefore(end.toInstant()) || !start.getZone().equals(end.getZone())
                || start.getNano() != 0 || end.getNano() != 0) {
            return Optional.of(Problem.of("agenda.meeting.bad-interval",
                    "A meeting ends after it starts, both in its zone, on whole seconds").with("start", start).with("end", end));
        }
        if (java.time.Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
            return Optional.of(Problem.of("agenda.meeting.too-long", "A meeting lasts at most " + MAX_LENGTH.toDays() + " days")
                    .with("start", start).with("end", end));
        }
        return Optional.empty();
    }

    private Either<Problem, Meeting> active(MeetingId id) {
        Optional<Meeting> m = meeting(id);
        if (m.isEmpty()) {
            return Either.left(Problem.of("agenda.meeting.unknown", "No meeting " + id).with("meeting", id));
        }
        if (m.get().status() == Meeting.Status.CANCELLED) {
            return Either.left(Problem.of("agenda.meeting.cancelled", "Meeting " + id + " was called off").with("meeting", id));
        }
        return Either.right(m.get());
    }

    /** Checks every place the meeting would hold; returns those places, so they are worked out once. */
    private Either<Problem, List<Meeting.Place>> checkResources(Meeting m, Optional<MeetingId> ignoring) {
        Optional<Problem> tooLarge = walkSeries(m);
        if (tooLarge.isPresent()) {
            return Either.left(tooLarge.get());
        }
        List<Meeting.Place> places = held(m);
        Optional<Problem> clash = overlapsItself(m, places);
        if (clash.isPresent()) {
            return Either.left(clash.get());
        }
        for (Meeting.Place place : places) {
            Either<Problem, Meeting> ok = checkPlace(m, place, ignoring);
            if (ok.isLeft()) {
                Problem p = ok.getLeft();
                return Either.left(place.originalStart().isPresent() && m.isSeries()
                        ? p.with("occurrence", place.interval().start()) : p);
            }
        }
        return Either.right(places);
    }

    /** Two places of one meeting that share a room or a piece of equipment must not overlap. */
    private static Optional<Problem> overlapsItself(Meeting m, List<Meeting.Place> places) {
        java.util.Map<Identifier, List<Interval>> byResource = new java.util.HashMap<>();
        for (Meeting.Place p : places) {
            for (Identifier r : resources(p, m)) {
                byResource.computeIfAbsent(r, k -> new ArrayList<>()).add(p.interval());
            }
        }
        for (var e : byResource.entrySet()) {
            List<Interval> list = new ArrayList<>(e.getValue());
            Collections.sort(list);
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).start().isBefore(list.get(i - 1).end())) {
                    return Optional.of(Problem.of("agenda.meeting.overlaps-itself",
                            "Two occurrences of " + m.id() + " would hold " + e.getKey() + " at the same time")
                            .with("meeting", m.id()).with("resource", e.getKey()).with("occurrence", list.get(i).start()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Walks a series' occurrences lazily before anything is listed: refuses one that holds more
     * than {@link #MAX_SERIES_OCCURRENCES} ({@code agenda.meeting.series-too-large}), or whose
     * next occurrence starts before the one before it ends on the same room or equipment
     * ({@code agenda.meeting.overlaps-itself}). Cost: at most {@link #MAX_SERIES_OCCURRENCES} + 1
     * occurrences, whatever the rule (a rule on every second stops there).
     */
    private static Optional<Problem> walkSeries(Meeting m) {
        if (!m.isSeries()) {
            return Optional.empty();
        }
        Instant until = m.heldUntil();
        boolean holdsSomething = m.room().isPresent() || !m.equipment().isEmpty();
        java.util.Iterator<Occurrence> it = m.recurrence().get().occurrences(m.start().toInstant()).iterator();
        int n = 0;
        Occurrence previous = null;
        while (it.hasNext()) {
            Occurrence o = it.next();
            if (!o.originalInstant().isBefore(until)) {
                break;
            }
            if (holdsSomething && previous != null && o.change().isEmpty() && previous.change().isEmpty()
                    && o.start().isBefore(previous.end())) {
                return Optional.of(Problem.of("agenda.meeting.overlaps-itself", "Two occurrences of " + m.id()
                                + " would hold " + m.room().map(Object::toString).orElse("its equipment") + " at the same time")
                        .with("meeting", m.id()).with("occurrence", o.start()));
            }
            if (++n > MAX_SERIES_OCCURRENCES) {
                return Optional.of(Problem.of("agenda.meeting.series-too-large", "A series holds at most "
                                + MAX_SERIES_OCCURRENCES + " occurrences; " + m.id() + " has more before " + until)
                        .with("meeting", m.id()).with("limit", MAX_SERIES_OCCURRENCES).with("until", until));
            }
            previous = o.change().isEmpty() ? o : previous;
        }
        return Optional.empty();
    }

    /**
     * The places a meeting holds: its interval, or its occurrences from its first start to
     * {@link #SERIES_LIMIT} after it for a series that ends, {@link #SERIES_HORIZON} for an
     * open-ended one (an occurrence moved up to {@link #MAX_OCCURRENCE_MOVE} earlier or later included).
     */
    private static List<Meeting.Place> held(Meeting m) {
        if (!m.isSeries()) {
            return m.places(m.interval());
        }
        return m.places(Interval.of(Limits.MIN_INSTANT, Limits.MAX_INSTANT));
    }

    private Either<Problem, Meeting> checkPlace(Meeting m, Meeting.Place place, Optional<MeetingId> ignoring) {
        Interval when = place.interval();
        if (place.room().isPresent()) {
            Optional<Room> room = room(place.room().get());
            if (room.isEmpty()) {
                return Either.left(Problem.of("agenda.room.unknown", "No room " + place.room().get()).with("room", place.room().get()));
            }
            long seats = m.seatsNeeded();
            if (seats > room.get().capacity()) {
                return Either.left(Problem.of("agenda.room.too-small",
                        room.get().name() + " seats " + room.get().capacity() + ", the meeting needs " + seats)
                        .with("room", room.get().id()).with("capacity", room.get().capacity()).with("needed", seats));
            }
            if (room.get().bookableHours().filter(cal -> !cal.workingTimeBetween(when.start(), when.end())
                    .equals(when.duration())).isPresent()) {
                return Either.left(Problem.of("agenda.room.outside-hours",
                        room.get().name() + " cannot be booked at that time").with("room", room.get().id()));
            }
            Either<Problem, Meeting> free = free(room.get().id(), "agenda.room.double-booked", room.get().name(), when, ignoring);
            if (free.isLeft()) {
                return free;
            }
        }
        for (EquipmentId id : m.equipment()) {
            Optional<Equipment> item = equipment.get(id).toJavaOptional();
            if (item.isEmpty()) {
                return Either.left(Problem.of("agenda.equipment.unknown", "No equipment " + id).with("equipment", id));
            }
            if (item.get().room().isPresent() && !item.get().room().equals(place.room())) {
                return Either.left(Problem.of("agenda.equipment.elsewhere",
                        item.get().name() + " is fixed in room " + item.get().room().get()).with("equipment", id));
            }
            Either<Problem, Meeting> free = free(id, "agenda.equipment.double-booked", item.get().name(), when, ignoring);
            if (free.isLeft()) {
                return free;
            }
        }
        return Either.right(m);
    }

    private Either<Problem, Meeting> free(Identifier resource, String code, String name, Interval when,
                                          Optional<MeetingId> ignoring) {
        NavigableMap<Instant, Reservation> booked = reservations.get(resource).getOrElse(Collections.emptyNavigableMap());
        // the last booking starting before the end is the only one that can overlap, apart from ours
        for (Map.Entry<Instant, Reservation> e = booked.lowerEntry(when.end()); e != null; e = booked.lowerEntry(e.getKey())) {
            if (!e.getValue().end().isAfter(when.start())) {
                break;
            }
            if (ignoring.filter(e.getValue().meeting()::equals).isEmpty()) {
                Meeting other = meetings.get(e.getValue().meeting()).get();
                return Either.left(Problem.of(code, name + " is already booked then for \"" + other.title() + "\"")
                        .with("resource", resource).with("meeting", other.id())
                        .with("start", e.getKey().atZone(other.zone())).with("end", e.getValue().end().atZone(other.zone())));
            }
        }
        return Either.right(null);
    }

    /** The agenda with {@code m} holding {@code places} (none when cancelled) instead of what {@code previous} held. */
    private Agenda withMeeting(Meeting m, List<Meeting.Place> places, Optional<Meeting> previous) {
        HashMap<Identifier, NavigableMap<Instant, Reservation>> res = reservations;
        java.util.Map<Identifier, TreeMap<Instant, Reservation>> copies = new java.util.HashMap<>();
        java.util.function.Function<Identifier, TreeMap<Instant, Reservation>> copyOf = r -> copies.computeIfAbsent(r,
                k -> new TreeMap<>(reservations.get(k).getOrElse(Collections.emptyNavigableMap())));
        if (previous.isPresent() && previous.get().status() != Meeting.Status.CANCELLED) {
            for (Meeting.Place p : held(previous.get())) {
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
            res = res.put(e.getKey(), Collections.unmodifiableNavigableMap(e.getValue()));
        }
        return new Agenda(rooms, equipment, meetings.put(m.id(), m), res);
    }

    private static List<Identifier> resources(Meeting.Place p, Meeting m) {
        List<Identifier> out = new ArrayList<>();
        p.room().ifPresent(out::add);
        out.addAll(m.equipment());
        return out;
    }

    private static List<PersonId> invitees(Meeting m) {
        return m.attendees().stream().map(Attendee::person).filter(p -> !p.equals(m.organizer())).toList();
    }

    private static MeetingEvent event(MeetingEvent.Kind kind, Meeting m, Context ctx, List<PersonId> recipients,
                                      Map<String, String> extra) {
        MeetingEvent.Builder b = MeetingEvent.builder();
        b.kind(kind).at(ctx.at()).actor(ctx.actor()).subject(m.id()).meeting(m).addAllRecipients(recipients)
                .putDetail("sequence", String.valueOf(m.sequence()))
                .putDetail("start", m.start().toString())
                .putDetail("room", m.room().map(RoomId::value).orElse("none"));
        new java.util.TreeMap<>(extra).forEach(b::putDetail);
        return b.build();
    }

    /** The generated implementation, whose {@code with} copies stay inside this package. */
    private static ImmutableMeeting im(Meeting m) {
        return (ImmutableMeeting) ImmutableMeeting.copyOf(m);
    }

    @Override
    public String toString() {
        return "Agenda[" + rooms.size() + " rooms, " + meetings.size() + " meetings]";
    }
}
