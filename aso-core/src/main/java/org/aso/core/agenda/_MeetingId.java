package org.aso.core.agenda;

import java.util.Optional;
import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Ref;
import org.immutables.value.Value;

/** The id of a meeting (a single one or a whole series); created with {@code MeetingId.of("m-1")}. */
@Value.Immutable
@IdStyle
abstract class _MeetingId extends Identifier {

    /** {@return a {@link Ref} of kind {@link Ref.Kind#MEETING} to this meeting} */
    public final Ref ref() {
        return Ref.of(Ref.Kind.MEETING, value());
    }

    /**
     * {@return the id a ref points at, if it is of kind {@link Ref.Kind#MEETING}, else empty}
     *
     * @param ref the ref; not null
     */
    public static Optional<MeetingId> from(Ref ref) {
        return ref.idOf(Ref.Kind.MEETING).map(MeetingId::of);
    }
}
