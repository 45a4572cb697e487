package org.aso.core.kernel;

import java.time.LocalDate;
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

    /** {@return the name people use for it} */
    @Value.Parameter
    public abstract String name();

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
