package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** What {@link Agenda#replay} and {@link Agenda#evolve} refuse: events that do not fit the agenda. */
class AgendaReplayTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    private static final MeetingId M1 = MeetingId.of("m1");

    private static Agenda.Change bookM1() {
        return agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a", "b").build(), CTX).get();
    }

    private static Problem replayed(MeetingEvent... events) {
        var r = Agenda.replay(AgendaFixtures.rooms(), AgendaFixtures.equipment(), List.of(events));
        assertThat(r.isLeft()).as("refused, not %s", r).isTrue();
        assertThat(r.getLeft().code()).isEqualTo("agenda.replay.inconsistent");
        return r.getLeft();
    }

    @Test
    void replay_ofNoEvent_isTheEmptyAgenda_andABadConfigurationIsRefused() {
        assertThat(Agenda.replay(AgendaFixtures.rooms(), AgendaFixtures.equipment(), List.of()).get()).isEqualTo(agenda());
        List<Room> twice = new ArrayList<>(AgendaFixtures.rooms());
        twice.add(AgendaFixtures.rooms().get(1));
        assertThat(Agenda.replay(twice, AgendaFixtures.equipment(), List.of()).getLeft().code()).isEqualTo("agenda.room.duplicate-id");
    }

    @Test
    void replay_aBookingTwice_isRefusedAtItsIndex() {
        MeetingEvent booked = bookM1().events().get(0);

        Problem p = replayed(booked, booked);

        assertThat(p.details()).containsEntry("index", "1").containsEntry("reason", "meeting-exists")
                .containsEntry("meeting", "m1").containsEntry("action", "agenda.meeting.booked");
    }

    @Test
    void replay_aChangeOfAMeetingNeverBooked_isRefused() {
        MeetingEvent moved = bookM1().agenda().move(M1, TUE_10H.plusHours(2), TUE_10H.plusHours(3), LARGE, CTX)
                .get().events().get(0);

        assertThat(replayed(moved).details()).containsEntry("index", "0").containsEntry("reason", "unknown-meeting");
    }

    @Test
    void replay_aSkippedChange_isRefusedAsOutOfSequence() {
        Agenda.Change booked = bookM1();
        Agenda.Change first = booked.agenda().move(M1, TUE_10H.plusHours(2), TUE_10H.plusHours(3), LARGE, CTX).get();
        Agenda.Change second = first.agenda().move(M1, TUE_10H.plusHours(4), TUE_10H.plusHours(5), LARGE, CTX).get();

        Problem p = replayed(booked.events().get(0), second.events().get(0));

        assertThat(p.details()).containsEntry("reason", "sequence").containsEntry("expected", "1").containsEntry("sequence", "2");
        // in order, they replay
        assertThat(Agenda.replay(AgendaFixtures.rooms(), AgendaFixtures.equipment(),
                List.of(booked.events().get(0), first.events().get(0), second.events().get(0))).get()).isEqualTo(second.agenda());
    }

    @Test
    void replay_aChangeAfterTheCancellation_isRefused() {
        Agenda.Change booked = bookM1();
        Agenda.Change cancelled = booked.agenda().cancel(M1, "Off", CTX).get();
        Agenda.Change answered = booked.agenda().respond(M1, PersonId.of("a"), Attendee.Response.ACCEPTED, CTX).get();

        Problem p = replayed(booked.events().get(0), cancelled.events().get(0), answered.events().get(0));

        assertThat(p.details()).containsEntry("index", "2").containsEntry("reason", "meeting-cancelled");
    }

    @Test
    void replay_eventsFromTwoAgendasThatEachAllowedThem_isRefusedForTheDoubleBooking() {
        // each booking was right in its own agenda; together they hold the large room twice
        MeetingEvent one = bookM1().events().get(0);
        MeetingEvent two = agenda().book(meeting("m2", LARGE, TUE_10H.plusMinutes(30), 60, "c").build(), CTX).get().events().get(0);

        Problem p = replayed(one, two);

        assertThat(p.details()).containsEntry("index", "1").containsEntry("reason", "agenda.room.double-booked")
                .containsEntry("meeting", "m2");
    }

    @Test
    void evolve_aMeetingThatChangedMoreThanItsEventSays_isRefused() {
        Agenda.Change booked = bookM1();
        Agenda a = booked.agenda();
        Meeting m = booked.meeting();
        // a cancellation that also moved the meeting to the small room
        MeetingEvent cancelled = new MeetingEvent.Cancelled(CTX.at(), ORGANIZER,
                BookingRules.copy(m).withStatus(Meeting.Status.CANCELLED).withSequence(1).withRoom(SMALL), "Off");
        assertThat(a.evolve(cancelled).getLeft().details()).containsEntry("reason", "not-a-cancellation");
        // an answer whose meeting does not record it
        MeetingEvent answered = new MeetingEvent.Responded(CTX.at(), PersonId.of("a"), m, PersonId.of("a"),
                Attendee.Response.ACCEPTED, Optional.empty(), false);
        assertThat(a.evolve(answered).getLeft().details()).containsEntry("reason", "not-an-answer");
        // a new meeting that does not start at sequence 0
        MeetingEvent late = new MeetingEvent.Booked(CTX.at(), ORGANIZER, BookingRules.copy(m).withId(MeetingId.of("m9")).withSequence(3));
        assertThat(a.evolve(late).getLeft().details()).containsEntry("reason", "sequence");
        // a new meeting that is booked cancelled
        MeetingEvent bookedCancelled = new MeetingEvent.Booked(CTX.at(), ORGANIZER,
                BookingRules.copy(m).withId(MeetingId.of("m9")).withStatus(Meeting.Status.CANCELLED));
        assertThat(a.evolve(bookedCancelled).getLeft().details()).containsEntry("reason", "sequence");
    }

    @Test
    void evolve_anOccurrenceChangeWhoseSeriesDoesNotHoldIt_isRefused() {
        Agenda.Change booked = agenda().book(meeting("weekly", LARGE, TUE_10H, 60, "a")
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build(), CTX).get();
        Agenda.Change changed = booked.agenda().changeOccurrence(MeetingId.of("weekly"), TUE_10H.plusWeeks(1),
                OccurrenceChange.cancelled(), CTX).get();
        MeetingEvent.OccurrenceChanged real = (MeetingEvent.OccurrenceChanged) changed.events().get(0);
        MeetingEvent wrong = new MeetingEvent.OccurrenceChanged(real.at(), real.actor(), real.meeting(), real.originalStart(),
                OccurrenceChange.inRoom(SMALL));

        assertThat(booked.agenda().evolve(wrong).getLeft().details()).containsEntry("reason", "not-an-occurrence-change");
        assertThat(booked.agenda().evolve(real).get()).isEqualTo(changed.agenda());
    }
}
