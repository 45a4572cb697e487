package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.recurrence.Occurrence;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;

/**
 * The decisions on an {@link Agenda}: one function per command, from (agenda, command,
 * {@link Context}) to the refusal of the first rule that applies or the {@link Agenda.Change}.
 * Each decision builds the meeting as it would be, works out where it would be held, makes its
 * {@link MeetingEvent} and lets the agenda apply that event ({@link Agenda#apply}), the same step
 * {@link Agenda#evolve} takes on replay, so that decisions and replay cannot diverge.
 *
 * <p>The rules come in three groups, each with its codes:
 * <ul>
 *   <li>what a meeting is ({@link #problems(Meeting)}): texts, times, attendees, the series rule;
 *       a {@link Meeting} cannot be built otherwise, so a restored meeting follows them too;
 *   <li>what the agenda keeps ({@link #places}: series size, an occurrence on another of the same
 *       series, unknown rooms and equipment, fixed equipment in another room, anything held twice),
 *       checked again by {@link Agenda#evolve} and {@link Agenda#restore};
 *   <li>what a booking needs now: a room large enough, bookable then; a room and equipment in
 *       service (a meeting being changed keeps the places it held); lists of bounded length;
 *       the meeting's state (unknown, cancelled, not a series, unchanged).
 * </ul>
 * The hosts' entry points are {@link Agenda}'s methods, whose Javadoc lists every code. Stateless.
 */
final class BookingRules {
    /** The longest list of attendees, documents, agenda items, logistics tasks or equipment a request may have. */
    static final int MAX_LIST = 500;
    /** The longest title, in characters. */
    static final int MAX_TITLE = 300;
    /** The longest online link, in characters. */
    static final int MAX_LINK = 2_000;

    private BookingRules() {}

    // ------------------------------------------------------------------ decisions

    /**
     * Books a meeting. Checks, in order: a new id, a title, the link, the interval, each person
     * invited once, list lengths, texts, a series no finer than daily; then the places
     * ({@link #places}, with the room's seats and hours).
     */
    static Either<Problem, Agenda.Change> book(Agenda agenda, MeetingRequest req, Context ctx) {
        if (agenda.meeting(req.id()).isPresent()) {
            return Either.left(Problem.of("agenda.meeting.duplicate-id", "Meeting " + req.id() + " exists already")
                    .with("meeting", req.id()));
        }
        if (req.title().isBlank()) {
            return Either.left(Problem.of("agenda.meeting.missing-title", "A meeting needs a title"));
        }
        Optional<Problem> badLink = badLink(req);
        if (badLink.isPresent()) {
            return Either.left(badLink.get());
        }
        Optional<Problem> badTime = badInterval(req.start(), req.end(), req.allDay());
        if (badTime.isPresent()) {
            return Either.left(badTime.get());
        }
        Optional<Problem> twice = invitedTwice(req);
        if (twice.isPresent()) {
            return Either.left(twice.get());
        }
        if (req.attendees().size() > MAX_LIST || req.documents().size() > MAX_LIST || req.about().size() > MAX_LIST || req.agenda().size() > MAX_LIST
                || req.logistics().size() > MAX_LIST || req.equipment().size() > MAX_LIST) {
            return Either.left(Problem.of("agenda.meeting.too-many", "At most " + MAX_LIST
                    + " attendees, documents, agenda items, logistics tasks and pieces of equipment"));
        }
        List<Problem> badText = textProblems(req, true);
        if (!badText.isEmpty()) {
            return Either.left(badText.get(0));
        }
        Optional<Problem> tooFine = tooFine(req.recurrence());
        if (tooFine.isPresent()) {
            return Either.left(tooFine.get());
        }
        Meeting m = Meeting.builder()
                .id(req.id()).title(req.title().strip()).organizer(req.organizer()).addAllAttendees(req.attendees())
                .room(req.room()).onlineLink(req.onlineLink()).start(req.start()).end(req.end())
                .addAllAgenda(req.agenda()).addAllDocuments(req.documents()).addAllAbout(req.about()).addAllLogistics(req.logistics())
                .addAllEquipment(req.equipment())
                .recurrence(req.recurrence().map(rule -> Recurrence.of(req.start(), Duration.between(req.start(), req.end()), rule)))
                .allDay(req.allDay())
                .status(req.tentative() ? Meeting.Status.TENTATIVE : Meeting.Status.CONFIRMED).sequence(0).build();
        return places(agenda, m, Optional.empty(), true)
                .map(places -> change(agenda, new MeetingEvent.Booked(ctx.at(), ctx.actor(), m), places));
    }

    /**
     * Moves a meeting or a whole series. Checks, in order: the meeting is active, the new interval,
     * something changes; then the places (the meeting's own ones ignored).
     */
    static Either<Problem, Agenda.Change> move(Agenda agenda, MeetingId id, ZonedDateTime start, ZonedDateTime end,
                                               Optional<RoomId> room, Optional<java.util.Set<EquipmentId>> newEquipment,
                                               Context ctx) {
        return active(agenda, id).flatMap(old -> {
            Optional<Problem> badTime = badInterval(start, end, old.allDay());
            if (badTime.isPresent()) {
                return Either.left(badTime.get());
            }
            java.util.Set<EquipmentId> equipment = newEquipment.orElse(old.equipment());
            if (equipment.size() > MAX_LIST) {
                return Either.left(Problem.of("agenda.meeting.too-many", "At most " + MAX_LIST + " pieces of equipment"));
            }
            if (old.start().equals(start) && old.end().equals(end) && old.room().equals(room)
                    && old.equipment().equals(equipment)) {
                return Either.left(Problem.of("agenda.meeting.unchanged", "The meeting is already there then")
                        .with("meeting", id));
            }
            // rebuilt in one go: changing start and end one after the other could pass through an invalid meeting
            Meeting moved = Meeting.builder()
                    .id(old.id()).title(old.title()).organizer(old.organizer()).addAllAttendees(old.attendees())
                    .room(room).onlineLink(old.onlineLink()).start(start).end(end)
                    .addAllAgenda(old.agenda()).addAllDocuments(old.documents()).addAllAbout(old.about()).addAllLogistics(old.logistics())
                    .addAllEquipment(equipment).allDay(old.allDay()).status(old.status()).sequence(old.sequence() + 1)
                    // a series moves as a whole: its rule starts again from the new first start, single changes are dropped
                    .recurrence(old.recurrence().flatMap(Recurrence::rule).map(rule ->
                            Recurrence.of(start, Duration.between(start, end), rule)))
                    .build();
            return places(agenda, moved, Optional.of(id), true).map(places -> change(agenda,
                    new MeetingEvent.Moved(ctx.at(), ctx.actor(), moved, old.start().toInstant(), old.room()), places));
        });
    }

    /** Calls a meeting off. Checks, in order: the meeting is active, a reason, the reason's text. */
    static Either<Problem, Agenda.Change> cancel(Agenda agenda, MeetingId id, String reason, Context ctx) {
        return active(agenda, id).flatMap(old -> {
            if (reason == null || reason.isBlank()) {
                return Either.left(Problem.of("agenda.meeting.missing-reason", "Say why the meeting is called off"));
            }
            Either<Problem, String> badReason = Text.check("reason", reason, Text.Kind.NOTE);
            if (badReason.isLeft()) {
                return Either.left(badReason.getLeft());
            }
            Meeting cancelled = copy(old).withStatus(Meeting.Status.CANCELLED).withSequence(old.sequence() + 1);
            return Either.right(change(agenda, new MeetingEvent.Cancelled(ctx.at(), ctx.actor(), cancelled, reason.strip()),
                    List.of()));
        });
    }

    /**
     * Changes one occurrence of a series. Checks, in order: the meeting is active, the change's
     * title, a series, an occurrence starting then, the new time (range, interval, distance); then
     * the places.
     */
    static Either<Problem, Agenda.Change> changeOccurrence(Agenda agenda, MeetingId id, ZonedDateTime originalStart,
                                                           OccurrenceChange change, Context ctx) {
        return active(agenda, id).flatMap(old -> {
            Optional<Problem> badText = badTitle(change);
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
            Optional<Problem> badMove = badMove(old, originalStart.toInstant(), change);
            if (badMove.isPresent()) {
                return Either.left(badMove.get());
            }
            Meeting changed = copy(old).withRecurrence(r.withChange(originalStart, change)).withSequence(old.sequence() + 1);
            return places(agenda, changed, Optional.of(id), true).map(places -> change(agenda,
                    new MeetingEvent.OccurrenceChanged(ctx.at(), ctx.actor(), changed, originalStart.toInstant(), change),
                    places));
        });
    }

    /**
     * Records an answer. Checks, in order: the meeting is active, the person is invited, a
     * delegation names someone else; then a seat for a delegate in the meeting's room.
     */
    static Either<Problem, Agenda.Change> respond(Agenda agenda, MeetingId id, PersonId person, Attendee.Response response,
                                                  Optional<PersonId> delegate, Context ctx) {
        return active(agenda, id).flatMap(old -> {
            Optional<Attendee> who = old.attendee(person);
            if (who.isEmpty()) {
                return Either.left(Problem.of("agenda.response.not-invited", person + " is not invited to " + id)
                        .with("meeting", id).with("person", person));
            }
            boolean delegated = response == Attendee.Response.DELEGATED;
            if (delegated && delegate.isEmpty()) {
                return Either.left(Problem.of("agenda.response.missing-delegate", "Name the person the invitation is delegated to"));
            }
            if (delegated && delegate.get().equals(person)) {
                return Either.left(Problem.of("agenda.response.self-delegation", "An invitation is delegated to someone else"));
            }
            List<Attendee> attendees = new ArrayList<>();
            for (Attendee a : old.attendees()) {
                if (!a.person().equals(person)) {
                    attendees.add(a);
                } else if (delegated) {
                    attendees.add(a.withDelegatedTo(delegate.get()).withResponse(response));
                } else {
                    attendees.add(ImmutableAttendee.builder().person(a.person()).role(a.role()).response(response).build());
                }
            }
            boolean delegateAdded = delegated && old.attendee(delegate.get()).isEmpty();
            if (delegateAdded) {
                attendees.add(Attendee.of(delegate.get(), who.get().role()));
            }
            Meeting answered = copy(old).withAttendees(attendees);
            Optional<Room> room = answered.room().flatMap(agenda::room);
            if (room.isPresent() && answered.seatsNeeded() > room.get().capacity()) {
                return Either.left(Problem.of("agenda.room.too-small", room.get().name() + " seats " + room.get().capacity()
                        + ", the meeting would need " + answered.seatsNeeded()).with("room", room.get().id()));
            }
            MeetingEvent ev = new MeetingEvent.Responded(ctx.at(), ctx.actor(), answered, person, response,
                    delegated ? delegate : Optional.empty(), delegateAdded);
            return Either.right(change(agenda, ev, List.of()));
        });
    }

    /**
     * Records an answer for one occurrence of a series. Checks, in order: the meeting is active, the
     * person is invited, the answer is not a delegation, the meeting is a series, the occurrence is
     * one of it and not called off. The sequence does not change.
     */
    static Either<Problem, Agenda.Change> respondToOccurrence(Agenda agenda, MeetingId id, ZonedDateTime originalStart,
                                                              PersonId person, Attendee.Response response, Context ctx) {
        return active(agenda, id).flatMap(old -> {
            if (old.attendee(person).isEmpty()) {
                return Either.left(Problem.of("agenda.response.not-invited", person + " is not invited to " + id)
                        .with("meeting", id).with("person", person));
            }
            if (response == Attendee.Response.DELEGATED) {
                return Either.left(Problem.of("agenda.response.occurrence-delegation",
                        "An invitation is delegated for the whole meeting, not one occurrence").with("meeting", id));
            }
            if (old.recurrence().isEmpty()) {
                return Either.left(Problem.of("agenda.occurrence.not-a-series", "Meeting " + id + " is not a series")
                        .with("meeting", id));
            }
            Recurrence r = old.recurrence().get();
            Instant original = originalStart.toInstant();
            OccurrenceChange before = r.changes().get(original);
            if (!r.isOriginalStart(original) || r.exdates().stream().anyMatch(x -> x.toInstant().equals(original))) {
                return Either.left(Problem.of("agenda.occurrence.unknown",
                        "Meeting " + id + " has no occurrence starting " + originalStart).with("meeting", id)
                        .with("originalStart", originalStart));
            }
            if (before != null && before.isCancelled()) {
                return Either.left(Problem.of("agenda.occurrence.cancelled",
                        "That occurrence of meeting " + id + " was called off").with("meeting", id)
                        .with("originalStart", originalStart));
            }
            OccurrenceChange answered = (before == null ? OccurrenceChange.builder().build() : before)
                    .withResponse(person, response);
            Meeting m = copy(old).withRecurrence(r.withChange(originalStart, answered));
            MeetingEvent ev = new MeetingEvent.Responded(ctx.at(), ctx.actor(), m, person, response, Optional.empty(),
                    false, Optional.of(original));
            return Either.right(change(agenda, ev, List.of()));
        });
    }

    private static Agenda.Change change(Agenda agenda, MeetingEvent event, List<Meeting.Place> places) {
        return new Agenda.Change(agenda.apply(event, places), event.meeting(), List.of(event));
    }

    private static Either<Problem, Meeting> active(Agenda agenda, MeetingId id) {
        Optional<Meeting> m = agenda.meeting(id);
        if (m.isEmpty()) {
            return Either.left(Problem.of("agenda.meeting.unknown", "No meeting " + id).with("meeting", id));
        }
        if (m.get().status() == Meeting.Status.CANCELLED) {
            return Either.left(Problem.of("agenda.meeting.cancelled", "Meeting " + id + " was called off").with("meeting", id));
        }
        return Either.right(m.get());
    }

    /** The generated implementation, whose {@code with} copies stay inside this package. */
    static ImmutableMeeting copy(Meeting m) {
        return (ImmutableMeeting) ImmutableMeeting.copyOf(m);
    }

    // ------------------------------------------------------------------ what a meeting is

    /**
     * Every problem of a meeting's own data, in this order: title, link, interval, attendees,
     * texts, series (see {@link Meeting.Builder#validate()}). Cost: linear in the meeting's lists
     * and in the series' changes.
     */
    static List<Problem> problems(Meeting m) {
        List<Problem> out = new ArrayList<>();
        if (m.title().isBlank()) {
            out.add(Problem.of("agenda.meeting.missing-title", "A meeting needs a title").with("meeting", m.id()));
        }
        Optional<Problem> badLink = badLink(m);
        badLink.ifPresent(out::add);
        badInterval(m.start(), m.end(), m.allDay()).ifPresent(out::add);
        invitedTwice(m).ifPresent(out::add);
        out.addAll(textProblems(m, badLink.isEmpty()));
        if (m.sequence() < 0) {
            out.add(Problem.of("agenda.meeting.bad-sequence", "A meeting's sequence number is 0 or more")
                    .with("meeting", m.id()).with("sequence", m.sequence()));
        }
        if (m.recurrence().isPresent()) {
            Recurrence r = m.recurrence().get();
            if (!r.start().equals(m.start()) || !r.duration().equals(m.duration())) {
                out.add(Problem.of("agenda.meeting.bad-recurrence", "A series starts with the meeting's first occurrence")
                        .with("meeting", m.id()).with("start", m.start()).with("seriesStart", r.start()));
            }
            tooFine(r.rule()).ifPresent(out::add);
            new java.util.TreeMap<>(r.changes()).forEach((original, change) -> {
                badTitle(change).ifPresent(out::add);
                badMove(m, original, change).ifPresent(p -> out.add(p.with("originalStart", original)));
            });
        }
        return out;
    }

    private static Optional<Problem> badLink(MeetingPlan p) {
        if (p.onlineLink().filter(l -> l.length() > MAX_LINK || l.chars().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c))).isPresent()) {
            return Optional.of(Problem.of("agenda.meeting.bad-link", "The online link has no spaces or control characters"));
        }
        return Optional.empty();
    }

    private static Optional<Problem> invitedTwice(MeetingPlan p) {
        if (p.attendees().stream().map(Attendee::person).distinct().count() != p.attendees().size()) {
            return Optional.of(Problem.of("agenda.meeting.duplicate-attendee", "Each person is invited once"));
        }
        return Optional.empty();
    }

    private static Optional<Problem> tooFine(Optional<RecurrenceRule> rule) {
        if (rule.filter(r -> r.frequency().compareTo(RecurrenceRule.Frequency.DAILY) < 0).isPresent()) {
            return Optional.of(Problem.of("agenda.meeting.recurrence-too-fine", "A meeting series repeats at most daily")
                    .with("rule", rule.get()));
        }
        return Optional.empty();
    }

    /**
     * The problems of the texts under the {@link Text} rules, in order: the title (one line of at
     * most {@value #MAX_TITLE}), the online link if asked (one line of at most {@value #MAX_LINK}),
     * then each agenda item's title, document and logistics task (titles).
     */
    private static List<Problem> textProblems(MeetingPlan p, boolean withLink) {
        List<Either<Problem, String>> checks = new ArrayList<>();
        checks.add(Text.check("title", p.title(), Text.Kind.TITLE, MAX_TITLE));
        if (withLink) {
            p.onlineLink().ifPresent(l -> checks.add(Text.check("online link", l, Text.Kind.TITLE, MAX_LINK)));
        }
        p.agenda().forEach(i -> checks.add(Text.check("agenda item", i.title(), Text.Kind.TITLE)));
        p.documents().forEach(d -> checks.add(Text.check("document", d, Text.Kind.TITLE)));
        p.logistics().forEach(l -> checks.add(Text.check("logistics task", l.task(), Text.Kind.TITLE)));
        return checks.stream().filter(Either::isLeft).map(Either::getLeft).toList();
    }

    /**
     * The problem of a start and end: outside {@link Limits} ({@code kernel.range.instant}), not
     * ordered, in two zones or with fractions of a second ({@code agenda.meeting.bad-interval}),
     * longer than {@link Agenda#MAX_LENGTH} ({@code agenda.meeting.too-long}).
     */
    static Optional<Problem> badInterval(ZonedDateTime start, ZonedDateTime end, boolean allDay) {
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
        if (Duration.between(start, end).compareTo(Agenda.MAX_LENGTH) > 0) {
            return Optional.of(Problem.of("agenda.meeting.too-long", "A meeting lasts at most " + Agenda.MAX_LENGTH.toDays()
                            + " days").with("start", start).with("end", end));
        }
        if (allDay && (!start.equals(start.toLocalDate().atStartOfDay(start.getZone()))
                || !end.equals(end.toLocalDate().atStartOfDay(end.getZone())))) {
            return Optional.of(Problem.of("agenda.meeting.not-whole-days",
                    "An all-day meeting starts and ends at the start of a day in its zone").with("start", start).with("end", end));
        }
        return Optional.empty();
    }

    /** The problem of an occurrence's new time: out of range, a bad interval, or too far from its original start. */
    private static Optional<Problem> badMove(Meeting m, Instant originalStart, OccurrenceChange change) {
        if (change.movedTo().isEmpty()) {
            return Optional.empty();
        }
        Interval to = change.movedTo().get();
        Optional<Problem> outside = Limits.checkInstant("occurrence start", to.start())
                .or(() -> Limits.checkInstant("occurrence end", to.end()));
        if (outside.isPresent()) {
            return outside;
        }
        Optional<Problem> badTime = badInterval(to.start().atZone(m.zone()), to.end().atZone(m.zone()), m.allDay());
        if (badTime.isPresent()) {
            return badTime;
        }
        if (Duration.between(originalStart, to.start()).abs().compareTo(Agenda.MAX_OCCURRENCE_MOVE) > 0) {
            return Optional.of(Problem.of("agenda.occurrence.too-far", "An occurrence moves at most "
                    + Agenda.MAX_OCCURRENCE_MOVE.toDays() + " days from its original start").with("meeting", m.id()));
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ what the agenda keeps

    /**
     * Every place {@code m} would hold, if the agenda can hold it: the series walked first
     * ({@link #walkSeries}), then no two of its places on one resource at once
     * ({@code agenda.meeting.overlaps-itself}), then for each place: the room known
     * ({@code agenda.room.unknown}), for a decision large enough ({@code agenda.room.too-small}) and
     * bookable then ({@code agenda.room.outside-hours}), free ({@code agenda.room.double-booked}), for a
     * decision in service ({@code agenda.room.out-of-service});
     * each piece of equipment known ({@code agenda.equipment.unknown}), mobile or fixed in that room
     * ({@code agenda.equipment.elsewhere}), free ({@code agenda.equipment.double-booked}) and for a decision in
     * service ({@code agenda.equipment.out-of-service}). A
     * problem about one occurrence of a series names it (detail {@code occurrence}).
     *
     * @param ignoring the meeting whose own reservations do not count (the one being changed)
     * @param decision true for a decision (seats and hours checked), false for replay and restore
     */
    static Either<Problem, List<Meeting.Place>> places(Agenda agenda, Meeting m, Optional<MeetingId> ignoring,
                                                       boolean decision) {
        Optional<Problem> tooLarge = walkSeries(m);
        if (tooLarge.isPresent()) {
            return Either.left(tooLarge.get());
        }
        List<Meeting.Place> places = m.heldPlaces();
        Optional<Problem> clash = overlapsItself(m, places);
        if (clash.isPresent()) {
            return Either.left(clash.get());
        }
        for (Meeting.Place place : places) {
            Optional<Problem> refused = checkPlace(agenda, m, place, ignoring, decision);
            if (refused.isPresent()) {
                Problem p = refused.get();
                return Either.left(place.originalStart().isPresent() && m.isSeries()
                        ? p.with("occurrence", place.interval().start()) : p);
            }
        }
        return Either.right(places);
    }

    /** Two places of one meeting that share a room or a piece of equipment must not overlap. */
    private static Optional<Problem> overlapsItself(Meeting m, List<Meeting.Place> places) {
        Map<Identifier, List<Interval>> byResource = new java.util.HashMap<>();
        for (Meeting.Place p : places) {
            for (Identifier r : Agenda.resources(p, m)) {
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
     * than {@link Agenda#MAX_SERIES_OCCURRENCES} ({@code agenda.meeting.series-too-large}), or whose
     * next occurrence starts before the one before it ends on the same room or equipment
     * ({@code agenda.meeting.overlaps-itself}). Cost: at most {@link Agenda#MAX_SERIES_OCCURRENCES} + 1
     * occurrences, whatever the rule (a rule on every second stops there).
     */
    static Optional<Problem> walkSeries(Meeting m) {
        if (!m.isSeries()) {
            return Optional.empty();
        }
        Instant until = m.heldUntil();
        boolean holdsSomething = m.room().isPresent() || !m.equipment().isEmpty();
        Iterator<Occurrence> it = m.recurrence().get().occurrences(m.start().toInstant()).iterator();
        int n = 0;
        Occurrence previous = null;
        while (it.hasNext()) {
            Occurrence o = it.next();
            if (!o.originalStart().isBefore(until)) {
                break;
            }
            if (holdsSomething && previous != null && o.change().isEmpty() && previous.change().isEmpty()
                    && o.start().isBefore(previous.end())) {
                return Optional.of(Problem.of("agenda.meeting.overlaps-itself", "Two occurrences of " + m.id()
                                + " would hold " + m.room().map(Object::toString).orElse("its equipment") + " at the same time")
                        .with("meeting", m.id()).with("occurrence", o.start()));
            }
            if (++n > Agenda.MAX_SERIES_OCCURRENCES) {
                return Optional.of(Problem.of("agenda.meeting.series-too-large", "A series holds at most "
                                + Agenda.MAX_SERIES_OCCURRENCES + " occurrences; " + m.id() + " has more before " + until)
                        .with("meeting", m.id()).with("limit", Agenda.MAX_SERIES_OCCURRENCES).with("until", until));
            }
            previous = o.change().isEmpty() ? o : previous;
        }
        return Optional.empty();
    }

    private static Optional<Problem> checkPlace(Agenda agenda, Meeting m, Meeting.Place place, Optional<MeetingId> ignoring,
                                                boolean decision) {
        Interval when = place.interval();
        if (place.room().isPresent()) {
            Optional<Room> room = agenda.room(place.room().get());
            if (room.isEmpty()) {
                return Optional.of(Problem.of("agenda.room.unknown", "No room " + place.room().get())
                        .with("room", place.room().get()));
            }
            long seats = m.seatsNeeded();
            if (decision && seats > room.get().capacity()) {
                return Optional.of(Problem.of("agenda.room.too-small",
                                room.get().name() + " seats " + room.get().capacity() + ", the meeting needs " + seats)
                        .with("room", room.get().id()).with("capacity", room.get().capacity()).with("needed", seats));
            }
            if (decision && room.get().bookableHours().filter(cal -> !cal.workingTimeBetween(when.start(), when.end())
                    .equals(when.duration())).isPresent()) {
                return Optional.of(Problem.of("agenda.room.outside-hours",
                        room.get().name() + " cannot be booked at that time").with("room", room.get().id()));
            }
            Optional<Problem> taken = taken(agenda, room.get().id(), "agenda.room.double-booked", room.get().name(), when, ignoring);
            if (taken.isPresent()) {
                return taken;
            }
            if (decision) {
                Optional<Problem> out = outOfService(agenda, room.get().id(), "agenda.room.out-of-service", room.get().name(),
                        m, place, ignoring);
                if (out.isPresent()) {
                    return out;
                }
            }
        }
        for (EquipmentId id : m.equipment()) {
            Optional<Equipment> item = agenda.item(id);
            if (item.isEmpty()) {
                return Optional.of(Problem.of("agenda.equipment.unknown", "No equipment " + id).with("equipment", id));
            }
            if (item.get().room().isPresent() && !item.get().room().equals(place.room())) {
                return Optional.of(Problem.of("agenda.equipment.elsewhere",
                        item.get().name() + " is fixed in room " + item.get().room().get()).with("equipment", id));
            }
            Optional<Problem> taken = taken(agenda, id, "agenda.equipment.double-booked", item.get().name(), when, ignoring);
            if (taken.isPresent()) {
                return taken;
            }
            if (decision) {
                Optional<Problem> out = outOfService(agenda, id, "agenda.equipment.out-of-service", item.get().name(), m,
                        place, ignoring);
                if (out.isPresent()) {
                    return out;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The problem of a place on a resource out of service then, unless the meeting being changed
     * held that resource at that very interval already (an outage does not stop a hit meeting from
     * being changed elsewhere: another occurrence, another item). Cost: logarithmic, plus, only on
     * an outage, the changed meeting's places.
     */
    private static Optional<Problem> outOfService(Agenda agenda, Identifier resource, String code, String name, Meeting m,
                                                  Meeting.Place place, Optional<MeetingId> ignoring) {
        Optional<ResourceOutage> outage = agenda.outageDuring(resource, place.interval());
        if (outage.isEmpty()) {
            return Optional.empty();
        }
        Optional<Meeting> before = ignoring.flatMap(agenda::meeting);
        if (before.isPresent() && before.get().places(place.interval()).stream()
                .anyMatch(p -> p.interval().equals(place.interval()) && Agenda.resources(p, before.get()).contains(resource))) {
            return Optional.empty();
        }
        Interval d = outage.get().during();
        return Optional.of(Problem.of(code, name + " is out of service from " + d.start() + " to " + d.end())
                .with("resource", resource).with("start", d.start().atZone(m.zone())).with("end", d.end().atZone(m.zone())));
    }

    private static Optional<Problem> taken(Agenda agenda, Identifier resource, String code, String name, Interval when,
                                           Optional<MeetingId> ignoring) {
        return agenda.conflict(resource, when, ignoring).map(e -> {
            Meeting other = agenda.meeting(e.getValue().meeting()).get();
            return Problem.of(code, name + " is already booked then for \"" + other.title() + "\"")
                    .with("resource", resource).with("meeting", other.id())
                    .with("start", e.getKey().atZone(other.zone())).with("end", e.getValue().end().atZone(other.zone()));
        });
    }

    /** The problem of a changed title that breaks the {@link Text} rules of a meeting's title, if any. */
    static Optional<Problem> badTitle(OccurrenceChange change) {
        return change.title().flatMap(t -> Text.check("title", t, Text.Kind.TITLE, MAX_TITLE).swap().toJavaOptional());
    }
}
