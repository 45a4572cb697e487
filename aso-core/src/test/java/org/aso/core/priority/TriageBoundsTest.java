package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class TriageBoundsTest {
    private final BusinessCalendar paris = KernelFixtures.paris();
    private final Triage triage = Triage.of(UrgencyPolicy.defaults(), paris);
    private static final Instant AT = Instant.parse("2026-03-03T09:00:00Z");

    private static Task task(String id, PriorityGrade grade, Instant created) {
        return Task.builder().id(TaskId.of(id)).title("Task " + id).assignee(PriorityFixtures.OFFICER)
                .unit(PriorityFixtures.S2).grade(grade).createdAt(created).build();
    }

    private static Task onTime(String id) {
        return task(id, PriorityFixtures.URGENT, Instant.parse("2026-03-02T08:00:00Z"));
    }

    @Test
    void rank_tasksOnGradeLimitsOfAThousandDaysOrMore_eachGetTheirOwnDueMoment() {
        // created a day apart, with limits of 1000 and 0 working days: the ranking's memo of due days keeps them apart
        Task slow = task("t-1", PriorityGrade.of("slow", "Slow", 1, 1000), Instant.parse("2026-03-02T08:00:00Z"));
        Task now = task("t-2", PriorityGrade.of("now", "Now", 4, 0), Instant.parse("2026-03-03T08:00:00Z"));
        List<Urgency> ranked = Triage.of(UrgencyPolicy.defaults(), paris)
                .rank(List.of(slow, now), AT).get();
        assertThat(ranked).allSatisfy(u -> assertThat(u.due()).isEqualTo(u.task().dueInstant(paris)));
    }

    @Test
    void rank_tasksOfOneGradeCreatedOnDifferentDays_eachCountTheLimitFromTheirOwnDay() {
        Task monday = task("t-1", PriorityFixtures.URGENT, Instant.parse("2026-03-02T08:00:00Z"));
        Task tuesday = task("t-2", PriorityFixtures.URGENT, Instant.parse("2026-03-03T08:00:00Z"));
        List<Urgency> ranked = triage.rank(List.of(monday, tuesday), AT).get();
        assertThat(ranked).allSatisfy(u -> assertThat(u.due()).isEqualTo(u.task().dueInstant(paris)));
        assertThat(ranked).extracting(Urgency::due).doesNotHaveDuplicates();
    }

    @Test
    void rank_atOutsideTheSupportedRange_isTheOnlyProblem() {
        List<Problem> problems = triage.rank(List.of(onTime("t-1"), onTime("t-1")), Limits.MAX_INSTANT.plusSeconds(1)).getLeft();
        assertThat(problems).extracting(Problem::code).containsExactly("kernel.range.instant");
    }

    @Test
    void rank_openTasksWhoseDueCannotBeComputed_areProblemsNamingTheTask() {
        Task lateCreation = onTime("t-1").withCreatedAt(Instant.parse("+10000-01-01T00:00:00Z"));
        Task lateDueAt = onTime("t-2").withDueAt(Instant.parse("+10000-01-01T00:00:00Z"));
        Task lateDueDate = onTime("t-3").withDueDate(LocalDate.of(10_000, 1, 1));
        Task longLimit = onTime("t-4").withGrade(PriorityGrade.of("slow", "Slow", 1, Limits.MAX_WORKING_DAYS + 1));
        Task limitBeyondTheRange = onTime("t-5").withCreatedAt(Instant.parse("9999-12-28T08:00:00Z"));
        Task fine = onTime("t-6");

        List<Problem> problems = triage.rank(
                List.of(fine, lateCreation, lateDueAt, lateDueDate, longLimit, limitBeyondTheRange), AT).getLeft();

        assertThat(problems).extracting(Problem::code).containsExactly("kernel.range.instant", "kernel.range.instant",
                "kernel.range.date", "kernel.range.working-days", "kernel.range.date");
        assertThat(problems).extracting(p -> p.detail("task").orElseThrow())
                .containsExactly("t-1", "t-2", "t-3", "t-4", "t-5");
    }

    @Test
    void rank_closedTasksWhoseDueCannotBeComputed_areLeftOutWithoutProblem() {
        Task doneLongAgo = onTime("t-1").withDueDate(LocalDate.of(10_000, 1, 1)).withStatus(TaskStatus.DONE);
        assertThat(triage.rank(List.of(doneLongAgo, onTime("t-2")), AT).get())
                .extracting(u -> u.task().id().value()).containsExactly("t-2");
    }

    @Test
    void rank_anExplicitDueDate_makesTheGradesLimitIrrelevant() {
        // near the end of the range: the grade's limit would fall beyond it, the due date does not
        Task t = onTime("t-1").withCreatedAt(Instant.parse("9999-12-28T08:00:00Z")).withDueDate(LocalDate.of(9999, 12, 30));
        assertThat(triage.rank(List.of(t), Instant.parse("9999-12-29T08:00:00Z")).get()).singleElement()
                .satisfies(u -> assertThat(u.due()).isEqualTo(t.dueInstant(paris)));
    }

    @Test
    void score_aTaskWhoseDueCannotBeComputed_isRefused() {
        Task lateDueDate = onTime("t-1").withDueDate(LocalDate.of(10_000, 1, 1));
        assertThatThrownBy(() -> triage.score(lateDueDate, AT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("due date");
    }

    @Test
    void score_aDueInstant_isTheDueMoment() {
        Instant dueAt = Instant.parse("2026-03-05T10:15:00Z");
        assertThat(triage.score(onTime("t-1").withDueAt(dueAt), AT).due()).isEqualTo(dueAt);
    }

    @Test
    void score_workingTimeLeft_isCountedOverAtMostThreeYears() {
        // a horizon long enough for the working time left to show in the term's value
        Triage patient = Triage.of(UrgencyPolicy.defaults().withWorkingTimeHorizon(Duration.ofDays(100_000)), paris);
        Urgency fourYears = patient.score(onTime("t-1").withDueDate(LocalDate.of(2030, 3, 4)), AT);
        Urgency eightYears = patient.score(onTime("t-1").withDueDate(LocalDate.of(2034, 3, 6)), AT);
        assertThat(fourYears.contributionOf(UrgencyTerm.WORKING_TIME_LEFT))
                .isEqualTo(eightYears.contributionOf(UrgencyTerm.WORKING_TIME_LEFT)).isPositive();
        Urgency twoYears = patient.score(onTime("t-1").withDueDate(LocalDate.of(2028, 3, 6)), AT);
        assertThat(twoYears.contributionOf(UrgencyTerm.WORKING_TIME_LEFT))
                .isGreaterThan(fourYears.contributionOf(UrgencyTerm.WORKING_TIME_LEFT));
    }
}
