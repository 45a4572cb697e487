package org.aso.core.agenda.slots;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.aso.core.fixtures.KernelFixtures.PARIS;
import static org.aso.core.fixtures.KernelFixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

class AvailabilityTest {
    private static final PersonId ALICE = PersonId.of("alice");
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 9, 0, 0, 0, 0, PARIS);
    private static final Context CTX = Context.of(MONDAY.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    private static final Interval WEEK = Interval.of(MONDAY.toInstant(), MONDAY.plusDays(7).toInstant());

    private static Interval at(int h, int minutes) {
        return Interval.of(MONDAY.withHour(h).toInstant(), Duration.ofMinutes(minutes));
    }

    private static java.time.Instant t(int h, int m) {
        return MONDAY.withHour(h).withMinute(m).toInstant();
    }

    @Test
    void meetings_are_busy_when_accepted_tentative_when_unanswered_and_nothing_when_declined() {
        // given: three meetings alice is invited to, and one she organises
        Agenda a = agenda();
        a = a.book(meeting("accepted", LARGE, MONDAY.withHour(9), 60, "alice").build(), CTX).get().agenda();
        a = a.respond(MeetingId.of("accepted"), ALICE, Attendee.Response.ACCEPTED, CTX).get().agenda();
        a = a.book(meeting("unanswered", LARGE, MONDAY.withHour(11), 60, "alice").build(), CTX).get().agenda();
        a = a.book(meeting("declined", LARGE, MONDAY.withHour(14), 60, "alice").build(), CTX).get().agenda();
        a = a.respond(MeetingId.of("declined"), ALICE, Attendee.Response.DECLINED, CTX).get().agenda();
        a = a.book(MeetingRequest.builder().id(MeetingId.of("organised")).title("Organised").organizer(ALICE).room(SMALL)
                .start(MONDAY.withHour(16)).end(MONDAY.withHour(16).plusMinutes(30)).build(), CTX).get().agenda();
        // when
        Availability av = Availability.of(ALICE, paris()).meetings(a, WEEK).build();
        // then
        assertThat(av.busy()).containsExactly(at(9, 60), at(16, 30));
        assertThat(av.tentative()).containsExactly(at(11, 60));
        assertThat(av.isFree(at(14, 60))).isTrue();
    }

    @Test
    void meetings_an_invitee_delegated_are_nothing_for_them_and_count_for_the_delegate() {
        // given: alice delegates a meeting to bob (RFC 5545 PARTSTAT=DELEGATED: she will not come), who accepts
        PersonId bob = PersonId.of("bob");
        Agenda a = agenda().book(meeting("delegated", LARGE, MONDAY.withHour(9), 60, "alice").build(), CTX).get().agenda();
        a = a.respond(MeetingId.of("delegated"), ALICE, Attendee.Response.DELEGATED, bob, CTX).get().agenda();
        Availability beforeAnswer = Availability.of(bob, paris()).meetings(a, WEEK).build();
        a = a.respond(MeetingId.of("delegated"), bob, Attendee.Response.ACCEPTED, CTX).get().agenda();
        // when
        Availability alice = Availability.of(ALICE, paris()).meetings(a, WEEK).build();
        Availability delegate = Availability.of(bob, paris()).meetings(a, WEEK).build();
        // then
        assertThat(alice.busy()).isEmpty();
        assertThat(alice.tentative()).isEmpty();
        assertThat(alice.isFree(at(9, 60))).isTrue();
        assertThat(beforeAnswer.tentative()).containsExactly(at(9, 60));
        assertThat(delegate.busy()).containsExactly(at(9, 60));
    }

    @Test
    void buffers_widen_busy_and_tentative_spans_but_not_out_of_office() {
        // given
        Availability av = Availability.of(ALICE, paris())
                .outside(List.of(FreeBusy.of(at(9, 60), FreeBusy.State.BUSY), FreeBusy.of(at(12, 30), FreeBusy.State.TENTATIVE),
                        FreeBusy.of(at(14, 60), FreeBusy.State.OUT_OF_OFFICE), FreeBusy.of(at(16, 60), FreeBusy.State.FREE)))
                .buffers(Duration.ofMinutes(10), Duration.ofMinutes(5)).build();
        // then
        assertThat(av.busy()).containsExactly(Interval.of(t(8, 50), t(10, 5)), at(14, 60));
        assertThat(av.tentative()).containsExactly(Interval.of(t(11, 50), t(12, 35)));
    }

    @Test
    void covered_is_the_horizon_read_from_the_agenda_and_the_range_of_an_outside_answer_less_its_buffers() {
        // given
        Interval tuesday = Interval.of(MONDAY.plusDays(1).toInstant(), MONDAY.plusDays(2).toInstant());
        Duration tenMinutes = Duration.ofMinutes(10);
        Duration fiveMinutes = Duration.ofMinutes(5);
        // when
        Availability nothingRead = Availability.of(ALICE, paris()).outside(List.of()).build();
        Availability fromAgenda = Availability.of(ALICE, paris()).meetings(agenda(), WEEK).build();
        Availability both = Availability.of(ALICE, paris()).meetings(agenda(), WEEK).outside(List.of(), tuesday)
                .buffers(tenMinutes, fiveMinutes).build();
        // then: an outside answer for Tuesday does not say what a span just outside it keeps busy by its buffers
        assertThat(nothingRead.covered()).isEqualTo(Interval.of(org.aso.core.kernel.Limits.MIN_INSTANT,
                org.aso.core.kernel.Limits.MAX_INSTANT));
        assertThat(fromAgenda.covered()).isEqualTo(WEEK);
        assertThat(both.covered()).isEqualTo(Interval.of(tuesday.start().plus(fiveMinutes), tuesday.end().minus(tenMinutes)));
        assertThat(both.isFree(Interval.of(tuesday.start().plus(fiveMinutes), Duration.ofHours(1)))).isTrue();
        assertThat(both.isFree(Interval.of(tuesday.start(), Duration.ofHours(1)))).isFalse();
        assertThat(both.isFree(at(9, 60))).isFalse();
    }

    @Test
    void covered_is_empty_when_the_sources_do_not_meet_and_then_nothing_is_free() {
        Interval nextWeek = Interval.of(MONDAY.plusDays(8).toInstant(), MONDAY.plusDays(9).toInstant());
        Availability apart = Availability.of(ALICE, paris()).meetings(agenda(), WEEK).outside(List.of(), nextWeek).build();
        assertThat(apart.covered().isEmpty()).isTrue();
        assertThat(apart.isFree(at(9, 60))).isFalse();
        assertThat(apart.isFree(Interval.of(nextWeek.start(), Duration.ofHours(1)))).isFalse();
    }

    @Test
    void isFree_up_to_both_ends_of_the_covered_time_and_not_a_second_beyond() {
        Availability week = Availability.of(ALICE, paris()).meetings(agenda(), WEEK).build();
        assertThat(week.isFree(WEEK)).isTrue();
        assertThat(week.isFree(Interval.of(WEEK.start().minusSeconds(1), WEEK.end()))).isFalse();
        assertThat(week.isFree(Interval.of(WEEK.start(), WEEK.end().plusSeconds(1)))).isFalse();
    }

    @Test
    void meetings_just_outside_the_horizon_keep_their_buffers_inside_it() {
        // given: alice accepted 08:00-09:00; her availability is read from 09:00
        Agenda a = agenda().book(meeting("early", LARGE, MONDAY.withHour(8), 60, "alice").build(), CTX).get().agenda();
        a = a.respond(MeetingId.of("early"), ALICE, Attendee.Response.ACCEPTED, CTX).get().agenda();
        Interval fromNine = Interval.of(t(9, 0), MONDAY.plusDays(1).toInstant());
        // when
        Availability av = Availability.of(ALICE, paris()).meetings(a, fromNine)
                .buffers(Duration.ofMinutes(10), Duration.ofMinutes(15)).build();
        // then
        assertThat(av.busy()).containsExactly(Interval.of(t(7, 50), t(9, 15)));
        assertThat(av.isFree(Interval.of(t(9, 0), t(10, 0)))).isFalse();
        assertThat(av.isFree(Interval.of(t(9, 15), t(10, 0)))).isTrue();
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void extreme_horizons_and_ranges_are_answered_within_the_supported_range() {
        // given
        Interval all = Interval.of(java.time.Instant.MIN, java.time.Instant.MAX);
        // when
        Availability av = Availability.of(ALICE, paris()).meetings(agenda(), all)
                .outside(List.of(FreeBusy.of(Interval.of(java.time.Instant.MIN, Duration.ofDays(1)), FreeBusy.State.BUSY)), all)
                .buffers(Duration.ofDays(1), Duration.ofDays(1)).build();
        // then
        assertThat(av.covered().start()).isAfterOrEqualTo(org.aso.core.kernel.Limits.MIN_INSTANT);
        assertThat(av.covered().end()).isBeforeOrEqualTo(org.aso.core.kernel.Limits.MAX_INSTANT);
        assertThat(av.isFree(at(9, 60))).isTrue();
        assertThat(av.isFree(all)).isFalse();
    }

    @Test
    void buffers_and_notice_are_bounded() {
        assertThatThrownBy(() -> Availability.of(ALICE, paris()).buffers(Duration.ofMinutes(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Availability.of(ALICE, paris()).minimumNotice(Duration.ofDays(400)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buffers_reachADay_andNoticeAYear_atTheirExactEdge() {
        // accepted at the edge
        assertThat(Availability.of(ALICE, paris()).buffers(Duration.ofDays(1), Duration.ofDays(1)).minimumNotice(Duration.ofDays(366))
                .build().person()).isEqualTo(ALICE);
        assertThat(Availability.of(ALICE, paris()).buffers(Duration.ZERO, Duration.ZERO).minimumNotice(Duration.ZERO).build()
                .person()).isEqualTo(ALICE);
        // refused one second beyond, for each
        assertThatThrownBy(() -> Availability.of(ALICE, paris()).buffers(Duration.ofDays(1).plusSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Availability.of(ALICE, paris()).buffers(Duration.ZERO, Duration.ofDays(1).plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Availability.of(ALICE, paris()).buffers(Duration.ZERO, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Availability.of(ALICE, paris()).minimumNotice(Duration.ofDays(366).plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Availability.of(ALICE, paris()).minimumNotice(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
