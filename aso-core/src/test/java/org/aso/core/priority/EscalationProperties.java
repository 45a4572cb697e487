package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.PriorityGrade;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Escalation evaluated at random increasing instants over May-June 2024 (French holidays on 1, 8,
 * 9 and 20 May): no notice twice, and by the last instant every notice a single evaluation would
 * give has been given.
 */
class EscalationProperties {
    private static final Instant START = Instant.parse("2024-04-29T00:00:00Z");
    private final Escalation escalation = Escalation.of(
            EscalationPolicy.defaults().withLadder("very-urgent", EscalationLadder.of(1, 0, 1))
                    .withLadder("normal", EscalationLadder.of(0, 3, 10)),
            KernelFixtures.paris(), PriorityFixtures.orgChart());

    @Provide
    Arbitrary<List<Task>> tasks() {
        return Arbitraries.integers().between(0, 40).list().ofMinSize(1).ofMaxSize(12).flatMap(days ->
                Arbitraries.of(PriorityGrade.frenchMailRoom()).list().ofSize(days.size()).map(grades -> {
                    List<Task> out = new ArrayList<>();
                    for (int i = 0; i < days.size(); i++) {
                        Task t = PriorityFixtures.task("t-" + i, LocalDate.of(2024, 5, 2).plusDays(days.get(i)))
                                .withGrade(grades.get(i));
                        out.add(i % 5 == 4 ? t.withStatus(TaskStatus.DONE) : t);
                    }
                    return out;
                }));
    }

    @Provide
    Arbitrary<List<Instant>> instants() {
        return Arbitraries.longs().between(0, Duration.ofDays(60).toMinutes()).list().ofMinSize(1).ofMaxSize(40)
                .map(ms -> ms.stream().sorted().map(m -> START.plus(Duration.ofMinutes(m))).toList());
    }

    @Property(tries = 300)
    void notices_areGivenOnce_andEventuallyAll(@ForAll("tasks") List<Task> tasks, @ForAll("instants") List<Instant> ats) {
        Escalations state = Escalations.none();
        Set<String> given = new HashSet<>();
        for (Instant at : ats) {
            EscalationRound round = escalation.evaluate(state, tasks, at).get();
            for (Notice n : round.notices()) {
                assertThat(given.add(n.task() + "/" + n.kind())).as("given twice: " + n).isTrue();
                assertThat(n.dueSince()).isBeforeOrEqualTo(at);
            }
            state = round.state();
        }
        // re-evaluating at the last instant gives nothing new
        Instant last = ats.get(ats.size() - 1);
        assertThat(escalation.evaluate(state, tasks, last).get().notices()).isEmpty();
        // every notice due by the last instant was given (reminders only while not yet overdue)
        for (Notice n : escalation.evaluate(Escalations.none(), tasks, last).get().notices()) {
            assertThat(given).contains(n.task() + "/" + n.kind());
        }
        for (Task t : tasks) {
            if (!t.isOpen()) {
                assertThat(state.issued(t.id())).isEmpty();
            }
        }
    }
}
