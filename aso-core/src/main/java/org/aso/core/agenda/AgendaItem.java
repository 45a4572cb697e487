package org.aso.core.agenda;

import java.util.Optional;
import org.aso.core.kernel.PersonId;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * One point of a meeting's agenda: a title, who presents it, and the minutes planned for it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class AgendaItem {
    AgendaItem() {}

    /** {@return the title of the point, not blank} */
    @Value.Parameter
    public abstract String title();

    /** {@return who presents it} */
    @Value.Parameter
    public abstract Optional<PersonId> presenter();

    /** {@return the minutes planned for the point, 0 or more} */
    @Value.Parameter
    public abstract int plannedMinutes();

    /**
     * {@return a point of the agenda presented by {@code presenter}}
     *
     * @param title what the point is about; not blank
     * @param presenter who presents it; not null
     * @param plannedMinutes the time planned for it, in minutes; 0 or more
     */
    public static AgendaItem of(String title, PersonId presenter, int plannedMinutes) {
        return ImmutableAgendaItem.of(title, Optional.of(presenter), plannedMinutes);
    }

    /**
     * {@return a point of the agenda with no named presenter}
     *
     * @param title what the point is about; not blank
     * @param plannedMinutes the time planned for it, in minutes; 0 or more
     */
    public static AgendaItem of(String title, int plannedMinutes) {
        return ImmutableAgendaItem.of(title, Optional.<PersonId>empty(), plannedMinutes);
    }

    @Value.Check
    void check() {
        if (title().isBlank() || plannedMinutes() < 0) {
            throw new IllegalArgumentException("An agenda item needs a title and non-negative minutes");
        }
    }
}
