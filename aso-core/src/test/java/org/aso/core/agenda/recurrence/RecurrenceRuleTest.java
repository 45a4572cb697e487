package org.aso.core.agenda.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aso.core.agenda.recurrence.RecurrenceRule.Frequency;
import org.aso.core.agenda.recurrence.RecurrenceRule.WeekdayNum;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class RecurrenceRuleTest {

    private static List<String> codes(String text) {
        Either<List<Problem>, RecurrenceRule> r = RecurrenceRule.parse(text);
        assertThat(r.isLeft()).as(text).isTrue();
        return r.getLeft().stream().map(Problem::code).toList();
    }

    @Test
    void parse_fullRule_readsEveryPart() {
        RecurrenceRule r = RecurrenceRule.parse("RRULE:FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU;"
                + "BYMONTH=1,3;BYMONTHDAY=-1;BYHOUR=9;BYMINUTE=30;BYSECOND=0;BYSETPOS=-1;WKST=SU").get();
        assertThat(r.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(r.interval()).isEqualTo(2);
        assertThat(r.count()).hasValue(10);
        assertThat(r.until()).isEmpty();
        assertThat(r.byDay()).containsExactly(new WeekdayNum(1, DayOfWeek.SUNDAY), new WeekdayNum(-1, DayOfWeek.SUNDAY));
        assertThat(r.byMonth()).containsExactly(1, 3);
        assertThat(r.byMonthDay()).containsExactly(-1);
        assertThat(r.byHour()).containsExactly(9);
        assertThat(r.byMinute()).containsExactly(30);
        assertThat(r.bySecond()).containsExactly(0);
        assertThat(r.bySetPos()).containsExactly(-1);
        assertThat(r.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void parse_untilForms() {
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T000000Z").get().until())
                .contains(Instant.parse("1997-12-24T00:00:00Z"));
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224").get().until()).contains(LocalDate.of(1997, 12, 24));
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T090000").get().until())
                .contains(LocalDate.of(1997, 12, 24).atTime(9, 0));
    }

    @Test
    void toString_isCanonicalAndParsesBack() {
        for (String text : List.of("FREQ=MONTHLY;BYDAY=-1FR", "FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=TU,TH;WKST=SU",
                "FREQ=DAILY;UNTIL=19971224T000000Z", "FREQ=YEARLY;UNTIL=20001231;BYMONTH=1,2;BYWEEKNO=20;BYDAY=MO",
                "FREQ=YEARLY;BYYEARDAY=1,100,-1;BYHOUR=9,10;BYMINUTE=0,30;BYSECOND=0;BYSETPOS=1,-1")) {
            RecurrenceRule r = RecurrenceRule.parse(text).get();
            assertThat(r).hasToString(text);
            assertThat(RecurrenceRule.parse(r.toString()).get()).isEqualTo(r).hasSameHashCodeAs(r);
        }
        assertThat(RecurrenceRule.parse("byday=mo;freq=weekly;interval=1").get()).hasToString("FREQ=WEEKLY;BYDAY=MO");
    }

    @Test
    void parse_badRules_giveCodedProblems() {
        assertThat(codes("FREQ=DAILY;" + "X".repeat(1000))).containsExactly("agenda.rrule.too-long");
        assertThat(codes("FREQ=DAILY;FOO=1")).containsExactly("agenda.rrule.unknown-part");
        assertThat(codes("FREQ=DAILY;COUNT")).containsExactly("agenda.rrule.malformed");
        assertThat(codes("FREQ=DAILY;;COUNT=2")).containsExactly("agenda.rrule.malformed");
        assertThat(codes("FREQ=DAILY;COUNT=2;COUNT=3")).containsExactly("agenda.rrule.duplicate-part");
        assertThat(codes("COUNT=3")).containsExactly("agenda.rrule.missing-freq");
        assertThat(codes("")).containsExactly("agenda.rrule.missing-freq");
        assertThat(codes("FREQ=FORTNIGHTLY")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;INTERVAL=0")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;COUNT=-1")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=YEARLY;BYMONTH=13")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=MONTHLY;BYMONTHDAY=0")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=MONTHLY;BYMONTHDAY=32")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=MONTHLY;BYDAY=XX")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=MONTHLY;BYDAY=6MO")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;BYHOUR=24")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;UNTIL=2026")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;UNTIL=20260230")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;WKST=XX")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;COUNT=3;UNTIL=20260101")).containsExactly("agenda.rrule.count-and-until");
        assertThat(codes("FREQ=MONTHLY;BYWEEKNO=3")).containsExactly("agenda.rrule.part-not-allowed");
        assertThat(codes("FREQ=DAILY;BYYEARDAY=3")).containsExactly("agenda.rrule.part-not-allowed");
        assertThat(codes("FREQ=WEEKLY;BYYEARDAY=3")).containsExactly("agenda.rrule.part-not-allowed");
        assertThat(codes("FREQ=MONTHLY;BYYEARDAY=3")).containsExactly("agenda.rrule.part-not-allowed");
        assertThat(codes("FREQ=WEEKLY;BYMONTHDAY=3")).containsExactly("agenda.rrule.part-not-allowed");
        assertThat(codes("FREQ=WEEKLY;BYDAY=1MO")).containsExactly("agenda.rrule.ordinal-not-allowed");
        assertThat(codes("FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO")).containsExactly("agenda.rrule.ordinal-not-allowed");
        assertThat(codes("FREQ=MONTHLY;BYSETPOS=1")).containsExactly("agenda.rrule.setpos-alone");
    }

    @Test
    void parse_reportsEveryProblemAtOnce() {
        List<Problem> problems = RecurrenceRule.parse("FREQ=WEEKLY;COUNT=2;UNTIL=20260101;BYMONTHDAY=3;BYMONTH=0;FOO=1")
                .getLeft();
        assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder("agenda.rrule.bad-value",
                "agenda.rrule.unknown-part", "agenda.rrule.count-and-until", "agenda.rrule.part-not-allowed");
        assertThat(problems.get(0).detail("part")).isPresent();
    }

    @Test
    void parse_yearlyAllowsLargeOrdinalsAndYearDays() {
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYDAY=20MO,-53SU;BYYEARDAY=-366,366").isRight()).isTrue();
        assertThat(RecurrenceRule.parse("FREQ=HOURLY;BYYEARDAY=1").isRight()).isTrue();
    }
}
