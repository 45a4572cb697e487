package org.aso.core.priority;

/**
 * How much a task matters to the section, apart from its deadline: the person's own judgement.
 * Each level carries the weight used by the {@link UrgencyTerm#IMPORTANCE} term (Taskwarrior's
 * H/M/L priority weights).
 */
public enum Importance {
    /** Weight 0.3. */
    LOW(0.3),
    /** Weight 0.65. */
    NORMAL(0.65),
    /** Weight 1.0. */
    HIGH(1.0);

    private final double weight;

    Importance(double weight) {
        this.weight = weight;
    }

    /** {@return the term value, between 0 and 1} */
    public double weight() {
        return weight;
    }
}
