package org.aso.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.ResourceOutage;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.disruption.OutOfService;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problems;

/**
 * aso-core's answer to a breakdown: the committee room's projector breaks, the agenda lists the
 * meeting it hits, the spare projector is proposed first, with its reason, and taking it updates
 * the meeting (a new sequence for its attendees) in one decision.
 */
public final class OutOfServiceExample {
    private OutOfServiceExample() {}

    /**
     * What the example did and saw.
     *
     * @param broken the projector put out of service, with the meeting it hits
     * @param options the proposals for that meeting
     * @param done the spare taken
     */
    public record Breakdown(Agenda.OutageChange broken, List<OutOfService.Options> options, OutOfService.Resolution done) {}

    /**
     * The projector of the committee room breaks on Monday 1 June 2026, the morning of the
     * committee; the spare projector takes over.
     *
     * @param paris the office's working days
     * @param officer who decides
     * @param clock the host's clock
     * @return what happened
     */
    public static Breakdown projectorBreaks(BusinessCalendar paris, Person officer, Clock clock) {
        Agenda empty = AgendaExample.rooms();
        Context ctx = Context.at(clock, officer);
        PersonId director = PersonId.of("director");
        PersonId alice = PersonId.of("alice");
        // tag::out-of-service[]
        ZonedDateTime monday = ZonedDateTime.of(2026, 6, 1, 10, 0, 0, 0, paris.zone());
        Agenda agenda = Problems.orThrow(empty.book(MeetingRequest.builder()
                .id(MeetingId.of("m-50")).title("Comité de direction").organizer(officer.id())
                .addAttendees(Attendee.of(director, Attendee.Role.CHAIR), Attendee.of(alice, Attendee.Role.REQUIRED))
                .room(RoomId.of("B2-301")).start(monday).end(monday.plusHours(2))
                .addEquipment(EquipmentId.of("projector-301")).build(), ctx)).agenda();

        // the room's projector breaks on Monday morning and is repaired by Saturday
        Interval week = Interval.of(monday.withHour(8).toInstant(), Duration.ofDays(5));
        Agenda.OutageChange broken = Problems.orThrow(
                agenda.putOutOfService(EquipmentId.of("projector-301"), week, "Lamp broken", ctx));
        List<ResourceOutage.Hit> hits = broken.hits();      // nothing moved yet: the meetings it hits
        // => [m-50]

        // proposals for each meeting hit, best first: the spare, another room, other times
        List<Availability> people = List.of(Availability.of(director, paris).meetings(agenda, week).build(),
                Availability.of(alice, paris).meetings(agenda, week).build());
        List<OutOfService.Options> options = OutOfService.propose(broken.agenda(), hits, people, ctx);
        OutOfService.Proposal spare = options.get(0).proposals().get(0);
        spare.kind();                                        // => SPARE
        spare.reason(Locale.FRENCH);
        // => Spare projector (projector) est libre à ce moment et remplace Projector 301

        // one choice per meeting hit, applied in one decision (all or nothing)
        OutOfService.Resolution done = Problems.orThrow(OutOfService.apply(broken.agenda(), hits,
                Map.of(spare.hit(), OutOfService.Choice.take(spare)), ctx));
        MeetingEvent update = done.events().get(0);          // an update, not a cancellation and a new meeting
        update.action();                                     // => agenda.meeting.updated
        update.sequence();                                   // => 1
        update.recipients();                                 // => [director, alice]
        done.agenda().meeting(MeetingId.of("m-50")).get().equipment();   // => [projector-spare]
        // end::out-of-service[]
        return new Breakdown(broken, options, done);
    }
}
