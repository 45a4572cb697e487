package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aso.core.priority.Quadrant;
import org.aso.core.priority.Urgency;
import org.aso.core.priority.UrgencyTerm;
import org.junit.jupiter.api.Test;

/** The benchmark measures real work: every open task is scored with its breakdown and sorted. */
class RankingBenchmarkTest {

    @Test
    void rank100k_scoresAndSortsEveryOpenTask() {
        RankingBenchmark b = new RankingBenchmark();
        b.setUp();
        List<Urgency> ranked = b.rank100k();

        long open = b.tasks.stream().filter(t -> t.isOpen()).count();
        assertThat(open).isBetween(85_000L, 95_000L);
        assertThat(ranked).hasSize((int) open).isSortedAccordingTo(Urgency.RANKING);
        assertThat(ranked).allSatisfy(u -> assertThat(u.breakdown()).hasSize(UrgencyTerm.values().length));
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(ranked.size() - 1).score() + 20);
        assertThat(ranked).anySatisfy(u -> assertThat(u.contributionOf(UrgencyTerm.BLOCKING)).isPositive());
        assertThat(ranked).anySatisfy(u -> assertThat(u.contributionOf(UrgencyTerm.OVERDUE)).isPositive());
        assertThat(ranked).anySatisfy(u -> assertThat(u.contributionOf(UrgencyTerm.SENSITIVITY)).isPositive());
        assertThat(ranked).extracting(Urgency::quadrant).contains(Quadrant.values());
    }
}
