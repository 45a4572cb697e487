package org.aso.core.agenda;

import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

class AllDayMeetingTest {
    /** 29 March 2026 is the day Paris moves to summer time: 23 hours long. */
    private static final ZonedDateTime SUN_29_MARCH = ZonedDateTime.of(2026, 3, 29, 0, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(SUN_29_MARCH.minusDays(30).toInstant(), ORGANIZER, Clearance.none());

    private static MeetingRequest.Builder seminar(ZonedDateTime start, ZonedDateTime end) {
        return seminar(start, end, true);
    }

    private static MeetingRequest.Builder seminar(ZonedDateTime start, ZonedDateTime end, boolean allDay) {
        return MeetingRequest.builder().id(MeetingId.of("s1")).title("Séminaire").organizer(ORGANIZER)
                .addAttendees(Attendee.of(PersonId.of("a"), Attendee.Role.REQUIRED)).start(start).end(end).allDay(allDay);
    }

    @Test
    void book_wholeDays_keepsTheFlag_andAShortDayIsOneDay() {
        Meeting m = agenda().book(seminar(SUN_29_MARCH, SUN_29_MARCH.plusDays(1)).build(), CTX).get().meeting();
        assertThat(m.allDay()).isTrue();
        assertThat(m.duration().toHours()).isEqualTo(23);
    }

    @Test
    void book_offMidnight_isRefused() {
        var p = agenda().book(seminar(SUN_29_MARCH.withHour(9), SUN_29_MARCH.plusDays(1)).build(), CTX).getLeft();
        assertThat(p.code()).isEqualTo("agenda.meeting.not-whole-days");
        var q = agenda().book(seminar(SUN_29_MARCH, SUN_29_MARCH.plusHours(12)).build(), CTX).getLeft();
        assertThat(q.code()).isEqualTo("agenda.meeting.not-whole-days");
        // the same times are fine for a meeting that is not all day
        assertThat(agenda().book(seminar(SUN_29_MARCH, SUN_29_MARCH.plusHours(12), false).build(), CTX).isRight()).isTrue();
    }

    @Test
    void moveAndOccurrenceChange_stayOnWholeDays() {
        var booked = agenda().book(seminar(SUN_29_MARCH, SUN_29_MARCH.plusDays(1))
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build(), CTX).get();
        MeetingId id = booked.meeting().id();
        var moved = booked.agenda().move(id, SUN_29_MARCH.plusDays(1), SUN_29_MARCH.plusDays(2), CTX).get();
        assertThat(moved.meeting().allDay()).isTrue();
        assertThat(booked.agenda().move(id, SUN_29_MARCH.plusHours(2), SUN_29_MARCH.plusDays(1), CTX).getLeft().code())
                .isEqualTo("agenda.meeting.not-whole-days");
        ZonedDateTime second = SUN_29_MARCH.plusWeeks(1);
        var offMidnight = OccurrenceChange.movedTo(Interval.of(second.plusHours(3).toInstant(), second.plusDays(1).toInstant()));
        assertThat(booked.agenda().changeOccurrence(id, second, offMidnight, CTX).getLeft().code())
                .isEqualTo("agenda.meeting.not-whole-days");
        var nextDay = OccurrenceChange.movedTo(Interval.of(second.plusDays(1).toInstant(), second.plusDays(2).toInstant()));
        assertThat(booked.agenda().changeOccurrence(id, second, nextDay, CTX).isRight()).isTrue();
    }
}
