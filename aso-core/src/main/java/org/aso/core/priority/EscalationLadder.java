package org.aso.core.priority;

import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * The rungs of escalation for a grade, in working days: a reminder before the due day, an
 * overdue notice when the due moment passes, escalation to the head of the unit above, and an
 * entry in the exception report.
 *
 * <pre>{@code
 * EscalationLadder ladder = EscalationLadder.of(2, 2, 5);   // remind 2 working days before,
 *                                                           // escalate 2 after, report 5 after
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class EscalationLadder {
    EscalationLadder() {}

    /**
     * {@return the reminder goes at the start of this many working days before the due day; 0 means no
     * reminder}
     */
    @Value.Parameter
    public abstract int remindWorkingDaysBefore();

    /** {@return after how many working days past the due day escalation comes (at the start of that day, not before the due moment)} */
    @Value.Parameter
    public abstract int escalateWorkingDaysAfter();

    /** {@return after how many working days past the due day the exception report comes (at the start of that day, not before the due moment)} */
    @Value.Parameter
    public abstract int reportWorkingDaysAfter();

    /**
     * A ladder.
     *
     * @param remindWorkingDaysBefore working days before the due day on which the reminder comes
     * @param escalateWorkingDaysAfter working days after the due day on which escalation comes
     * @param reportWorkingDaysAfter working days after the due day on which the exception report
     *     comes
     * @return the ladder
     * @throws IllegalArgumentException if a number is negative or above 250
     */
    public static EscalationLadder of(int remindWorkingDaysBefore, int escalateWorkingDaysAfter, int reportWorkingDaysAfter) {
        return ImmutableEscalationLadder.of(remindWorkingDaysBefore, escalateWorkingDaysAfter, reportWorkingDaysAfter);
    }

    @Value.Check
    void check() {
        for (int n : new int[] {remindWorkingDaysBefore(), escalateWorkingDaysAfter(), reportWorkingDaysAfter()}) {
            if (n < 0 || n > 250) {
                throw new IllegalArgumentException("Escalation ladder steps must be within 0-250 working days: " + this);
            }
        }
    }
}
