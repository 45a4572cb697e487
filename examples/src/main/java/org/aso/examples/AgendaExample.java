package org.aso.examples;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.agenda.slots.Blocker;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.agenda.LogisticsItem;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.slots.Relaxation;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.slots.RoomNeeds;
import org.aso.core.agenda.slots.SlotAnswer;
import org.aso.core.agenda.slots.SlotAttendee;
import org.aso.core.agenda.slots.SlotFinder;
import org.aso.core.agenda.slots.SlotRequest;
import org.aso.core.agenda.slots.Suggestion;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.aso.core.kernel.SharedState;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingDayDeadline;
import org.aso.core.kernel.WorkingWeek;

/**
 * aso-core's agendas: find a slot for people in Paris and New York with a room, a projector and a
 * spare, book the best one, and explain an impossible request with what to relax.
 */
public final class AgendaExample {
    private AgendaExample() {}

    /** The director, in Paris, who chairs. */
    public static final PersonId DIRECTOR = PersonId.of("director");
    /** An officer in Paris. */
    public static final PersonId ALICE = PersonId.of("alice");
    /** The attaché in New York. */
    public static final PersonId BOB = PersonId.of("bob");
    /** A colleague in Paris whose presence is optional. */
    public static final PersonId CAROL = PersonId.of("carol");

    /** What the example did. */
    public record Outcome(SlotAnswer found, Agenda booked, MeetingId meeting, SlotAnswer impossible, SlotAnswer shortened,
                          List<String> lines) {}

    /** Two rooms in building B2, a projector fixed in the larger one and a spare projector that moves. */
    static Agenda rooms() {
        // tag::agenda[]
        List<Room> rooms = List.of(
                Room.builder().id(RoomId.of("B2-101")).name("Salle Voltaire").building("B2").capacity(4)
                        .addEquipment("screen").build(),
                Room.builder().id(RoomId.of("B2-301")).name("Salle Marianne").building("B2").capacity(20)
                        .addEquipment("screen", "video").accessible(true).build());
        List<Equipment> equipment = List.of(
                Equipment.builder().id(EquipmentId.of("projector-301")).kind("projector").name("Projector 301")
                        .room(RoomId.of("B2-301")).build(),                       // lives in B2-301
                Equipment.builder().id(EquipmentId.of("projector-spare")).kind("projector").name("Spare projector")
                        .build());                                                 // mobile: booked with a meeting
        Agenda empty = Agenda.of(rooms, equipment)   // or every problem: duplicate ids, unknown rooms, ...
                .getOrElseThrow(problems -> new IllegalArgumentException(problems.toString()));
        // end::agenda[]
        return empty;
    }

    /** What {@link #tour} did and saw. */
    public record Tour(Agenda.Change booked, List<MeetingId> aboutFile, Either<Problem, Agenda.Change> clash,
                       Agenda.Change moved, boolean quorum, WorkingDayDeadline catering) {}

    /**
     * The README's tour of the agenda: a steering committee booked on Monday 18 May 2026 with a
     * projector and the spare, a briefing refused in the same room, the committee moved to Tuesday.
     */
    public static Tour tour(BusinessCalendar paris, Person officer, Clock clock) {
        Agenda empty = rooms();
        Context ctx = Context.at(clock, officer);
        // tag::agenda[]
        SharedState<Agenda> agenda = SharedState.of(empty);
        PersonId director = PersonId.of("director");
        PersonId alice = PersonId.of("alice");
        ZonedDateTime start = ZonedDateTime.of(2026, 5, 18, 10, 0, 0, 0, paris.zone());

        MeetingRequest copil = MeetingRequest.builder()
                .id(MeetingId.of("m-42")).title("Comité de pilotage").organizer(officer.id())
                .addAttendees(Attendee.of(director, Attendee.Role.CHAIR), Attendee.of(alice, Attendee.Role.REQUIRED))
                .room(RoomId.of("B2-301")).start(start).end(start.plusHours(1))
                .addEquipment(EquipmentId.of("projector-301"), EquipmentId.of("projector-spare"))
                .addLogistics(LogisticsItem.of("Order catering", 3))
                .addAbout(DossierId.of("d-42").ref())        // what it is about: a dossier, a letter, ...
                .build();
        Agenda.Change booked = Problems.orThrow(agenda.update(a -> a.book(copil, ctx)));   // ProblemException if refused
        // whom to send an iTIP REQUEST
        booked.events().get(0).recipients();   // => [director, alice]
        // the meetings about the dossier (the dossier lists its letters, meetings and tasks with Concerns.of)
        List<MeetingId> aboutFile = agenda.get().about(DossierId.of("d-42").ref()).stream().map(Meeting::id).toList();
        // => [m-42]

        MeetingRequest briefing = MeetingRequest.builder()
                .id(MeetingId.of("m-43")).title("Press briefing").organizer(alice)
                .room(RoomId.of("B2-301")).start(start.plusMinutes(30)).end(start.plusMinutes(90))
                .build();
        Either<Problem, Agenda.Change> clash = agenda.update(a -> a.book(briefing, ctx));
        // => Left(agenda.room.double-booked: Salle Marianne is already booked then for "Comité de pilotage"
        //    {resource=B2-301, meeting=m-42, start=2026-05-18T10:00+02:00[Europe/Paris], end=...})

        Agenda.Change moved = Problems.orThrow(agenda.update(a -> a.move(copil.id(), start.plusDays(1),
                start.plusDays(1).plusHours(1), ctx)));                 // the next day, in the same room
        moved.meeting().sequence();      // => 1
        // enough required attendees accepted? nobody has answered yet
        boolean quorum = moved.meeting().hasQuorum(2);                  // => false
        WorkingDayDeadline catering = LogisticsItem.of("Order catering", 3).dueFor(start.toLocalDate(), paris);
        catering.explanation();
        // => from Mon 18 May 2026 - 3 working days: skipped 14 May (Ascension) and 2 weekend days -> Tue 12 May 2026
        // end::agenda[]
        return new Tour(booked, aboutFile, clash, moved, quorum, catering);
    }

    /** Runs the example on Monday 9 March 2026 (New York is already on summer time, Paris not yet). */
    public static Outcome run(BusinessCalendar paris) {
        Context ctx = Context.of(Instant.parse("2026-03-06T08:00:00Z"), ALICE, Clearance.none());
        SharedState<Agenda> agenda = SharedState.of(rooms());
        PersonId director = DIRECTOR;
        PersonId alice = ALICE;
        // tag::slots[]
        PersonId bob = PersonId.of("bob");
        PersonId carol = PersonId.of("carol");
        BusinessCalendar newYork = BusinessCalendar.of(ZoneId.of("America/New_York"),
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-17:00")), HolidayCalendar.none());
        ZonedDateTime monday = ZonedDateTime.of(2026, 3, 9, 0, 0, 0, 0, paris.zone());
        Interval window = Interval.of(monday.toInstant(), monday.plusDays(2).toInstant());   // Monday and Tuesday
        // carol's own calendar (Exchange, say) answered: busy on Monday from 14:00 to 17:00
        List<FreeBusy> carolFromExchange = List.of(FreeBusy.of(
                Interval.of(monday.withHour(14).toInstant(), monday.withHour(17).toInstant()), FreeBusy.State.BUSY));

        List<Availability> people = List.of(
                Availability.of(director, paris).meetings(agenda.get(), window).build(),
                Availability.of(alice, paris).meetings(agenda.get(), window)
                        .buffers(Duration.ofMinutes(10), Duration.ZERO).minimumNotice(Duration.ofHours(2)).build(),
                Availability.of(bob, newYork).meetings(agenda.get(), window).build(),        // in New York
                Availability.of(carol, paris).outside(carolFromExchange, window).build());
        SlotRequest request = SlotRequest.builder()
                .addAttendees(SlotAttendee.required(director), SlotAttendee.required(alice), SlotAttendee.required(bob),
                        SlotAttendee.optional(carol))
                .duration(Duration.ofHours(1)).window(window)
                .room(RoomNeeds.builder().addEquipment("projector").build())   // a room with a projector
                .addEquipment("projector")                                       // and a spare one, mobile
                .maxSuggestions(3)
                .build();
        SlotAnswer answer = SlotFinder.find(agenda.get(), people, request, ctx.at())
                .getOrElseThrow(p -> new IllegalArgumentException(p.toString()));
        // distinct first (no two overlap while the window has other slots), then earliest first
        List<Interval> when = answer.suggestions().stream().map(Suggestion::interval).toList();
        // => [[2026-03-09T13:00:00Z, 2026-03-09T14:00:00Z), [2026-03-09T14:00:00Z, 2026-03-09T15:00:00Z),
        //    [2026-03-09T15:00:00Z, 2026-03-09T16:00:00Z)]
        Suggestion best = answer.suggestions().get(0);
        best.room();                     // => Optional[B2-301]
        best.roomReason();
        // => Optional[Smallest adequate room free then: Salle Marianne (B2-301), 20 seats for 4]
        // per attendee: 100 free, 49 tentative, 0 busy
        best.confidence();               // => {director=100, alice=100, bob=100, carol=0}
        best.missingOptional();          // => [carol]
        // end::slots[]
        List<String> lines = new ArrayList<>();
        for (Suggestion s : answer.suggestions()) {
            lines.add(String.format(Locale.ROOT, "  %s  room %s, equipment %s, confidence %.0f%s",
                    s.interval().start().atZone(paris.zone()).toLocalDateTime(), s.room().map(RoomId::value).orElse("-"),
                    s.equipment(), s.overallConfidence(),
                    s.missingOptional().isEmpty() ? "" : ", missing optional " + s.missingOptional()));
        }
        lines.add("  why this room: " + best.roomReason().orElse("-"));
        MeetingId id = MeetingId.of("copil-2026-03");
        Agenda.Change booked = agenda.update(a -> a.book(MeetingRequest.builder()
                .id(id).title("Comité de pilotage").organizer(ALICE)
                .addAttendees(Attendee.of(DIRECTOR, Attendee.Role.CHAIR), Attendee.of(BOB, Attendee.Role.REQUIRED),
                        Attendee.of(CAROL, Attendee.Role.OPTIONAL))
                .room(best.room()).start(best.interval().start().atZone(paris.zone()))
                .end(best.interval().end().atZone(paris.zone()))
                .addEquipment(EquipmentId.of("projector-301")).addAllEquipment(best.equipment())
                .build(), ctx)).getOrElseThrow(p -> new IllegalStateException(p.toString()));
        lines.add("  booked " + booked.meeting().title() + " on " + booked.meeting().start().toLocalDateTime() + " in "
                + booked.meeting().room().map(RoomId::value).orElse("-") + " with " + booked.meeting().equipment()
                + "; invitations to " + booked.events().get(0).recipients());
        // tag::slots[]
        // four hours on Monday for the director and New York, who share three and a half
        SlotRequest fourHours = SlotRequest.builder()
                .addAttendees(SlotAttendee.required(director), SlotAttendee.required(bob))
                .duration(Duration.ofHours(4)).window(Interval.of(monday.toInstant(), monday.plusDays(1).toInstant()))
                .build();
        SlotAnswer impossible = SlotFinder.find(agenda.get(), people, fourHours, ctx.at())
                .getOrElseThrow(p -> new IllegalArgumentException(p.toString()));
        impossible.isFound();            // => false
        impossible.blockers().stream().map(Blocker::message).toList();
        // => [director is free in working hours for 1 of 81 candidate starts in the window,
        //    bob is free in working hours for 17 of 81 candidate starts in the window,
        //    Each constraint leaves starts open on its own, but no start meets them all together]
        impossible.relaxations().stream().map(Relaxation::message).toList();
        // => [Make director optional: 17 slot(s), Make bob optional: 1 slot(s), Shorten to 210 minutes: 1 slot(s)]
        // end::slots[]
        // each relaxation says what it changes as a value: the shorter meeting is tried at once
        Relaxation.Shorten shorter = impossible.relaxations().stream().filter(Relaxation.Shorten.class::isInstance)
                .map(Relaxation.Shorten.class::cast).findFirst().orElseThrow();
        SlotAnswer shortened = SlotFinder.find(agenda.get(), people, fourHours.withDuration(shorter.length()), ctx.at())
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        return new Outcome(answer, booked.agenda(), id, impossible, shortened, lines);
    }
}
