package org.aso.core.agenda;

import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.BusinessCalendar;
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

    /** The room's id. */
    public abstract RoomId id();

    /** Its name. */
    public abstract String name();

    /** The building. */
    public abstract String building();

    /** The floor, as written ("RDC", "3"). */
    public abstract Optional<String> floor();

    /** How many people it seats. */
    public abstract int capacity();

    /** Fixed equipment kinds ("screen", "video", "projector"), lower-case. */
    public abstract Set<String> equipment();

    /** True if accessible to people with reduced mobility. */
    @Value.Default
    public boolean accessible() {
        return false;
    }

    /** When it may be booked: the building's days and hours, in its zone; any time if absent. */
    public abstract Optional<BusinessCalendar> bookableHours();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Room}: id, name, building and capacity are required. */
    public static class Builder extends ImmutableRoom.Builder {}

    @Value.Check
    void check() {
        if (name().isBlank() || building().isBlank() || capacity() < 1) {
            throw new IllegalArgumentException("A room needs a name, a building and a capacity >= 1: " + id());
        }
        if (equipment().stream().anyMatch(e -> e.isBlank() || !e.equals(e.strip().toLowerCase(java.util.Locale.ROOT)))) {
            throw new IllegalArgumentException("Equipment kinds are trimmed lower-case words: " + equipment());
        }
    }
}
