package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** Tasks built from outside data (an import, a form): {@code validate()} returns every problem. */
class TasksFromOutsideTest {

    private static Task.Builder task(String title) {
        Task.Builder b = Task.builder();
        b.id(TaskId.of("t-1")).title(title).assignee(PriorityFixtures.OFFICER).unit(PriorityFixtures.S2)
                .grade(PriorityFixtures.NORMAL).createdAt(Instant.parse("2024-05-02T08:00:00Z"));
        return b;
    }

    @Test
    void title_withControlCharacters_isRefused_itIsQuotedInEscalationNotices() {
        assertThat(task("Reply\u001B[2J").validate().getLeft()).extracting(Problem::code)
                .containsExactly("kernel.text.control-character");
        assertThatThrownBy(() -> task("Reply\u0000").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyProblemAtOnce() {
        Task.Builder b = task(" ").dueDate(LocalDate.of(2024, 5, 10)).dueAt(Instant.parse("2024-05-10T10:00:00Z"))
                .effort(Duration.ofHours(-1)).addTags("urgent\n");
        assertThat(b.validate().getLeft()).extracting(Problem::code).containsExactly(
                "priority.task.missing-title", "priority.task.two-dues", "priority.task.negative-effort",
                "kernel.text.line-break");
    }

    @Test
    void aGoodTask_isBuilt() {
        assertThat(task("Reply to the deputy's letter").validate().get().title()).isEqualTo("Reply to the deputy's letter");
    }
}
