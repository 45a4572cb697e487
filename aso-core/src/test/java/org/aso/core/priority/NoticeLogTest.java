package org.aso.core.priority;

import static org.aso.core.fixtures.PriorityFixtures.OFFICER;
import static org.aso.core.fixtures.PriorityFixtures.replyToDeputy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class NoticeLogTest {
    private static final TaskId T1 = TaskId.of("t-1");
    private static final Instant DUE = Instant.parse("2024-05-10T15:30:00Z");
    private static final Instant LATE = Instant.parse("2024-05-21T12:00:00Z");

    private final Escalation escalation = Escalation.of(EscalationPolicy.defaults(), KernelFixtures.paris(),
            PriorityFixtures.orgChart());

    private static Notice notice(NoticeKind kind, Optional<PersonId> to) {
        return Notice.builder().task(T1).kind(kind).recipient(to).dueSince(DUE).reason("'Reply' was due").build();
    }

    /** The events of one late evaluation: OVERDUE, ESCALATION, EXCEPTION_REPORT, then Evaluated. */
    private List<EscalationEvent> lateRound() {
        return escalation.evaluate(NoticeLog.empty(), List.of(replyToDeputy()), EscalationTest.by(LATE)).get().events();
    }

    private Problem misfit(List<EscalationEvent> stored, EscalationEvent bad) {
        List<EscalationEvent> all = new ArrayList<>(stored);
        all.add(bad);
        Problem p = NoticeLog.replay(all).getLeft();
        assertThat(p.code()).isEqualTo("priority.escalation.replay.inconsistent");
        assertThat(p.detail("index")).contains(String.valueOf(stored.size()));
        assertThat(p.detail("action")).contains(bad.action());
        return p;
    }

    @Test
    void replay_ofEventsThatDoNotFit_isAProblemWithTheirIndex() {
        List<EscalationEvent> round = lateRound();
        Notice overdue = ((EscalationEvent.NoticeIssued) round.get(0)).notice();
        // a notice given twice
        assertThat(misfit(round, new EscalationEvent.NoticeIssued(LATE, OFFICER, overdue)).message())
                .contains("already issued");
        // dated before the last evaluation
        assertThat(misfit(round, new EscalationEvent.Evaluated(LATE.minusSeconds(1), OFFICER, 0)).message())
                .contains("before the last evaluation");
        // an escalation before the overdue notice
        Problem skipped = misfit(List.of(), new EscalationEvent.NoticeIssued(LATE, OFFICER,
                notice(NoticeKind.ESCALATION, Optional.of(PersonId.of("deputy-director")))));
        assertThat(skipped.message()).contains("OVERDUE notice first");
        assertThat(skipped.detail("task")).contains("t-1");
        // a reset of a task that has no notice
        assertThat(misfit(round, new EscalationEvent.TaskReset(LATE, OFFICER, TaskId.of("t-9"))).detail("task"))
                .contains("t-9");
    }

    @Test
    void evolve_afterAReset_acceptsTheLadderAgain() {
        NoticeLog log = NoticeLog.replay(lateRound()).get();
        NoticeLog reset = log.evolve(new EscalationEvent.TaskReset(LATE, OFFICER, T1)).get();
        assertThat(reset.issued()).isEmpty();
        assertThat(reset.evaluatedAt()).contains(LATE);
        assertThat(reset.evolve(new EscalationEvent.NoticeIssued(LATE, OFFICER,
                notice(NoticeKind.OVERDUE, Optional.of(OFFICER)))).get().issued(T1)).containsExactly(NoticeKind.OVERDUE);
    }

    @Test
    void restore_ofASnapshot_givesAnEqualLog_thatGivesNoNoticeTwice() {
        // given
        NoticeLog log = NoticeLog.replay(lateRound()).get();
        // when
        NoticeLog restored = NoticeLog.restore(log.snapshot()).get();
        // then
        assertThat(restored).isEqualTo(log).hasSameHashCodeAs(log);
        assertThat(log.snapshot().schemaVersion()).isEqualTo(NoticeLogSnapshot.SCHEMA_VERSION).isEqualTo(1);
        assertThat(escalation.evaluate(restored, List.of(replyToDeputy()), EscalationTest.by(LATE)).get().notices())
                .isEmpty();
        assertThat(NoticeLog.restore(NoticeLog.empty().snapshot()).get()).isEqualTo(NoticeLog.empty());
    }

    @Test
    void restore_refusesWhatNoEvaluationLeaves_everyProblemAtOnce() {
        Map<TaskId, Set<NoticeKind>> issued = Map.of(
                T1, EnumSet.of(NoticeKind.REMINDER, NoticeKind.ESCALATION),
                TaskId.of("t-2"), Set.of(),
                TaskId.of("t-3"), EnumSet.of(NoticeKind.OVERDUE, NoticeKind.EXCEPTION_REPORT));
        List<Problem> problems = NoticeLog.restore(new NoticeLogSnapshot(issued, Optional.empty())).getLeft();
        assertThat(problems).extracting(Problem::code).containsExactly(
                "priority.escalation.restore.never-evaluated",
                "priority.escalation.restore.rung-skipped",
                "priority.escalation.restore.no-kinds");
        assertThat(problems.get(1).detail("task")).contains("t-1");
        assertThat(problems.get(2).detail("task")).contains("t-2");
        // an evaluation outside the supported range
        assertThat(NoticeLog.restore(new NoticeLogSnapshot(Map.of(), Optional.of(Limits.MAX_INSTANT.plusSeconds(1))))
                .getLeft()).extracting(Problem::code).containsExactly("kernel.range.instant");
    }

    @Test
    void notice_fromOutside_keepsItsStructure() {
        assertThatThrownBy(() -> notice(NoticeKind.OVERDUE, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notice(NoticeKind.EXCEPTION_REPORT, Optional.of(OFFICER)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.builder().task(T1).kind(NoticeKind.ESCALATION).dueSince(DUE).reason(" ").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(notice(NoticeKind.ESCALATION, Optional.empty()).recipient()).isEmpty();
    }

    @Test
    void anExceptionReportBeforeTheOverdueNotice_doesNotFit_norRestores() {
        Problem skipped = misfit(List.of(), new EscalationEvent.NoticeIssued(LATE, OFFICER,
                notice(NoticeKind.EXCEPTION_REPORT, Optional.empty())));
        assertThat(skipped.message()).contains("OVERDUE notice first");
        assertThat(NoticeLog.restore(new NoticeLogSnapshot(Map.of(T1, EnumSet.of(NoticeKind.EXCEPTION_REPORT)),
                Optional.of(LATE))).getLeft()).extracting(Problem::code)
                .containsExactly("priority.escalation.restore.rung-skipped");
    }

    @Test
    void aMisfitEvaluation_namesNoTask() {
        Problem p = misfit(lateRound(), new EscalationEvent.Evaluated(LATE.minusSeconds(1), OFFICER, 0));
        assertThat(p.detail("task")).isEmpty();
    }

    @Test
    void decisionsOutsideTheSupportedRange_areRefused() {
        Instant beyond = Limits.MAX_INSTANT.plusSeconds(1);
        assertThat(escalation.evaluate(NoticeLog.empty(), List.of(), EscalationTest.by(beyond)).getLeft().code())
                .isEqualTo("kernel.range.instant");
        assertThat(NoticeLog.empty().reset(T1, EscalationTest.by(beyond)).getLeft().code()).isEqualTo("kernel.range.instant");
    }

    @Test
    void logs_areEqualWhenTheyHoldTheSameNoticesAndEvaluation() {
        NoticeLog log = NoticeLog.replay(lateRound()).get();
        assertThat(log).isEqualTo(NoticeLog.replay(lateRound()).get()).isNotEqualTo(NoticeLog.empty())
                .isNotEqualTo(log.evolve(new EscalationEvent.Evaluated(LATE.plusSeconds(1), OFFICER, 0)).get())
                .isNotEqualTo(log.snapshot());
        NoticeLog.Change change = log.reset(T1, EscalationTest.by(LATE)).get();
        assertThat(change.state()).isSameAs(change.log());
        assertThat(change.log()).isNotEqualTo(log);
    }
}
