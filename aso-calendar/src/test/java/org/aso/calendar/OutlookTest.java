package org.aso.calendar;

import static org.aso.calendar.CalendarFixtures.STAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OutlookTest {

    static Meeting series(String rule) {
        Meeting m = CalendarFixtures.single();
        return CalendarFixtures.copy(m).recurrence(Recurrence.of(m.start(), Duration.ofHours(1),
                RecurrenceRule.parse(rule).get())).build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=6 | calendar.outlook.several-monthdays",
            "FREQ=MONTHLY;BYDAY=1MO,3WE;COUNT=6 | calendar.outlook.several-nth-weekdays",
            "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1,-1;COUNT=6 | calendar.outlook.several-setpos",
            "FREQ=YEARLY;BYYEARDAY=100;COUNT=3 | calendar.outlook.byyearday",
            "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO;COUNT=3 | calendar.outlook.byweekno",
            "FREQ=DAILY;BYHOUR=9,14;COUNT=3 | calendar.outlook.time-of-day",
            "FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=2;COUNT=4 | calendar.outlook.several-months",
    })
    void request_ruleOutlookCannotShow_isSentWithAWarning(String rule, String code) {
        // given
        Meeting m = series(rule);
        // when
        Ics.Message msg = CalendarFixtures.ics().request(m, STAMP).get();
        // then
        assertThat(msg.warnings()).extracting(Problem::code).containsExactly(code);
        Problem p = msg.warnings().get(0);
        assertThat(p.detail("meeting")).contains("m-1");
        assertThat(p.detail("rule")).contains(RecurrenceRule.parse(rule).get().toString());
        assertThat(p.message()).contains("Outlook");
        assertThat(msg.text()).contains("RRULE:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=10", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6", "FREQ=MONTHLY;BYMONTHDAY=15",
            "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=2", "FREQ=DAILY;INTERVAL=2;UNTIL=20261231T230000Z",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    })
    void request_ruleOutlookShows_hasNoWarning(String rule) {
        assertThat(CalendarFixtures.ics().request(series(rule), STAMP).get().warnings()).isEmpty();
    }

    @Test
    void request_extraDatesWithoutRule_isWarned() {
        Meeting m = CalendarFixtures.single();
        Recurrence dates = Recurrence.builder().start(m.start()).duration(Duration.ofHours(1))
                .addRdates(m.start().plusDays(3), m.start().plusDays(10)).build();
        Ics.Message msg = CalendarFixtures.ics().request(CalendarFixtures.copy(m).recurrence(dates).build(), STAMP).get();
        assertThat(msg.warnings()).extracting(Problem::code).containsExactly("calendar.outlook.rdate-without-rule");
        assertThat(msg.text()).contains("RDATE;TZID=Europe/Paris:20260305T093000,20260312T093000\r\n");
        assertThat(msg.text().substring(msg.text().indexOf("BEGIN:VEVENT"))).doesNotContain("RRULE");
    }

    @Test
    void request_refusingOutlookIncompatible_isALeftProblem() {
        Ics strict = Ics.builder(CalendarFixtures.directory()).refuseOutlookIncompatible(true).build();
        Meeting m = series("FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=6");
        assertThat(strict.request(m, STAMP).getLeft().code()).isEqualTo("calendar.outlook.several-monthdays");
        assertThat(strict.publish(List.of(m), STAMP).getLeft().code()).isEqualTo("calendar.outlook.several-monthdays");
        assertThat(strict.request(series("FREQ=WEEKLY;COUNT=3"), STAMP).isRight()).isTrue();
    }
}
