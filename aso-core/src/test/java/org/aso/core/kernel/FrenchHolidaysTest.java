package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FrenchHolidaysTest {

    /**
     * The official dates of the movable holidays (Easter Monday, Ascension Thursday, Whit Monday),
     * as published by the French administration (service-public.fr, "jours fériés"), 2024-2030.
     */
    private static final Map<Integer, List<String>> MOVABLE = Map.of(
            2024, List.of("2024-04-01", "2024-05-09", "2024-05-20"),
            2025, List.of("2025-04-21", "2025-05-29", "2025-06-09"),
            2026, List.of("2026-04-06", "2026-05-14", "2026-05-25"),
            2027, List.of("2027-03-29", "2027-05-06", "2027-05-17"),
            2028, List.of("2028-04-17", "2028-05-25", "2028-06-05"),
            2029, List.of("2029-04-02", "2029-05-10", "2029-05-21"),
            2030, List.of("2030-04-22", "2030-05-30", "2030-06-10"));

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030})
    void metropolitan_givesTheOfficialElevenDays(int year) {
        List<Holiday> holidays = FrenchHolidays.metropolitan().holidaysIn(year);
        List<String> movable = MOVABLE.get(year);
        Map<String, String> expected = new java.util.TreeMap<>(Map.ofEntries(
                Map.entry(year + "-01-01", "Jour de l'an"),
                Map.entry(movable.get(0), "Lundi de Pâques"),
                Map.entry(year + "-05-01", "Fête du Travail"),
                Map.entry(year + "-05-08", "Victoire 1945"),
                Map.entry(movable.get(1), "Ascension"),
                Map.entry(movable.get(2), "Lundi de Pentecôte"),
                Map.entry(year + "-07-14", "Fête nationale"),
                Map.entry(year + "-08-15", "Assomption"),
                Map.entry(year + "-11-01", "Toussaint"),
                Map.entry(year + "-11-11", "Armistice 1918"),
                Map.entry(year + "-12-25", "Noël")));
        assertThat(holidays.stream().collect(Collectors.toMap(h -> h.date().toString(), Holiday::name)))
                .containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(holidays).hasSize(11).isSorted();
    }

    @Test
    void easterSunday_matchesPublishedDates() {
        assertThat(IntStream.rangeClosed(2024, 2030).mapToObj(HolidayRule::easterSunday).map(LocalDate::toString))
                .containsExactly("2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16",
                        "2029-04-01", "2030-04-21");
        // the extremes of the Gregorian computus
        assertThat(HolidayRule.easterSunday(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
        assertThat(HolidayRule.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        // years that start a Metonic cycle (year % 19 == 0), and the first Gregorian Easter
        assertThat(HolidayRule.easterSunday(1995)).isEqualTo(LocalDate.of(1995, 4, 16));
        assertThat(HolidayRule.easterSunday(2014)).isEqualTo(LocalDate.of(2014, 4, 20));
        assertThat(HolidayRule.easterSunday(2033)).isEqualTo(LocalDate.of(2033, 4, 17));
        assertThat(HolidayRule.easterSunday(1583)).isEqualTo(LocalDate.of(1583, 4, 10));
    }

    @Test
    void easterSunday_beforeTheGregorianCalendar_isRefused() {
        assertThatThrownBy(() -> HolidayRule.easterSunday(1582)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void alsaceMoselle_addsGoodFridayAndSaintStephen() {
        HolidayCalendar am = FrenchHolidays.withAlsaceMoselle();
        assertThat(am.holidaysIn(2026)).hasSize(13);
        assertThat(am.holidaysOn(LocalDate.of(2026, 4, 3))).extracting(Holiday::name).containsExactly("Vendredi saint");
        assertThat(am.holidaysOn(LocalDate.of(2026, 12, 26))).extracting(Holiday::name).containsExactly("Saint-Étienne");
        assertThat(FrenchHolidays.metropolitan().isHoliday(LocalDate.of(2026, 12, 26))).isFalse();
    }

    @Test
    void withoutWhitMonday_worksTheJourneeDeSolidarite() {
        assertThat(FrenchHolidays.metropolitan(false).isHoliday(LocalDate.of(2026, 5, 25))).isFalse();
        assertThat(FrenchHolidays.metropolitan(false).holidaysIn(2026)).hasSize(10);
    }

    @Test
    void easterOffset_intoThePreviousYear_isFound() {
        // 100 days before Easter 2026 (5 April) is 26 December 2025
        HolidayCalendar c = HolidayCalendar.of("Test", java.util.List.of(HolidayRule.easter(-100, "Early")));
        assertThat(c.holidaysIn(2025)).extracting(Holiday::date)
                .containsExactlyInAnyOrder(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 12, 26));
    }

    @Test
    void sharedDay_keepsBothHolidays() {
        // in 2008 Ascension fell on 1 May
        assertThat(FrenchHolidays.metropolitan().holidaysOn(LocalDate.of(2008, 5, 1)))
                .extracting(Holiday::name).containsExactly("Fête du Travail", "Ascension");
    }
}
