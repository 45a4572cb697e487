package org.aso.core.priority;

import static org.aso.core.fixtures.PriorityFixtures.URGENT;
import static org.aso.core.fixtures.PriorityFixtures.replyToDeputy;
import static org.aso.core.fixtures.PriorityFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class TriageTest {
    private static final double EPS = 1e-9;
    private final Triage triage = Triage.of(UrgencyPolicy.defaults(), KernelFixtures.paris());

    @Test
    void score_replyToDeputy_breakdownTermByTerm() {
        // given: due Friday 2024-05-10 17:30 Paris; it is Tuesday 7 May 09:00; 8 and 9 May are holidays
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        // when
        Urgency u = triage.score(replyToDeputy(), at);
        // then
        assertThat(u.due()).isEqualTo(Instant.parse("2024-05-10T15:30:00Z"));
        assertThat(u.breakdown()).extracting(Contribution::term).containsExactly(UrgencyTerm.values());
        double lateDays = -(3 * 24 + 8.5) / 24;                      // due in 3 days 8.5 hours
        double due = (lateDays + 14) * 0.8 / 21 + 0.2;               // 0.6056
        assertTerm(u, UrgencyTerm.DUE, due, 12);
        assertTerm(u, UrgencyTerm.BLOCKING, 0, 8);
        assertTerm(u, UrgencyTerm.IMPORTANCE, 1.0, 6);
        assertTerm(u, UrgencyTerm.AGE, (7 + 23 / 24.0) / 365, 2);   // created 7 days 23 hours ago
        assertTerm(u, UrgencyTerm.WAITING, 0, -3);
        assertTerm(u, UrgencyTerm.BLOCKED, 0, -5);
        assertTerm(u, UrgencyTerm.GRADE, 0.5, 5);                    // urgent: rank 2 of 4
        assertTerm(u, UrgencyTerm.SENSITIVITY, 1.0, 4);              // from the letter's source
        // working time left: Tue 7.5 h + Fri 7.5 h = 15 h, minus 3 h of effort = 12 h of a 40 h horizon
        assertTerm(u, UrgencyTerm.WORKING_TIME_LEFT, 1 - 12.0 / 40, 4);
        assertTerm(u, UrgencyTerm.OVERDUE, 0, 2);
        double total = due * 12 + 6 + (7 + 23 / 24.0) / 365 * 2 + 2.5 + 4 + 0.7 * 4;
        assertThat(u.score()).isCloseTo(total, within(EPS)).isCloseTo(22.6103, within(1e-4));
        assertThat(u.quadrant()).isEqualTo(Quadrant.DO_NOW);
        assertThat(u.breakdown().get(8).reason()).isEqualTo("15.0 h of working time left for 3.0 h of work");
        assertThat(u.breakdown().get(7).reason()).isEqualTo("sensitive: Member of parliament");
        assertThat(u.breakdown().get(0)).hasToString("DUE 0.61 x 12.0 = 7.27 (due 2024-05-10T15:30:00Z, in 3.4 days)");
    }

    private static void assertTerm(Urgency u, UrgencyTerm term, double value, double coefficient) {
        Contribution c = u.breakdown().get(term.ordinal());
        assertThat(c.term()).isEqualTo(term);
        assertThat(c.value()).as(term + " value").isCloseTo(value, within(EPS));
        assertThat(c.coefficient()).as(term + " coefficient").isEqualTo(coefficient);
        assertThat(c.contribution()).as(term + " contribution").isCloseTo(value * coefficient, within(EPS));
        assertThat(u.contributionOf(term)).isCloseTo(value * coefficient, within(EPS));
    }

    @Test
    void score_overdue_keepsRisingPastAWeek() {
        Task t = replyToDeputy();
        Instant due = Instant.parse("2024-05-10T15:30:00Z");
        Urgency week = triage.score(t, due.plus(Duration.ofDays(7)));
        Urgency twoWeeks = triage.score(t, due.plus(Duration.ofDays(14)));
        Urgency threeWeeks = triage.score(t, due.plus(Duration.ofDays(21)));

        assertThat(List.of(week, twoWeeks, threeWeeks)).allSatisfy(u -> {
            assertThat(u.breakdown().get(UrgencyTerm.DUE.ordinal()).value()).isEqualTo(1.0);   // flat
            assertThat(u.breakdown().get(UrgencyTerm.WORKING_TIME_LEFT.ordinal()).value()).isEqualTo(1.0);
        });
        assertThat(week.contributionOf(UrgencyTerm.OVERDUE)).isZero();
        assertThat(twoWeeks.contributionOf(UrgencyTerm.OVERDUE)).isCloseTo(2.0, within(EPS));
        assertThat(threeWeeks.contributionOf(UrgencyTerm.OVERDUE)).isCloseTo(4.0, within(EPS));
        assertThat(threeWeeks.score()).isGreaterThan(twoWeeks.score());
        assertThat(twoWeeks.score()).isGreaterThan(week.score());
    }

    @Test
    void score_farAway_dueIsTheFloorAndNoWorkingTimePressure() {
        Urgency u = triage.score(task("t-far", LocalDate.of(2024, 9, 30)), Instant.parse("2024-05-07T07:00:00Z"));
        assertThat(u.breakdown().get(UrgencyTerm.DUE.ordinal()).value()).isEqualTo(0.2);
        assertThat(u.breakdown().get(UrgencyTerm.WORKING_TIME_LEFT.ordinal()).value()).isZero();
        assertThat(u.breakdown().get(UrgencyTerm.WORKING_TIME_LEFT.ordinal()).reason()).endsWith("left for 0.0 h of work");
    }

    @Test
    void score_effortThatNoLongerFits_workingTimeTermIsOne() {
        Task t = replyToDeputy().withDueDate(LocalDate.of(2024, 5, 7)).withEffort(Duration.ofHours(9));
        Urgency u = triage.score(t, Instant.parse("2024-05-07T07:00:00Z"));
        assertThat(u.breakdown().get(UrgencyTerm.WORKING_TIME_LEFT.ordinal()).value()).isEqualTo(1.0);
    }

    @Test
    void score_waitingAndBlocked_subtract() {
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        Task base = task("t-2", LocalDate.of(2024, 5, 20));
        double open = triage.score(base, at).score();
        assertThat(triage.score(base.withStatus(TaskStatus.WAITING), at).score()).isCloseTo(open - 3, within(EPS));
        assertThat(triage.score(base.withStatus(TaskStatus.BLOCKED), at).score()).isCloseTo(open - 5, within(EPS));
    }

    @Test
    void quadrant_followsTheThresholds() {
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        Task far = task("t-far", LocalDate.of(2024, 9, 30)).withImportance(Importance.LOW).withGrade(URGENT);
        Task farImportant = far.withImportance(Importance.HIGH);
        Task soon = task("t-soon", LocalDate.of(2024, 5, 7)).withImportance(Importance.LOW);
        Task soonImportant = soon.withImportance(Importance.HIGH);

        assertThat(triage.score(far, at).quadrant()).isEqualTo(Quadrant.DROP);
        assertThat(triage.score(farImportant, at).quadrant()).isEqualTo(Quadrant.SCHEDULE);
        assertThat(triage.score(soon, at).quadrant()).isEqualTo(Quadrant.DELEGATE);
        assertThat(triage.score(soonImportant, at).quadrant()).isEqualTo(Quadrant.DO_NOW);

        Triage strict = Triage.of(UrgencyPolicy.defaults().withThresholds(100, 100), KernelFixtures.paris());
        assertThat(strict.policy()).isEqualTo(UrgencyPolicy.defaults().withThresholds(100, 100));
        assertThat(strict.calendar()).isEqualTo(KernelFixtures.paris());
        assertThat(strict.score(soonImportant, at).quadrant()).isEqualTo(Quadrant.DROP);
        Triage lax = Triage.of(UrgencyPolicy.defaults().withThresholds(0, 0), KernelFixtures.paris());
        assertThat(lax.score(far, at).quadrant()).isEqualTo(Quadrant.DO_NOW);
    }

    @Test
    void rank_blockingAndBlockedComeFromTheSet_closedTasksLeftOut() {
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        Task first = task("t-a", LocalDate.of(2024, 5, 20));
        Task then = task("t-b", LocalDate.of(2024, 5, 20)).withDependencies(List.of(TaskId.of("t-a")));
        Task afterDone = task("t-c", LocalDate.of(2024, 5, 20)).withDependencies(List.of(TaskId.of("t-d")));
        Task done = task("t-d", LocalDate.of(2024, 5, 20)).withStatus(TaskStatus.DONE);
        Task afterUnknown = task("t-e", LocalDate.of(2024, 5, 20)).withDependencies(List.of(TaskId.of("t-gone")));

        List<Urgency> ranked = triage.rank(List.of(afterUnknown, then, done, afterDone, first), at).get();

        assertThat(ranked).extracting(u -> u.task().id().value()).containsExactly("t-a", "t-c", "t-e", "t-b");
        assertThat(ranked.get(0).contributionOf(UrgencyTerm.BLOCKING)).isEqualTo(8.0);
        assertThat(ranked.get(3).contributionOf(UrgencyTerm.BLOCKED)).isEqualTo(-5.0);
        assertThat(ranked.get(1).contributionOf(UrgencyTerm.BLOCKED)).isZero();   // its dependency is done
    }

    @Test
    void rank_ties_byDueThenCreationThenId() {
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        Task a = task("t-a", LocalDate.of(2024, 9, 30));
        Task b = task("t-b", LocalDate.of(2024, 9, 30));
        Task earlierDue = task("t-z", LocalDate.of(2024, 9, 27));
        Task older = task("t-y", LocalDate.of(2024, 9, 30))
                .withCreatedAt(Instant.parse("2024-04-29T07:00:00Z"));
        // far away and same grade: equal scores except the age of "older", so make age count for nothing
        Triage noAge = Triage.of(UrgencyPolicy.defaults().withCoefficient(UrgencyTerm.AGE, 0), KernelFixtures.paris());

        List<Urgency> ranked = noAge.rank(List.of(b, older, a, earlierDue), at).get();

        assertThat(ranked).extracting(u -> u.task().id().value()).containsExactly("t-z", "t-y", "t-a", "t-b");
    }

    @Test
    void rank_duplicateIdsAndCycles_areProblems() {
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        Task a = task("t-a", LocalDate.of(2024, 5, 20));
        assertThat(triage.rank(List.of(a, a), at).getLeft()).extracting(Problem::code)
                .containsExactly("priority.task.duplicate-id");

        Task x = a.withDependencies(List.of(TaskId.of("t-b")));
        Task y = task("t-b", LocalDate.of(2024, 5, 20)).withDependencies(List.of(TaskId.of("t-c")));
        Task z = task("t-c", LocalDate.of(2024, 5, 20)).withDependencies(List.of(TaskId.of("t-a")));
        List<Problem> problems = triage.rank(List.of(x, y, z), at).getLeft();
        assertThat(problems).extracting(Problem::code).containsExactly("priority.task.dependency-cycle");
        assertThat(problems.get(0).detail("tasks")).contains("[t-a, t-b, t-c]");
    }

    @Test
    void parse_settings_overrideDefaults() {
        UrgencyPolicy p = UrgencyPolicy.parse(Map.of("coefficient.due", "10", "coefficient.working-time-left", "5.5",
                "threshold.urgent", "7.5", "age.cap-days", "180", "horizon.hours", "30", "grade.top-rank", "3")).get();
        assertThat(p.coefficient(UrgencyTerm.DUE)).isEqualTo(10);
        assertThat(p.coefficient(UrgencyTerm.WORKING_TIME_LEFT)).isEqualTo(5.5);
        assertThat(p.coefficient(UrgencyTerm.BLOCKED)).isEqualTo(-5);
        assertThat(p.urgentThreshold()).isEqualTo(7.5);
        assertThat(p.importantThreshold()).isEqualTo(7);
        assertThat(p.ageCap()).isEqualTo(Duration.ofDays(180));
        assertThat(p.workingTimeHorizon()).isEqualTo(Duration.ofHours(30));
        assertThat(p.topGradeRank()).isEqualTo(3);
    }

    @Test
    void parse_badSettings_everyProblemAtOnce() {
        List<Problem> problems = UrgencyPolicy.parse(Map.of("coefficient.fun", "1", "colour", "2",
                "coefficient.due", "twelve", "age.cap-days", "0", "horizon.hours", "NaN")).getLeft();
        assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder(
                "priority.policy.unknown-key", "priority.policy.unknown-key", "priority.policy.not-a-number",
                "priority.policy.out-of-range", "priority.policy.out-of-range");
    }

    @Test
    void presets_indianOfficeManual_ranksAndLimits() {
        assertThat(PriorityGrade.indianOfficeManual())
                .extracting(PriorityGrade::code, PriorityGrade::label, PriorityGrade::rank, PriorityGrade::replyWithinWorkingDays)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("routine", "Routine", 1, 15),
                        org.assertj.core.groups.Tuple.tuple("priority", "Priority", 2, 7),
                        org.assertj.core.groups.Tuple.tuple("immediate", "Immediate", 3, 3),
                        org.assertj.core.groups.Tuple.tuple("top-priority", "Top priority", 4, 1));
        assertThat(PriorityGrade.indianOfficeManual()).isSorted();
        assertThat(PriorityGrade.frenchMailRoom()).extracting(PriorityGrade::replyWithinWorkingDays).containsExactly(30, 8, 4);
    }

    @Test
    void presets_topPriority_scoresTheFullGradeTerm() {
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        Task top = task("t-top", LocalDate.of(2024, 9, 30))
                .withGrade(PriorityGrade.indianOfficeManual().get(3));
        assertThat(triage.score(top, at).contributionOf(UrgencyTerm.GRADE)).isEqualTo(5.0);
    }

    @Test
    void score_atTheDueMoment_isDueNowNotInTheFuture() {
        Task t = replyToDeputy();
        Instant due = Instant.parse("2024-05-10T15:30:00Z");
        Contribution line = triage.score(t, due).breakdown().get(UrgencyTerm.DUE.ordinal());
        assertThat(line.reason()).isEqualTo("due 2024-05-10T15:30:00Z, 0.0 days ago");
        assertThat(line.value()).isCloseTo(14 * 0.8 / 21 + 0.2, within(EPS));
    }

    @Test
    void score_overdueReason_countsTheDaysBeyondTheFirstWeek() {
        Instant due = Instant.parse("2024-05-10T15:30:00Z");
        Contribution line = triage.score(replyToDeputy(), due.plus(Duration.ofDays(10))).breakdown()
                .get(UrgencyTerm.OVERDUE.ordinal());
        assertThat(line.reason()).isEqualTo("10.0 days overdue, 3.0 beyond the first week");
        assertThat(line.value()).isCloseTo(3 / 7.0, within(EPS));
    }

    @Test
    void quadrant_aPartExactlyAtItsThreshold_counts() {
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        Task t = replyToDeputy();
        Urgency u = triage.score(t, at);
        double urgent = 0;
        double important = 0;
        for (Contribution c : u.breakdown()) {
            switch (c.term()) {
                case DUE, OVERDUE, WORKING_TIME_LEFT, BLOCKING -> urgent += c.contribution();
                case IMPORTANCE, GRADE, SENSITIVITY -> important += c.contribution();
                default -> { }
            }
        }
        UrgencyPolicy exact = UrgencyPolicy.defaults().withThresholds(urgent, important);
        assertThat(Triage.of(exact, KernelFixtures.paris()).score(t, at).quadrant()).isEqualTo(Quadrant.DO_NOW);
        UrgencyPolicy aboveUrgent = exact.withThresholds(Math.nextUp(urgent), important);
        assertThat(Triage.of(aboveUrgent, KernelFixtures.paris()).score(t, at).quadrant()).isEqualTo(Quadrant.SCHEDULE);
        UrgencyPolicy aboveImportant = exact.withThresholds(urgent, Math.nextUp(important));
        assertThat(Triage.of(aboveImportant, KernelFixtures.paris()).score(t, at).quadrant()).isEqualTo(Quadrant.DELEGATE);
    }

    @Test
    void score_sensitivity_theHeaviestCounts_tiesGoToTheFirstCode() {
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        Task base = task("t-s", LocalDate.of(2024, 5, 20));
        Sensitivity press = Sensitivity.of("press", "Press enquiry", 0.5);
        Sensitivity audit = Sensitivity.of("audit", "Audit", 0.5);

        Contribution heaviest = triage.score(base.withSensitivities(List.of(press, Sensitivity.rightToInformation(), audit)), at)
                .breakdown().get(UrgencyTerm.SENSITIVITY.ordinal());
        assertThat(heaviest.value()).isEqualTo(0.8);
        assertThat(heaviest.reason()).isEqualTo("sensitive: Right-to-information request");

        for (List<Sensitivity> order : List.of(List.of(press, audit), List.of(audit, press))) {
            Contribution tie = triage.score(base.withSensitivities(order), at).breakdown().get(UrgencyTerm.SENSITIVITY.ordinal());
            assertThat(tie.reason()).isEqualTo("sensitive: Audit");
        }
        Contribution none = triage.score(base, at).breakdown().get(UrgencyTerm.SENSITIVITY.ordinal());
        assertThat(none.value()).isZero();
        assertThat(none.reason()).isEqualTo("no sensitivity");
    }

    @Test
    void rank_aTaskMarkedBlocked_isBlockedWithoutDependencies() {
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        Task blocked = task("t-a", LocalDate.of(2024, 5, 20)).withStatus(TaskStatus.BLOCKED);
        assertThat(triage.rank(List.of(blocked), at).get().get(0).contributionOf(UrgencyTerm.BLOCKED)).isEqualTo(-5.0);
    }

    @Test
    void rank_cycles_theFirstFoundWalkingIdsAndDependenciesInOrder() {
        Instant at = Instant.parse("2024-05-07T07:00:00Z");
        // t-a depends on t-c and t-b, each of which depends back on t-a: the walk takes t-b first
        Task a = task("t-a", LocalDate.of(2024, 5, 20)).withDependencies(List.of(TaskId.of("t-c"), TaskId.of("t-b")));
        Task b = task("t-b", LocalDate.of(2024, 5, 20)).withDependencies(List.of(TaskId.of("t-a")));
        Task c = task("t-c", LocalDate.of(2024, 5, 20)).withDependencies(List.of(TaskId.of("t-a")));
        assertThat(triage.rank(List.of(c, b, a), at).getLeft()).singleElement()
                .satisfies(p -> assertThat(p.detail("tasks")).contains("[t-a, t-b]"));

        // two separate cycles: the one with the first id is reported, starting from that id
        List<Task> tasks = new java.util.ArrayList<>();
        String[][] pairs = {{"w-9", "w-1"}, {"q-5", "q-7"}, {"m-2", "m-8"}, {"k-4", "k-3"}};
        for (String[] pair : pairs) {
            tasks.add(task(pair[0], LocalDate.of(2024, 5, 20)).withDependencies(List.of(TaskId.of(pair[1]))));
            tasks.add(task(pair[1], LocalDate.of(2024, 5, 20)).withDependencies(List.of(TaskId.of(pair[0]))));
        }
        for (int i = 0; i < 20; i++) {
            tasks.add(task("x-" + i, LocalDate.of(2024, 5, 20)));
        }
        assertThat(triage.rank(tasks, at).getLeft()).singleElement()
                .satisfies(p -> assertThat(p.detail("tasks")).contains("[k-3, k-4]"));
    }
}
