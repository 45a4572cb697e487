package org.aso.core.priority;

import static org.aso.core.fixtures.PriorityFixtures.replyToDeputy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aso.core.audit.AuditTrail;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

class EscalationTest {
    private final Escalation escalation = Escalation.of(EscalationPolicy.defaults(), KernelFixtures.paris(),
            PriorityFixtures.orgChart());

    /** The officer evaluating at {@code at}. */
    static Context by(Instant at) {
        return Context.of(at, PriorityFixtures.OFFICER, Clearance.none());
    }

    @Test
    void ladder_acrossHolidaysAndAWeekend_eachNoticeOnce() {
        // given: due Friday 10 May 2024 17:30 Paris; 8 and 9 May are holidays; ladder 2 / 2 / 5 working days
        List<Task> tasks = List.of(replyToDeputy());
        NoticeLog state = NoticeLog.empty();
        List<String> log = new ArrayList<>();
        // when: evaluated at these instants (UTC; Paris is UTC+2)
        for (String at : List.of("2024-05-03T12:00:00Z", "2024-05-06T06:59:59Z", "2024-05-06T07:00:00Z",
                "2024-05-07T08:00:00Z", "2024-05-10T15:29:59Z", "2024-05-10T15:30:00Z", "2024-05-13T10:00:00Z",
                "2024-05-14T07:00:00Z", "2024-05-16T09:00:00Z", "2024-05-17T07:00:00Z", "2024-06-30T10:00:00Z")) {
            EscalationRound round = escalation.evaluate(state, tasks, by(Instant.parse(at))).get();
            round.notices().forEach(n -> log.add(at + " " + n.kind() + " " + n.recipient().map(PersonId::value).orElse("-")
                    + " since " + n.dueSince()));
            state = round.state();
        }
        // then: the reminder 2 working days before skips 8 and 9 May (Monday 6 May 09:00);
        // escalation 2 working days after skips the weekend (Tuesday 14 May 09:00), to the head above S2
        assertThat(log).containsExactly(
                "2024-05-06T07:00:00Z REMINDER p-17 since 2024-05-06T07:00:00Z",
                "2024-05-10T15:30:00Z OVERDUE p-17 since 2024-05-10T15:30:00Z",
                "2024-05-14T07:00:00Z ESCALATION deputy-director since 2024-05-14T07:00:00Z",
                "2024-05-17T07:00:00Z EXCEPTION_REPORT - since 2024-05-17T07:00:00Z");
        assertThat(state.issued(TaskId.of("t-1"))).containsExactly(NoticeKind.values());
    }

    @Test
    void lateFirstEvaluation_givesTheOverdueRungsButNoReminder() {
        EscalationRound round = escalation.evaluate(NoticeLog.empty(), List.of(replyToDeputy()),
                by(Instant.parse("2024-05-21T12:00:00Z"))).get();
        assertThat(round.notices()).extracting(Notice::kind)
                .containsExactly(NoticeKind.OVERDUE, NoticeKind.ESCALATION, NoticeKind.EXCEPTION_REPORT);
        // 13, 14, 15, 16, 17 May and 21 May (20 May is Whit Monday)
        assertThat(round.notices().get(0).reason()).isEqualTo("'Reply to the deputy's letter' (p-17, unit S2) was due "
                + "2024-05-10T15:30:00Z; 6 working days overdue at 2024-05-21T12:00:00Z");
        assertThat(round.notices().get(1).reason()).endsWith("; escalated to the head of the unit above S2");
        assertThat(round.notices().get(1).recipient()).contains(PersonId.of("deputy-director"));
    }

    @Test
    void round_recordsEachNoticeThenTheEvaluation_andTheAuditDetailsLeaveTheReasonOut() {
        // given
        Instant at = Instant.parse("2024-05-21T12:00:00Z");
        // when
        EscalationRound round = escalation.evaluate(NoticeLog.empty(), List.of(replyToDeputy()), by(at)).get();
        // then
        assertThat(round.events()).hasSize(4);
        assertThat(round.events().subList(0, 3)).extracting(e -> ((EscalationEvent.NoticeIssued) e).notice())
                .containsExactlyElementsOf(round.notices());
        assertThat(round.events().get(3)).isEqualTo(new EscalationEvent.Evaluated(at, PriorityFixtures.OFFICER, 3));
        assertThat(round.events()).allSatisfy(e -> {
            assertThat(e.at()).isEqualTo(at);
            assertThat(e.actor()).isEqualTo(PriorityFixtures.OFFICER);
            assertThat(e.schemaVersion()).isEqualTo(EscalationEvent.SCHEMA_VERSION).isEqualTo(1);
            assertThat(e.action()).startsWith("priority.escalation.");
            assertThat(String.join(" ", e.details().values())).doesNotContain("Reply to the deputy");
        });
        EscalationEvent overdue = round.events().get(0);
        assertThat(overdue.action()).isEqualTo("priority.escalation.notice-issued");
        assertThat(overdue.subject()).isEqualTo(TaskId.of("t-1"));
        assertThat(overdue.details()).containsExactly(entry("kind", "OVERDUE"), entry("recipient", "p-17"),
                entry("dueSince", "2024-05-10T15:30:00Z"));
        assertThat(round.events().get(2).details()).containsEntry("recipient", "-");
        assertThat(round.events().get(3).subject()).isEqualTo(PriorityFixtures.OFFICER);
        assertThat(round.events().get(3).details()).containsExactly(entry("notices", "3"));
        assertThat(NoticeLog.replay(round.events()).get()).isEqualTo(round.state());
        // and the audit trail records them
        AuditTrail trail = AuditTrail.empty();
        for (EscalationEvent e : round.events()) {
            trail = trail.append(e).get();
        }
        assertThat(trail.about(TaskId.of("t-1"))).hasSize(3);
    }

    @Test
    void noHeadAbove_escalationHasNoRecipientAndSaysSo() {
        Task lone = Task.builder().id(TaskId.of("t-9")).title("Lone work").assignee(PersonId.of("lone-head"))
                .unit(OrgUnitId.of("LONE")).grade(PriorityFixtures.URGENT)
                .dueAt(Instant.parse("2024-05-10T15:30:00Z")).createdAt(Instant.parse("2024-05-02T08:00:00Z")).build();
        EscalationRound round = escalation.evaluate(NoticeLog.empty(), List.of(lone),
                by(Instant.parse("2024-05-31T12:00:00Z"))).get();
        Notice escalated = round.notices().stream().filter(n -> n.kind() == NoticeKind.ESCALATION).findFirst().get();
        assertThat(escalated.recipient()).isEmpty();
        assertThat(escalated.reason()).endsWith("no unit above LONE has a head: see the exception report");
    }

    @Test
    void doneTasks_getNothing_andTimeCannotGoBack() {
        Instant at = Instant.parse("2024-06-30T10:00:00Z");
        EscalationRound round = escalation.evaluate(NoticeLog.empty(),
                List.of(replyToDeputy().withStatus(TaskStatus.DONE)), by(at)).get();
        assertThat(round.notices()).isEmpty();
        assertThat(round.events()).containsExactly(new EscalationEvent.Evaluated(at, PriorityFixtures.OFFICER, 0));
        assertThat(round.state().evaluatedAt()).contains(at);
        assertThat(escalation.evaluate(round.state(), List.of(), by(at.minusSeconds(1))).getLeft().code())
                .isEqualTo("priority.escalation.time-went-back");
        assertThat(round.state().reset(TaskId.of("t-1"), by(at.minusSeconds(1))).getLeft().code())
                .isEqualTo("priority.escalation.time-went-back");
    }

    @Test
    void perGradeLadder_andForgettingATask() {
        Escalation fast = Escalation.of(EscalationPolicy.defaults().withLadder("urgent", EscalationLadder.of(0, 0, 1)),
                KernelFixtures.paris(), PriorityFixtures.orgChart());
        Instant due = Instant.parse("2024-05-10T15:30:00Z");
        EscalationRound round = fast.evaluate(NoticeLog.empty(), List.of(replyToDeputy()), by(due)).get();
        assertThat(round.notices()).extracting(Notice::kind).containsExactly(NoticeKind.OVERDUE, NoticeKind.ESCALATION);
        assertThat(round.notices().get(1).dueSince()).isEqualTo(due);   // not before the due moment
        NoticeLog.Change forgotten = round.state().reset(TaskId.of("t-1"), by(due)).get();
        assertThat(forgotten.events()).containsExactly(
                new EscalationEvent.TaskReset(due, PriorityFixtures.OFFICER, TaskId.of("t-1")));
        assertThat(forgotten.log().issued(TaskId.of("t-1"))).isEmpty();
        assertThat(forgotten.log().reset(TaskId.of("t-1"), by(due)).get())
                .isEqualTo(new NoticeLog.Change(forgotten.log(), List.of()));   // nothing left to forget
        assertThat(fast.evaluate(forgotten.log(), List.of(replyToDeputy()), by(due)).get().notices()).hasSize(2);
    }

    private static final Instant DUE = Instant.parse("2024-05-10T15:30:00Z");

    private static String line(Notice n) {
        return n.kind() + " " + n.recipient().map(PersonId::value).orElse("-") + " since " + n.dueSince();
    }

    @Test
    void schedule_theWholeLadderOfAnOpenTask_inOrder() {
        List<Notice> scheduled = escalation.schedule(replyToDeputy()).get();
        assertThat(scheduled).extracting(EscalationTest::line).containsExactly(
                "REMINDER p-17 since 2024-05-06T07:00:00Z",
                "OVERDUE p-17 since 2024-05-10T15:30:00Z",
                "ESCALATION deputy-director since 2024-05-14T07:00:00Z",
                "EXCEPTION_REPORT - since 2024-05-17T07:00:00Z");
        assertThat(scheduled.get(0).reason()).endsWith("is due 2024-05-10T15:30:00Z (2 working days' notice)");
        assertThat(scheduled.get(2).reason()).endsWith("; escalated to the head of the unit above S2");
        assertThat(escalation.schedule(replyToDeputy().withStatus(TaskStatus.CANCELLED)).get()).isEmpty();
    }

    @Test
    void schedule_aTaskWhoseDueCannotBeComputed_isItsRangeProblem() {
        Task late = replyToDeputy().withDueDate(java.time.LocalDate.of(10_000, 1, 1));
        assertThat(escalation.schedule(late).getLeft().code()).isEqualTo("kernel.range.date");
    }

    @Test
    void ladderWithoutReminder_givesNoReminderEvenOnTheDueDay() {
        Escalation noReminder = Escalation.of(EscalationPolicy.of(EscalationLadder.of(0, 2, 5)), KernelFixtures.paris(),
                PriorityFixtures.orgChart());
        assertThat(noReminder.schedule(replyToDeputy()).get()).extracting(Notice::kind)
                .containsExactly(NoticeKind.OVERDUE, NoticeKind.ESCALATION, NoticeKind.EXCEPTION_REPORT);
        assertThat(noReminder.evaluate(NoticeLog.empty(), List.of(replyToDeputy()),
                by(Instant.parse("2024-05-10T08:00:00Z"))).get().notices()).isEmpty();
        // a one-day reminder comes at the start of the working day before the due day
        Escalation oneDay = Escalation.of(EscalationPolicy.of(EscalationLadder.of(1, 2, 5)), KernelFixtures.paris(),
                PriorityFixtures.orgChart());
        assertThat(oneDay.schedule(replyToDeputy()).get().get(0).dueSince()).isEqualTo(Instant.parse("2024-05-07T07:00:00Z"));
    }

    @Test
    void aReportBeforeTheEscalation_comesFirst_inTheScheduleAndInARound() {
        Escalation reportFirst = Escalation.of(EscalationPolicy.of(EscalationLadder.of(2, 5, 2)), KernelFixtures.paris(),
                PriorityFixtures.orgChart());
        assertThat(reportFirst.schedule(replyToDeputy()).get()).extracting(EscalationTest::line).containsExactly(
                "REMINDER p-17 since 2024-05-06T07:00:00Z",
                "OVERDUE p-17 since 2024-05-10T15:30:00Z",
                "EXCEPTION_REPORT - since 2024-05-14T07:00:00Z",
                "ESCALATION deputy-director since 2024-05-17T07:00:00Z");
        // and in a round, the notices of several tasks are ordered by the instant they are due since
        Task later = replyToDeputy().withDueDate(java.time.LocalDate.of(2024, 5, 13));
        Task other = Task.builder().id(TaskId.of("t-0")).title("Other").assignee(PriorityFixtures.OFFICER)
                .unit(PriorityFixtures.S2).grade(PriorityFixtures.URGENT).dueDate(java.time.LocalDate.of(2024, 5, 10))
                .createdAt(Instant.parse("2024-04-29T08:00:00Z")).build();
        List<Notice> round = escalation.evaluate(NoticeLog.empty(), List.of(later, other),
                by(Instant.parse("2024-05-13T16:00:00Z"))).get().notices();
        assertThat(round).extracting(n -> n.task().value() + " " + n.kind()).containsExactly(
                "t-0 OVERDUE", "t-1 OVERDUE");
    }

    @Test
    void evaluate_badTasks_areTheFirstProblem() {
        Instant at = Instant.parse("2024-05-21T12:00:00Z");
        assertThat(escalation.evaluate(NoticeLog.empty(), List.of(replyToDeputy(), replyToDeputy()), by(at))
                .getLeft().code()).isEqualTo("priority.task.duplicate-id");
        Task late = replyToDeputy().withDueDate(java.time.LocalDate.of(10_000, 1, 1));
        assertThat(escalation.evaluate(NoticeLog.empty(), List.of(late), by(at)).getLeft())
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("kernel.range.date");
                    assertThat(p.detail("task")).contains("t-1");
                });
        // a closed task is not looked at
        assertThat(escalation.evaluate(NoticeLog.empty(), List.of(late.withStatus(TaskStatus.DONE)), by(at)).isRight()).isTrue();
    }

    @Test
    void deputies_receiveTheNoticesOfThePersonAway_inTheOrderNamed() {
        org.aso.core.kernel.Interval away = org.aso.core.kernel.Interval.of(Instant.parse("2024-05-10T00:00:00Z"),
                Instant.parse("2024-05-11T00:00:00Z"));
        Escalation.Deputy first = new Escalation.Deputy(PriorityFixtures.OFFICER, PersonId.of("p-18"), away);
        Escalation.Deputy second = new Escalation.Deputy(PriorityFixtures.OFFICER, PersonId.of("p-19"), away);
        Escalation covered = escalation.withDeputy(first).withDeputy(second);
        assertThat(covered.deputies()).containsExactly(first, second);
        assertThat(escalation.deputies()).isEmpty();
        assertThat(covered.recipientAt(PriorityFixtures.OFFICER, DUE)).isEqualTo(PersonId.of("p-18"));
        assertThat(covered.recipientAt(PriorityFixtures.OFFICER, Instant.parse("2024-05-11T00:00:00Z")))
                .isEqualTo(PriorityFixtures.OFFICER);
        assertThat(covered.recipientAt(PersonId.of("p-20"), DUE)).isEqualTo(PersonId.of("p-20"));
        assertThat(covered.schedule(replyToDeputy()).get().get(1).recipient()).contains(PersonId.of("p-18"));
        assertThat(covered.calendar()).isEqualTo(KernelFixtures.paris());
        assertThat(covered.orgCharts().at(DUE)).isEqualTo(PriorityFixtures.orgChart());
        assertThatThrownBy(() -> new Escalation.Deputy(PriorityFixtures.OFFICER, PriorityFixtures.OFFICER, away))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void text_refusesAnotherTaskOrOneWithoutDueInstant() {
        Notice overdue = escalation.schedule(replyToDeputy()).get().get(1);
        Task other = replyToDeputy().withDueDate(java.time.LocalDate.of(10_000, 1, 1));
        assertThatThrownBy(() -> escalation.text(overdue, other, DUE, java.util.Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No due instant for t-1");
    }

    @Test
    void ladderSteps_fromZeroTo250WorkingDays() {
        assertThat(EscalationLadder.of(0, 0, 0).reportWorkingDaysAfter()).isZero();
        assertThat(EscalationLadder.of(250, 250, 250).remindWorkingDaysBefore()).isEqualTo(250);
        for (int[] bad : new int[][] {{-1, 0, 0}, {0, 251, 0}, {0, 0, 251}}) {
            assertThatThrownBy(() -> EscalationLadder.of(bad[0], bad[1], bad[2])).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void policy_aGradesOwnLadderElseTheFallback_andValueEquality() {
        EscalationLadder fast = EscalationLadder.of(0, 0, 1);
        EscalationPolicy p = EscalationPolicy.defaults().withLadder("urgent", fast);
        assertThat(p.ladderFor(PriorityFixtures.URGENT)).isEqualTo(fast);
        assertThat(p.ladderFor(PriorityFixtures.NORMAL)).isEqualTo(EscalationLadder.of(2, 2, 5));
        assertThat(p).isEqualTo(EscalationPolicy.of(EscalationLadder.of(2, 2, 5)).withLadder("urgent", EscalationLadder.of(0, 0, 1)))
                .hasSameHashCodeAs(EscalationPolicy.defaults().withLadder("urgent", fast));
        assertThat(p).isNotEqualTo(EscalationPolicy.defaults()).isNotEqualTo(EscalationPolicy.of(fast).withLadder("urgent", fast))
                .isNotEqualTo("policy");
    }

    @Test
    void events_aNegativeCountIsRefused_andAResetIsCodedAsSuch() {
        assertThatThrownBy(() -> new EscalationEvent.Evaluated(DUE, PriorityFixtures.OFFICER, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new EscalationEvent.Evaluated(DUE, PriorityFixtures.OFFICER, 0).notices()).isZero();
        EscalationEvent reset = new EscalationEvent.TaskReset(DUE, PriorityFixtures.OFFICER, TaskId.of("t-1"));
        assertThat(reset.action()).isEqualTo("priority.escalation.task-reset");
        assertThat(reset.subject()).isEqualTo(TaskId.of("t-1"));
        assertThat(reset.details()).isEmpty();
    }
}
