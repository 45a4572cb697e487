package org.aso.calendar;

import java.util.ArrayList;
import java.util.List;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.Problem;

/**
 * What Outlook cannot show of a series: its recurrence patterns are one rule of a fixed shape
 * (daily, weekly on some days, monthly or yearly on one day of the month or one nth weekday), so
 * a richer rule is shown differently there, or not at all. Each such part of a meeting gives one
 * problem, code {@code calendar.outlook.<what>}, with the meeting and the rule in its details.
 */
final class Outlook {
    private Outlook() {}

    /** {@return what Outlook cannot show of the meeting's recurrence, in a fixed order; empty if all is fine} */
    static List<Problem> check(Meeting m) {
        if (m.recurrence().isEmpty()) {
            return List.of();
        }
        Recurrence r = m.recurrence().get();
        List<Problem> out = new ArrayList<>(2);
        if (r.rule().isEmpty()) {
            if (!r.rdates().isEmpty()) {
                out.add(problem(m, "calendar.outlook.rdate-without-rule", "Outlook shows only the first date of a series given as a list of dates (RDATE without RRULE)"));
            }
            return out;
        }
        RecurrenceRule rule = r.rule().get();
        if (!r.rdates().isEmpty()) {
            out.add(problem(m, "calendar.outlook.rdate", "Outlook ignores the extra dates (RDATE) of a series"));
        }
        // HOURLY and finer rules never reach here: a meeting repeats at most daily (agenda.meeting.recurrence-too-fine)
        if (rule.byMonthDay().size() > 1) {
            out.add(problem(m, "calendar.outlook.several-monthdays", "Outlook repeats on one day of the month, not several (BYMONTHDAY)"));
        }
        long nth = rule.byDay().stream().filter(d -> d.ordinal() != 0).count();
        if (nth > 1 || nth == 1 && rule.byDay().size() > 1) {
            out.add(problem(m, "calendar.outlook.several-nth-weekdays", "Outlook repeats on one nth weekday of the month, not several (BYDAY)"));
        }
        if (rule.bySetPos().size() > 1) {
            out.add(problem(m, "calendar.outlook.several-setpos", "Outlook repeats on one position in the month, not several (BYSETPOS)"));
        }
        if (!rule.byYearDay().isEmpty()) {
            out.add(problem(m, "calendar.outlook.byyearday", "Outlook cannot repeat on days of the year (BYYEARDAY)"));
        }
        if (!rule.byWeekNo().isEmpty()) {
            out.add(problem(m, "calendar.outlook.byweekno", "Outlook cannot repeat on week numbers (BYWEEKNO)"));
        }
        if (!rule.byHour().isEmpty() || !rule.byMinute().isEmpty() || !rule.bySecond().isEmpty()) {
            out.add(problem(m, "calendar.outlook.time-of-day", "Outlook repeats at the series' start time only (BYHOUR, BYMINUTE, BYSECOND)"));
        }
        if (rule.byMonth().size() > 1) {
            out.add(problem(m, "calendar.outlook.several-months", "Outlook repeats yearly in one month, not several (BYMONTH)"));
        }
        return out;
    }

    private static Problem problem(Meeting m, String code, String message) {
        Problem p = Problem.of(code, message).with("meeting", m.id());
        return m.recurrence().flatMap(Recurrence::rule).map(rule -> p.with("rule", rule)).orElse(p);
    }
}
