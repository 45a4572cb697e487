package org.aso.core.priority;

import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * Why a task is delicate beyond its grade: it answers a member of parliament, a court, a
 * right-to-information request. Set on the task or on its {@link TaskSource}; the
 * {@link UrgencyTerm#SENSITIVITY} term takes the highest weight found.
 *
 * <pre>{@code
 * Sensitivity press = Sensitivity.of("press", "Press enquiry", 0.5);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class Sensitivity {
    Sensitivity() {}

    /** {@return a stable code, e.g. {@code "parliament"}} */
    @Value.Parameter
    public abstract String code();

    /** {@return the label people see} */
    @Value.Parameter
    public abstract String label();

    /** {@return the term value, between 0 and 1} */
    @Value.Parameter
    public abstract double weight();

    /**
     * A sensitivity.
     *
     * @param code a stable code, lower-case letters, digits and dashes
     * @param label the label people see
     * @param weight the term value, between 0 and 1
     * @return the sensitivity
     * @throws IllegalArgumentException if the code is not lower-case letters, digits and dashes,
     *     the label is blank or the weight is not within [0, 1]
     */
    public static Sensitivity of(String code, String label, double weight) {
        return ImmutableSensitivity.of(code, label, weight);
    }

    /** {@return the sensitivity of mail a member of parliament wrote or asked about (weight 1)} */
    public static Sensitivity parliament() {
        return of("parliament", "Member of parliament", 1.0);
    }

    /** {@return the sensitivity of a matter before a court or a tribunal (weight 1)} */
    public static Sensitivity court() {
        return of("court", "Court", 1.0);
    }

    /** {@return a right-to-information request with its statutory time limit (weight 0.8)} */
    public static Sensitivity rightToInformation() {
        return of("right-to-information", "Right-to-information request", 0.8);
    }

    @Value.Check
    void check() {
        if (!code().matches("[a-z0-9][a-z0-9-]*") || label().isBlank() || !(weight() >= 0 && weight() <= 1)) {
            throw new IllegalArgumentException("Bad sensitivity: " + code() + " / " + label() + " / " + weight());
        }
    }

    @Override
    public String toString() {
        return label();
    }
}
