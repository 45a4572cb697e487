package org.aso.core.priority;

import java.util.List;
import org.immutables.value.Value;

/**
 * What one evaluation of escalation gives: the notices now due, never given before, and the
 * state to keep for the next evaluation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class EscalationRound {
    EscalationRound() {}

    /** The notices to send, in order of the instant they became due, then kind, then task id. */
    @Value.Parameter
    public abstract List<Notice> notices();

    /** The state after this evaluation. */
    @Value.Parameter
    public abstract Escalations state();

    static EscalationRound of(List<Notice> notices, Escalations state) {
        return ImmutableEscalationRound.of(notices, state);
    }
}
