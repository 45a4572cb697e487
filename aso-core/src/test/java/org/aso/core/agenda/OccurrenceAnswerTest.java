package org.aso.core.agenda;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

/** Answers for one occurrence of a series (an iTIP REPLY with a RECURRENCE-ID). */
class OccurrenceAnswerTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    private static final MeetingId WEEKLY = MeetingId.of("weekly");
    private static final PersonId A = PersonId.of("a");

    private static Agenda.Change series() {
        return agenda().book(meeting("weekly", LARGE, TUE_10H, 60, "a", "b")
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build(), CTX).get();
    }

    @Test
    void respondToOccurrence_keepsTheAnswerOnThatOccurrenceOnly_withTheSameSequence() {
        Agenda.Change booked = series();
        ZonedDateTime second = TUE_10H.plusWeeks(1);
        Agenda.Change answered = booked.agenda().respondToOccurrence(WEEKLY, second, A, Attendee.Response.DECLINED, CTX).get();
        Meeting m = answered.meeting();
        assertThat(m.sequence()).isEqualTo(booked.meeting().sequence());
        assertThat(m.attendee(A).get().response()).isEqualTo(Attendee.Response.NEEDS_ACTION);
        assertThat(m.recurrence().get().changes()).containsOnlyKeys(second.toInstant());
        assertThat(m.recurrence().get().changes().get(second.toInstant()).responses()).containsExactlyEntriesOf(
                java.util.Map.of(A, Attendee.Response.DECLINED));
        // the occurrence still takes place where it was
        assertThat(m.intervals(Interval.of(second.toInstant(), second.plusHours(1).toInstant())))
                .containsExactly(Interval.of(second.toInstant(), second.plusHours(1).toInstant()));
        MeetingEvent.Responded ev = (MeetingEvent.Responded) answered.events().get(0);
        assertThat(ev.occurrence()).contains(second.toInstant());
        assertThat(ev.recipients()).containsExactly(ORGANIZER);
        assertThat(ev.details()).containsEntry("occurrence", second.toString()).containsEntry("response", "DECLINED");
        // a second answer replaces the first; another attendee's answer is kept beside it
        Agenda.Change again = answered.agenda().respondToOccurrence(WEEKLY, second, A, Attendee.Response.ACCEPTED, CTX).get()
                .agenda().respondToOccurrence(WEEKLY, second, PersonId.of("b"), Attendee.Response.TENTATIVE, CTX).get();
        assertThat(again.meeting().recurrence().get().changes().get(second.toInstant()).responses())
                .containsEntry(A, Attendee.Response.ACCEPTED).containsEntry(PersonId.of("b"), Attendee.Response.TENTATIVE);
    }

    @Test
    void respondToOccurrence_keepsAnEarlierMoveOfThatOccurrence() {
        ZonedDateTime third = TUE_10H.plusWeeks(2);
        Interval later = Interval.of(third.plusHours(2).toInstant(), third.plusHours(3).toInstant());
        Agenda.Change moved = series().agenda().changeOccurrence(WEEKLY, third, OccurrenceChange.movedTo(later), CTX).get();
        Meeting m = moved.agenda().respondToOccurrence(WEEKLY, third, A, Attendee.Response.ACCEPTED, CTX).get().meeting();
        OccurrenceChange c = m.recurrence().get().changes().get(third.toInstant());
        assertThat(c.movedTo()).contains(later);
        assertThat(c.responses()).containsEntry(A, Attendee.Response.ACCEPTED);
    }

    @Test
    void respondToOccurrence_refusals() {
        Agenda a = series().agenda();
        ZonedDateTime second = TUE_10H.plusWeeks(1);
        assertThat(a.respondToOccurrence(WEEKLY, second, PersonId.of("z"), Attendee.Response.ACCEPTED, CTX).getLeft().code())
                .isEqualTo("agenda.response.not-invited");
        assertThat(a.respondToOccurrence(WEEKLY, second, A, Attendee.Response.DELEGATED, CTX).getLeft().code())
                .isEqualTo("agenda.response.occurrence-delegation");
        assertThat(a.respondToOccurrence(WEEKLY, second.plusHours(1), A, Attendee.Response.ACCEPTED, CTX).getLeft().code())
                .isEqualTo("agenda.occurrence.unknown");
        assertThat(a.respondToOccurrence(WEEKLY, TUE_10H.plusWeeks(4), A, Attendee.Response.ACCEPTED, CTX).getLeft().code())
                .isEqualTo("agenda.occurrence.unknown");
        Agenda off = a.changeOccurrence(WEEKLY, second, OccurrenceChange.cancelled(), CTX).get().agenda();
        assertThat(off.respondToOccurrence(WEEKLY, second, A, Attendee.Response.ACCEPTED, CTX).getLeft().code())
                .isEqualTo("agenda.occurrence.cancelled");
        Agenda single = agenda().book(meeting("one", LARGE, TUE_10H, 60, "a").build(), CTX).get().agenda();
        assertThat(single.respondToOccurrence(MeetingId.of("one"), TUE_10H, A, Attendee.Response.ACCEPTED, CTX).getLeft().code())
                .isEqualTo("agenda.occurrence.not-a-series");
        assertThatThrownBy(() -> OccurrenceChange.builder().build().withResponse(A, Attendee.Response.DELEGATED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replay_ofAnOccurrenceAnswer_givesTheSameAgenda_andAForgedOneIsRefused() {
        Agenda.Change booked = series();
        ZonedDateTime second = TUE_10H.plusWeeks(1);
        Agenda.Change answered = booked.agenda().respondToOccurrence(WEEKLY, second, A, Attendee.Response.DECLINED, CTX).get();
        var replayed = Agenda.replay(AgendaFixtures.rooms(), AgendaFixtures.equipment(),
                List.of(booked.events().get(0), answered.events().get(0)));
        assertThat(replayed.get()).isEqualTo(answered.agenda());
        // an occurrence answer whose meeting records another answer
        MeetingEvent.Responded real = (MeetingEvent.Responded) answered.events().get(0);
        MeetingEvent forged = new MeetingEvent.Responded(real.at(), real.actor(), real.meeting(), A,
                Attendee.Response.ACCEPTED, Optional.empty(), false, real.occurrence());
        assertThat(booked.agenda().evolve(forged).getLeft().details()).containsEntry("reason", "not-an-answer");
    }
}
