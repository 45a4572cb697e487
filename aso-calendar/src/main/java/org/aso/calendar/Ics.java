package org.aso.calendar;

import java.time.Instant;
import java.util.Objects;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Limits;

/**
 * The iCalendar facade: aso values to and from RFC 5545 text.
 *
 * <pre>{@code
 * String ics = Ics.holidays(FrenchHolidays.metropolitan(), 2026, 2027, clock.instant());
 * Files.writeString(Path.of("jours-feries.ics"), ics);   // importable by any calendar client
 * }</pre>
 *
 * <p>Output is deterministic: the same input and stamp give the same bytes. Thread-safe.
 */
public final class Ics {
    private Ics() {}

    /**
     * The holidays of the years {@code fromYear..toYear} as an iCalendar object of all-day events,
     * one per holiday, with stable UIDs (so re-importing updates instead of duplicating).
     *
     * @param calendar the holidays to write
     * @param fromYear the first year written
     * @param toYear the last year written, at most 100 years after {@code fromYear}
     * @param stamp the DTSTAMP of every event (the host's current instant)
     * @return the iCalendar text
     * @throws IllegalArgumentException if {@code toYear < fromYear}, the span exceeds 100 years, or
     *     a year is outside 1..9999 (the supported range, {@link org.aso.core.kernel.Limits})
     */
    public static String holidays(HolidayCalendar calendar, int fromYear, int toYear, Instant stamp) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(stamp, "stamp");
        if (toYear < fromYear || (long) toYear - fromYear > 100
                || fromYear < Limits.MIN_DATE.getYear() || toYear > Limits.MAX_DATE.getYear()) {
            throw new IllegalArgumentException("Year range must be ordered, at most 100 years, within 1..9999: "
                    + fromYear + ".." + toYear);
        }
        return HolidayWriter.write(calendar, fromYear, toYear, stamp);
    }
}
