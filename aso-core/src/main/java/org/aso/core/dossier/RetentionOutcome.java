package org.aso.core.dossier;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What closing a dossier decided about its future: the review date, the disposal date and the
 * action then due. Computed by {@link RetentionRule#applyTo} when the dossier is closed.
 *
 * <pre>{@code
 * RetentionOutcome r = closed.retention().orElseThrow();
 * r.isDisposalDue(LocalDate.of(2031, 3, 16));   // true once the disposal date has come
 * }</pre>
 *
 * <p>A legal hold on the dossier suspends disposal whatever these dates say; see
 * {@link Dossier#legalHold()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RetentionOutcome {
    RetentionOutcome() {}

    /** {@return the day the dossier was closed, in the zone of the policy's calendar} */
    public abstract LocalDate closedOn();

    /** {@return the day the dossier is due for review} */
    public abstract LocalDate reviewOn();

    /** {@return the day the disposal action falls due; empty when the dossier is kept permanently} */
    public abstract Optional<LocalDate> disposalOn();

    /** {@return the action due on the disposal date} */
    public abstract DisposalAction action();

    /** {@return true if the dossier is kept for ever} */
    public boolean isPermanent() {
        return action() == DisposalAction.KEEP_PERMANENTLY;
    }

    /**
     * {@return true if the disposal date is {@code on} or before it (ignoring any legal hold)}
     *
     * @param on the day to judge on
     */
    public boolean isDisposalDue(LocalDate on) {
        return disposalOn().filter(d -> !on.isBefore(d)).isPresent();
    }

    /** {@return a new builder, for hosts that restore dossiers from their own storage} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RetentionOutcome}; every attribute but {@code disposalOn} is required. */
    public static class Builder extends ImmutableRetentionOutcome.Builder {}

    @Value.Check
    void check() {
        if (disposalOn().isPresent() == isPermanent()) {
            throw new IllegalArgumentException("A disposal date is needed exactly when the file is not kept permanently");
        }
    }
}
