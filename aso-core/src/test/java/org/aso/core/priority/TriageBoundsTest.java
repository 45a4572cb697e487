package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.PriorityGrade;
import org.junit.jupiter.api.Test;

class TriageBoundsTest {
    private final BusinessCalendar paris = KernelFixtures.paris();

    private static Task task(String id, PriorityGrade grade, Instant created) {
        return Task.builder().id(TaskId.of(id)).title("Task " + id).assignee(PriorityFixtures.OFFICER)
                .unit(PriorityFixtures.S2).grade(grade).createdAt(created).build();
    }

    @Test
    void rank_tasksOnGradeLimitsOfAThousandDaysOrMore_eachGetTheirOwnDueMoment() {
        // created a day apart, with limits of 1000 and 0 working days: the ranking's memo of due days keeps them apart
        Task slow = task("t-1", PriorityGrade.of("slow", "Slow", 1, 1000), Instant.parse("2026-03-02T08:00:00Z"));
        Task now = task("t-2", PriorityGrade.of("now", "Now", 4, 0), Instant.parse("2026-03-03T08:00:00Z"));
        List<Urgency> ranked = Triage.of(UrgencyPolicy.defaults(), paris)
                .rank(List.of(slow, now), Instant.parse("2026-03-03T09:00:00Z")).get();
        assertThat(ranked).allSatisfy(u -> assertThat(u.due()).isEqualTo(u.task().dueInstant(paris)));
    }
}
