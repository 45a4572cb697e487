package org.aso.core.priority;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.aso.core.fixtures.KernelFixtures.PARIS;
import static org.aso.core.fixtures.KernelFixtures.paris;
import static org.aso.core.fixtures.PriorityFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class DayPlannerTest {
    private static final PersonId ALICE = PersonId.of("alice");
    /** Monday 13 July 2026; Tuesday 14 July is a French holiday. */
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 7, 13, 0, 0, 0, 0, PARIS);
    private static final Context CTX = Context.of(MONDAY.minusDays(7).toInstant(), ORGANIZER, Clearance.none());

    private static Instant at(ZonedDateTime day, int h, int m) {
        return day.withHour(h).withMinute(m).toInstant();
    }

    private static Interval span(ZonedDateTime day, int h, int m, int minutes) {
        return Interval.of(at(day, h, m), Duration.ofMinutes(minutes));
    }

    private static Interval days(ZonedDateTime first, int n) {
        return Interval.of(first.toInstant(), first.plusDays(n).toInstant());
    }

    private static DayPlan plan(List<PlanItem> items, FreeTime free, Interval window) {
        return DayPlanner.plan(items, free, window).getOrElseThrow(p -> new AssertionError(p.toString()));
    }

    /** Alice's agenda on Monday: a meeting 09:00-10:00 she has not answered, one at 14:00 she declined. */
    private static Agenda mondayAgenda() {
        Agenda a = agenda();
        a = a.book(meeting("m1", LARGE, MONDAY.withHour(9), 60, "alice").build(), CTX).get().agenda();
        a = a.book(meeting("m2", LARGE, MONDAY.withHour(14), 60, "alice").build(), CTX).get().agenda();
        return a.respond(MeetingId.of("m2"), ALICE, Attendee.Response.DECLINED, CTX).get().agenda();
    }

    @Test
    void free_time_is_working_hours_minus_meetings_not_declined_and_minus_other_busy_time() {
        // given
        Interval window = days(MONDAY, 2);
        // when
        FreeTime free = FreeTime.of(paris(), mondayAgenda(), ALICE, window, List.of(span(MONDAY, 16, 0, 30)));
        // then: the declined meeting is free, the holiday has nothing
        assertThat(free.periods()).containsExactly(
                span(MONDAY, 10, 0, 150), span(MONDAY, 13, 30, 150), span(MONDAY, 16, 30, 60));
        assertThat(free.total()).isEqualTo(Duration.ofMinutes(360));
    }

    @Test
    void free_time_of_someone_who_delegated_a_meeting_keeps_that_meeting_free() {
        // given: alice sends bob to the 09:00 meeting (RFC 5545 PARTSTAT=DELEGATED: she will not come)
        Agenda a = mondayAgenda().respond(MeetingId.of("m1"), ALICE, Attendee.Response.DELEGATED,
                PersonId.of("bob"), CTX).get().agenda();
        // when
        FreeTime free = FreeTime.of(paris(), a, ALICE, days(MONDAY, 1));
        FreeTime bob = FreeTime.of(paris(), a, PersonId.of("bob"), days(MONDAY, 1));
        // then: alice's morning is whole, bob's has the meeting
        assertThat(free.periods()).containsExactly(span(MONDAY, 9, 0, 210), span(MONDAY, 13, 30, 240));
        assertThat(bob.periods()).containsExactly(span(MONDAY, 10, 0, 150), span(MONDAY, 13, 30, 240));
    }

    @Test
    void a_day_with_meetings_and_a_holiday_next_day_fills_monday_by_deadline_then_urgency() {
        // given
        Interval window = days(MONDAY, 2);
        FreeTime free = FreeTime.of(paris(), mondayAgenda(), ALICE, window);
        List<PlanItem> items = List.of(
                item("report", 120).due(at(MONDAY, 17, 0)).build(),
                item("letters", 180).urgency(0.9).splittable(true).build(),
                item("archive", 240).urgency(0.1).build(),
                item("call", 30).urgency(0.5).build());
        // when
        DayPlan plan = plan(items, free, window);
        // then
        assertThat(plan.order()).extracting(TaskId::value).containsExactly("report", "letters", "call", "archive");
        assertThat(plan.blocks()).containsExactly(
                new DayPlan.Block(TaskId.of("report"), span(MONDAY, 10, 0, 120)),
                new DayPlan.Block(TaskId.of("letters"), span(MONDAY, 12, 0, 30)),
                new DayPlan.Block(TaskId.of("letters"), span(MONDAY, 13, 30, 150)),
                new DayPlan.Block(TaskId.of("call"), span(MONDAY, 16, 0, 30)));
        assertThat(plan.unplaced()).containsExactly(
                new DayPlan.Unplaced(TaskId.of("archive"), DayPlan.Reason.NO_ROOM, Duration.ofHours(4)));
        assertThat(plan.blocks()).noneMatch(b -> b.interval().end().isAfter(MONDAY.plusDays(1).toInstant()));
        assertThat(plan.finishOf(TaskId.of("letters"))).contains(at(MONDAY, 16, 0));
    }

    @Test
    void a_split_task_skips_gaps_shorter_than_its_minimum_chunk() {
        // given: gaps 09:00-09:30, 10:00-12:30, 13:30-17:30
        Interval window = days(MONDAY, 1);
        FreeTime free = FreeTime.of(paris(), agenda(), ALICE, window, List.of(span(MONDAY, 9, 30, 30)));
        PlanItem memo = item("memo", 240).splittable(true).minimumChunk(Duration.ofMinutes(45)).build();
        // when
        DayPlan plan = plan(List.of(memo), free, window);
        // then
        assertThat(plan.blocksOf(memo.id())).extracting(DayPlan.Block::interval)
                .containsExactly(span(MONDAY, 10, 0, 150), span(MONDAY, 13, 30, 90));
        assertThat(plan.unplaced()).isEmpty();
    }

    @Test
    void a_splittable_task_larger_than_the_window_keeps_its_blocks_and_reports_the_rest() {
        // given
        Interval window = days(MONDAY, 1);
        FreeTime free = FreeTime.of(paris(), agenda(), ALICE, window);
        // when
        DayPlan plan = plan(List.of(item("big", 600).splittable(true).build()), free, window);
        // then
        assertThat(plan.plannedTime()).isEqualTo(Duration.ofMinutes(450));
        assertThat(plan.unplaced()).containsExactly(
                new DayPlan.Unplaced(TaskId.of("big"), DayPlan.Reason.NO_ROOM, Duration.ofMinutes(150)));
        assertThat(plan.finishOf(TaskId.of("big"))).isEmpty();
    }

    @Test
    void a_dependency_is_planned_first_and_inherits_the_deadline_of_the_task_waiting_for_it() {
        // given: "sign" is due first and waits for "draft", which has no deadline of its own
        Interval window = days(MONDAY, 1);
        FreeTime free = FreeTime.of(paris(), agenda(), ALICE, window);
        List<PlanItem> items = List.of(
                item("sign", 30).due(at(MONDAY, 12, 0)).urgency(1).addDependsOn(TaskId.of("draft")).build(),
                item("other", 60).due(at(MONDAY, 15, 0)).urgency(1).build(),
                item("draft", 90).addDependsOn(TaskId.of("done-yesterday")).build());
        // when
        DayPlan plan = plan(items, free, window);
        // then
        assertThat(plan.order()).extracting(TaskId::value).containsExactly("draft", "sign", "other");
        assertThat(plan.blocks()).containsExactly(
                new DayPlan.Block(TaskId.of("draft"), span(MONDAY, 9, 0, 90)),
                new DayPlan.Block(TaskId.of("sign"), span(MONDAY, 10, 30, 30)),
                new DayPlan.Block(TaskId.of("other"), span(MONDAY, 11, 0, 60)));
    }

    @Test
    void a_task_never_starts_before_its_dependency_even_if_an_earlier_gap_is_free() {
        // given: the dependency only fits in the afternoon; the dependent's 30 minutes would fit at 09:00
        Interval window = days(MONDAY, 1);
        FreeTime free = FreeTime.of(paris(), agenda(), ALICE, window);
        List<PlanItem> items = List.of(
                item("first", 240).build(),
                item("second", 30).addDependsOn(TaskId.of("first")).build(),
                item("filler", 180).due(at(MONDAY, 12, 30)).build());
        // when
        DayPlan plan = plan(items, free, window);
        // then
        assertThat(plan.blocksOf(TaskId.of("first"))).extracting(DayPlan.Block::interval)
                .containsExactly(span(MONDAY, 13, 30, 240));
        assertThat(plan.unplaced()).containsExactly(
                new DayPlan.Unplaced(TaskId.of("second"), DayPlan.Reason.NO_ROOM, Duration.ofMinutes(30)));
    }

    @Test
    void an_unsplittable_task_too_big_for_any_gap_is_left_out_and_what_waits_for_it_too() {
        // given: gaps of 3h30 and 4h, a task of 5h
        Interval window = days(MONDAY, 1);
        FreeTime free = FreeTime.of(paris(), agenda(), ALICE, window);
        List<PlanItem> items = List.of(
                item("audit", 300).due(at(MONDAY, 17, 30)).build(),
                item("follow-up", 30).addDependsOn(TaskId.of("audit")).build(),
                item("mail", 60).build());
        // when
        DayPlan plan = plan(items, free, window);
        // then
        assertThat(plan.unplaced()).containsExactly(
                new DayPlan.Unplaced(TaskId.of("audit"), DayPlan.Reason.NO_GAP_LARGE_ENOUGH, Duration.ofHours(5)),
                new DayPlan.Unplaced(TaskId.of("follow-up"), DayPlan.Reason.WAITING_FOR_DEPENDENCY, Duration.ofMinutes(30)));
        assertThat(plan.blocks()).containsExactly(new DayPlan.Block(TaskId.of("mail"), span(MONDAY, 9, 0, 60)));
    }

    @Test
    void not_before_holds_a_task_back() {
        // given
        Interval window = days(MONDAY, 1);
        FreeTime free = FreeTime.of(paris(), agenda(), ALICE, window);
        // when
        DayPlan plan = plan(List.of(item("later", 60).notBefore(at(MONDAY, 15, 10)).build()), free, window);
        // then
        assertThat(plan.blocks()).extracting(DayPlan.Block::interval).containsExactly(span(MONDAY, 15, 10, 60));
    }

    @Test
    void a_week_plan_across_the_paris_clock_change_stays_in_local_working_hours() {
        // given: Thursday 26 March to Thursday 2 April 2026; clocks go forward on Sunday 29 March
        ZonedDateTime thursday = ZonedDateTime.of(2026, 3, 26, 0, 0, 0, 0, PARIS);
        Interval window = days(thursday, 7);
        FreeTime free = FreeTime.of(paris(), agenda(), ALICE, window);
        List<PlanItem> items = List.of(
                item("study", 2000).splittable(true).minimumChunk(Duration.ofMinutes(60)).build(),
                item("brief", 210).due(thursday.plusDays(4).withHour(12).toInstant()).build());
        // when
        DayPlan plan = plan(items, free, window);
        // then: Monday 30 March starts at 09:00 Paris, which is 07:00 UTC (08:00 UTC the Friday before)
        ZonedDateTime monday = thursday.plusDays(4);
        assertThat(plan.blocks().get(0)).isEqualTo(new DayPlan.Block(TaskId.of("brief"), span(thursday, 9, 0, 210)));
        assertThat(plan.blocks()).anyMatch(b -> b.interval().start().equals(Instant.parse("2026-03-30T07:00:00Z")));
        assertThat(plan.blocks()).anyMatch(b -> b.interval().start().equals(Instant.parse("2026-03-27T08:00:00Z")));
        for (DayPlan.Block b : plan.blocks()) {
            LocalTime s = b.interval().start().atZone(PARIS).toLocalTime();
            LocalTime e = b.interval().end().atZone(PARIS).toLocalTime();
            boolean morning = !s.isBefore(LocalTime.of(9, 0)) && !e.isAfter(LocalTime.of(12, 30));
            boolean afternoon = !s.isBefore(LocalTime.of(13, 30)) && !e.isAfter(LocalTime.of(17, 30));
            assertThat(morning || afternoon).as("%s in working hours", b).isTrue();
            assertThat(b.interval().start().atZone(PARIS).getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        }
        assertThat(plan.plannedTime()).isEqualTo(Duration.ofMinutes(2210));
        assertThat(plan.finishOf(TaskId.of("study"))).contains(at(monday.plusDays(2), 17, 30).minus(Duration.ofMinutes(40)));
        assertThat(monday.withHour(9).toInstant()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void a_dependency_cycle_is_a_problem() {
        // given
        List<PlanItem> items = List.of(
                item("a", 30).addDependsOn(TaskId.of("b")).build(),
                item("b", 30).addDependsOn(TaskId.of("c")).build(),
                item("c", 30).addDependsOn(TaskId.of("a")).build(),
                item("d", 30).addDependsOn(TaskId.of("a")).build());
        Interval window = days(MONDAY, 1);
        // when
        var result = DayPlanner.plan(items, FreeTime.of(paris(), agenda(), ALICE, window), window);
        // then
        assertThat(result.getLeft().code()).isEqualTo("priority.plan.dependency-cycle");
        assertThat(result.getLeft().detail("tasks")).contains("a -> b -> c -> a");
    }

    @Test
    void a_task_that_depends_on_itself_is_a_cycle_and_a_duplicate_id_is_a_problem() {
        Interval window = days(MONDAY, 1);
        FreeTime free = FreeTime.of(paris(), agenda(), ALICE, window);
        Problem self = DayPlanner.plan(List.of(item("a", 30).addDependsOn(TaskId.of("a")).build()), free, window).getLeft();
        assertThat(self.detail("tasks")).contains("a -> a");
        Problem twice = DayPlanner.plan(List.of(item("a", 30).build(), item("a", 60).build()), free, window).getLeft();
        assertThat(twice.code()).isEqualTo("priority.plan.duplicate-task");
    }

    @Test
    void free_time_over_ten_thousand_years_is_refused_before_any_work() {
        // given: a window from the first to the last supported instant
        org.aso.core.kernel.Interval ever = org.aso.core.kernel.Interval.of(Instant.MIN, Instant.MAX);

        // then
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FreeTime.of(paris(), agenda(), ALICE, ever))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(org.aso.core.kernel.BusinessCalendar.MAX_PERIOD_DAYS));
    }
}
