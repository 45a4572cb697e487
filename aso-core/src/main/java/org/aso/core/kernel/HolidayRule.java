package org.aso.core.kernel;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * How a holiday falls in a given year: on a fixed day of the year, at an offset from Easter
 * Sunday (Gregorian computus), or on one dated day.
 *
 * <pre>{@code
 * HolidayRule.fixed(MonthDay.of(5, 8), "Victoire 1945");
 * HolidayRule.easter(39, "Ascension");
 * HolidayRule.on(LocalDate.of(2026, 12, 24), "Closure");
 * }</pre>
 *
 * <p>Rules are immutable values: two rules are equal when they give the same holidays.
 */
public sealed interface HolidayRule {

    /** The holiday in {@code year}, if the rule gives one that year. */
    Optional<Holiday> in(int year);

    /** The name of the holiday. */
    String name();

    /** A holiday on the same day every year (29 February only in leap years). */
    static HolidayRule fixed(MonthDay day, String name) {
        return new Fixed(day, name);
    }

    /** A holiday {@code offsetDays} after Easter Sunday (negative for before it). */
    static HolidayRule easter(int offsetDays, String name) {
        return new EasterOffset(offsetDays, name);
    }

    /** A holiday on one date only. */
    static HolidayRule on(LocalDate date, String name) {
        return new Dated(Holiday.of(date, name));
    }

    /**
     * Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, valid for every
     * year from 1583).
     *
     * @throws IllegalArgumentException for a year before 1583
     */
    static LocalDate easterSunday(int year) {
        if (year < 1583) {
            throw new IllegalArgumentException("The Gregorian computus starts in 1583: " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** A fixed day of the year. */
    record Fixed(MonthDay day, String name) implements HolidayRule {
        public Fixed {
            Objects.requireNonNull(day, "day");
            requireName(name);
        }

        @Override
        public Optional<Holiday> in(int year) {
            return day.isValidYear(year) ? Optional.of(Holiday.of(day.atYear(year), name)) : Optional.empty();
        }
    }

    /** An offset from Easter Sunday. */
    record EasterOffset(int offsetDays, String name) implements HolidayRule {
        public EasterOffset {
            if (Math.abs(offsetDays) > 200) {
                throw new IllegalArgumentException("Easter offset out of range: " + offsetDays);
            }
            requireName(name);
        }

        @Override
        public Optional<Holiday> in(int year) {
            if (year < 1583) {
                return Optional.empty();
            }
            LocalDate date = easterSunday(year).plusDays(offsetDays);
            return date.getYear() == year ? Optional.of(Holiday.of(date, name)) : Optional.empty();
        }
    }

    /** One dated holiday. */
    record Dated(Holiday holiday) implements HolidayRule {
        public Dated {
            Objects.requireNonNull(holiday, "holiday");
        }

        @Override
        public Optional<Holiday> in(int year) {
            return holiday.date().getYear() == year ? Optional.of(holiday) : Optional.empty();
        }

        @Override
        public String name() {
            return holiday.name();
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A holiday rule needs a name");
        }
    }
}
