package org.aso.core.kernel;

import java.time.LocalDate;
import java.util.Locale;
import org.aso.core.internal.Phrasebook;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * A public holiday or closure day: a date and its name, e.g. 2024-05-08 "Victoire 1945".
 *
 * <p>Immutable and thread-safe. Ordered by date, then name.
 */
@Value.Immutable
@FactoryStyle
public abstract class Holiday implements Comparable<Holiday> {
    Holiday() {}

    /** {@return the day} */
    @Value.Parameter
    public abstract LocalDate date();

    /** {@return the name people use for it, as the calendar gives it} */
    @Value.Parameter
    public abstract String name();

    /**
     * The name for a reader of {@code locale}: in English, the English name of a holiday of the
     * shipped {@link FrenchHolidays} calendars ({@code "Victoire 1945"} gives {@code "Victory in
     * Europe Day"}); otherwise, and in French, {@link #name()} as given.
     *
     * @param locale the reader's locale
     * @return the name, never blank
     * @throws NullPointerException if {@code locale} is null
     */
    public String name(Locale locale) {
        return Phrasebook.of(locale).holiday(name());
    }

    /**
     * A holiday.
     *
     * @param date the day
     * @param name the holiday's name, e.g. {@code "Assomption"}
     * @return the holiday
     * @throws IllegalArgumentException if the name is blank
     */
    public static Holiday of(LocalDate date, String name) {
        return ImmutableHoliday.of(date, name);
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("A holiday needs a name: " + date());
        }
    }

    @Override
    public int compareTo(Holiday o) {
        int c = date().compareTo(o.date());
        return c != 0 ? c : name().compareTo(o.name());
    }

    @Override
    public String toString() {
        return date() + " " + name();
    }
}
