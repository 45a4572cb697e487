package org.aso.core.kernel;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.List;

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

    /**
     * {@return the holidays the rule gives in {@code year}, in date order (usually one or none)}
     *
     * @param year the year
     */
    List<Holiday> in(int year);

    /** {@return the name of the holiday} */
    String name();

    /**
     * A holiday on the same day every year (29 February only in leap years).
     *
     * @param day the month and day
     * @param name the holiday's name
     * @return the rule
     */
    static HolidayRule fixed(MonthDay day, String name) {
        return new Fixed(day, name);
    }

    /**
     * A holiday {@code offsetDays} after Easter Sunday (negative for before it).
     *
     * @param offsetDays days after Easter Sunday, e.g. {@code 1} for Easter Monday
     * @param name the holiday's name
     * @return the rule
     */
    static HolidayRule easter(int offsetDays, String name) {
        return new EasterOffset(offsetDays, name);
    }

    /**
     * A holiday on one date only.
     *
     * @param date the date
     * @param name the holiday's name
     * @return the rule
     */
    static HolidayRule on(LocalDate date, String name) {
        return new Dated(Holiday.of(date, name));
    }

    /**
     * {@return Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, valid for every
     * year from 1583)}
     *
     * @param year a year from 1583
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
        /**
         * Checks the components.
         *
         * @param day the month and day
         * @param name the holiday's name
         * @throws IllegalArgumentException if the name is blank
         */
        public Fixed {
            Objects.requireNonNull(day, "day");
            requireName(name);
        }

        @Override
        public List<Holiday> in(int year) {
            return day.isValidYear(year) ? List.of(Holiday.of(day.atYear(year), name)) : List.of();
        }
    }

    /** An offset from Easter Sunday. */
    record EasterOffset(int offsetDays, String name) implements HolidayRule {
        /**
         * Checks the components.
         *
         * @param offsetDays days after Easter Sunday, at most 200 either way
         * @param name the holiday's name
         * @throws IllegalArgumentException if the offset is out of range or the name is blank
         */
        public EasterOffset {
            if (Math.abs(offsetDays) > 200) {
                throw new IllegalArgumentException("Easter offset out of range: " + offsetDays);
            }
            requireName(name);
        }

        @Override
        public List<Holiday> in(int year) {
            // an offset may carry the day into the year before or after Easter's: a year can hold two
            List<Holiday> out = new java.util.ArrayList<>(1);
            int lastEasterYear = Math.min(year + 1, java.time.Year.MAX_VALUE); // no Easter after java.time's last year
            for (int easterYear = year - 1; easterYear <= lastEasterYear; easterYear++) {
                if (easterYear >= 1583) {
                    LocalDate date = easterSunday(easterYear).plusDays(offsetDays);
                    if (date.getYear() == year) {
                        out.add(Holiday.of(date, name));
                    }
                }
            }
            return List.copyOf(out);
        }
    }

    /** One dated holiday. */
    record Dated(Holiday holiday) implements HolidayRule {
        /**
         * Checks the component.
         *
         * @param holiday the holiday
         */
        public Dated {
            Objects.requireNonNull(holiday, "holiday");
        }

        @Override
        public List<Holiday> in(int year) {
            return holiday.date().getYear() == year ? List.of(holiday) : List.of();
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
