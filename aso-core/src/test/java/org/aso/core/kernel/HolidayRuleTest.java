package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayRuleTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void everyRule_needsAName(String name) {
        assertThatThrownBy(() -> HolidayRule.fixed(MonthDay.of(5, 1), name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HolidayRule.easter(1, name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holiday_needsANonBlankName() {
        assertThatThrownBy(() -> Holiday.of(LocalDate.of(2026, 5, 1), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HolidayRule.on(LocalDate.of(2026, 5, 1), "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void easterOffset_ofAtMost200DaysEitherWay_isAccepted_201_isRefused() {
        assertThat(HolidayRule.easter(200, "Late").in(2026)).isNotEmpty();
        assertThat(HolidayRule.easter(-200, "Early").name()).isEqualTo("Early");
        assertThatThrownBy(() -> HolidayRule.easter(201, "Too late")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HolidayRule.easter(-201, "Too early")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void easterOffset_inTheFirstGregorianYear_isFound() {
        assertThat(HolidayRule.easter(1, "Lundi de Pâques").in(1583))
                .containsExactly(Holiday.of(LocalDate.of(1583, 4, 11), "Lundi de Pâques"));
        assertThat(HolidayRule.easter(1, "Lundi de Pâques").in(1582)).isEmpty();
    }

    @Test
    void datedRule_isTheOneDayOfItsYear_withItsName() {
        HolidayRule visit = HolidayRule.on(LocalDate.of(2026, 6, 12), "Visite officielle");
        assertThat(visit.name()).isEqualTo("Visite officielle");
        assertThat(visit.in(2026)).containsExactly(Holiday.of(LocalDate.of(2026, 6, 12), "Visite officielle"));
        assertThat(visit.in(2027)).isEmpty();
    }

    @Test
    void holidays_areOrderedByDate_thenByName() {
        Holiday b = Holiday.of(LocalDate.of(2026, 5, 1), "B");
        Holiday a = Holiday.of(LocalDate.of(2026, 5, 1), "A");
        Holiday earlier = Holiday.of(LocalDate.of(2026, 1, 1), "Z");
        List<Holiday> list = new ArrayList<>(List.of(b, a, earlier));
        Collections.sort(list);
        assertThat(list).containsExactly(earlier, a, b);
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(earlier)).isPositive();
    }
}
