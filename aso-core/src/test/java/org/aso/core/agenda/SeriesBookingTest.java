package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class SeriesBookingTest {
    /** Tuesday 3 March 2026, 10:00 in Paris: a weekly series, across the end-of-March clock change. */
    private static final ZonedDateTime FIRST = ZonedDateTime.of(2026, 3, 3, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(FIRST.minusDays(7).toInstant(), ORGANIZER, Clearance.none());

    private static RecurrenceRule rule(String text) {
        return RecurrenceRule.parse(text).getOrElseThrow(p -> new AssertionError(p.toString()));
    }

    private static Agenda weekly() {
        return agenda().book(meeting("weekly", LARGE, FIRST, 60, "a").recurrence(rule("FREQ=WEEKLY;COUNT=10")).build(), CTX)
                .get().agenda();
    }

    @Test
    void aSingleMeeting_onTheFourthOccurrence_isRefusedNamingTheOccurrence() {
        // given: the fourth Tuesday is 24 March; 31 March is after the clock change, still 10:00 in Paris
        Agenda a = weekly();
        // when
        Problem p = a.book(meeting("one-off", LARGE, FIRST.plusWeeks(3).plusMinutes(30), 60, "b").build(), CTX).getLeft();
        // then
        assertThat(p.code()).isEqualTo("agenda.room.double-booked");
        assertThat(p.details()).containsEntry("meeting", "weekly");
        assertThat(a.busy(LARGE, Interval.of(FIRST.plusWeeks(4).toInstant(), FIRST.plusWeeks(4).plusHours(2).toInstant())))
                .singleElement().satisfies(i -> assertThat(i.start().atZone(KernelFixtures.PARIS).getHour()).isEqualTo(10));
        // after the series' last occurrence the room is free
        assertThat(a.book(meeting("later", LARGE, FIRST.plusWeeks(10), 60, "b").build(), CTX).isRight()).isTrue();
    }

    @Test
    void aSeries_overlappingAnotherSeries_isRefusedNamingTheOccurrence() {
        Agenda a = weekly();
        // daily from Monday 2 March at 10:30: the second occurrence (Tuesday 3 March, 10:30) meets the weekly one
        Problem p = a.book(meeting("daily", LARGE, FIRST.minusDays(1).plusMinutes(30), 60, "b")
                .recurrence(rule("FREQ=DAILY;COUNT=5")).build(), CTX).getLeft();
        assertThat(p.code()).isEqualTo("agenda.room.double-booked");
        assertThat(p.details()).containsEntry("meeting", "weekly")
                .containsEntry("occurrence", FIRST.plusMinutes(30).toInstant().toString());
    }

    @Test
    void cancellingOneOccurrence_freesItsSlot_andTellsWhichOne() {
        Agenda a = weekly();
        Agenda.Change changed = a.changeOccurrence(MeetingId.of("weekly"), FIRST.plusWeeks(2), OccurrenceChange.cancelled(), CTX).get();
        assertThat(changed.meeting().sequence()).isEqualTo(1);
        assertThat(changed.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.OccurrenceChanged.class, e -> {
            assertThat(e.action()).isEqualTo("agenda.meeting.occurrence-changed");
            assertThat(e.originalStart()).isEqualTo(FIRST.plusWeeks(2).toInstant());
            assertThat(e.originalStartInZone()).isEqualTo(FIRST.plusWeeks(2));
            assertThat(e.change()).isEqualTo(OccurrenceChange.cancelled());
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.details()).containsEntry("originalStart", FIRST.plusWeeks(2).toString());
            assertThat(e.recipients()).containsExactly(PersonId.of("a"));
        });
        assertThat(changed.agenda().book(meeting("in-the-gap", LARGE, FIRST.plusWeeks(2), 60, "b").build(), CTX).isRight()).isTrue();
        assertThat(changed.meeting().intervals(Interval.of(FIRST.toInstant(), FIRST.plusWeeks(10).toInstant()))).hasSize(9);
    }

    @Test
    void movingOneOccurrence_isCheckedLikeABooking() {
        Agenda a = weekly().book(meeting("other", LARGE, FIRST.plusWeeks(1).plusHours(2), 60, "b").build(), CTX).get().agenda();
        Interval twoHoursLater = Interval.of(FIRST.plusWeeks(1).plusHours(2).toInstant(), FIRST.plusWeeks(1).plusHours(3).toInstant());
        assertThat(a.changeOccurrence(MeetingId.of("weekly"), FIRST.plusWeeks(1), OccurrenceChange.movedTo(twoHoursLater), CTX)
                .getLeft().code()).isEqualTo("agenda.room.double-booked");
        // into the small room instead, at the same time: free
        var moved = a.changeOccurrence(MeetingId.of("weekly"), FIRST.plusWeeks(1), OccurrenceChange.inRoom(SMALL), CTX).get();
        assertThat(moved.agenda().busy(SMALL, Interval.of(FIRST.plusWeeks(1).toInstant(), FIRST.plusWeeks(1).plusHours(1).toInstant())))
                .hasSize(1);
        assertThat(moved.agenda().busy(LARGE, Interval.of(FIRST.plusWeeks(1).toInstant(), FIRST.plusWeeks(1).plusHours(1).toInstant())))
                .isEmpty();
        assertThat(a.changeOccurrence(MeetingId.of("weekly"), FIRST.plusDays(1), OccurrenceChange.cancelled(), CTX).getLeft().code())
                .isEqualTo("agenda.occurrence.unknown");
    }

    @Test
    void cancellingTheSeries_freesEveryOccurrence_andAvailabilitySeesOccurrences() {
        Agenda a = weekly();
        var availability = Availability.of(PersonId.of("a"), KernelFixtures.paris())
                .meetings(a, Interval.of(FIRST.toInstant(), FIRST.plusWeeks(20).toInstant())).build();
        // "a" has not answered: each occurrence is tentative time for them
        assertThat(availability.tentative()).contains(
                Interval.of(FIRST.plusWeeks(5).toInstant(), FIRST.plusWeeks(5).plusHours(1).toInstant()));
        var cancelled = a.cancel(MeetingId.of("weekly"), "No longer needed", CTX).get().agenda();
        assertThat(cancelled.busy(LARGE, Interval.of(FIRST.toInstant(), FIRST.plusWeeks(20).toInstant()))).isEmpty();
        assertThat(agenda().book(meeting("hourly", LARGE, FIRST, 60, "a").recurrence(rule("FREQ=HOURLY;COUNT=3")).build(), CTX)
                .getLeft().code()).isEqualTo("agenda.meeting.recurrence-too-fine");
    }

    @Test
    void aSeriesThatEnds_holdsEveryOccurrence_anOpenEndedOne_twoYears() {
        // weekly for 150 weeks (almost three years) versus weekly with no end
        Agenda counted = agenda().book(meeting("long", LARGE, FIRST, 60, "a").recurrence(rule("FREQ=WEEKLY;COUNT=150")).build(), CTX)
                .get().agenda();
        Interval years = Interval.of(FIRST.toInstant(), FIRST.plusYears(5).toInstant());
        assertThat(counted.busy(LARGE, years)).hasSize(150);
        assertThat(counted.book(meeting("clash", LARGE, FIRST.plusWeeks(149), 60, "b").build(), CTX).getLeft().code())
                .isEqualTo("agenda.room.double-booked");
        Agenda open = agenda().book(meeting("open", LARGE, FIRST, 60, "a").recurrence(rule("FREQ=WEEKLY")).build(), CTX)
                .get().agenda();
        assertThat(open.busy(LARGE, years)).hasSize(105); // 731 days ahead: 105 Tuesdays
    }

    @Test
    void everyOccurrence_yieldsItsLogisticsTasks() {
        var booked = agenda().book(meeting("copil", LARGE, FIRST, 60, "a").recurrence(rule("FREQ=WEEKLY;COUNT=3"))
                .addLogistics(LogisticsItem.of("Order catering", 3), LogisticsItem.of("Check the projector", 1)).build(), CTX).get();
        var tasks = booked.meeting().tasks(KernelFixtures.paris(), Interval.of(FIRST.toInstant(), FIRST.plusWeeks(3).toInstant()));
        assertThat(tasks).hasSize(6);
        // Tuesday 3 March: catering by Thursday 26 February, projector check on Monday 2 March
        assertThat(tasks.get(0).task()).isEqualTo("Order catering");
        assertThat(tasks.get(0).due().due()).isEqualTo(java.time.LocalDate.of(2026, 2, 26));
        assertThat(tasks.get(1).due().due()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
    }

    @Test
    void occurrencesOfOneSeries_mayNotOverlapEachOther() {
        // a 25-hour daily meeting would hold the room twice at once
        assertThat(agenda().book(meeting("long", LARGE, FIRST, 25 * 60, "a").recurrence(rule("FREQ=DAILY;COUNT=3")).build(), CTX)
                .getLeft().code()).isEqualTo("agenda.meeting.overlaps-itself");
        // moving one occurrence onto the start of the next
        Interval ontoNext = Interval.of(FIRST.plusWeeks(1).toInstant(), FIRST.plusWeeks(1).plusHours(3).toInstant());
        var p = weekly().changeOccurrence(MeetingId.of("weekly"), FIRST, OccurrenceChange.movedTo(ontoNext), CTX).getLeft();
        assertThat(p.code()).isEqualTo("agenda.meeting.overlaps-itself");
        // the conflict names the occurrence's own times
        Problem clash = weekly().book(meeting("x", LARGE, FIRST.plusWeeks(2), 30, "b").build(), CTX).getLeft();
        assertThat(clash.details()).containsEntry("start", FIRST.plusWeeks(2).toString());
    }

    @Test
    void movingTheSeries_movesEveryOccurrence() {
        var moved = weekly().move(MeetingId.of("weekly"), FIRST.plusHours(4), FIRST.plusHours(5), LARGE, CTX).get();
        assertThat(moved.meeting().recurrence().get().start()).isEqualTo(FIRST.plusHours(4));
        assertThat(moved.agenda().busy(LARGE, Interval.of(FIRST.toInstant(), FIRST.plusWeeks(10).toInstant())))
                .hasSize(10).allSatisfy(i -> assertThat(i.start().atZone(KernelFixtures.PARIS).getHour()).isEqualTo(14));
        assertThat(moved.meeting().duration()).isEqualTo(Duration.ofHours(1));
        assertThat(List.of(moved.meeting().sequence())).containsExactly(1);
    }
}
