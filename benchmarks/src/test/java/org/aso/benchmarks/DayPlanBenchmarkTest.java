package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.aso.core.priority.DayPlan;
import org.junit.jupiter.api.Test;

/** The benchmark measures real work: the plan fills the week's free time without overlap. */
class DayPlanBenchmarkTest {

    @Test
    void benchmarkMethods_planTheWeekAndWarn() {
        DayPlanBenchmark b = new DayPlanBenchmark();
        b.setUp();
        assertThat(b.agenda.meetingsOf(DayPlanBenchmark.ALICE, b.week)).hasSize(DayPlanBenchmark.MEETINGS);
        assertThat(b.free.total()).isBetween(Duration.ofHours(10), Duration.ofHours(30));
        DayPlan plan = b.freeAndPlan();
        assertThat(plan).usingRecursiveComparison().isEqualTo(b.planOnly());
        assertThat(plan.order()).hasSize(DayPlanBenchmark.TASKS);
        assertThat(plan.blocks().size()).isGreaterThan(20);
        for (int k = 1; k < plan.blocks().size(); k++) {
            assertThat(plan.blocks().get(k - 1).interval().end()).isBeforeOrEqualTo(plan.blocks().get(k).interval().start());
        }
        for (DayPlan.Block block : plan.blocks()) {
            assertThat(b.free.encloses(block.interval())).isTrue();
        }
        assertThat(plan.plannedTime()).isLessThanOrEqualTo(b.free.total()).isGreaterThan(b.free.total().minusHours(2));
        assertThat(plan.unplaced()).isNotEmpty();
        assertThat(b.overload()).isNotEmpty();
    }
}
