package org.aso.core.priority;

/**
 * The urgent/important quadrant of a task (Eisenhower's matrix), from the thresholds of the
 * {@link UrgencyPolicy}.
 */
public enum Quadrant {
    /** Urgent and important: do it now. */
    DO_NOW,
    /** Important, not urgent: schedule it. */
    SCHEDULE,
    /** Urgent, not important: delegate it. */
    DELEGATE,
    /** Neither: drop it or leave it for later. */
    DROP;

    /**
     * {@return the quadrant for the two answers}
     *
     * @param urgent whether the task is urgent
     * @param important whether the task is important
     */
    public static Quadrant of(boolean urgent, boolean important) {
        if (urgent) {
            return important ? DO_NOW : DELEGATE;
        }
        return important ? SCHEDULE : DROP;
    }
}
