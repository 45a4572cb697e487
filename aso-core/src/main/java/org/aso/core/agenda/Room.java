package org.aso.core.agenda;

import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aso.core.internal.ValueChecks;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * A meeting room: where it is, how many it seats, what it has, whether it is accessible, and when
 * it may be booked.
 *
 * <pre>{@code
 * Room room = Room.builder().id(RoomId.of("B2-301")).name("Salle Marianne")
 *         .building("B2").floor("3").capacity(12)
 *         .addEquipment("screen", "video").accessible(true)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Room {
    Room() {}

    /** {@return the room's id} */
    public abstract RoomId id();

    /** {@return its name} */
    public abstract String name();

    /** {@return the building} */
    public abstract String building();

    /** {@return the floor, as written ("RDC", "3")} */
    public abstract Optional<String> floor();

    /** {@return how many people it seats} */
    public abstract int capacity();

    /** {@return fixed equipment kinds ("screen", "video", "projector"), lower-case} */
    public abstract Set<String> equipment();

    /** {@return true if accessible to people with reduced mobility} */
    @Value.Default
    public boolean accessible() {
        return false;
    }

    /** {@return when it may be booked: the building's days and hours, in its zone; any time if absent} */
    public abstract Optional<BusinessCalendar> bookableHours();

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Room}: id, name, building and capacity are required. */
    public static class Builder extends ImmutableRoom.Builder {
        /**
         * Builds the room if the data it was given is valid, for values read from outside (a
         * file, a form, a directory): every problem comes back at once, coded {@code agenda.room.missing-name}, {@code agenda.room.missing-building},
         * {@code agenda.room.bad-capacity} (less than 1), {@code agenda.room.bad-equipment} (not a trimmed
         * lower-case word) or {@code kernel.text.*} (detail {@code field}).
         * {@code build()} stays the programmer's path and throws an
         * {@link IllegalArgumentException} for the same problems.
         *
         * @return the room, or every problem found
         * @throws IllegalStateException if a required attribute was not set (a programming error)
         */
        public Either<List<Problem>, Room> validate() {
            return ValueChecks.validate(this::build);
        }
    }

    /**
     * Checks the name, building and floor (names under the {@link Text} rules: the name is quoted
     * in other people's problems), a capacity of at least 1, and equipment kinds that are trimmed
     * lower-case names.
     *
     * @throws IllegalArgumentException with every problem found
     */
    @Value.Check
    void check() {
        List<Problem> p = ValueChecks.problems();
        int max = Text.Kind.NAME.maxLength();
        ValueChecks.required(p, "agenda.room.missing-name", "name", name(), Text.Kind.NAME, max);
        ValueChecks.required(p, "agenda.room.missing-building", "building", building(), Text.Kind.NAME, max);
        ValueChecks.optional(p, "floor", floor(), Text.Kind.NAME, max);
        if (capacity() < 1) {
            p.add(Problem.of("agenda.room.bad-capacity", "A room seats at least one person")
                    .with("room", id()).with("capacity", capacity()));
        }
        for (String e : equipment()) {
            if (e.isBlank() || !e.equals(e.strip().toLowerCase(java.util.Locale.ROOT))) {
                p.add(Problem.of("agenda.room.bad-equipment", "Equipment kinds are trimmed lower-case words")
                        .with("room", id()).with("kind", e.strip()));
            } else {
                Text.check("equipment", e, Text.Kind.NAME).peekLeft(p::add);
            }
        }
        ValueChecks.throwIfAny("Room " + id(), p);
    }
}
