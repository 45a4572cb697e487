package org.aso.core.agenda;

import java.util.Optional;
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

    /** Its id. */
    public abstract EquipmentId id();

    /** Its kind, lower-case ("projector"). */
    public abstract String kind();

    /** Its name ("Projector 2, Epson"). */
    public abstract String name();

    /** The room it is fixed in; mobile if absent. */
    public abstract Optional<RoomId> room();

    /** True if it can be taken to any room. */
    public boolean isMobile() {
        return room().isEmpty();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Equipment}: id, kind and name are required. */
    public static class Builder extends ImmutableEquipment.Builder {}

    @Value.Check
    void check() {
        if (kind().isBlank() || !kind().equals(kind().strip().toLowerCase(java.util.Locale.ROOT)) || name().isBlank()) {
            throw new IllegalArgumentException("Equipment needs a lower-case kind and a name: " + id());
        }
    }
}
