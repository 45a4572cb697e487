package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;

/**
 * A task's schedule of notices is what evaluations give: each scheduled notice is given by an
 * evaluation at its instant, to the same recipient; and a deputy receives exactly the notices
 * given to the person away during their interval.
 */
class EscalationScheduleProperties {
    private static final PersonId DEPUTY = PersonId.of("p-9");

    @Provide
    Arbitrary<List<Task>> tasks() {
        return PriorityFixtures.escalationTasks();
    }

    @Provide
    Arbitrary<Interval> absences() {
        Instant may = Instant.parse("2024-05-01T00:00:00Z");
        return Arbitraries.integers().between(0, 40 * 24).flatMap(start -> Arbitraries.integers().between(1, 15 * 24)
                .map(hours -> Interval.of(may.plus(Duration.ofHours(start)), Duration.ofHours(hours))));
    }

    private static Escalation escalation() {
        return Escalation.of(EscalationPolicy.defaults(), KernelFixtures.paris(), PriorityFixtures.orgChart());
    }

    @Property(tries = 100)
    void every_scheduled_notice_is_given_by_an_evaluation_at_its_instant_to_the_same_recipient(
            @ForAll("tasks") List<Task> tasks, @ForAll("absences") Interval away) {
        Escalation escalation = escalation().withDeputy(new Escalation.Deputy(PriorityFixtures.OFFICER, DEPUTY, away));
        for (Task t : tasks) {
            List<Notice> scheduled = escalation.schedule(t).get();
            if (!t.isOpen()) {
                assertThat(scheduled).isEmpty();
                continue;
            }
            assertThat(scheduled).extracting(Notice::kind).containsSubsequence(NoticeKind.OVERDUE, NoticeKind.ESCALATION,
                    NoticeKind.EXCEPTION_REPORT);
            for (Notice n : scheduled) {
                Context at = Context.of(n.dueSince(), PersonId.of("scheduler"), Clearance.none());
                List<Notice> given = escalation.evaluate(NoticeLog.empty(), List.of(t), at).get().notices();
                assertThat(given).filteredOn(g -> g.kind() == n.kind()).singleElement().satisfies(g -> {
                    assertThat(g.dueSince()).isEqualTo(n.dueSince());
                    assertThat(g.recipient()).isEqualTo(n.recipient());
                });
                Optional<PersonId> meant = n.kind() == NoticeKind.REMINDER || n.kind() == NoticeKind.OVERDUE
                        ? Optional.of(t.assignee()) : n.kind() == NoticeKind.ESCALATION
                        ? PriorityFixtures.orgChart().headAbove(t.unit()) : Optional.empty();
                assertThat(n.recipient()).isEqualTo(meant.map(p -> p.equals(PriorityFixtures.OFFICER)
                        && away.contains(n.dueSince()) ? DEPUTY : p));
            }
        }
    }
}
