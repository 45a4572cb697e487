package org.aso.core.agenda;

import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import org.aso.core.internal.ValueChecks;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * A piece of bookable equipment: a projector, a screen, a video kit. It lives in a room (and is
 * booked with it) or is mobile (and is booked on its own, e.g. as the spare projector).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Equipment {
    Equipment() {}

    /** {@return its id} */
    public abstract EquipmentId id();

    /** {@return its kind, lower-case ("projector")} */
    public abstract String kind();

    /** {@return its name ("Projector 2, Epson")} */
    public abstract String name();

    /** {@return the room it is fixed in; mobile if absent} */
    public abstract Optional<RoomId> room();

    /** {@return true if it can be taken to any room} */
    public boolean isMobile() {
        return room().isEmpty();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Equipment}: id, kind and name are required. */
    public static class Builder extends ImmutableEquipment.Builder {
        /**
         * Builds the piece of equipment if the data it was given is valid, for values read from outside (a
         * file, a form, a directory): every problem comes back at once, coded {@code agenda.equipment.bad-kind} (not a trimmed lower-case word),
         * {@code agenda.equipment.missing-name} or {@code kernel.text.*} (detail {@code field}).
         * {@code build()} stays the programmer's path and throws an
         * {@link IllegalArgumentException} for the same problems.
         *
         * @return the piece of equipment, or every problem found
         * @throws IllegalStateException if a required attribute was not set (a programming error)
         */
        public Either<List<Problem>, Equipment> validate() {
            return ValueChecks.validate(this::build);
        }
    }

    /**
     * Checks the kind (a trimmed lower-case name) and the name (a name under the {@link Text}
     * rules: it is quoted in other people's problems).
     *
     * @throws IllegalArgumentException with every problem found
     */
    @Value.Check
    void check() {
        List<Problem> p = ValueChecks.problems();
        if (kind().isBlank() || !kind().equals(kind().strip().toLowerCase(java.util.Locale.ROOT))) {
            p.add(Problem.of("agenda.equipment.bad-kind", "An equipment kind is a trimmed lower-case word")
                    .with("equipment", id()).with("kind", kind().strip()));
        } else {
            Text.check("kind", kind(), Text.Kind.NAME).peekLeft(p::add);
        }
        ValueChecks.required(p, "agenda.equipment.missing-name", "name", name(), Text.Kind.NAME, Text.Kind.NAME.maxLength());
        ValueChecks.throwIfAny("Equipment " + id(), p);
    }
}
