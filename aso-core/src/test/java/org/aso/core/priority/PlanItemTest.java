package org.aso.core.priority;

import static org.aso.core.fixtures.PriorityFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aso.core.fixtures.KernelFixtures;
import org.junit.jupiter.api.Test;

class PlanItemTest {

    @Test
    void effort_isMoreThanZeroAndAtMostAYear() {
        assertThat(item(Duration.ofMinutes(1)).build().effort()).isEqualTo(Duration.ofMinutes(1));
        assertThat(item(PlanItem.MAX_EFFORT).build().effort()).isEqualTo(Duration.ofDays(366));
        assertThat(item(Duration.ofSeconds(1)).build().effort()).isEqualTo(Duration.ofSeconds(1));
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMinutes(-1), PlanItem.MAX_EFFORT.plusSeconds(1))) {
            assertThatThrownBy(() -> item(bad).build()).as(bad.toString())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void title_urgencyAndMinimumChunk_areChecked() {
        assertThatThrownBy(() -> PlanItem.builder().id(TaskId.of("t-1")).title(" ").effort(Duration.ofMinutes(30)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item(Duration.ofMinutes(30)).urgency(Double.NaN).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item(Duration.ofMinutes(30)).urgency(Double.NEGATIVE_INFINITY).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item(Duration.ofMinutes(30)).minimumChunk(Duration.ZERO).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item(Duration.ofMinutes(30)).minimumChunk(Duration.ofMinutes(-5)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(item(Duration.ofMinutes(30)).urgency(-2.5).minimumChunk(Duration.ofSeconds(1)).build().minimumChunk())
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void ofARankedTask_carriesItsDataWithTheEffortKeptWithinAMinuteAndAYear() {
        Triage triage = Triage.of(UrgencyPolicy.defaults(), KernelFixtures.paris());
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        Task t = task("t-1", LocalDate.of(2024, 5, 10)).withDependencies(List.of(TaskId.of("t-0")));
        Urgency u = triage.score(t, at);
        PlanItem item = PlanItem.of(u, true);
        assertThat(item.id()).isEqualTo(t.id());
        assertThat(item.title()).isEqualTo(t.title());
        assertThat(item.due()).contains(u.due());
        assertThat(item.urgency()).isEqualTo(u.score());
        assertThat(item.splittable()).isTrue();
        assertThat(item.dependsOn()).containsExactly(TaskId.of("t-0"));
        assertThat(item.effort()).isEqualTo(Duration.ofMinutes(1));   // no effort given

        assertThat(effortOf(triage, t.withEffort(Duration.ofSeconds(59)), at)).isEqualTo(Duration.ofMinutes(1));
        assertThat(effortOf(triage, t.withEffort(Duration.ofSeconds(61)), at)).isEqualTo(Duration.ofSeconds(61));
        assertThat(effortOf(triage, t.withEffort(PlanItem.MAX_EFFORT), at)).isEqualTo(PlanItem.MAX_EFFORT);
        assertThat(effortOf(triage, t.withEffort(PlanItem.MAX_EFFORT.plusSeconds(1)), at)).isEqualTo(PlanItem.MAX_EFFORT);
        assertThat(PlanItem.of(u, false).splittable()).isFalse();
    }

    private static PlanItem.Builder item(Duration effort) {
        return PlanItem.builder().id(TaskId.of("t-1")).title("Task t-1").effort(effort);
    }

    private static Duration effortOf(Triage triage, Task t, Instant at) {
        return PlanItem.of(triage.score(t, at), false).effort();
    }
}
