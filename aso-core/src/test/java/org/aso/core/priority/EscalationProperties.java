package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.fixtures.PriorityFixtures.EscalationStep;
import org.aso.core.kernel.Problem;

/**
 * Escalation evaluated at random increasing instants over May-June 2024 (French holidays on 1, 8,
 * 9 and 20 May), with some tasks reset on the way: no notice twice, every notice a single
 * evaluation would give is given by the end, replaying the events gives the log back, and so does
 * restoring a snapshot, after which evaluation goes on exactly as without the restart.
 */
class EscalationProperties {
    private final Escalation escalation = Escalation.of(
            EscalationPolicy.defaults().withLadder("very-urgent", EscalationLadder.of(1, 0, 1))
                    .withLadder("normal", EscalationLadder.of(0, 3, 10)),
            KernelFixtures.paris(), PriorityFixtures.orgChart());

    @Provide
    Arbitrary<List<Task>> tasks() {
        return PriorityFixtures.escalationTasks();
    }

    @Provide
    Arbitrary<List<EscalationStep>> steps() {
        return PriorityFixtures.escalationSteps();
    }

    @Provide
    Arbitrary<List<Instant>> instants() {
        return PriorityFixtures.escalationSteps().map(steps -> steps.stream().map(EscalationStep::at).toList());
    }

    /** The log after {@code step} from {@code log}: a reset if asked, then an evaluation; events go to {@code events}. */
    private EscalationRound step(NoticeLog log, List<Task> tasks, EscalationStep step, List<EscalationEvent> events) {
        if (step.reset() >= 0) {
            NoticeLog.Change reset = log.reset(TaskId.of("t-" + step.reset()), EscalationTest.by(step.at())).get();
            events.addAll(reset.events());
            log = reset.log();
        }
        EscalationRound round = escalation.evaluate(log, tasks, EscalationTest.by(step.at())).get();
        events.addAll(round.events());
        return round;
    }

    @Property(tries = 300)
    void notices_areGivenOnce_andEventuallyAll(@ForAll("tasks") List<Task> tasks, @ForAll("instants") List<Instant> ats) {
        NoticeLog state = NoticeLog.empty();
        Set<String> given = new HashSet<>();
        for (Instant at : ats) {
            EscalationRound round = escalation.evaluate(state, tasks, EscalationTest.by(at)).get();
            for (Notice n : round.notices()) {
                assertThat(given.add(n.task() + "/" + n.kind())).as("given twice: " + n).isTrue();
                assertThat(n.dueSince()).isBeforeOrEqualTo(at);
            }
            state = round.state();
        }
        // re-evaluating at the last instant gives nothing new
        Instant last = ats.get(ats.size() - 1);
        assertThat(escalation.evaluate(state, tasks, EscalationTest.by(last)).get().notices()).isEmpty();
        // every notice due by the last instant was given (reminders only while not yet overdue)
        for (Notice n : escalation.evaluate(NoticeLog.empty(), tasks, EscalationTest.by(last)).get().notices()) {
            assertThat(given).contains(n.task() + "/" + n.kind());
        }
        for (Task t : tasks) {
            if (!t.isOpen()) {
                assertThat(state.issued(t.id())).isEmpty();
            }
        }
    }

    @Property(tries = 300)
    void replayingTheEvents_givesTheLogBack(@ForAll("tasks") List<Task> tasks, @ForAll("steps") List<EscalationStep> steps) {
        // given
        NoticeLog log = NoticeLog.empty();
        List<EscalationEvent> events = new ArrayList<>();
        for (EscalationStep s : steps) {
            EscalationRound round = step(log, tasks, s, events);
            // the round's events are what its notices and log say
            assertThat(round.events().stream().filter(EscalationEvent.NoticeIssued.class::isInstance)
                    .map(e -> ((EscalationEvent.NoticeIssued) e).notice()).toList()).isEqualTo(round.notices());
            log = round.state();
        }
        // when
        NoticeLog replayed = NoticeLog.replay(events).get();
        // then
        assertThat(replayed).isEqualTo(log);
        assertThat(replayed.snapshot()).isEqualTo(log.snapshot());
    }

    @Property(tries = 300)
    void snapshotThenRestore_givesTheLogBack_andEvaluationGoesOnAsWithoutTheRestart(
            @ForAll("tasks") List<Task> tasks, @ForAll("steps") List<EscalationStep> steps) {
        // given a log after the first half of the steps
        int half = steps.size() / 2;
        NoticeLog log = NoticeLog.empty();
        List<EscalationEvent> ignored = new ArrayList<>();
        for (EscalationStep s : steps.subList(0, half)) {
            log = step(log, tasks, s, ignored).state();
        }
        // when
        NoticeLog restored = NoticeLog.restore(log.snapshot()).get();
        // then
        assertThat(restored).isEqualTo(log);
        NoticeLog kept = log;
        Set<String> given = new HashSet<>();
        log.issued().forEach((task, kinds) -> kinds.forEach(k -> given.add(task + "/" + k)));
        for (EscalationStep s : steps.subList(half, steps.size())) {
            EscalationRound withRestart = step(restored, tasks, s, ignored);
            EscalationRound without = step(kept, tasks, s, ignored);
            assertThat(withRestart).isEqualTo(without);
            if (s.reset() < 0) {
                // nothing forgotten this step: no notice is given again
                for (Notice n : withRestart.notices()) {
                    assertThat(given.add(n.task() + "/" + n.kind())).as("given twice: " + n).isTrue();
                }
            } else {
                given.removeIf(k -> k.startsWith("t-" + s.reset() + "/"));
                withRestart.notices().forEach(n -> given.add(n.task() + "/" + n.kind()));
            }
            restored = withRestart.state();
            kept = without.state();
        }
    }

    @Property(tries = 300)
    void aCorruptedSnapshot_isRefused(@ForAll("tasks") List<Task> tasks, @ForAll("steps") List<EscalationStep> steps) {
        // given
        NoticeLog log = NoticeLog.empty();
        for (EscalationStep s : steps) {
            log = step(log, tasks, s, new ArrayList<>()).state();
        }
        NoticeLogSnapshot s = log.snapshot();
        Map<TaskId, Set<NoticeKind>> issued = new TreeMap<>(s.issued());
        // when one invariant is broken, the restore names it
        assertRefused(new NoticeLogSnapshot(withTask(issued, TaskId.of("t-99"), Set.of()), s.evaluatedAt()),
                "priority.escalation.restore.no-kinds");
        assertRefused(new NoticeLogSnapshot(withTask(issued, TaskId.of("t-99"), EnumSet.of(NoticeKind.ESCALATION)),
                s.evaluatedAt()), "priority.escalation.restore.rung-skipped");
        if (!issued.isEmpty()) {
            assertRefused(new NoticeLogSnapshot(issued, Optional.empty()), "priority.escalation.restore.never-evaluated");
        }
        for (Map.Entry<TaskId, Set<NoticeKind>> e : issued.entrySet()) {
            Set<NoticeKind> kinds = EnumSet.copyOf(e.getValue());
            if (kinds.remove(NoticeKind.OVERDUE) && !kinds.isEmpty() && !kinds.equals(Set.of(NoticeKind.REMINDER))) {
                assertRefused(new NoticeLogSnapshot(withTask(issued, e.getKey(), kinds), s.evaluatedAt()),
                        "priority.escalation.restore.rung-skipped");
            }
        }
        assertRefused(new NoticeLogSnapshot(issued, s.evaluatedAt().map(at -> at.plus(Duration.ofDays(4_000_000)))),
                "kernel.range.instant");
    }

    private static Map<TaskId, Set<NoticeKind>> withTask(Map<TaskId, Set<NoticeKind>> issued, TaskId task,
                                                          Set<NoticeKind> kinds) {
        Map<TaskId, Set<NoticeKind>> m = new TreeMap<>(issued);
        m.put(task, kinds);
        return m;
    }

    private static void assertRefused(NoticeLogSnapshot corrupted, String code) {
        var r = NoticeLog.restore(corrupted);
        assertThat(r.isLeft()).as("restored %s", corrupted).isTrue();
        assertThat(r.getLeft()).extracting(Problem::code).containsExactly(code);
    }
}
