package org.aso.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.agenda.slots.Relaxation;
import org.aso.core.agenda.slots.RoomNeeds;
import org.aso.core.agenda.slots.SlotAnswer;
import org.aso.core.agenda.slots.SlotAttendee;
import org.aso.core.agenda.slots.SlotFinder;
import org.aso.core.agenda.slots.SlotRequest;
import org.aso.core.agenda.slots.Suggestion;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.SharedState;
import org.aso.core.kernel.TimeRange;
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

    /**
     * What the example did: the slots found, the agenda with the meeting booked, the impossible
     * request's answer, and that request found again with the shorter meeting it proposed.
     */
    public record Outcome(SlotAnswer found, Agenda booked, MeetingId meeting, SlotAnswer impossible, SlotAnswer shortened,
                          List<String> lines) {}

    static Agenda rooms() {
        return Agenda.of(List.of(
                        Room.builder().id(RoomId.of("B2-101")).name("Salle Voltaire").building("B2").capacity(4)
                                .addEquipment("screen").build(),
                        Room.builder().id(RoomId.of("B2-301")).name("Salle Marianne").building("B2").capacity(20)
                                .addEquipment("screen", "video").accessible(true).build()),
                List.of(Equipment.builder().id(EquipmentId.of("projector-301")).kind("projector").name("Projector 301")
                                .room(RoomId.of("B2-301")).build(),
                        Equipment.builder().id(EquipmentId.of("projector-spare")).kind("projector").name("Spare projector").build()))
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
    }

    /** Runs the example on Monday 9 March 2026 (New York is already on summer time, Paris not yet). */
    public static Outcome run(BusinessCalendar paris) {
        BusinessCalendar newYork = BusinessCalendar.of(ZoneId.of("America/New_York"),
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-17:00")), HolidayCalendar.none());
        ZonedDateTime monday = ZonedDateTime.of(2026, 3, 9, 0, 0, 0, 0, paris.zone());
        Instant now = monday.minusDays(3).toInstant();
        Interval window = Interval.of(monday.toInstant(), monday.plusDays(2).toInstant());
        // carol is in another meeting on Monday afternoon (from her own calendar)
        ZonedDateTime carolBusy = monday.withHour(14);
        List<Availability> people = List.of(
                Availability.of(DIRECTOR, paris).build(),
                Availability.of(ALICE, paris).build(),
                Availability.of(BOB, newYork).build(),
                Availability.of(CAROL, paris).outside(List.of(FreeBusy.of(
                        Interval.of(carolBusy.toInstant(), carolBusy.plusHours(3).toInstant()), FreeBusy.State.BUSY))).build());
        SlotRequest request = SlotRequest.builder()
                .addAttendees(SlotAttendee.required(DIRECTOR), SlotAttendee.required(ALICE), SlotAttendee.required(BOB),
                        SlotAttendee.optional(CAROL))
                .duration(Duration.ofHours(1)).window(window)
                .room(RoomNeeds.builder().addEquipment("projector").build())   // a room with a projector
                .addEquipment("projector")                                       // and a spare one, mobile
                .maxSuggestions(3)
                .build();
        SharedState<Agenda> agenda = SharedState.of(rooms());
        SlotAnswer found = SlotFinder.find(agenda.get(), people, request, now).getOrElseThrow(p -> new IllegalStateException(p.toString()));
        List<String> lines = new ArrayList<>();
        for (Suggestion s : found.suggestions()) {
            lines.add(String.format(Locale.ROOT, "  %s  room %s, equipment %s, confidence %.0f%s",
                    s.interval().start().atZone(paris.zone()).toLocalDateTime(), s.room().map(RoomId::value).orElse("-"),
                    s.equipment(), s.overallConfidence(),
                    s.missingOptional().isEmpty() ? "" : ", missing optional " + s.missingOptional()));
        }
        Suggestion best = found.suggestions().get(0);
        lines.add("  why this room: " + best.roomReason().orElse("-"));
        MeetingId id = MeetingId.of("copil-2026-03");
        Context organizer = Context.of(now, ALICE, Clearance.none());
        Agenda.Change booked = agenda.update(a -> a.book(MeetingRequest.builder()
                .id(id).title("Comité de pilotage").organizer(ALICE)
                .addAttendees(Attendee.of(DIRECTOR, Attendee.Role.CHAIR), Attendee.of(BOB, Attendee.Role.REQUIRED),
                        Attendee.of(CAROL, Attendee.Role.OPTIONAL))
                .room(best.room()).start(best.interval().start().atZone(paris.zone()))
                .end(best.interval().end().atZone(paris.zone()))
                .addEquipment(EquipmentId.of("projector-301")).addAllEquipment(best.equipment())
                .build(), organizer)).getOrElseThrow(p -> new IllegalStateException(p.toString()));
        lines.add("  booked " + booked.meeting().title() + " on " + booked.meeting().start().toLocalDateTime() + " in "
                + booked.meeting().room().map(RoomId::value).orElse("-") + " with " + booked.meeting().equipment()
                + "; invitations to " + booked.events().get(0).recipients());
        // impossible: four hours on Monday, when Paris and New York share three and a half
        SlotRequest impossible = SlotRequest.builder()
                .addAttendees(SlotAttendee.required(DIRECTOR), SlotAttendee.required(BOB))
                .duration(Duration.ofHours(4)).window(Interval.of(monday.toInstant(), monday.plusDays(1).toInstant()))
                .build();
        SlotAnswer none = SlotFinder.find(booked.agenda(), people, impossible, now)
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        // each relaxation says what it changes as a value: the shorter meeting is tried at once
        Relaxation.Shorten shorter = none.relaxations().stream().filter(Relaxation.Shorten.class::isInstance)
                .map(Relaxation.Shorten.class::cast).findFirst().orElseThrow();
        SlotAnswer shortened = SlotFinder.find(booked.agenda(), people, impossible.withDuration(shorter.length()), now)
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        return new Outcome(found, booked.agenda(), id, none, shortened, lines);
    }
}
