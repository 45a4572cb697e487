package org.aso.core.correspondence;

import java.util.Optional;
import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Ref;
import org.immutables.value.Value;

/** The id of an entry of a correspondence register; created with {@code EntryId.of("e-123")}. */
@Value.Immutable
@IdStyle
abstract class _EntryId extends Identifier {

    /** {@return a {@link Ref} of kind {@link Ref.Kind#LETTER} to this entry (a letter)} */
    public final Ref ref() {
        return Ref.of(Ref.Kind.LETTER, value());
    }

    /**
     * {@return the id a ref points at, if it is of kind {@link Ref.Kind#LETTER}, else empty}
     *
     * @param ref the ref; not null
     */
    public static Optional<EntryId> from(Ref ref) {
        return ref.idOf(Ref.Kind.LETTER).map(EntryId::of);
    }
}
