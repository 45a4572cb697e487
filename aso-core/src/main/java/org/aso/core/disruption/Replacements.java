package org.aso.core.disruption;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.ResourceOutage;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.agenda.slots.RoomNeeds;
import org.aso.core.agenda.slots.SlotAnswer;
import org.aso.core.agenda.slots.SlotAttendee;
import org.aso.core.agenda.slots.SlotFinder;
import org.aso.core.agenda.slots.SlotRequest;
import org.aso.core.agenda.slots.Suggestion;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;

/**
 * The work behind {@link OutOfService}: the proposals for one hit, each tried by taking the
 * agenda decision it stands for, and the decision each choice stands for. Stateless.
 */
final class Replacements {
    /** The most candidates of one kind tried for one hit, accepted or not: bounds the work per hit. */
    private static final int MAX_TRIALS = 12;
    /** The most starts looked at in the meeting's own room (two weeks of quarter hours). */
    private static final int MAX_SCAN = 1_344;

    private Replacements() {}

    /** What one hit is, worked out from the agenda: the meeting, the place, its room, the item out of service. */
    private record Target(Meeting meeting, Meeting.Place place, Optional<Room> room, Optional<Equipment> broken,
                          Map<EquipmentId, Equipment> items) {
        boolean roomHit() {
            return broken.isEmpty();
        }

        /** The items the meeting holds that are fixed in the room of the place (they cannot follow it elsewhere). */
        Set<EquipmentId> fixedHere() {
            Set<EquipmentId> out = new LinkedHashSet<>();
            for (EquipmentId id : meeting.equipment()) {
                Equipment e = items.get(id);
                if (e != null && e.room().isPresent() && e.room().equals(place.room())) {
                    out.add(id);
                }
            }
            return out;
        }

        /** The kinds another room must provide: those of the fixed items held here, and of a mobile item out of service. */
        Set<String> kindsNeeded() {
            Set<String> out = new java.util.TreeSet<>();
            fixedHere().forEach(id -> out.add(items.get(id).kind()));
            broken.ifPresent(b -> out.add(b.kind()));
            return out;
        }

        /** The items the meeting keeps wherever it goes: what it holds, less the fixed items here and the item out of service. */
        Set<EquipmentId> portable() {
            Set<EquipmentId> out = new LinkedHashSet<>(meeting.equipment());
            out.removeAll(fixedHere());
            broken.ifPresent(b -> out.remove(b.id()));
            return out;
        }
    }

    // ------------------------------------------------------------------ proposals

    static OutOfService.Options options(Agenda agenda, ResourceOutage.Hit hit, List<Availability> availabilities, Context ctx) {
        Optional<Target> found = target(agenda, hit);
        if (found.isEmpty()) {
            return new OutOfService.Options(hit, List.of(), Optional.empty());
        }
        Target t = found.get();
        List<OutOfService.Proposal> out = new ArrayList<>();
        spare(agenda, hit, t, ctx).ifPresent(out::add);
        out.addAll(otherRooms(agenda, hit, t, ctx));
        Optional<Problem> notSearched = otherTimes(agenda, hit, t, availabilities, ctx, out);
        return new OutOfService.Options(hit, out, notSearched);
    }

    private static Optional<Target> target(Agenda agenda, ResourceOutage.Hit hit) {
        Optional<Meeting> m = agenda.meeting(hit.meeting()).filter(x -> x.status() != Meeting.Status.CANCELLED);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        Optional<Meeting.Place> place = m.get().places(hit.interval()).stream()
                .filter(p -> p.interval().equals(hit.interval()) && p.originalStart().equals(hit.originalStart()))
                .findFirst();
        if (place.isEmpty()) {
            return Optional.empty();
        }
        Map<EquipmentId, Equipment> items = new HashMap<>();
        agenda.equipment().forEach(e -> items.put(e.id(), e));
        Optional<Equipment> broken = hit.resource() instanceof EquipmentId id ? Optional.ofNullable(items.get(id)) : Optional.empty();
        return Optional.of(new Target(m.get(), place.get(), place.get().room().flatMap(agenda::room), broken, items));
    }

    /** The first other item of the kind out of service the meeting may hold instead: fixed in its room first, then mobile. */
    private static Optional<OutOfService.Proposal> spare(Agenda agenda, ResourceOutage.Hit hit, Target t, Context ctx) {
        if (t.roomHit() || hit.isOccurrence()) {
            return Optional.empty();
        }
        Equipment broken = t.broken().get();
        List<Equipment> candidates = agenda.equipment().stream()
                .filter(e -> e.kind().equals(broken.kind()) && !e.id().equals(broken.id()) && !t.meeting().equipment().contains(e.id())
                        && (e.isMobile() || e.room().equals(t.place().room())))
                .sorted(Comparator.comparing(Equipment::isMobile).thenComparing(e -> e.id().value())).limit(MAX_TRIALS).toList();
        for (Equipment e : candidates) {
            Set<EquipmentId> held = new LinkedHashSet<>(t.meeting().equipment());
            held.remove(broken.id());
            held.add(e.id());
            if (move(agenda, t.meeting(), hit.interval(), t.place().room(), held, ctx).isRight()) {
                return Optional.of(proposal(hit, OutOfService.Kind.SPARE, hit.interval(), t.place().room(), held, t, e.name(),
                        "", 0, 0, e.kind(), broken.name()));
            }
        }
        return Optional.empty();
    }

    /** Other rooms at the same time, adequate and free, those of the same building first, then the smallest. */
    private static List<OutOfService.Proposal> otherRooms(Agenda agenda, ResourceOutage.Hit hit, Target t, Context ctx) {
        if (t.room().isEmpty() || (hit.isOccurrence() && !t.roomHit())) {
            return List.of();
        }
        Room current = t.room().get();
        long seats = t.meeting().seatsNeeded();
        Set<String> kinds = t.kindsNeeded();
        List<Room> candidates = agenda.rooms().stream()
                .filter(r -> !r.id().equals(current.id()) && r.capacity() >= seats && (!current.accessible() || r.accessible())
                        && provides(r, kinds, t.items()))
                .sorted(Comparator.comparing((Room r) -> !r.building().equals(current.building()))
                        .thenComparingInt(Room::capacity).thenComparing(r -> r.id().value()))
                .limit(MAX_TRIALS).toList();
        List<OutOfService.Proposal> out = new ArrayList<>();
        for (Room r : candidates) {
            if (out.size() == OutOfService.MAX_ROOMS) {
                break;
            }
            Set<EquipmentId> held = hit.isOccurrence() ? t.meeting().equipment() : withFixed(t, r, kinds);
            Either<Problem, Agenda.Change> tried = hit.isOccurrence()
                    ? changeOccurrence(agenda, t.meeting(), hit, hit.interval(), Optional.of(r.id()), ctx)
                    : move(agenda, t.meeting(), hit.interval(), Optional.of(r.id()), held, ctx);
            if (tried.isRight()) {
                out.add(proposal(hit, OutOfService.Kind.OTHER_ROOM, hit.interval(), Optional.of(r.id()), held, t, r.name(),
                        r.building(), r.capacity(), 0, "", ""));
            }
        }
        return out;
    }

    /**
     * The earliest other times from the slot finder that the agenda accepts, added to {@code out};
     * returns why none was looked for, if so.
     */
    private static Optional<Problem> otherTimes(Agenda agenda, ResourceOutage.Hit hit, Target t, List<Availability> availabilities,
                                                Context ctx, List<OutOfService.Proposal> out) {
        Meeting m = t.meeting();
        Duration length = hit.interval().duration();
        Instant from = ctx.at();
        Instant to = hit.interval().end().plus(OutOfService.SEARCH_AHEAD);
        if (hit.isOccurrence()) {
            Instant original = hit.originalStart().get();
            from = max(from, original.minus(Agenda.MAX_OCCURRENCE_MOVE));
            to = min(to, original.plus(Agenda.MAX_OCCURRENCE_MOVE).plus(length));
        }
        to = min(to, from.plus(SlotFinder.MAX_WINDOW));
        if (m.allDay() || length.compareTo(Duration.ofDays(1)) > 0 || !to.isAfter(from)
                || Duration.between(from, to).compareTo(length) < 0) {
            return Optional.of(Problem.of("disruption.times.unsearchable", "No other time can be looked for the meeting "
                    + m.id()).with("meeting", m.id()));
        }
        List<SlotAttendee> attendees = new ArrayList<>();
        for (Attendee a : m.attendees()) {
            if (a.role() != Attendee.Role.FOR_INFORMATION && a.response() != Attendee.Response.DECLINED) {
                attendees.add(a.role().isRequired() ? SlotAttendee.required(a.person()) : SlotAttendee.optional(a.person()));
            }
        }
        if (attendees.stream().noneMatch(SlotAttendee::required)) {
            PersonId organizer = m.organizer();
            attendees.removeIf(a -> a.person().equals(organizer));
            attendees.add(0, SlotAttendee.required(organizer));
        }
        SlotRequest.Builder req = SlotRequest.builder().addAllAttendees(attendees).duration(length)
                .window(Interval.of(from, to)).zone(m.zone()).maxSuggestions(OutOfService.MAX_TIMES + 2);
        if (t.room().isPresent()) {
            req.room(RoomNeeds.builder().seats((int) Math.max(1, Math.min(Integer.MAX_VALUE, m.seatsNeeded())))
                    .addAllEquipment(t.kindsNeeded()).accessible(t.room().get().accessible()).build());
        }
        Either<Problem, SlotAnswer> answer = SlotFinder.find(agenda, availabilities, req.build(), ctx.at());
        if (answer.isLeft()) {
            return Optional.of(answer.getLeft());
        }
        int tried = 0;
        int added = 0;
        for (Suggestion s : answer.get().suggestions()) {
            if (added == OutOfService.MAX_TIMES || tried == MAX_TRIALS) {
                break;
            }
            if (s.interval().equals(hit.interval())) {
                continue; // the same time elsewhere is another room, proposed before
            }
            tried++;
            // the room the finder chose, else the meeting's own room then (a series keeps the items fixed in it)
            List<Optional<RoomId>> rooms = new ArrayList<>(List.of(s.room()));
            if (!t.place().room().equals(s.room())) {
                rooms.add(t.place().room());
            }
            for (Optional<RoomId> where : rooms) {
                Optional<Room> room = where.flatMap(agenda::room);
                boolean sameRoom = where.equals(t.place().room());
                Set<EquipmentId> held = hit.isOccurrence() || sameRoom || room.isEmpty() ? m.equipment()
                        : withFixed(t, room.get(), t.kindsNeeded());
                Either<Problem, Agenda.Change> ok = hit.isOccurrence()
                        ? changeOccurrence(agenda, m, hit, s.interval(), where, ctx)
                        : move(agenda, m, s.interval(), where, held, ctx);
                if (ok.isRight()) {
                    out.add(proposal(hit, OutOfService.Kind.OTHER_TIME, s.interval(), where, held, t,
                            room.map(Room::name).orElse(""), room.map(Room::building).orElse(""),
                            room.map(Room::capacity).orElse(0), s.requiredAttendees(), "", ""));
                    added++;
                    break;
                }
            }
        }
        if (added == 0 && t.place().room().isPresent()) {
            keptRoom(agenda, hit, t, attendees, availabilities, Interval.of(from, to), ctx, out);
        }
        return Optional.empty();
    }

    /**
     * The earliest times in the meeting's own room, for a meeting the finder's rooms do not suit (a
     * series holding an item fixed in its room): starts on the quarter hour, the room free and in
     * service, every required attendee free and in working hours; at most {@link OutOfService#MAX_TIMES},
     * after at most {@value #MAX_SCAN} starts looked at.
     */
    private static void keptRoom(Agenda agenda, ResourceOutage.Hit hit, Target t, List<SlotAttendee> attendees,
                                 List<Availability> availabilities, Interval window, Context ctx, List<OutOfService.Proposal> out) {
        Meeting m = t.meeting();
        RoomId room = t.place().room().get();
        Map<PersonId, Availability> known = new HashMap<>();
        availabilities.forEach(a -> known.put(a.person(), a));
        List<Availability> required = new ArrayList<>();
        for (SlotAttendee a : attendees) {
            if (a.required()) {
                if (!known.containsKey(a.person())) {
                    return;
                }
                required.add(known.get(a.person()));
            }
        }
        Duration length = hit.interval().duration();
        long quarter = 900;
        long first = Math.floorDiv(window.start().getEpochSecond() + quarter - 1, quarter) * quarter;
        Instant at = Instant.ofEpochSecond(first);
        int added = 0;
        for (int scanned = 0; scanned < MAX_SCAN && added < OutOfService.MAX_TIMES
                && !at.plus(length).isAfter(window.end()); scanned++) {
            Interval when = Interval.of(at, length);
            Instant next = at.plusSeconds(quarter);
            if (!when.overlaps(hit.interval()) && agenda.unavailable(room, when).isEmpty()
                    && required.stream().allMatch(a -> a.isFree(when)
                            && a.calendar().workingTimeBetween(when.start(), when.end()).equals(length))) {
                Either<Problem, Agenda.Change> ok = hit.isOccurrence()
                        ? changeOccurrence(agenda, m, hit, when, Optional.of(room), ctx)
                        : move(agenda, m, when, Optional.of(room), m.equipment(), ctx);
                if (ok.isRight()) {
                    Room r = t.room().get();
                    out.add(proposal(hit, OutOfService.Kind.OTHER_TIME, when, Optional.of(room), m.equipment(), t, r.name(),
                            r.building(), r.capacity(), required.size(), "", ""));
                    added++;
                    next = when.end(); // distinct times, not the same hour a quarter later
                }
            }
            at = next;
        }
    }

    private static OutOfService.Proposal proposal(ResourceOutage.Hit hit, OutOfService.Kind kind, Interval when,
                                                  Optional<RoomId> room, Set<EquipmentId> held, Target t, String name,
                                                  String building, int capacity, int required, String equipmentKind,
                                                  String replaces) {
        return new OutOfService.Proposal(hit, kind, when, room, held, t.meeting().zone(), name, building, capacity,
                t.meeting().seatsNeeded(), required, equipmentKind, replaces);
    }

    /** True if {@code r} has each kind: as an item fixed in it, or built in ({@link Room#equipment()}). */
    private static boolean provides(Room r, Set<String> kinds, Map<EquipmentId, Equipment> items) {
        for (String k : kinds) {
            boolean fixed = items.values().stream().anyMatch(e -> e.kind().equals(k) && e.room().equals(Optional.of(r.id())));
            if (!fixed && !r.equipment().contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** What the meeting would hold in room {@code r}: its portable items and, per kind needed, the first item fixed in {@code r}. */
    private static Set<EquipmentId> withFixed(Target t, Room r, Set<String> kinds) {
        Set<EquipmentId> held = new LinkedHashSet<>(t.portable());
        for (String k : kinds) {
            t.items().values().stream().filter(e -> e.kind().equals(k) && e.room().equals(Optional.of(r.id())))
                    .min(Comparator.comparing(e -> e.id().value())).ifPresent(e -> held.add(e.id()));
        }
        return held;
    }

    // ------------------------------------------------------------------ choices

    /** The agenda decision a choice stands for, after checking that the hit still holds. */
    static Either<Problem, Agenda.Change> resolve(Agenda agenda, ResourceOutage.Hit hit, OutOfService.Choice choice, Context ctx) {
        if (!agenda.hits(hit.resource(), hit.interval()).contains(hit)) {
            return Either.left(Problem.of("disruption.hit.stale", "Meeting " + hit.meeting()
                    + " no longer holds " + hit.resource().value() + " then").with("meeting", hit.meeting()));
        }
        Meeting m = agenda.meeting(hit.meeting()).get();
        if (choice instanceof OutOfService.Choice.Take take) {
            OutOfService.Proposal p = take.proposal();
            if (!p.hit().equals(hit)) {
                return Either.left(Problem.of("disruption.choice.other-hit", "The proposal chosen was made for " + p.hit()));
            }
            return hit.isOccurrence() ? changeOccurrence(agenda, m, hit, p.when(), p.room(), ctx)
                    : move(agenda, m, p.when(), p.room(), p.equipment(), ctx);
        }
        if (choice instanceof OutOfService.Choice.Cancel cancel) {
            if (!hit.isOccurrence()) {
                return agenda.cancel(m.id(), cancel.reason(), ctx);
            }
            if (cancel.reason().isBlank()) {
                return Either.left(Problem.of("agenda.meeting.missing-reason", "Say why the meeting is called off"));
            }
            Either<Problem, String> text = Text.check("reason", cancel.reason(), Text.Kind.NOTE);
            if (text.isLeft()) {
                return Either.left(text.getLeft());
            }
            return agenda.changeOccurrence(m.id(), hit.originalStart().get().atZone(m.zone()), OccurrenceChange.cancelled(), ctx);
        }
        if (hit.resource() instanceof RoomId || hit.isOccurrence()) {
            return Either.left(Problem.of("disruption.choice.not-applicable", hit.resource() instanceof RoomId
                    ? "A meeting is not kept without its room" : "An occurrence of a series is not kept without an item of the series"));
        }
        Set<EquipmentId> held = new LinkedHashSet<>(m.equipment());
        held.remove((EquipmentId) hit.resource());
        return move(agenda, m, hit.interval(), m.room(), held, ctx);
    }

    // ------------------------------------------------------------------ the agenda's decisions

    /** A single meeting moved to {@code when} in {@code room} with {@code equipment} (or held online without a room). */
    private static Either<Problem, Agenda.Change> move(Agenda agenda, Meeting m, Interval when, Optional<RoomId> room,
                                                      Set<EquipmentId> equipment, Context ctx) {
        ZonedDateTime start = when.start().atZone(m.zone());
        ZonedDateTime end = when.end().atZone(m.zone());
        return room.isPresent() ? agenda.move(m.id(), start, end, room.get(), equipment, ctx)
                : agenda.moveWithoutRoom(m.id(), start, end, equipment, ctx);
    }

    /** One occurrence put at {@code when} in {@code room} (the series' room means no room of its own), its title kept. */
    private static Either<Problem, Agenda.Change> changeOccurrence(Agenda agenda, Meeting m, ResourceOutage.Hit hit,
                                                                  Interval when, Optional<RoomId> room, Context ctx) {
        Instant original = hit.originalStart().get();
        Optional<OccurrenceChange> before = Optional.ofNullable(m.recurrence().get().changes().get(original));
        Interval natural = Interval.of(original, m.duration());
        OccurrenceChange.Builder b = OccurrenceChange.builder();
        if (!when.equals(natural)) {
            b.movedTo(when);
        }
        if (room.isPresent() && !room.equals(m.room())) {
            b.room(room.get());
        }
        before.flatMap(OccurrenceChange::title).ifPresent(b::title);
        return agenda.changeOccurrence(m.id(), original.atZone(m.zone()), b.build(), ctx);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
