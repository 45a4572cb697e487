package org.aso.core.priority;

import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.Problem;

/**
 * The record of the notices escalation has already issued: for each task, the kinds of notice
 * given, and the instant of the last evaluation. {@link Escalation#evaluate} takes a log and
 * returns the next one, so that each notice is given once; a host keeps the log across restarts
 * by storing the events of every round ({@link #replay}) or a {@link #snapshot()}
 * ({@link #restore}), and evaluating after either gives exactly the notices not given before.
 *
 * <pre>{@code
 * NoticeLog log = NoticeLog.empty();
 * EscalationRound round = escalation.evaluate(log, tasks, ctx).get();
 * send(round.notices());
 * store.appendAll(round.events());
 * log = round.state();                    // keep it for the next evaluation
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when the same notices were issued and the last evaluation
 * was at the same instant. Hosts that evaluate from several threads hold the log in a
 * {@link org.aso.core.kernel.SharedState}.
 */
public final class NoticeLog {
    private static final NoticeLog EMPTY = new NoticeLog(TreeMap.empty(Comparator.<TaskId>naturalOrder()), null);

    private final TreeMap<TaskId, Set<NoticeKind>> issued;
    private final Instant evaluatedAt;

    private NoticeLog(TreeMap<TaskId, Set<NoticeKind>> issued, Instant evaluatedAt) {
        this.issued = issued;
        this.evaluatedAt = evaluatedAt;
    }

    /** {@return nothing issued yet, never evaluated} */
    public static NoticeLog empty() {
        return EMPTY;
    }

    /**
     * What an accepted {@link #reset} produced.
     *
     * @param log the log after it, to keep
     * @param events what happened: one {@link EscalationEvent.TaskReset}, or none if the task had
     *     no notice
     */
    public record Change(NoticeLog log, List<EscalationEvent> events) implements Outcome<NoticeLog> {
        /** The log after the decision, as {@link Outcome#state()}: the same as {@link #log()}. */
        @Override
        public NoticeLog state() {
            return log;
        }

        /**
         * A change.
         *
         * @param log the log after it, to keep
         * @param events what happened: one {@link EscalationEvent.TaskReset}, or none if the task had
         *     no notice
         */
        public Change {
            Objects.requireNonNull(log, "log");
            events = List.copyOf(events);
        }
    }

    // ------------------------------------------------------------- queries

    /**
     * {@return true if a notice of {@code kind} was issued for {@code task}}
     *
     * @param task the task
     * @param kind the kind of notice
     */
    public boolean isIssued(TaskId task, NoticeKind kind) {
        return issued(task).contains(kind);
    }

    /**
     * {@return the kinds of notice issued for {@code task} (unmodifiable, possibly empty)}
     *
     * @param task the task
     */
    public Set<NoticeKind> issued(TaskId task) {
        return issued.get(task).getOrElse(Set.of());
    }

    /** {@return the kinds of notice issued, by task in id order (an unmodifiable copy: costs one entry per task)} */
    public Map<TaskId, Set<NoticeKind>> issued() {
        return Collections.unmodifiableMap(new java.util.TreeMap<>(issued.toJavaMap()));
    }

    /** {@return the instant of the last evaluation, if any} */
    public Optional<Instant> evaluatedAt() {
        return Optional.ofNullable(evaluatedAt);
    }

    // ------------------------------------------------------------- decisions

    /**
     * Forgets the notices of {@code task}, e.g. after its due date was moved, so that its ladder
     * starts again at the next evaluation.
     *
     * @param task the task whose notices are forgotten
     * @param ctx the instant of the reset and who resets
     * @return the change (with no event if the task had no notice), or {@code kernel.range.instant}
     *     if the context's instant is outside the supported range, or
     *     {@code priority.escalation.time-went-back} if it is before the last evaluation
     */
    public Either<Problem, Change> reset(TaskId task, Context ctx) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(ctx, "ctx");
        Optional<Problem> refused = checkTime(ctx.at());
        if (refused.isPresent()) {
            return Either.left(refused.get());
        }
        if (!issued.containsKey(task)) {
            return Either.right(new Change(this, List.of()));
        }
        EscalationEvent e = new EscalationEvent.TaskReset(ctx.at(), ctx.actor(), task);
        return Either.right(new Change(applied(e), List.of(e)));
    }

    /** The refusal of a decision at {@code at}: outside the range, or before the last evaluation. */
    Optional<Problem> checkTime(Instant at) {
        Optional<Problem> outside = Limits.checkInstant("evaluation time", at);
        if (outside.isPresent()) {
            return outside;
        }
        if (evaluatedAt != null && at.isBefore(evaluatedAt)) {
            return Optional.of(Problem.of("priority.escalation.time-went-back",
                            "Escalation was last evaluated at " + evaluatedAt + ", after " + at)
                    .with("evaluatedAt", evaluatedAt).with("at", at));
        }
        return Optional.empty();
    }

    /** The log after an event a decision of this package made: a misfit is a bug there, not a refusal. */
    NoticeLog applied(EscalationEvent e) {
        return evolve(e).getOrElseThrow(p -> new IllegalStateException("A decision made an event that does not fit: " + p));
    }

    // ------------------------------------------------------------- events and snapshots

    /**
     * The log after one more event, as a host that stores events rebuilds it.
     *
     * @param event the next event
     * @return the log, or {@code priority.escalation.replay.inconsistent} (details {@code action}
     *     and, for the events about a task, {@code task}) if the event does not fit: dated before
     *     the last evaluation, a notice already issued, an escalation or exception report for a task
     *     not yet given its overdue notice, or a reset of a task with no notice
     */
    public Either<Problem, NoticeLog> evolve(EscalationEvent event) {
        Objects.requireNonNull(event, "event");
        if (evaluatedAt != null && event.at().isBefore(evaluatedAt)) {
            return inconsistent(event, "it is dated " + event.at() + ", before the last evaluation at " + evaluatedAt);
        }
        if (event instanceof EscalationEvent.NoticeIssued e) {
            Notice n = e.notice();
            Set<NoticeKind> before = issued(n.task());
            if (before.contains(n.kind())) {
                return inconsistent(event, "a " + n.kind() + " notice was already issued for task " + n.task());
            }
            if (skipsOverdue(n.kind(), before)) {
                return inconsistent(event, "task " + n.task() + " was not given its OVERDUE notice first");
            }
            Set<NoticeKind> after = EnumSet.of(n.kind());
            after.addAll(before);
            return Either.right(new NoticeLog(issued.put(n.task(), Collections.unmodifiableSet(after)), evaluatedAt));
        } else if (event instanceof EscalationEvent.Evaluated e) {
            return Either.right(new NoticeLog(issued, e.at()));
        } else if (event instanceof EscalationEvent.TaskReset e) {
            if (!issued.containsKey(e.task())) {
                return inconsistent(event, "task " + e.task() + " has no notice to forget");
            }
            return Either.right(new NoticeLog(issued.remove(e.task()), evaluatedAt));
        }
        throw new IllegalStateException("No fold for " + event.getClass().getName());
    }

    /**
     * The log that {@code events} describe, oldest first, from an empty log. Replaying the events
     * of the rounds and resets that produced a log gives back that log, equal to it; evaluating
     * after the replay gives exactly the notices not yet given.
     *
     * <p>Costs one {@link #evolve} per event: time grows with the number of events, times the
     * logarithm of the number of tasks. A host with long histories restores a {@link #snapshot()}
     * and replays only the events after it.
     *
     * @param events the events, oldest first
     * @return the log, or the first event that does not fit ({@link #evolve}) as a
     *     {@code priority.escalation.replay.inconsistent} problem with its {@code index} (from 0)
     *     in {@code events}
     */
    public static Either<Problem, NoticeLog> replay(Iterable<? extends EscalationEvent> events) {
        Objects.requireNonNull(events, "events");
        NoticeLog log = EMPTY;
        int index = 0;
        for (EscalationEvent e : events) {
            Either<Problem, NoticeLog> next = log.evolve(e);
            if (next.isLeft()) {
                return Either.left(next.getLeft().with("index", index));
            }
            log = next.get();
            index++;
        }
        return Either.right(log);
    }

    /** {@return the log's contents, to store and {@link #restore} later} */
    public NoticeLogSnapshot snapshot() {
        return new NoticeLogSnapshot(issued(), evaluatedAt());
    }

    /**
     * The log holding the contents of {@code snapshot}, if they keep the invariants that the
     * decisions keep; equal to the log the snapshot was taken of. Checked, every problem reported
     * at once:
     * <ul>
     *   <li>{@code kernel.range.instant}: the last evaluation lies outside the supported range;
     *   <li>{@code priority.escalation.restore.never-evaluated}: notices are recorded but no
     *       evaluation instant;
     *   <li>{@code priority.escalation.restore.no-kinds}: a task is listed with no notice (detail
     *       {@code task});
     *   <li>{@code priority.escalation.restore.rung-skipped}: a task has an escalation or an
     *       exception-report notice but no overdue notice, which an evaluation always issues first
     *       (details {@code task}, {@code kinds}).
     * </ul>
     * Costs time in proportion to the number of tasks.
     *
     * @param snapshot what the host stored
     * @return the log, or every problem found
     */
    public static Either<List<Problem>, NoticeLog> restore(NoticeLogSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<Problem> problems = new ArrayList<>();
        snapshot.evaluatedAt().flatMap(at -> Limits.checkInstant("last evaluation", at)).ifPresent(problems::add);
        if (snapshot.evaluatedAt().isEmpty() && !snapshot.issued().isEmpty()) {
            problems.add(Problem.of("priority.escalation.restore.never-evaluated",
                    "Notices are recorded for " + snapshot.issued().size() + " task(s) but no evaluation"));
        }
        TreeMap<TaskId, Set<NoticeKind>> issued = TreeMap.empty(Comparator.<TaskId>naturalOrder());
        for (Map.Entry<TaskId, Set<NoticeKind>> e : snapshot.issued().entrySet()) {
            Set<NoticeKind> kinds = e.getValue();
            if (kinds.isEmpty()) {
                problems.add(Problem.of("priority.escalation.restore.no-kinds",
                        "Task " + e.getKey() + " is listed with no notice").with("task", e.getKey()));
            } else if (skipsOverdue(kinds)) {
                problems.add(Problem.of("priority.escalation.restore.rung-skipped",
                                "Task " + e.getKey() + " has " + kinds + " but no OVERDUE notice")
                        .with("task", e.getKey()).with("kinds", kinds));
            }
            issued = issued.put(e.getKey(), kinds);
        }
        return problems.isEmpty()
                ? Either.right(new NoticeLog(issued, snapshot.evaluatedAt().orElse(null)))
                : Either.left(List.copyOf(problems));
    }

    /** True if issuing {@code kind} after {@code before} skips the overdue notice. */
    private static boolean skipsOverdue(NoticeKind kind, Set<NoticeKind> before) {
        return (kind == NoticeKind.ESCALATION || kind == NoticeKind.EXCEPTION_REPORT)
                && !before.contains(NoticeKind.OVERDUE);
    }

    /** True if {@code kinds} has an escalation or exception report without the overdue notice. */
    private static boolean skipsOverdue(Set<NoticeKind> kinds) {
        return (kinds.contains(NoticeKind.ESCALATION) || kinds.contains(NoticeKind.EXCEPTION_REPORT))
                && !kinds.contains(NoticeKind.OVERDUE);
    }

    private static Either<Problem, NoticeLog> inconsistent(EscalationEvent event, String why) {
        Problem p = Problem.of("priority.escalation.replay.inconsistent",
                        "Event " + event.action() + " does not fit the notice log: " + why)
                .with("action", event.action());
        return Either.left(event instanceof EscalationEvent.Evaluated ? p : p.with("task", event.subject()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoticeLog e && issued.equals(e.issued) && Objects.equals(evaluatedAt, e.evaluatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issued, evaluatedAt);
    }

    @Override
    public String toString() {
        return "NoticeLog" + issued.toJavaMap() + " evaluated at " + evaluatedAt;
    }
}
