package org.aso.core.agenda.slots;

import java.time.Instant;
import org.aso.core.kernel.Limits;

/**
 * Instants as the slot engine counts them: whole epoch seconds. Starts are rounded down and ends
 * up, so that busy time is never shortened.
 */
final class EpochSeconds {
    /** The first second of the supported range ({@link Limits#MIN_INSTANT}). */
    static final long MIN = floor(Limits.MIN_INSTANT);
    /** The last second of the supported range ({@link Limits#MAX_INSTANT}), rounded down. */
    static final long MAX = floor(Limits.MAX_INSTANT);

    private EpochSeconds() {}

    /** {@code i} rounded down to the second (for a start). */
    static long floor(Instant i) {
        return i.getEpochSecond();
    }

    /** {@code i} rounded up to the second (for an end). */
    static long ceil(Instant i) {
        return i.getNano() == 0 ? i.getEpochSecond() : i.getEpochSecond() + 1;
    }
}
