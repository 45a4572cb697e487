package org.aso.core.dossier;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * One physical volume (part) of a dossier, with what it holds so far. A new volume is started when
 * the next item would take the current one past the {@link VolumeLimits}.
 *
 * <pre>{@code
 * Volume v = dossier.currentVolume();
 * v.number();   v.pageCount();   v.itemCount();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Volume {
    Volume() {}

    /** {@return the volume's number, from 1} */
    public abstract int number();

    /** {@return when it was started} */
    public abstract Instant startedAt();

    /** {@return the pages it holds} */
    public abstract int pageCount();

    /** {@return the items it holds} */
    public abstract int itemCount();

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Volume}. */
    public static class Builder extends ImmutableVolume.Builder {}

    static Volume empty(int number, Instant startedAt) {
        return ImmutableVolume.builder().number(number).startedAt(startedAt).pageCount(0).itemCount(0).build();
    }

    Volume plus(int pages) {
        return ImmutableVolume.builder().number(number()).startedAt(startedAt())
                .pageCount(Math.addExact(pageCount(), pages)).itemCount(itemCount() + 1).build();
    }

    @Value.Check
    void check() {
        if (number() < 1 || pageCount() < 0 || itemCount() < 0) {
            throw new IllegalArgumentException("A volume is numbered from 1 and holds no negative count: " + this);
        }
    }
}
