package org.aso.calendar;

import java.time.Duration;
import org.aso.core.kernel.Problem;

/** The time one read may take ({@link Ics.Limits#maxTime()}), checked by the steps of reading. */
final class Deadline {
    private final long end;
    private final Duration limit;

    private Deadline(Duration limit) {
        this.limit = limit;
        long nanos;
        try {
            nanos = limit.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE / 2;
        }
        this.end = System.nanoTime() + Math.min(nanos, Long.MAX_VALUE / 2);
    }

    /** A deadline {@code limit} from now. */
    static Deadline after(Duration limit) {
        return new Deadline(limit);
    }

    /** Throws a {@link Refusal} ({@code calendar.limit.time}) once the time is up. */
    void check() {
        if (System.nanoTime() - end > 0) {
            throw new Refusal(Problem.of("calendar.limit.time", "Reading the calendar took longer than " + limit)
                    .with("limit", limit));
        }
    }
}
