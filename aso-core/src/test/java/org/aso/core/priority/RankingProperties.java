package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.PriorityGrade;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of {@link Urgency#RANKING} over tasks drawn from few values, so that equal scores, equal due
 * moments and equal creation instants are common.
 */
class RankingProperties {
    private static final Instant AT = Instant.parse("2024-05-07T07:00:00Z");
    private final Triage triage = Triage.of(UrgencyPolicy.defaults(), KernelFixtures.paris());

    @Provide
    Arbitrary<List<Task>> tasks() {
        Arbitrary<TaskSpec> spec = Combinators.combine(
                Arbitraries.integers().between(-10, 20),        // due, days after 2024-05-07
                Arbitraries.integers().between(0, 2),           // creation: 0, 1 or 2 days before 29 April
                Arbitraries.of(Importance.class),
                Arbitraries.of(PriorityGrade.frenchMailRoom()),
                Arbitraries.of(TaskStatus.TO_DO, TaskStatus.WAITING, TaskStatus.BLOCKED),
                Arbitraries.integers().between(0, 3)             // effort, hours
        ).as(TaskSpec::new);
        return spec.list().ofMinSize(1).ofMaxSize(30).map(specs -> {
            List<Task> out = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                TaskSpec s = specs.get(i);
                out.add(PriorityFixtures.task("t-" + i, LocalDate.of(2024, 5, 7).plusDays(s.due))
                        .withCreatedAt(Instant.parse("2024-04-29T08:00:00Z").minus(Duration.ofDays(s.created)))
                        .withImportance(s.importance).withGrade(s.grade).withStatus(s.status)
                        .withEffort(Duration.ofHours(s.effort)));
            }
            return out;
        });
    }

    record TaskSpec(int due, int created, Importance importance, PriorityGrade grade, TaskStatus status, int effort) {}

    @Property(tries = 200)
    void ranking_isAntisymmetricTransitiveAndConsistentWithIds(@ForAll("tasks") List<Task> tasks) {
        List<Urgency> us = triage.rank(tasks, AT).get();
        for (Urgency a : us) {
            for (Urgency b : us) {
                int ab = Integer.signum(Urgency.RANKING.compare(a, b));
                int ba = Integer.signum(Urgency.RANKING.compare(b, a));
                assertThat(ab).isEqualTo(-ba);
                assertThat(ab == 0).isEqualTo(a.task().id().equals(b.task().id()));
                for (Urgency c : us) {
                    if (ab <= 0 && Urgency.RANKING.compare(b, c) <= 0) {
                        assertThat(Urgency.RANKING.compare(a, c)).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void ranking_isDeterministicUnderShuffling(@ForAll("tasks") List<Task> tasks, @ForAll long seed) {
        List<Task> shuffled = new ArrayList<>(tasks);
        Collections.shuffle(shuffled, new Random(seed));
        List<Urgency> once = triage.rank(tasks, AT).get();
        List<Urgency> again = triage.rank(shuffled, AT).get();
        assertThat(again).isEqualTo(once);
    }

    @Property(tries = 200)
    void ranking_isSortedByScoreThenDue_andAgreesWithSingleScores(@ForAll("tasks") List<Task> tasks) {
        List<Urgency> us = triage.rank(tasks, AT).get();
        for (Urgency u : us) {
            assertThat(u.due()).isEqualTo(u.task().dueInstant(triage.calendar()));
            Urgency alone = triage.score(u.task(), AT);   // no dependencies here: only BLOCKED may differ
            assertThat(u.score()).isCloseTo(alone.score() - alone.contributionOf(UrgencyTerm.BLOCKED)
                    + u.contributionOf(UrgencyTerm.BLOCKED), org.assertj.core.api.Assertions.within(1e-9));
        }
        for (int i = 0; i + 1 < us.size(); i++) {
            Urgency a = us.get(i);
            Urgency b = us.get(i + 1);
            assertThat(a.score()).isGreaterThanOrEqualTo(b.score());
            if (a.score() == b.score()) {
                assertThat(a.due()).isBeforeOrEqualTo(b.due());
            }
        }
    }
}
