package org.aso.core.agenda;

import java.time.LocalDate;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.WorkingDayDeadline;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * A logistics task with its lead time in working days: "order catering 3 working days before",
 * "check the projector 1 day before".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class LogisticsItem {
    LogisticsItem() {}

    /** {@return what to do} */
    @Value.Parameter
    public abstract String task();

    /** {@return how many working days before the meeting's day it must be done} */
    @Value.Parameter
    public abstract int leadWorkingDays();

    /**
     * {@return a task done {@code leadWorkingDays} working days before the meeting's day}
     *
     * @param task what to do ("book the catering"); not blank
     * @param leadWorkingDays how many working days before the meeting's day it is due; 0 for the day itself
     */
    public static LogisticsItem of(String task, int leadWorkingDays) {
        return ImmutableLogisticsItem.of(task, leadWorkingDays);
    }

    /**
     * {@return the day it is due for a meeting on {@code meetingDay}, with the explanation}
     *
     * @param meetingDay the day of the meeting, in the calendar's zone; not null
     * @param calendar the working days and holidays to count back with; not null
     */
    public WorkingDayDeadline dueFor(LocalDate meetingDay, BusinessCalendar calendar) {
        return calendar.deadline(meetingDay, -leadWorkingDays());
    }

    @Value.Check
    void check() {
        if (task().isBlank() || leadWorkingDays() < 0 || leadWorkingDays() > 260) {
            throw new IllegalArgumentException("A logistics task needs a text and a lead of 0 to 260 working days");
        }
    }
}
