package org.aso.core.priority;

import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * One line of an urgency breakdown: a term, its value, the policy's coefficient, their product,
 * and why the value is what it is.
 *
 * <pre>{@code
 * // DUE 0.61 x 12.0 = 7.27 (due 2024-05-10T15:30:00Z, in 3.4 days)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class Contribution {
    Contribution() {}

    /** {@return the term} */
    @Value.Parameter
    public abstract UrgencyTerm term();

    /** {@return the term's value for the task} */
    @Value.Parameter
    public abstract double value();

    /** {@return the policy's coefficient for the term} */
    @Value.Parameter
    public abstract double coefficient();

    /** {@return why the value is what it is, for people} */
    @Value.Parameter
    public abstract String reason();

    /** {@return {@code value() * coefficient()}: what the term adds to the score} */
    public double contribution() {
        return value() * coefficient();
    }

    /**
     * A line of a breakdown.
     *
     * @param term the term
     * @param value the term's value, between 0 and 1
     * @param coefficient the policy's coefficient for the term
     * @param reason why, in a sentence for people
     * @return the line
     * @throws IllegalArgumentException if the value or coefficient is not finite or the reason
     *     is blank
     */
    public static Contribution of(UrgencyTerm term, double value, double coefficient, String reason) {
        return ImmutableContribution.of(term, value, coefficient, reason);
    }

    @Value.Check
    void check() {
        if (!Double.isFinite(value()) || !Double.isFinite(coefficient()) || reason().isBlank()) {
            throw new IllegalArgumentException("Bad contribution: " + term() + " " + value() + " x " + coefficient());
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %.2f x %.1f = %.2f (%s)",
                term(), value(), coefficient(), contribution(), reason());
    }
}
