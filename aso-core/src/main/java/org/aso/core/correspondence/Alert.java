package org.aso.core.correspondence;

import java.time.LocalDate;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * An entry whose reply is due soon or overdue on a given day.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class Alert {
    Alert() {}

    /** Due soon (within the register's lead) or overdue. */
    public enum Kind {
        /** The reply is due within the alert lead (today included). */
        DUE_SOON,
        /** The due day has passed. */
        OVERDUE
    }

    /** {@return the entry} */
    @Value.Parameter
    public abstract Entry entry();

    /** {@return due soon or overdue} */
    @Value.Parameter
    public abstract Kind kind();

    /** {@return the due day} */
    @Value.Parameter
    public abstract LocalDate due();

    /**
     * {@return working days from the day asked about to the due day ({@link org.aso.core.kernel.BusinessCalendar#workingDaysBetween}):
     * zero or negative when overdue (zero when asked on a non-working day just after the due day)}
     */
    @Value.Parameter
    public abstract int workingDaysLeft();

    static Alert of(Entry entry, Kind kind, LocalDate due, int left) {
        return ImmutableAlert.of(entry, kind, due, left);
    }
}
