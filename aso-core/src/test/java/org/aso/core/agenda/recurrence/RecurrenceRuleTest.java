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
    void parse_numbers_digitsOnlyForUnsignedParts_signAllowedWhereRfcSaysSo() {
        // a time part with no digits is refused, even though 0 is in its range
        assertThat(codes("FREQ=DAILY;BYSECOND=x")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;BYHOUR=9h")).containsExactly("agenda.rrule.bad-value");
        // unsigned parts take no sign at all
        assertThat(codes("FREQ=DAILY;BYMINUTE=+5")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;BYMINUTE=-5")).containsExactly("agenda.rrule.bad-value");
        // signed parts: '+' is optional; at most eight digits follow it
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=+00000031").get().byMonthDay()).containsExactly(31);
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=-31").get().byMonthDay()).containsExactly(-31);
        assertThat(codes("FREQ=MONTHLY;BYMONTHDAY=+000000031")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=MONTHLY;BYMONTHDAY=-32")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=MONTHLY;BYMONTHDAY=-0")).containsExactly("agenda.rrule.bad-value");
    }

    @Test
    void parse_bySetPos_isAcceptedWithAnyOtherByPart() {
        for (String parts : List.of("BYSECOND=0", "BYMINUTE=0", "BYHOUR=9", "BYDAY=MO", "BYMONTHDAY=1",
                "BYYEARDAY=1", "BYWEEKNO=1", "BYMONTH=1", "BYSECOND=0;BYMINUTE=0", "BYMINUTE=0;BYHOUR=9",
                "BYHOUR=9;BYDAY=MO", "BYDAY=MO;BYMONTHDAY=1", "BYMONTHDAY=1;BYYEARDAY=1", "BYYEARDAY=1;BYWEEKNO=1",
                "BYWEEKNO=1;BYMONTH=1", "BYSECOND=0,1;BYMINUTE=0;BYHOUR=9", "BYSECOND=0;BYMINUTE=0;BYHOUR=9,10;BYDAY=MO",
                "BYHOUR=9,10,11;BYDAY=MO;BYMONTHDAY=1", "BYDAY=MO,TU,WE,TH;BYMONTHDAY=1;BYYEARDAY=1",
                "BYHOUR=1,2,3,4,5;BYWEEKNO=1", "BYHOUR=1,2,3,4,5,6;BYMONTH=1")) {
            String text = "FREQ=YEARLY;" + parts + ";BYSETPOS=1";
            assertThat(RecurrenceRule.parse(text).isRight()).as(text).isTrue();
        }
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

    @Test
    void parse_eachNumericPart_acceptsItsRangeEdges_andRefusesOneBeyond() {
        // part, frequency it is allowed with, lowest, highest, signed
        record Range(String part, String freq, int min, int max, boolean signed) {}
        for (Range r : List.of(new Range("INTERVAL", "DAILY", 1, 10_000, false),
                new Range("COUNT", "DAILY", 1, RecurrenceRule.MAX_COUNT, false),
                new Range("BYSECOND", "DAILY", 0, 60, false), new Range("BYMINUTE", "DAILY", 0, 59, false),
                new Range("BYHOUR", "DAILY", 0, 23, false), new Range("BYMONTHDAY", "MONTHLY", 1, 31, true),
                new Range("BYYEARDAY", "YEARLY", 1, 366, true), new Range("BYWEEKNO", "YEARLY", 1, 53, true),
                new Range("BYMONTH", "YEARLY", 1, 12, false), new Range("BYSETPOS", "YEARLY;BYMONTH=1", 1, 366, true))) {
            String head = "FREQ=" + r.freq() + ";" + r.part() + "=";
            for (int ok : r.signed() ? List.of(r.min(), r.max(), -r.min(), -r.max()) : List.of(r.min(), r.max())) {
                assertThat(RecurrenceRule.parse(head + ok).isRight()).as(head + ok).isTrue();
            }
            List<Integer> beyond = new java.util.ArrayList<>(List.of(r.max() + 1));
            if (r.min() > 0) {
                beyond.add(r.min() - 1);
            }
            if (r.signed()) {
                beyond.add(-r.max() - 1);
            } else {
                beyond.add(-Math.max(r.min(), 1));
            }
            for (int bad : beyond) {
                List<Problem> p = RecurrenceRule.parse(head + bad).getLeft();
                assertThat(p).as(head + bad).extracting(Problem::code).containsExactly("agenda.rrule.bad-value");
                assertThat(p.get(0).details()).as(head + bad).containsEntry("part", r.part())
                        .containsEntry("value", Integer.toString(bad));
            }
        }
    }

    @Test
    void parse_signedParts_takeAnExplicitPlus_unsignedOnesDoNot() {
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=+3,-3").get().byMonthDay()).containsExactly(3, -3);
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=+2MO").get().byDay()).containsExactly(new WeekdayNum(2, DayOfWeek.MONDAY));
        assertThat(codes("FREQ=DAILY;COUNT=+3")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=YEARLY;BYMONTH=+3")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=MONTHLY;BYMONTHDAY=++3")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=MONTHLY;BYMONTHDAY=+-3")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=MONTHLY;BYDAY=++2MO")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;BYSECOND=-0")).containsExactly("agenda.rrule.bad-value");
    }

    @Test
    void parse_numbersOfMoreThanEightCharacters_orNotNumbers_areBadValues() {
        assertThat(RecurrenceRule.parse("FREQ=DAILY;COUNT=00000003").get().count()).hasValue(3);
        assertThat(codes("FREQ=DAILY;COUNT=000000003")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;COUNT=99999999999")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;COUNT=3x")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;BYHOUR=9,,10")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;BYHOUR=9,x,25")).containsExactly("agenda.rrule.bad-value", "agenda.rrule.bad-value");
    }

    @Test
    void parse_repeatedValues_countOnce_inTheOrderFirstGiven() {
        RecurrenceRule r = RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=15,1,15,-1,1;BYDAY=MO,1TU,MO,1TU,-1TU").get();
        assertThat(r.byMonthDay()).containsExactly(15, 1, -1);
        assertThat(r.byDay()).containsExactly(new WeekdayNum(0, DayOfWeek.MONDAY), new WeekdayNum(1, DayOfWeek.TUESDAY),
                new WeekdayNum(-1, DayOfWeek.TUESDAY));
        assertThat(r).hasToString("FREQ=MONTHLY;BYMONTHDAY=15,1,-1;BYDAY=MO,1TU,-1TU");
    }

    @Test
    void parse_monthlyOrdinals_reachFive_yearlyOnes53() {
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=5FR,-5MO").get().byDay())
                .containsExactly(new WeekdayNum(5, DayOfWeek.FRIDAY), new WeekdayNum(-5, DayOfWeek.MONDAY));
        List<Problem> p = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=-6MO").getLeft();
        assertThat(p).extracting(Problem::code).containsExactly("agenda.rrule.bad-value");
        assertThat(p.get(0).details()).containsEntry("part", "BYDAY").containsEntry("value", "-6MO");
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYDAY=53MO,-53FR").isRight()).isTrue();
        assertThat(codes("FREQ=YEARLY;BYDAY=54MO")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=YEARLY;BYDAY=0MO")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=YEARLY;BYDAY=M")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=YEARLY;BYDAY=1XX")).containsExactly("agenda.rrule.bad-value");
        // ordinals are refused with every frequency but MONTHLY and YEARLY
        for (String freq : List.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY")) {
            List<Problem> o = RecurrenceRule.parse("FREQ=" + freq + ";BYDAY=-1FR").getLeft();
            assertThat(o).as(freq).extracting(Problem::code).containsExactly("agenda.rrule.ordinal-not-allowed");
            assertThat(o.get(0).details()).as(freq).containsEntry("freq", freq);
        }
    }

    @Test
    void weekdayNum_ordinalsOutsideMinus53To53_areRefused_andItReadsAsRruleText() {
        assertThat(new WeekdayNum(53, DayOfWeek.SUNDAY)).hasToString("53SU");
        assertThat(new WeekdayNum(-53, DayOfWeek.MONDAY)).hasToString("-53MO");
        assertThat(new WeekdayNum(0, DayOfWeek.WEDNESDAY)).hasToString("WE");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WeekdayNum(54, DayOfWeek.SUNDAY))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WeekdayNum(-54, DayOfWeek.SUNDAY))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WeekdayNum(1, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void parse_lengthOf1000_isRead_1001IsTooLong() {
        String base = "FREQ=DAILY;BYHOUR=";
        StringBuilder b = new StringBuilder(base).append("00");
        while (b.length() < RecurrenceRule.MAX_LENGTH - 3) {
            b.append(",00");
        }
        String atLimit = b.append(",0".repeat((RecurrenceRule.MAX_LENGTH - b.length()) / 2)).toString();
        atLimit = atLimit + "0".repeat(RecurrenceRule.MAX_LENGTH - atLimit.length());
        assertThat(atLimit).hasSize(1000);
        assertThat(RecurrenceRule.parse(atLimit).get().byHour()).containsExactly(0);
        List<Problem> p = RecurrenceRule.parse(atLimit + "0").getLeft();
        assertThat(p).extracting(Problem::code).containsExactly("agenda.rrule.too-long");
        assertThat(p.get(0).details()).containsEntry("length", "1001");
    }

    @Test
    void parse_prefixAndNames_ignoreCase_andSurroundingSpace() {
        assertThat(RecurrenceRule.parse("  rrule:freq=weekly;wkst=su;byday=tu ").get())
                .hasToString("FREQ=WEEKLY;BYDAY=TU;WKST=SU");
        assertThat(codes("RRULE:")).containsExactly("agenda.rrule.missing-freq");
        // WKST=MO given is kept in the text, Monday by default is not
        assertThat(RecurrenceRule.parse("FREQ=WEEKLY;WKST=MO").get()).hasToString("FREQ=WEEKLY;WKST=MO")
                .isNotEqualTo(RecurrenceRule.parse("FREQ=WEEKLY").get());
        assertThat(RecurrenceRule.parse("FREQ=WEEKLY").get().weekStart()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void parse_partsWithoutNameOrValue_areMalformed_andABadFreqIsNotAlsoMissing() {
        List<Problem> p = RecurrenceRule.parse("FREQ=DAILY;=3;COUNT=").getLeft();
        assertThat(p).extracting(Problem::code).containsExactly("agenda.rrule.malformed", "agenda.rrule.malformed");
        assertThat(p).extracting(x -> x.details().get("part")).containsExactly("=3", "COUNT=");
        assertThat(codes("FREQ=DAILY;COUNT3")).containsExactly("agenda.rrule.malformed");
        assertThat(codes("FREQ=SOMETIMES;COUNT=2")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=;COUNT=2")).containsExactly("agenda.rrule.malformed", "agenda.rrule.missing-freq");
        assertThat(codes("COUNT=2;FOO=1")).containsExactly("agenda.rrule.unknown-part", "agenda.rrule.missing-freq");
        List<Problem> twice = RecurrenceRule.parse("FREQ=DAILY;freq=WEEKLY").getLeft();
        assertThat(twice).extracting(Problem::code).containsExactly("agenda.rrule.duplicate-part");
        assertThat(twice.get(0).details()).containsEntry("part", "FREQ");
    }

    @Test
    void parse_byPartsAllowedWithEachFrequency() {
        // RFC 5545 3.3.10's table: BYWEEKNO only YEARLY, BYYEARDAY not DAILY/WEEKLY/MONTHLY, BYMONTHDAY not WEEKLY
        for (String freq : List.of("SECONDLY", "MINUTELY", "HOURLY", "YEARLY")) {
            assertThat(RecurrenceRule.parse("FREQ=" + freq + ";BYYEARDAY=100").isRight()).as(freq).isTrue();
        }
        for (String freq : List.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "MONTHLY", "YEARLY")) {
            assertThat(RecurrenceRule.parse("FREQ=" + freq + ";BYMONTHDAY=10").isRight()).as(freq).isTrue();
        }
        for (String freq : List.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY")) {
            List<Problem> p = RecurrenceRule.parse("FREQ=" + freq + ";BYWEEKNO=10").getLeft();
            assertThat(p).as(freq).extracting(Problem::code).containsExactly("agenda.rrule.part-not-allowed");
            assertThat(p.get(0).details()).as(freq).containsEntry("part", "BYWEEKNO").containsEntry("freq", freq);
        }
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=10;BYDAY=MO").isRight()).isTrue();
        // BYSETPOS needs any one other BY-part
        for (String by : List.of("BYSECOND=0", "BYMINUTE=0", "BYHOUR=9", "BYDAY=MO", "BYMONTHDAY=1", "BYYEARDAY=1",
                "BYWEEKNO=1", "BYMONTH=1")) {
            assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYSETPOS=1;" + by).isRight()).as(by).isTrue();
        }
    }

    @Test
    void untilText_keepsItsForm_withLeadingZeros() {
        for (String text : List.of("FREQ=DAILY;UNTIL=00010102", "FREQ=DAILY;UNTIL=00010102T030405",
                "FREQ=DAILY;UNTIL=00010102T030405Z")) {
            assertThat(RecurrenceRule.parse(text).get()).hasToString(text);
        }
        assertThat(codes("FREQ=DAILY;UNTIL=20260101T250000")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;UNTIL=20260101T1200")).containsExactly("agenda.rrule.bad-value");
        assertThat(codes("FREQ=DAILY;UNTIL=20260101Z")).containsExactly("agenda.rrule.bad-value");
    }

    @Test
    void equality_isThatOfTheCanonicalText() {
        RecurrenceRule a = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO;INTERVAL=2").get();
        RecurrenceRule b = RecurrenceRule.parse("INTERVAL=2;FREQ=WEEKLY;BYDAY=MO").get();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO").get());
        assertThat(a).isNotEqualTo(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=TU;INTERVAL=2").get());
        assertThat(a).isNotEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");
    }
}
