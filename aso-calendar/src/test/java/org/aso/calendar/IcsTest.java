package org.aso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.aso.core.kernel.FrenchHolidays;
import org.junit.jupiter.api.Test;

class IcsTest {
    private static final Instant STAMP = Instant.parse("2026-01-02T08:00:00Z");

    @Test
    void holidays_parseBackWithIcal4j_asAllDayEventsWithStableUids() throws Exception {
        // given
        String ics = Ics.holidays(FrenchHolidays.withAlsaceMoselle(), 2026, 2027, STAMP);
        // when
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        // then
        assertThat(events).hasSize(26);
        VEvent first = events.get(0);
        assertThat(first.getSummary().getValue()).isEqualTo("Jour de l'an");
        assertThat(first.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(first.getUid().get().getValue()).isEqualTo("2026-01-01-jour-de-l-an@holidays.aso");
        assertThat(events).extracting(e -> e.getUid().get().getValue()).doesNotHaveDuplicates();
        assertThat(ics).contains("DTSTART;VALUE=DATE:20260101").contains("DTSTAMP:20260102T080000Z");
        parsed.validate();
    }

    @Test
    void holidays_isDeterministic() {
        assertThat(Ics.holidays(FrenchHolidays.metropolitan(), 2026, 2026, STAMP))
                .isEqualTo(Ics.holidays(FrenchHolidays.metropolitan(), 2026, 2026, STAMP));
    }

    @Test
    void holidays_badYearRange_isRefused() {
        assertThatThrownBy(() -> Ics.holidays(FrenchHolidays.metropolitan(), 2027, 2026, STAMP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 10, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void holidays_extremeYears_areRefusedAtOnce() {
        // the span overflows an int: it must not pass as a short one
        assertThatThrownBy(() -> Ics.holidays(FrenchHolidays.metropolitan(), -10, Integer.MAX_VALUE, STAMP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ics.holidays(FrenchHolidays.metropolitan(), Integer.MAX_VALUE - 5, Integer.MAX_VALUE, STAMP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..9999");
        assertThatThrownBy(() -> Ics.holidays(FrenchHolidays.metropolitan(), Integer.MIN_VALUE, Integer.MIN_VALUE + 5, STAMP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Ics.holidays(FrenchHolidays.metropolitan(), 9999, 9999, STAMP)).contains("DTSTART;VALUE=DATE:99991225");
    }

    @Test
    void slug_keepsAsciiLettersOfAccentedNames() {
        assertThat(HolidayWriter.slug("Saint-Étienne")).isEqualTo("saint-etienne");
        assertThat(HolidayWriter.slug("Fête du Travail")).isEqualTo("fete-du-travail");
        assertThat(HolidayWriter.slug("***")).isEqualTo("holiday");
    }
}
