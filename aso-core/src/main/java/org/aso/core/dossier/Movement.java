package org.aso.core.dossier;

import java.time.Instant;
import java.util.Optional;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * One entry of a dossier's movement log: the file passed from one person to another, when and why.
 * The first entry of every log is the opening, with no {@link #from()}.
 *
 * <pre>{@code
 * Movement last = dossier.movements().get(dossier.movements().size() - 1);
 * last.to();    // the current holder, since last.at()
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Movement {
    Movement() {}

    /** {@return who had the file; empty for the opening entry} */
    public abstract Optional<PersonId> from();

    /** {@return who has it from now on} */
    public abstract PersonId to();

    /** {@return when it moved} */
    public abstract Instant at();

    /** {@return why, e.g. {@code "for signature"}} */
    public abstract String reason();

    /** {@return who recorded the movement} */
    public abstract PersonId by();

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Movement}; all but {@code from} are required. */
    public static class Builder extends ImmutableMovement.Builder {}

    @Value.Check
    void check() {
        if (reason().isBlank()) {
            throw new IllegalArgumentException("A movement needs a reason: " + this);
        }
        if (from().filter(to()::equals).isPresent()) {
            throw new IllegalArgumentException("A file does not move to the person who has it: " + this);
        }
    }
}
