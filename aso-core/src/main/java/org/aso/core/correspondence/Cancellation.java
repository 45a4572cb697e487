package org.aso.core.correspondence;

import java.time.Instant;
import org.aso.core.internal.FactoryStyle;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * Why and by whom an entry was cancelled. A cancelled entry stays in the register, marked, and
 * its number is never given again.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class Cancellation {
    Cancellation() {}

    /** {@return when it was cancelled} */
    @Value.Parameter
    public abstract Instant at();

    /** {@return who cancelled the entry} */
    @Value.Parameter
    public abstract PersonId by();

    /** {@return why, e.g. "registered twice, see 2026-A-000124"} */
    @Value.Parameter
    public abstract String reason();

    /**
     * A cancellation at {@code at} by {@code by} for {@code reason}.
     *
     * @param at when
     * @param by who cancels
     * @param reason why
     * @return the cancellation
     */
    public static Cancellation of(Instant at, PersonId by, String reason) {
        return ImmutableCancellation.of(at, by, reason);
    }
}
