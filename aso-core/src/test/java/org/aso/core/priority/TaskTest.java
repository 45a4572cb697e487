package org.aso.core.priority;

import static org.aso.core.fixtures.PriorityFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aso.core.agenda.MeetingId;
import org.aso.core.correspondence.EntryId;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Ref;
import org.junit.jupiter.api.Test;

class TaskTest {

    @Test
    void dueInstant_dueDate_isTheEndOfThatWorkingDay() {
        assertThat(task("t-1", LocalDate.of(2024, 5, 10)).dueInstant(KernelFixtures.paris()))
                .isEqualTo(Instant.parse("2024-05-10T15:30:00Z"));
    }

    @Test
    void dueInstant_holiday_isTheEndOfTheWorkingDayBefore() {
        // Thursday 9 May 2024 is Ascension, Wednesday 8 May is Victoire 1945
        assertThat(task("t-1", LocalDate.of(2024, 5, 9)).dueInstant(KernelFixtures.paris()))
                .isEqualTo(Instant.parse("2024-05-07T15:30:00Z"));
    }

    @Test
    void dueInstant_noDue_isTheGradesLimitFromCreation() {
        Task t = Task.builder().id(TaskId.of("t-1")).title("Answer").assignee(PriorityFixtures.OFFICER)
                .unit(PriorityFixtures.S2).grade(PriorityFixtures.URGENT)
                .createdAt(Instant.parse("2024-05-02T08:00:00Z")).build();
        // 8 working days after Thursday 2 May, skipping 8 and 9 May and a weekend: Thursday 16 May
        assertThat(t.hasExplicitDue()).isFalse();
        assertThat(t.dueInstant(KernelFixtures.paris())).isEqualTo(Instant.parse("2024-05-16T15:30:00Z"));
    }

    @Test
    void build_dueDateAndInstant_refused() {
        assertThatThrownBy(() -> task("t-1", LocalDate.of(2024, 5, 10))
                .withDueAt(Instant.parse("2024-05-10T10:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> task("t-1", LocalDate.of(2024, 5, 10))
                .withDependencies(List.of(TaskId.of("t-1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
    }

    @Test
    void sources_carryTheirIdsAndSensitivities() {
        assertThat(TaskSource.dossier(DossierId.of("D-1")).dossier()).contains(DossierId.of("D-1"));
        assertThat(TaskSource.logistics(MeetingId.of("m-1"), "order catering").logisticsItem()).contains("order catering");
        assertThat(TaskSource.meetingDecision(MeetingId.of("m-1")).kind()).isEqualTo(TaskSource.Kind.MEETING_DECISION);
        Task t = PriorityFixtures.replyToDeputy().withSensitivities(List.of(Sensitivity.court()));
        assertThat(t.allSensitivities()).containsExactlyInAnyOrder(Sensitivity.court(), Sensitivity.parliament());
        assertThatThrownBy(() -> Sensitivity.of("x", "X", 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sourceOfRef_isTheSourceOfThatId_andGivesTheRefBack() {
        Ref letter = EntryId.of("A-1").ref();
        assertThat(TaskSource.of(letter)).isEqualTo(TaskSource.letter(EntryId.of("A-1")));
        assertThat(TaskSource.of(DossierId.of("D-1").ref())).isEqualTo(TaskSource.dossier(DossierId.of("D-1")));
        assertThat(TaskSource.of(MeetingId.of("m-1").ref())).isEqualTo(TaskSource.meetingDecision(MeetingId.of("m-1")));
        assertThat(TaskSource.of(letter).ref()).contains(letter);
        assertThat(TaskSource.logistics(MeetingId.of("m-1"), "order catering").ref()).contains(MeetingId.of("m-1").ref());
        assertThat(TaskSource.dossier(DossierId.of("D-1")).ref()).contains(DossierId.of("D-1").ref());
        assertThat(TaskSource.none().ref()).isEmpty();
        assertThatThrownBy(() -> TaskSource.of(Ref.document("memo.pdf")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCUMENT memo.pdf");
    }

    @Test
    void statuses_openAndClosed() {
        assertThat(List.of(TaskStatus.values())).filteredOn(TaskStatus::isOpen)
                .containsExactly(TaskStatus.TO_DO, TaskStatus.IN_PROGRESS, TaskStatus.WAITING, TaskStatus.BLOCKED);
    }

    @Test
    void hasExplicitDue_aDateOrAnInstant() {
        Task byDate = task("t-1", LocalDate.of(2024, 5, 10));
        assertThat(byDate.hasExplicitDue()).isTrue();
        Task byInstant = undated()
                .dueAt(Instant.parse("2024-05-10T10:00:00Z")).build();
        assertThat(byInstant.hasExplicitDue()).isTrue();
    }

    @Test
    void allSensitivities_theTasksOwnWhenTheSourceHasNone() {
        Task t = task("t-1", LocalDate.of(2024, 5, 10)).withSensitivities(List.of(Sensitivity.court()));
        assertThat(t.allSensitivities()).containsExactly(Sensitivity.court());
    }

    @Test
    void checkedDueInstant_answersTheDueMomentOrTheRangeProblem() {
        org.aso.core.kernel.BusinessCalendar paris = KernelFixtures.paris();
        Task t = task("t-1", LocalDate.of(2024, 5, 10));
        assertThat(t.checkedDueInstant(paris).get()).isEqualTo(Instant.parse("2024-05-10T15:30:00Z"));
        Instant at = Instant.parse("2024-05-10T10:00:00Z");
        Task byInstant = undated().dueAt(at).build();
        assertThat(byInstant.checkedDueInstant(paris).get()).isEqualTo(at);

        Instant beyond = Instant.parse("+10000-01-01T00:00:00Z");
        assertProblem(t.withCreatedAt(beyond), "kernel.range.instant", "creation time");
        assertProblem(undated().dueAt(beyond).build(),
                "kernel.range.instant", "due time");
        assertProblem(t.withDueDate(LocalDate.of(10_000, 1, 1)), "kernel.range.date", "due date");
        Task byGrade = undated().build();
        assertProblem(byGrade.withGrade(org.aso.core.kernel.PriorityGrade.of("slow", "Slow", 1, 10_001)),
                "kernel.range.working-days", "time limit of grade slow");
        assertProblem(byGrade.withCreatedAt(Instant.parse("9999-12-28T08:00:00Z")), "kernel.range.date", "due day");
        // a grade's limit beyond the range does not matter to a task with its own due date
        assertThat(t.withGrade(org.aso.core.kernel.PriorityGrade.of("slow", "Slow", 1, 10_001)).checkedDueInstant(paris).get())
                .isEqualTo(Instant.parse("2024-05-10T15:30:00Z"));
        // at the limit: ten thousand working days are counted
        assertThat(byGrade.withGrade(org.aso.core.kernel.PriorityGrade.of("slow", "Slow", 1, 10_000))
                .checkedDueInstant(paris).isRight()).isTrue();
        assertThatThrownBy(() -> t.withDueDate(LocalDate.of(10_000, 1, 1)).dueInstant(paris))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("due date");
    }

    /** Task t-1 as the fixture makes it, without its due date. */
    private static Task.Builder undated() {
        return Task.builder().id(TaskId.of("t-1")).title("Task t-1").assignee(PriorityFixtures.OFFICER)
                .unit(PriorityFixtures.S2).grade(PriorityFixtures.URGENT).createdAt(Instant.parse("2024-04-29T08:00:00Z"));
    }

    private static void assertProblem(Task t, String code, String what) {
        org.aso.core.kernel.Problem p = t.checkedDueInstant(KernelFixtures.paris()).getLeft();
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.detail("what")).contains(what);
        assertThat(p.detail("task")).contains("t-1");
    }

    @Test
    void sensitivity_weightsFromZeroToOne() {
        assertThat(Sensitivity.of("press", "Press", 0).weight()).isZero();
        assertThat(Sensitivity.of("press", "Press", 1).weight()).isEqualTo(1.0);
        assertThatThrownBy(() -> Sensitivity.of("press", "Press", -0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sensitivity.of("press", "Press", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sensitivity.of("Press", "Press", 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sensitivity.of("press", " ", 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Sensitivity.rightToInformation()).extracting(Sensitivity::code, Sensitivity::label, Sensitivity::weight)
                .containsExactly("right-to-information", "Right-to-information request", 0.8);
    }

    @Test
    void logisticsSource_needsAnItem() {
        assertThatThrownBy(() -> TaskSource.logistics(MeetingId.of("m-1"), " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contribution_isAFiniteValueTimesAFiniteCoefficient_withAReason() {
        Contribution c = Contribution.of(UrgencyTerm.DUE, 0.5, 12, "due soon");
        assertThat(c.contribution()).isEqualTo(6.0);
        assertThat(c.reason(java.util.Locale.FRENCH)).isEqualTo("due soon");
        assertThatThrownBy(() -> Contribution.of(UrgencyTerm.DUE, Double.NaN, 12, "due soon"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Contribution.of(UrgencyTerm.DUE, 0.5, Double.POSITIVE_INFINITY, "due soon"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Contribution.of(UrgencyTerm.DUE, 0.5, 12, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
