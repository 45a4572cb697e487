package org.aso.core.agenda;

import static org.aso.core.fixtures.AgendaFixtures.FIXED_PROJECTOR;
import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.SPARE_PROJECTOR;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.SharedState;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());

    @Test
    void book_overlappingTheSameRoom_isRefusedNamingTheConflict() {
        // given
        Agenda.Change first = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a", "b").build(), CTX).get();
        // when
        Problem p = first.agenda().book(meeting("m2", LARGE, TUE_10H.plusMinutes(30), 60, "c").build(), CTX).getLeft();
        // then
        assertThat(p.code()).isEqualTo("agenda.room.double-booked");
        assertThat(p.details()).containsEntry("meeting", "m1").containsEntry("start", TUE_10H.toString());
        // back to back is fine (half-open intervals)
        assertThat(first.agenda().book(meeting("m3", LARGE, TUE_10H.plusMinutes(60), 30, "c").build(), CTX).isRight()).isTrue();
    }

    @Test
    void book_withProjectorAndSpare_reservesBoth() {
        var booked = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a")
                .addEquipment(FIXED_PROJECTOR, SPARE_PROJECTOR).build(), CTX).get();
        var elsewhere = booked.agenda().book(meeting("m2", SMALL, TUE_10H, 60, "b").addEquipment(SPARE_PROJECTOR).build(), CTX);
        assertThat(elsewhere.getLeft().code()).isEqualTo("agenda.equipment.double-booked");
        assertThat(elsewhere.getLeft().details()).containsEntry("meeting", "m1");
        var fixedElsewhere = agenda().book(meeting("m3", SMALL, TUE_10H, 60, "b").addEquipment(FIXED_PROJECTOR).build(), CTX);
        assertThat(fixedElsewhere.getLeft().code()).isEqualTo("agenda.equipment.elsewhere");
        assertThat(booked.agenda().bookingsOf(SPARE_PROJECTOR, Interval.of(TUE_10H.toInstant(), TUE_10H.plusHours(1).toInstant())))
                .extracting(m -> m.id().value()).containsExactly("m1");
    }

    @Test
    void book_roomTooSmallOrOutsideItsHours_isRefused() {
        assertThat(agenda().book(meeting("m1", SMALL, TUE_10H, 60, "a", "b", "c", "d", "e").build(), CTX).getLeft().code())
                .isEqualTo("agenda.room.too-small");
        // for-information invitees need no seat
        var info = meeting("m2", SMALL, TUE_10H, 60, "a", "b", "c", "d")
                .addAttendees(Attendee.of(PersonId.of("e"), Attendee.Role.FOR_INFORMATION)).build();
        assertThat(agenda().book(info, CTX).isRight()).isTrue();
        // the small room follows office hours: not over lunch, not on Saturday
        assertThat(agenda().book(meeting("m3", SMALL, TUE_10H.withHour(12), 60, "a").build(), CTX).getLeft().code())
                .isEqualTo("agenda.room.outside-hours");
        assertThat(agenda().book(meeting("m4", SMALL, TUE_10H.plusDays(4), 60, "a").build(), CTX).getLeft().code())
                .isEqualTo("agenda.room.outside-hours");
    }

    @Test
    void move_increasesTheSequence_andFreesTheOldSlot() {
        var booked = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).get();
        var moved = booked.agenda().move(MeetingId.of("m1"), TUE_10H.plusHours(2), TUE_10H.plusHours(3), LARGE, CTX).get();
        assertThat(moved.meeting().sequence()).isEqualTo(1);
        assertThat(moved.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.Moved.class, e -> {
            assertThat(e.action()).isEqualTo("agenda.meeting.updated");
            assertThat(e.meeting()).isEqualTo(moved.meeting());
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.previousStart()).isEqualTo(TUE_10H.toInstant());
            assertThat(e.previousRoom()).contains(LARGE);
            assertThat(e.recipients()).containsExactly(PersonId.of("a"));
            assertThat(e.details()).containsEntry("sequence", "1").containsEntry("previousStart", TUE_10H.toString());
        });
        assertThat(moved.agenda().book(meeting("m2", LARGE, TUE_10H, 60, "b").build(), CTX).isRight()).isTrue();
        // moving onto itself partly is not a conflict with itself
        assertThat(moved.agenda().move(MeetingId.of("m1"), TUE_10H.plusHours(2).plusMinutes(30), TUE_10H.plusHours(3).plusMinutes(30),
                LARGE, CTX).isRight()).isTrue();
    }

    @Test
    void move_withoutARoomArgument_keepsTheRoom() {
        var booked = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).get();
        var moved = booked.agenda().move(MeetingId.of("m1"), TUE_10H.plusHours(2), TUE_10H.plusHours(3), CTX).get();
        assertThat(moved.meeting().room()).contains(LARGE);
        assertThat(moved.meeting().start()).isEqualTo(TUE_10H.plusHours(2));
        // the room is now taken at the new time, free at the old one
        assertThat(moved.agenda().book(meeting("m2", LARGE, TUE_10H.plusHours(2), 60, "b").build(), CTX).getLeft().code())
                .isEqualTo("agenda.room.double-booked");
        assertThat(moved.agenda().book(meeting("m3", LARGE, TUE_10H, 60, "b").build(), CTX).isRight()).isTrue();
        // an unknown meeting is refused as before
        assertThat(moved.agenda().move(MeetingId.of("nope"), TUE_10H, TUE_10H.plusHours(1), CTX).getLeft().code())
                .isEqualTo("agenda.meeting.unknown");
    }

    @Test
    void moveWithoutRoom_freesTheRoom() {
        var booked = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).get();
        var moved = booked.agenda().moveWithoutRoom(MeetingId.of("m1"), TUE_10H.plusHours(2), TUE_10H.plusHours(3), CTX)
                .get();
        assertThat(moved.meeting().room()).isEmpty();
        assertThat(moved.agenda().book(meeting("m2", LARGE, TUE_10H.plusHours(2), 60, "b").build(), CTX).isRight())
                .isTrue();
    }

    @Test
    void cancel_freesTheRoom_andTellsEveryone() {
        var booked = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a", "b").build(), CTX).get();
        var cancelled = booked.agenda().cancel(MeetingId.of("m1"), "Chair unavailable", CTX).get();
        assertThat(cancelled.meeting().status()).isEqualTo(Meeting.Status.CANCELLED);
        assertThat(cancelled.meeting().sequence()).isEqualTo(1);
        assertThat(cancelled.events().get(0).recipients()).containsExactly(PersonId.of("a"), PersonId.of("b"));
        assertThat(cancelled.agenda().book(meeting("m2", LARGE, TUE_10H, 60, "c").build(), CTX).isRight()).isTrue();
        assertThat(cancelled.agenda().cancel(MeetingId.of("m1"), "again", CTX).getLeft().code()).isEqualTo("agenda.meeting.cancelled");
    }

    @Test
    void responses_andQuorum() {
        var req = meeting("m1", LARGE, TUE_10H, 60, "a", "b", "c")
                .addAttendees(Attendee.of(PersonId.of("chair"), Attendee.Role.CHAIR)).build();
        Agenda a = agenda().book(req, CTX).get().agenda();
        a = a.respond(MeetingId.of("m1"), PersonId.of("a"), Attendee.Response.ACCEPTED, CTX).get().agenda();
        a = a.respond(MeetingId.of("m1"), PersonId.of("chair"), Attendee.Response.ACCEPTED, CTX).get().agenda();
        var delegated = a.respond(MeetingId.of("m1"), PersonId.of("b"), Attendee.Response.DELEGATED,
                PersonId.of("b-deputy"), CTX).get();
        assertThat(delegated.events().get(0).recipients()).containsExactly(ORGANIZER);
        Meeting m = delegated.meeting();
        assertThat(m.sequence()).isZero();
        assertThat(m.hasQuorum(2)).isTrue();
        assertThat(m.hasQuorum(3)).isFalse();
        a = delegated.agenda().respond(MeetingId.of("m1"), PersonId.of("b-deputy"), Attendee.Response.ACCEPTED, CTX)
                .get().agenda();
        assertThat(a.meeting(MeetingId.of("m1")).get().hasQuorum(3)).isTrue();
        assertThat(a.respond(MeetingId.of("m1"), PersonId.of("stranger"), Attendee.Response.ACCEPTED, CTX)
                .getLeft().code()).isEqualTo("agenda.response.not-invited");
    }

    @Test
    void delegation_countsOnce_andFreesTheSeat() {
        // a small room for two: A and B; A delegates to D
        var req = meeting("m1", SMALL, TUE_10H, 60, "a", "b").build();
        Agenda a = agenda().book(req, CTX).get().agenda();
        a = a.respond(MeetingId.of("m1"), PersonId.of("a"), Attendee.Response.DELEGATED, PersonId.of("d"), CTX)
                .get().agenda();
        a = a.respond(MeetingId.of("m1"), PersonId.of("d"), Attendee.Response.ACCEPTED, CTX).get().agenda();
        Meeting m = a.meeting(MeetingId.of("m1")).get();
        assertThat(m.hasQuorum(1)).isTrue();
        assertThat(m.hasQuorum(2)).as("one person coming is not two").isFalse();
        assertThat(m.seatsNeeded()).isEqualTo(2);
        assertThat(a.move(MeetingId.of("m1"), TUE_10H.plusHours(1), TUE_10H.plusHours(2), SMALL, CTX).isRight()).isTrue();
    }

    @Test
    void delegationChains_count_andSelfDelegationIsRefused() {
        Agenda a = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).get().agenda();
        a = a.respond(MeetingId.of("m1"), PersonId.of("a"), Attendee.Response.DELEGATED, PersonId.of("b"), CTX).get().agenda();
        a = a.respond(MeetingId.of("m1"), PersonId.of("b"), Attendee.Response.DELEGATED, PersonId.of("c"), CTX).get().agenda();
        a = a.respond(MeetingId.of("m1"), PersonId.of("c"), Attendee.Response.ACCEPTED, CTX).get().agenda();
        assertThat(a.meeting(MeetingId.of("m1")).get().hasQuorum(1)).isTrue();
        assertThat(a.meeting(MeetingId.of("m1")).get().hasQuorum(2)).isFalse();
        assertThat(a.respond(MeetingId.of("m1"), PersonId.of("c"), Attendee.Response.DELEGATED, PersonId.of("c"), CTX)
                .getLeft().code()).isEqualTo("agenda.response.self-delegation");
        // a delegate who would need a seat the small room lacks
        Agenda full = agenda().book(meeting("m2", SMALL, TUE_10H, 60, "p", "q", "r", "s").build(), CTX).get().agenda();
        full = full.respond(MeetingId.of("m2"), PersonId.of("p"), Attendee.Response.DELEGATED, PersonId.of("t"), CTX)
                .get().agenda();
        assertThat(full.respond(MeetingId.of("m2"), PersonId.of("p"), Attendee.Response.ACCEPTED, CTX)
                .getLeft().code()).isEqualTo("agenda.room.too-small");
    }

    @Test
    void badRequests_areProblemsNotExceptions() {
        assertThat(agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a", "a").build(), CTX).getLeft().code())
                .isEqualTo("agenda.meeting.duplicate-attendee");
        assertThat(agenda().book(meeting("m2", LARGE, TUE_10H, 60 * 24 * 30, "a").build(), CTX).getLeft().code())
                .isEqualTo("agenda.meeting.too-long");
        assertThat(agenda().book(meeting("m3", LARGE, TUE_10H, 0, "a").build(), CTX).getLeft().code())
                .isEqualTo("agenda.meeting.bad-interval");
    }

    @Test
    void logistics_areDatedInWorkingDaysBeforeTheMeeting() {
        // a meeting on Monday 11 May 2026: catering 3 working days before skips the weekend and 8 May
        LogisticsItem catering = LogisticsItem.of("Order catering", 3);
        var due = catering.dueFor(LocalDate.of(2026, 5, 11), KernelFixtures.paris());
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(due.explanation("meeting")).isEqualTo(
                "meeting Mon 11 May 2026 - 3 working days: skipped 8 May (Victoire 1945) and 2 weekend days -> Tue 5 May 2026");
    }

    @Test
    void racingThreads_forTheSameRoom_exactlyOneWins() throws Exception {
        // given: 8 threads released at once, each booking the same room at the same time
        SharedState<Agenda> shared = SharedState.of(agenda());
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Boolean>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            MeetingRequest req = meeting("m" + t, LARGE, TUE_10H, 60, "p" + t).build();
            jobs.add(() -> {
                go.await();
                var r = shared.update(a -> a.book(req, CTX));
                if (r.isLeft()) {
                    assertThat(r.getLeft().code()).isEqualTo("agenda.room.double-booked");
                }
                return r.isRight();
            });
        }
        List<Future<Boolean>> results = new ArrayList<>();
        for (Callable<Boolean> j : jobs) {
            results.add(pool.submit(j));
        }
        // when
        go.countDown();
        int wins = 0;
        for (Future<Boolean> f : results) {
            wins += f.get() ? 1 : 0;
        }
        pool.shutdown();
        // then
        assertThat(wins).isEqualTo(1);
        assertThat(shared.get().bookingsOf(LARGE, Interval.of(TUE_10H.toInstant(), TUE_10H.plusHours(1).toInstant()))).hasSize(1);
    }

    @Test
    void book_aTentativeRequest_isPencilledIn_andAPlainOneConfirmed() {
        Meeting pencilled = agenda().book(meeting("p", LARGE, TUE_10H, 60, "a").tentative(true).build(), CTX).get().meeting();
        Meeting firm = agenda().book(meeting("f", LARGE, TUE_10H, 60, "a").build(), CTX).get().meeting();
        assertThat(pencilled.status()).isEqualTo(Meeting.Status.TENTATIVE);
        assertThat(firm.status()).isEqualTo(Meeting.Status.CONFIRMED);
    }

    @Test
    void moveWithoutRoom_movesTheMeetingOutOfItsRoom_andFreesIt() {
        Agenda a = agenda().book(meeting("m", LARGE, TUE_10H, 60, "a").build(), CTX).get().agenda();
        Agenda.Change moved = a.moveWithoutRoom(MeetingId.of("m"), TUE_10H.plusHours(2), TUE_10H.plusHours(3),
                java.util.Set.of(), CTX).get();
        assertThat(moved.meeting().room()).isEmpty();
        assertThat(moved.meeting().start()).isEqualTo(TUE_10H.plusHours(2));
        assertThat(moved.agenda().bookingsOf(LARGE, Interval.of(TUE_10H.toInstant(), TUE_10H.plusHours(4).toInstant())))
                .isEmpty();
    }

    @Test
    void agendas_withTheSameContent_areEqual_andDifferentOnesNot() {
        Agenda a = agenda().book(meeting("m", LARGE, TUE_10H, 60, "a").build(), CTX).get().agenda();
        Agenda b = agenda().book(meeting("m", LARGE, TUE_10H, 60, "a").build(), CTX).get().agenda();
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(agenda()).isEqualTo(agenda()).hasSameHashCodeAs(agenda());
        assertThat(a).isNotEqualTo(agenda()).isNotEqualTo(null);
        Agenda other = agenda().book(meeting("m", LARGE, TUE_10H.plusHours(1), 60, "a").build(), CTX).get().agenda();
        assertThat(other).isNotEqualTo(a);
    }
}
