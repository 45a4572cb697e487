package org.aso.examples;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingDayDeadline;
import org.aso.core.kernel.WorkingTimeDeadline;
import org.aso.core.kernel.WorkingWeek;

/** aso-core's kernel: a business calendar, deadlines with their explanation, a holiday file. */
public final class KernelExample {
    private KernelExample() {}

    /** A Paris office: Monday to Friday, 09:00-12:30 and 13:30-17:30, French holidays. */
    public static BusinessCalendar parisOffice() {
        return BusinessCalendar.of(ZoneId.of("Europe/Paris"),
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30")),
                FrenchHolidays.metropolitan());
    }

    /** A letter received on 2 May 2024 with 15 working days to reply. */
    public static WorkingDayDeadline replyDeadline(BusinessCalendar calendar) {
        return calendar.deadline(LocalDate.of(2024, 5, 2), 15);
    }

    /** A task of 8 working hours assigned on Tuesday 7 May 2024 at 16:00. */
    public static WorkingTimeDeadline taskDeadline(BusinessCalendar calendar) {
        return calendar.deadline(LocalDateTime.of(2024, 5, 7, 16, 0).atZone(calendar.zone()).toInstant(),
                Duration.ofHours(8));
    }

    /** A holiday file with two bad lines: every problem comes back with its line number. */
    public static List<Problem> badHolidayFile() {
        return HolidayCalendar.parse("Closures", """
                # local closures
                2026-12-24 Christmas Eve closure
                2026-12-32 New Year's Eve closure
                2026-08-14
                """).getLeft();
    }
}
