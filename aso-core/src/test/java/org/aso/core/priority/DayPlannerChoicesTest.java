package org.aso.core.priority;

import static org.aso.core.fixtures.PriorityFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** The planner's choices on a plain timeline (hours of 7 May 2024, UTC). */
class DayPlannerChoicesTest {
    private static final Interval DAY = span(0, 24);

    private static Instant h(int hour) {
        return Instant.parse("2024-05-07T00:00:00Z").plus(Duration.ofHours(hour));
    }

    private static Instant hm(int hour, int minute) {
        return h(hour).plus(Duration.ofMinutes(minute));
    }

    private static Interval span(int from, int to) {
        return Interval.of(h(from), h(to));
    }

    private static DayPlan plan(List<PlanItem> items, FreeTime free) {
        return DayPlanner.plan(items, free, DAY).getOrElseThrow(p -> new AssertionError(p.toString()));
    }

    private static List<String> order(DayPlan plan) {
        return plan.order().stream().map(TaskId::value).toList();
    }

    @Test
    void aDependencyCarriesTheEarliestDeadline_ownOrInherited() {
        FreeTime free = FreeTime.ofPeriods(List.of(span(9, 18)));
        // x is due at noon, y waits for it and is due later: x keeps its own, earlier deadline
        List<PlanItem> items = List.of(item("x", 60).due(h(12)).build(),
                item("y", 60).due(h(17)).addDependsOn(TaskId.of("x")).build(),
                item("z", 60).due(h(15)).build());
        assertThat(order(plan(items, free))).containsExactly("x", "z", "y");
        // x is due at noon and nothing with a deadline waits for it: it still goes before z, due later
        List<PlanItem> alone = List.of(item("x", 60).due(h(12)).build(),
                item("w", 60).addDependsOn(TaskId.of("x")).build(),
                item("z", 60).due(h(15)).urgency(0.9).build());
        assertThat(order(plan(alone, free))).containsExactly("x", "z", "w");
    }

    @Test
    void aCycleIsReportedFromItsOwnItems_notFromItemsOutsideIt() {
        // a is free to go; b and c wait for each other; b also waits for a
        List<PlanItem> items = List.of(item("a", 30).build(),
                item("b", 30).addDependsOn(TaskId.of("a"), TaskId.of("c")).build(),
                item("c", 30).addDependsOn(TaskId.of("b")).build());
        Problem p = DayPlanner.plan(items, FreeTime.ofPeriods(List.of(span(9, 18))), DAY).getLeft();
        assertThat(p.code()).isEqualTo("priority.plan.dependency-cycle");
        assertThat(p.detail("tasks")).contains("b -> c -> b");
    }

    @Test
    void anUnsplittableItemWithEnoughTimeInPiecesButNoGapLongEnough_saysSo() {
        FreeTime free = FreeTime.ofPeriods(List.of(span(9, 10), span(11, 12)));
        DayPlan exact = plan(List.of(item("big", 120).build()), free);
        assertThat(exact.unplaced()).containsExactly(
                new DayPlan.Unplaced(TaskId.of("big"), DayPlan.Reason.NO_GAP_LARGE_ENOUGH, Duration.ofHours(2)));
        DayPlan tooBig = plan(List.of(item("big", 121).build()), free);
        assertThat(tooBig.unplaced()).extracting(DayPlan.Unplaced::reason).containsExactly(DayPlan.Reason.NO_ROOM);
        // only the free time from the earliest start counts: the 09:00 gap is gone by 10:30
        FreeTime four = FreeTime.ofPeriods(List.of(span(9, 10), span(11, 12), span(13, 14), span(15, 16)));
        DayPlan heldBack = plan(List.of(item("big", 180).notBefore(hm(10, 30)).build()), four);
        assertThat(heldBack.unplaced()).extracting(DayPlan.Unplaced::reason).containsExactly(DayPlan.Reason.NO_GAP_LARGE_ENOUGH);
        DayPlan later = plan(List.of(item("big", 180).notBefore(hm(11, 30)).build()), four);
        assertThat(later.unplaced()).extracting(DayPlan.Unplaced::reason).containsExactly(DayPlan.Reason.NO_ROOM);
    }

    @Test
    void aSplitItemUsesAGapExactlyAsLongAsItsMinimumChunk() {
        FreeTime free = FreeTime.ofPeriods(List.of(span(9, 10), span(11, 13)));
        PlanItem memo = item("memo", 120).splittable(true).minimumChunk(Duration.ofMinutes(60)).build();
        DayPlan plan = plan(List.of(memo), free);
        assertThat(plan.blocksOf(memo.id())).extracting(DayPlan.Block::interval).containsExactly(span(9, 10), span(11, 12));
        assertThat(plan.finishOf(memo.id())).contains(h(12));
    }

    @Test
    void theTimeBeforeAHeldBackItem_staysFreeForTheNext() {
        FreeTime free = FreeTime.ofPeriods(List.of(span(9, 12)));
        List<PlanItem> items = List.of(item("late", 60).due(h(13)).notBefore(h(10)).build(),
                item("early", 60).due(h(17)).build());
        DayPlan plan = plan(items, free);
        assertThat(plan.blocks()).containsExactly(new DayPlan.Block(TaskId.of("early"), span(9, 10)),
                new DayPlan.Block(TaskId.of("late"), span(10, 11)));
        // and a split item fills what is left on both sides
        List<PlanItem> withSplit = List.of(item("late", 30).due(h(13)).notBefore(hm(10, 30)).build(),
                item("rest", 150).splittable(true).build());
        assertThat(plan(withSplit, free).blocksOf(TaskId.of("rest"))).extracting(DayPlan.Block::interval)
                .containsExactly(Interval.of(h(9), hm(10, 30)), span(11, 12));
    }

    @Test
    void finishOf_isEmptyForAnItemPlacedOnlyInPart() {
        FreeTime free = FreeTime.ofPeriods(List.of(span(9, 10)));
        PlanItem memo = item("memo", 120).splittable(true).build();
        DayPlan plan = plan(List.of(memo), free);
        assertThat(plan.blocksOf(memo.id())).hasSize(1);
        assertThat(plan.finishOf(memo.id())).isEmpty();
        assertThat(plan.finishOf(TaskId.of("other"))).isEmpty();
        assertThat(plan.window()).isEqualTo(DAY);
        assertThat(plan.plannedTime()).isEqualTo(Duration.ofHours(1));
    }
}
