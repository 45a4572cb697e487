package org.aso.examples;

import java.time.Instant;
import org.aso.calendar.Ics;
import org.aso.core.kernel.FrenchHolidays;

/** aso-calendar: the year's holidays as an iCalendar file any calendar client can import. */
public final class CalendarExample {
    private CalendarExample() {}

    /** The French holidays of {@code year}, Alsace-Moselle included, as iCalendar text. */
    public static String holidaysIcs(int year, Instant stamp) {
        return Ics.holidays(FrenchHolidays.withAlsaceMoselle(), year, year, stamp);
    }
}
