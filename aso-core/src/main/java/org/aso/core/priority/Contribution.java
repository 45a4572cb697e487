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

    /**
     * The reason's words: the name of a text entry ({@code reason.<name>}) then its values; empty
     * for a line made with {@link #of}, whose reason is shown as given.
     */
    @Value.Parameter
    @Value.Auxiliary
    abstract java.util.List<Object> wording();

    /**
     * {@link #reason()} for a reader of {@code locale}, times on the clock of the calendar the
     * urgency was computed with: {@code "échéance vendredi 10 mai 2024 à 17 h 30, dans 3,4 jours"}.
     * A line made with {@link #of} keeps its reason as given.
     *
     * @param locale the reader's locale (French and English shipped, English otherwise)
     * @return why the value is what it is
     * @throws NullPointerException if {@code locale} is null
     */
    public String reason(java.util.Locale locale) {
        org.aso.core.internal.Phrasebook book = org.aso.core.internal.Phrasebook.of(locale);
        java.util.List<Object> w = wording();
        if (w.isEmpty()) {
            return reason();
        }
        Object[] args = new Object[w.size() - 1];
        for (int i = 1; i < w.size(); i++) {
            Object a = w.get(i);
            args[i - 1] = a instanceof java.time.ZonedDateTime t ? book.dayTime(t)
                    : a instanceof java.time.Duration d ? book.duration(d) : a;
        }
        return book.text("reason." + w.get(0), args);
    }

    /** A line whose reason is also kept as words, for {@link #reason(java.util.Locale)}. */
    static Contribution worded(UrgencyTerm term, double value, double coefficient, String reason, Object... wording) {
        return ImmutableContribution.of(term, value, coefficient, reason, java.util.Arrays.asList(wording));
    }

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
        return ImmutableContribution.of(term, value, coefficient, reason, java.util.List.of());
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
