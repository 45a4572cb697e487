package org.aso.core.priority;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.PersonId;
import org.aso.core.internal.EventDetails;

/**
 * What escalation did to the {@link NoticeLog}, one record per thing that happens: an
 * {@link Escalation#evaluate evaluation} issues each notice now due ({@link NoticeIssued}, in the
 * order of {@link EscalationRound#notices()}) and then records itself ({@link Evaluated}), even
 * when it issued nothing; {@link NoticeLog#reset} forgets the notices of a task
 * ({@link TaskReset}). Every event carries the instant and actor of its decision
 * ({@link org.aso.core.kernel.Context}) and a stable {@link #action()} code.
 *
 * <pre>{@code
 * EscalationRound round = escalation.evaluate(log, tasks, ctx).get();
 * store.appendAll(round.events());                  // the host's event store
 * for (EscalationEvent e : round.events()) {
 *     if (e instanceof EscalationEvent.NoticeIssued issued) {
 *         outbox.send(issued.notice());             // to its recipient
 *     }
 * }
 * NoticeLog after = NoticeLog.replay(store.load()).get();   // equal to round.state()
 * }</pre>
 *
 * <h2>What an event carries</h2>
 * {@link NoticeIssued} carries the whole {@link Notice}, its reason included: events, like the
 * notices a round hands back, are for the host to store and send, not for the audit trail. The
 * {@link #details()}, which go to the audit trail, never copy the reason (it quotes the task's
 * title): only ids, kinds, instants and counts.
 *
 * <h2>Versions</h2>
 * The records below are version {@value #SCHEMA_VERSION} of the schema ({@link #schemaVersion()}).
 * A store writes the version next to each event. Within a version nothing is renamed, removed or
 * given another meaning; a change of that kind makes version 2, and a reader of version 2 upgrades
 * a stored version-1 event to the current records before {@link NoticeLog#replay}.
 *
 * <p>Implementations are immutable records; their components are non-null
 * ({@link NullPointerException} otherwise).
 */
public sealed interface EscalationEvent extends DomainEvent {

    /** The version of the schema of these records; see "Versions" above. */
    int SCHEMA_VERSION = 1;

    /** {@value #SCHEMA_VERSION}, the version of these records. */
    @Override
    default int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /**
     * A notice was issued: it is now in the log, and goes to its recipient.
     *
     * <p>Action code {@code "priority.escalation.notice-issued"}; subject the task; details the
     * kind, the recipient ({@code "-"} for none) and the instant from which it was due.
     *
     * @param at the instant of the evaluation that issued it
     * @param actor who ran the evaluation
     * @param notice the notice
     */
    record NoticeIssued(Instant at, PersonId actor, Notice notice) implements EscalationEvent {
        /**
         * The event.
         *
         * @param at the instant of the evaluation that issued it
         * @param actor who ran the evaluation
         * @param notice the notice
         */
        public NoticeIssued {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(notice, "notice");
        }

        @Override
        public String action() {
            return "priority.escalation.notice-issued";
        }

        /** The task the notice is about. */
        @Override
        public Identifier subject() {
            return notice.task();
        }

        @Override
        public Map<String, String> details() {
            return EventDetails.of("kind", notice.kind().name(),
                    "recipient", notice.recipient().map(PersonId::value).orElse("-"), "dueSince", notice.dueSince());
        }
    }

    /**
     * Escalation was evaluated; the log's {@link NoticeLog#evaluatedAt()} is now {@code at}, and
     * no later evaluation may be dated before it.
     *
     * <p>Action code {@code "priority.escalation.evaluated"}; details the number of notices the
     * evaluation issued. The log has no id of its own, so the subject is the person who ran the
     * evaluation.
     *
     * @param at the instant of the evaluation
     * @param actor who ran it
     * @param notices how many notices it issued (its {@link NoticeIssued} events, just before)
     */
    record Evaluated(Instant at, PersonId actor, int notices) implements EscalationEvent {
        /**
         * The event.
         *
         * @param at the instant of the evaluation
         * @param actor who ran it
         * @param notices how many notices it issued
         * @throws IllegalArgumentException if {@code notices} is negative
         */
        public Evaluated {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            if (notices < 0) {
                throw new IllegalArgumentException("A count of notices is not negative: " + notices);
            }
        }

        @Override
        public String action() {
            return "priority.escalation.evaluated";
        }

        /** The person who ran the evaluation (the log has no id). */
        @Override
        public Identifier subject() {
            return actor;
        }

        @Override
        public Map<String, String> details() {
            return Map.of("notices", String.valueOf(notices));
        }
    }

    /**
     * The notices of a task were forgotten (e.g. after its due date was moved), so that its ladder
     * starts again.
     *
     * <p>Action code {@code "priority.escalation.task-reset"}; subject the task; no details.
     *
     * @param task the task
     */
    record TaskReset(Instant at, PersonId actor, TaskId task) implements EscalationEvent {
        /**
         * The event.
         *
         * @param at the instant of the reset
         * @param actor who reset the task
         * @param task the task
         */
        public TaskReset {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(task, "task");
        }

        @Override
        public String action() {
            return "priority.escalation.task-reset";
        }

        /** The task. */
        @Override
        public Identifier subject() {
            return task;
        }

        @Override
        public Map<String, String> details() {
            return Map.of();
        }
    }
}
