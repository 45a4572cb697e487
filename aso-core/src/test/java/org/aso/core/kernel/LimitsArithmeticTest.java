package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class LimitsArithmeticTest {

    @Test
    void clamp_keepsSupportedInstants_andMovesOthersToTheNearestEnd() {
        Instant noon = Instant.parse("2026-03-02T12:00:00Z");
        assertThat(Limits.clamp(noon)).isEqualTo(noon);
        assertThat(Limits.clamp(Instant.MIN)).isEqualTo(Limits.MIN_INSTANT);
        assertThat(Limits.clamp(Instant.MAX)).isEqualTo(Limits.MAX_INSTANT);
        assertThat(Limits.clamp(Limits.MAX_INSTANT)).isEqualTo(Limits.MAX_INSTANT);
    }

    @Test
    void plus_insideTheRange_addsAsLocalDateDoes() {
        assertThat(Limits.plus("disposal date", LocalDate.of(2024, 2, 29), Period.ofYears(1)).get())
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Limits.plus("review date", Limits.MAX_DATE.minusYears(1), Period.ofYears(1)).get())
                .isEqualTo(Limits.MAX_DATE);
        assertThat(Limits.plus("earlier date", Limits.MIN_DATE.plusDays(3), Period.ofDays(-3)).get())
                .isEqualTo(Limits.MIN_DATE);
    }

    @Test
    void plus_leavingTheRange_orFromOutsideIt_isAProblem_evenForHugePeriods() {
        for (Period p : new Period[] {Period.ofYears(Integer.MAX_VALUE), Period.ofMonths(Integer.MIN_VALUE),
                Period.ofDays(Integer.MAX_VALUE), Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE),
                Period.ofDays(1)}) {
            var r = Limits.plus("disposal date", Limits.MAX_DATE, p);
            assertThat(r.isLeft()).as(p.toString()).isTrue();
            assertThat(r.getLeft().code()).isEqualTo("kernel.range.date");
            assertThat(r.getLeft().detail("what")).contains("disposal date");
        }
        assertThat(Limits.plus("silence date", LocalDate.MAX, Period.ZERO).getLeft().detail("value"))
                .contains(LocalDate.MAX.toString());
        assertThat(Limits.plus("silence date", LocalDate.MIN, Period.ofYears(5)).getLeft().code())
                .isEqualTo("kernel.range.date");
    }

    @Test
    void plus_aPeriodSpanningTheWholeRange_isComputed() {
        assertThat(Limits.plus("review date", Limits.MIN_DATE, Period.ofMonths(119_987)).get())
                .isEqualTo(LocalDate.of(9999, 12, 1));
        assertThat(Limits.plus("review date", Limits.MIN_DATE, Period.ofYears(9998)).get())
                .isEqualTo(LocalDate.of(9999, 1, 1));
        assertThat(Limits.plus("review date", Limits.MIN_DATE, Period.ofDays(3_652_058)).get())
                .isEqualTo(Limits.MAX_DATE);
        assertThat(Limits.plus("review date", Limits.MAX_DATE, Period.ofDays(-3_652_058)).get())
                .isEqualTo(Limits.MIN_DATE);
    }

    @Test
    void plus_fromOutsideTheRange_blamesTheStart() {
        var p = Limits.plus("silence date", LocalDate.of(10_000, 1, 1), Period.ofYears(-1)).getLeft();
        assertThat(p.code()).isEqualTo("kernel.range.date");
        assertThat(p.detail("what")).contains("start of the silence date");
    }
}
