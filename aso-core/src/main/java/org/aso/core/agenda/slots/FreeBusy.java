package org.aso.core.agenda.slots;

import org.aso.core.kernel.Interval;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * One span of an outside calendar's free/busy answer (Exchange, a partner's iCalendar feed): the
 * time and what the person said about it.
 *
 * <pre>{@code
 * FreeBusy fb = FreeBusy.of(Interval.of(start, Duration.ofHours(1)), FreeBusy.State.TENTATIVE);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class FreeBusy {
    FreeBusy() {}

    /** What a free/busy span says (RFC 5545 FBTYPE, with Exchange's "out of office"). */
    public enum State {
        /** Free: counts as nothing. */
        FREE,
        /** Pencilled in: the person may come (confidence 49). */
        TENTATIVE,
        /** Busy: the person cannot come. */
        BUSY,
        /** Away: the person cannot come, and no buffer is added around it. */
        OUT_OF_OFFICE
    }

    /** {@return the span of time, as an interval of instants} */
    @Value.Parameter
    public abstract Interval interval();

    /** {@return what the span says of the person: free, busy, tentative or out of office} */
    @Value.Parameter
    public abstract State state();

    /**
     * {@return a span in a state}
     *
     * @param interval the span; not null
     * @param state whether the person is free, busy, tentative or away then; not null
     */
    public static FreeBusy of(Interval interval, State state) {
        return ImmutableFreeBusy.of(interval, state);
    }
}
