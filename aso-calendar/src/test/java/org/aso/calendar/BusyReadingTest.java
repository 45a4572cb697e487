package org.aso.calendar;

import static org.aso.calendar.ReadingFixtures.ics;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.kernel.Interval;
import org.junit.jupiter.api.Test;

/** {@link Ics#busy}: an outside calendar as busy time, moved occurrences where they were moved to. */
class BusyReadingTest {
    private static final Interval WEEK = Interval.of(Instant.parse("2026-04-06T00:00:00Z"), Instant.parse("2026-04-14T00:00:00Z"));

    private static FreeBusy span(String start, String end, FreeBusy.State state) {
        return FreeBusy.of(Interval.of(Instant.parse(start), Instant.parse(end)), state);
    }

    static String outside() {
        return ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15//EN", "X-WR-TIMEZONE:Europe/Paris",
                MeetingReadingTest.VTIMEZONE_PARIS,
                // weekly on Mondays; 30 March moved into the week, 6 April moved out of it
                "BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20260301T080000Z", "SUMMARY:Weekly",
                "DTSTART;TZID=Europe/Paris:20260323T100000", "DTEND;TZID=Europe/Paris:20260323T110000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO", "END:VEVENT",
                "BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20260301T080000Z", "SUMMARY:Weekly (moved in)",
                "RECURRENCE-ID;TZID=Europe/Paris:20260330T100000",
                "DTSTART;TZID=Europe/Paris:20260408T140000", "DTEND;TZID=Europe/Paris:20260408T150000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20260301T080000Z", "SUMMARY:Weekly (moved out)",
                "RECURRENCE-ID;TZID=Europe/Paris:20260406T100000",
                "DTSTART;TZID=Europe/Paris:20260421T100000", "DTEND;TZID=Europe/Paris:20260421T110000", "END:VEVENT",
                // a tentative daily stand-up, one day removed, one cancelled by an override
                "BEGIN:VEVENT", "UID:standup", "DTSTAMP:20260301T080000Z", "SUMMARY:Stand-up", "STATUS:TENTATIVE",
                "DTSTART:20260401T070000Z", "DURATION:PT15M", "RRULE:FREQ=DAILY;COUNT=10", "EXDATE:20260407T070000Z",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:standup", "DTSTAMP:20260301T080000Z", "RECURRENCE-ID:20260408T070000Z",
                "DTSTART:20260408T070000Z", "DURATION:PT15M", "STATUS:CANCELLED", "END:VEVENT",
                // free and cancelled events count for nothing
                "BEGIN:VEVENT", "UID:free", "DTSTAMP:20260301T080000Z", "TRANSP:TRANSPARENT",
                "DTSTART:20260409T120000Z", "DTEND:20260409T130000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:off", "DTSTAMP:20260301T080000Z", "STATUS:CANCELLED",
                "DTSTART:20260409T150000Z", "DTEND:20260409T160000Z", "END:VEVENT",
                // a day off, read in the calendar's X-WR-TIMEZONE
                "BEGIN:VEVENT", "UID:day", "DTSTAMP:20260301T080000Z", "DTSTART;VALUE=DATE:20260410", "END:VEVENT",
                // Outlook's zone name
                "BEGIN:VEVENT", "UID:outlook", "DTSTAMP:20260301T080000Z",
                "DTSTART;TZID=\"Romance Standard Time\":20260412T100000", "DTEND;TZID=\"Romance Standard Time\":20260412T103000",
                "END:VEVENT",
                "BEGIN:VFREEBUSY", "DTSTAMP:20260301T080000Z", "UID:fb",
                "FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20260411T080000Z/PT2H",
                "FREEBUSY;FBTYPE=FREE:20260411T120000Z/20260411T130000Z",
                "FREEBUSY:20260501T080000Z/20260501T090000Z", "END:VFREEBUSY",
                "END:VCALENDAR");
    }

    @Test
    void busy_ofAnOutsideCalendar_mergesOverrides_andLeavesOutWhatIsFree() {
        // when
        List<FreeBusy> busy = ReadingFixtures.ics().busy(outside(), WEEK).get();
        // then
        assertThat(busy).containsExactly(
                span("2026-04-06T07:00:00Z", "2026-04-06T07:15:00Z", FreeBusy.State.TENTATIVE),
                span("2026-04-08T12:00:00Z", "2026-04-08T13:00:00Z", FreeBusy.State.BUSY),
                span("2026-04-09T07:00:00Z", "2026-04-09T07:15:00Z", FreeBusy.State.TENTATIVE),
                span("2026-04-09T22:00:00Z", "2026-04-10T22:00:00Z", FreeBusy.State.BUSY),
                span("2026-04-10T07:00:00Z", "2026-04-10T07:15:00Z", FreeBusy.State.TENTATIVE),
                span("2026-04-11T08:00:00Z", "2026-04-11T10:00:00Z", FreeBusy.State.OUT_OF_OFFICE),
                span("2026-04-12T08:00:00Z", "2026-04-12T08:30:00Z", FreeBusy.State.BUSY),
                span("2026-04-13T08:00:00Z", "2026-04-13T09:00:00Z", FreeBusy.State.BUSY));
    }

    @Test
    void busy_movedOutOccurrence_isFoundWhereItWasMovedTo() {
        Interval later = Interval.of(Instant.parse("2026-04-20T00:00:00Z"), Duration.ofDays(2));
        assertThat(ReadingFixtures.ics().busy(outside(), later).get()).containsExactly(
                span("2026-04-20T08:00:00Z", "2026-04-20T09:00:00Z", FreeBusy.State.BUSY),
                span("2026-04-21T08:00:00Z", "2026-04-21T09:00:00Z", FreeBusy.State.BUSY));
    }

    @Test
    void busy_allDayWithoutXWrTimezone_isTheUtcDay() {
        String text = outside().replace("X-WR-TIMEZONE:Europe/Paris\r\n", "");
        assertThat(ReadingFixtures.ics().busy(text, Interval.of(Instant.parse("2026-04-10T12:00:00Z"), Duration.ofHours(1))).get())
                .containsExactly(span("2026-04-10T00:00:00Z", "2026-04-11T00:00:00Z", FreeBusy.State.BUSY));
    }

    @Test
    void busy_overMoreThanTwoYears_isRefused() {
        assertThat(ReadingFixtures.ics().busy(outside(), Interval.of(WEEK.start(), Duration.ofDays(732))).getLeft().code())
                .isEqualTo("calendar.busy.window-too-long");
    }

    @Test
    void busy_ofARuleTooDenseForTheWindow_isRefused() {
        String dense = outside().replace("RRULE:FREQ=DAILY;COUNT=10", "RRULE:FREQ=SECONDLY");
        assertThat(ReadingFixtures.ics().busy(dense, WEEK).getLeft().code()).isEqualTo("agenda.recurrence.too-many-occurrences");
    }
}
