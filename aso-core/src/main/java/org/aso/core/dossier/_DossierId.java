package org.aso.core.dossier;

import java.util.Optional;
import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Ref;
import org.immutables.value.Value;

/** The id of a dossier; created with {@code DossierId.of("d-2026-0042")}. */
@Value.Immutable
@IdStyle
abstract class _DossierId extends Identifier {

    /** {@return a {@link Ref} of kind {@link Ref.Kind#DOSSIER} to this dossier} */
    public final Ref ref() {
        return Ref.of(Ref.Kind.DOSSIER, value());
    }

    /**
     * {@return the id a ref points at, if it is of kind {@link Ref.Kind#DOSSIER}, else empty}
     *
     * @param ref the ref; not null
     */
    public static Optional<DossierId> from(Ref ref) {
        return ref.idOf(Ref.Kind.DOSSIER).map(DossierId::of);
    }
}
