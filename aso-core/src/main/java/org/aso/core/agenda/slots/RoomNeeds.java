package org.aso.core.agenda.slots;

import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.Room;
import org.immutables.value.Value;

/**
 * What a room must offer for a slot: seats, fixed equipment kinds, accessibility, building.
 *
 * <pre>{@code
 * RoomNeeds needs = RoomNeeds.builder().addEquipment("video").accessible(true).building("B2").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoomNeeds {
    RoomNeeds() {}

    /** {@return seats needed; the number of attendees of the request if absent} */
    public abstract Optional<Integer> seats();

    /** {@return equipment kinds the room must have (in {@link Room#equipment()} or fixed in it), lower-case} */
    public abstract Set<String> equipment();

    /** {@return true if the room must be accessible to people with reduced mobility} */
    @Value.Default
    public boolean accessible() {
        return false;
    }

    /** {@return the building the room must be in, if any} */
    public abstract Optional<String> building();

    /** {@return any room} */
    public static RoomNeeds any() {
        return builder().build();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RoomNeeds}; everything is optional. */
    public static class Builder extends ImmutableRoomNeeds.Builder {}

    @Value.Check
    void check() {
        if (seats().filter(s -> s < 1).isPresent()) {
            throw new IllegalArgumentException("Seats needed are at least 1: " + seats());
        }
        if (equipment().stream().anyMatch(e -> e.isBlank() || !e.equals(e.strip().toLowerCase(java.util.Locale.ROOT)))) {
            throw new IllegalArgumentException("Equipment kinds are trimmed lower-case words: " + equipment());
        }
    }
}
