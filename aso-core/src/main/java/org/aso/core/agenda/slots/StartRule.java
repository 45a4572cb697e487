package org.aso.core.agenda.slots;

/**
 * One constraint on meeting starts, asked by {@link StartSweep}: an attendee's free working time,
 * a room's bookings, the times of day... Times are epoch seconds; a meeting of {@code d} seconds
 * starting at {@code t} occupies {@code [t, t + d)}.
 *
 * <p>Rules are forward-only readers: they are asked with non-decreasing starts and, once one
 * answered {@code r}, never again with a start below {@code r}. That lets each rule keep its place
 * in its busy spans or periods, so a sweep costs about what it passes over. Not thread-safe; a
 * fresh rule per sweep.
 */
interface StartRule {
    /** No start: the rule cannot be met before the sweep's end. Far from overflow when added to. */
    long NEVER = Long.MAX_VALUE / 4;

    /** The earliest start {@code >= t} of a meeting of {@code d} seconds this rule allows, or {@link #NEVER}. */
    long next(long t, long d);

    /**
     * After {@link #next} answered {@code x}: a start {@code y >= x} such that every start in
     * {@code [x, y]} is allowed too (the end of the run of allowed starts, or less when the rule
     * cannot tell cheaply); lets a count step over a run at once.
     */
    default long end(long x, long d) {
        return x;
    }
}
