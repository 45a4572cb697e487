package org.aso.core.dossier;

import java.time.Instant;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * A legal hold on a dossier (litigation, inquiry, audit): while it stands, the dossier may not be
 * disposed of, whatever its retention dates say.
 *
 * <pre>{@code
 * dossier.legalHold().map(LegalHold::reason);   // Optional["Appeal pending, case 26/1234"]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LegalHold {
    LegalHold() {}

    /** {@return why the hold was placed} */
    public abstract String reason();

    /** {@return when the hold was placed} */
    public abstract Instant placedAt();

    /** {@return who placed the hold} */
    public abstract PersonId placedBy();

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LegalHold}. */
    public static class Builder extends ImmutableLegalHold.Builder {}

    @Value.Check
    void check() {
        if (reason().isBlank()) {
            throw new IllegalArgumentException("A legal hold needs a reason");
        }
    }
}
