package org.aso.core.kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * A day a deadline computation passed over, and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class SkippedDay {
    SkippedDay() {}

    /** Why a day is not a working day. */
    public enum Reason {
        /** Saturday or Sunday, not worked. */
        WEEKEND,
        /** Another day of the week that is not worked (e.g. a part-time Wednesday). */
        NON_WORKING_DAY,
        /** A working day of the week on which a holiday falls. */
        HOLIDAY
    }

    /** {@return the day} */
    @Value.Parameter
    public abstract LocalDate date();

    /** {@return why it was skipped} A holiday on a weekend counts as {@link Reason#WEEKEND}. */
    @Value.Parameter
    public abstract Reason reason();

    /** {@return the holidays of that day (also filled for weekend days that are holidays)} */
    @Value.Parameter
    public abstract List<Holiday> holidays();

    static SkippedDay of(LocalDate date, WorkingWeek week, HolidayCalendar calendar) {
        DayOfWeek dow = date.getDayOfWeek();
        List<Holiday> holidays = calendar.holidaysOn(date);
        Reason reason;
        if (!week.isWorked(dow)) {
            reason = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? Reason.WEEKEND : Reason.NON_WORKING_DAY;
        } else {
            reason = Reason.HOLIDAY;
        }
        return ImmutableSkippedDay.of(date, reason, holidays);
    }
}
