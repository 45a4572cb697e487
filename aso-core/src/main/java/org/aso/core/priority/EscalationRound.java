package org.aso.core.priority;

import java.util.List;
import org.aso.core.kernel.Outcome;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * What one evaluation of escalation gives: the notices now due, never given before, the events
 * that record them, and the log to keep for the next evaluation.
 *
 * <p>An {@link Outcome} of the notice log: a {@code SharedState<NoticeLog>} installs
 * {@link #state()} with {@code update(log -> escalation.evaluate(...))}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class EscalationRound implements Outcome<NoticeLog> {
    EscalationRound() {}

    /** {@return the notices to send, in order of the instant they became due, then kind, then task id} */
    @Value.Parameter
    public abstract List<Notice> notices();

    /** The log after this evaluation: the previous one with {@link #events()} applied. */
    @Override
    @Value.Parameter
    public abstract NoticeLog state();

    /**
     * {@return what happened, to store: an {@link EscalationEvent.NoticeIssued} per notice, in the order of
     * {@link #notices()}, then one {@link EscalationEvent.Evaluated}}
     */
    @Value.Parameter
    public abstract List<EscalationEvent> events();

    static EscalationRound of(List<Notice> notices, NoticeLog state, List<EscalationEvent> events) {
        return ImmutableEscalationRound.of(notices, state, events);
    }
}
