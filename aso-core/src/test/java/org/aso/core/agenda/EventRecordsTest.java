package org.aso.core.agenda;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every component of the event and outage records is required: a null is refused, naming the component. */
class EventRecordsTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    private static final Instant AT = CTX.at();
    private static final PersonId A = PersonId.of("a");
    private static final Meeting M = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).get().meeting();
    private static final Interval HOUR = Interval.of(TUE_10H.toInstant(), Duration.ofHours(1));
    private static final ResourceOutage OUTAGE = new ResourceOutage(LARGE, HOUR, "Works");

    private static void refuses(Map<String, ThrowingCallable> byComponent) {
        byComponent.forEach((component, make) -> assertThatThrownBy(make).as(component)
                .isInstanceOf(NullPointerException.class).hasMessage(component));
    }

    @Test
    void meetingEvents_requireEveryComponent() {
        refuses(Map.of("at", () -> new MeetingEvent.Booked(null, ORGANIZER, M),
                "actor", () -> new MeetingEvent.Booked(AT, null, M),
                "meeting", () -> new MeetingEvent.Booked(AT, ORGANIZER, null)));
        refuses(Map.of("at", () -> new MeetingEvent.Moved(null, ORGANIZER, M, AT, Optional.empty()),
                "actor", () -> new MeetingEvent.Moved(AT, null, M, AT, Optional.empty()),
                "meeting", () -> new MeetingEvent.Moved(AT, ORGANIZER, null, AT, Optional.empty()),
                "previousStart", () -> new MeetingEvent.Moved(AT, ORGANIZER, M, null, Optional.empty()),
                "previousRoom", () -> new MeetingEvent.Moved(AT, ORGANIZER, M, AT, null)));
        refuses(Map.of("at", () -> new MeetingEvent.Cancelled(null, ORGANIZER, M, "Off"),
                "actor", () -> new MeetingEvent.Cancelled(AT, null, M, "Off"),
                "meeting", () -> new MeetingEvent.Cancelled(AT, ORGANIZER, null, "Off"),
                "reason", () -> new MeetingEvent.Cancelled(AT, ORGANIZER, M, null)));
        OccurrenceChange c = OccurrenceChange.cancelled();
        refuses(Map.of("at", () -> new MeetingEvent.OccurrenceChanged(null, ORGANIZER, M, AT, c),
                "actor", () -> new MeetingEvent.OccurrenceChanged(AT, null, M, AT, c),
                "meeting", () -> new MeetingEvent.OccurrenceChanged(AT, ORGANIZER, null, AT, c),
                "originalStart", () -> new MeetingEvent.OccurrenceChanged(AT, ORGANIZER, M, null, c),
                "change", () -> new MeetingEvent.OccurrenceChanged(AT, ORGANIZER, M, AT, null)));
        Attendee.Response yes = Attendee.Response.ACCEPTED;
        refuses(Map.of("at", () -> new MeetingEvent.Responded(null, A, M, A, yes, Optional.empty(), false),
                "actor", () -> new MeetingEvent.Responded(AT, null, M, A, yes, Optional.empty(), false),
                "meeting", () -> new MeetingEvent.Responded(AT, A, null, A, yes, Optional.empty(), false),
                "person", () -> new MeetingEvent.Responded(AT, A, M, null, yes, Optional.empty(), false),
                "response", () -> new MeetingEvent.Responded(AT, A, M, A, null, Optional.empty(), false),
                "delegate", () -> new MeetingEvent.Responded(AT, A, M, A, yes, null, false),
                "occurrence", () -> new MeetingEvent.Responded(AT, A, M, A, yes, Optional.empty(), false, null)));
    }

    @Test
    void outageEventsAndRecords_requireEveryComponent() {
        refuses(Map.of("at", () -> new AgendaEvent.OutOfService(null, ORGANIZER, OUTAGE),
                "actor", () -> new AgendaEvent.OutOfService(AT, null, OUTAGE),
                "outage", () -> new AgendaEvent.OutOfService(AT, ORGANIZER, null)));
        refuses(Map.of("at", () -> new AgendaEvent.BackInService(null, ORGANIZER, LARGE, AT, AT),
                "actor", () -> new AgendaEvent.BackInService(AT, null, LARGE, AT, AT),
                "resource", () -> new AgendaEvent.BackInService(AT, ORGANIZER, null, AT, AT),
                "outageStart", () -> new AgendaEvent.BackInService(AT, ORGANIZER, LARGE, null, AT),
                "from", () -> new AgendaEvent.BackInService(AT, ORGANIZER, LARGE, AT, null)));
        refuses(Map.of("resource", () -> new ResourceOutage(null, HOUR, "Works"),
                "during", () -> new ResourceOutage(LARGE, null, "Works"),
                "reason", () -> new ResourceOutage(LARGE, HOUR, null)));
        refuses(Map.of("meeting", () -> new ResourceOutage.Hit(null, Optional.empty(), HOUR, LARGE),
                "originalStart", () -> new ResourceOutage.Hit(M.id(), null, HOUR, LARGE),
                "interval", () -> new ResourceOutage.Hit(M.id(), Optional.empty(), null, LARGE),
                "resource", () -> new ResourceOutage.Hit(M.id(), Optional.empty(), HOUR, null)));
    }

    @Test
    void anOutage_concernsARoomOrAPieceOfEquipment() {
        org.assertj.core.api.Assertions.assertThat(OUTAGE.isRoom()).isTrue();
        org.assertj.core.api.Assertions.assertThat(new ResourceOutage(EquipmentId.of("kit"), HOUR, "Broken").isRoom()).isFalse();
        assertThatThrownBy(() -> new ResourceOutage(A, HOUR, "Away")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changes_requireTheAgendaAndTheirSubject() {
        Agenda a = agenda();
        refuses(Map.of("agenda", () -> new Agenda.Change(null, M, java.util.List.of()),
                "meeting", () -> new Agenda.Change(a, null, java.util.List.of())));
        refuses(Map.of("agenda", () -> new Agenda.OutageChange(null, OUTAGE, java.util.List.of(), java.util.List.of()),
                "outage", () -> new Agenda.OutageChange(a, null, java.util.List.of(), java.util.List.of())));
    }
}
