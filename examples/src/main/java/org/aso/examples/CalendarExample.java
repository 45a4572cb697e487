package org.aso.examples;

import java.time.Clock;
import org.aso.calendar.Ics;
import org.aso.core.kernel.FrenchHolidays;

/** aso-calendar: the year's holidays as an iCalendar file any calendar client can import. */
public final class CalendarExample {
    private CalendarExample() {}

    /** The French holidays of {@code year}, Alsace-Moselle included, as iCalendar text stamped at the clock's instant. */
    public static String holidaysIcs(int year, Clock clock) {
        // tag::calendar[]
        // the holidays of a year (2026, say) for any calendar client; the clock gives the DTSTAMP
        String ics = Ics.holidays(FrenchHolidays.withAlsaceMoselle(), year, year, clock.instant());
        // => BEGIN:VCALENDAR ... BEGIN:VEVENT ... END:VEVENT ... END:VCALENDAR
        // end::calendar[]
        return ics;
    }
}
