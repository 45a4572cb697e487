package org.aso.core.priority;

import java.util.Optional;
import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Ref;
import org.immutables.value.Value;

/** The id of a task; created with {@code TaskId.of("t-42")}. */
@Value.Immutable
@IdStyle
abstract class _TaskId extends Identifier {

    /** {@return a {@link Ref} of kind {@link Ref.Kind#TASK} to this task} */
    public final Ref ref() {
        return Ref.of(Ref.Kind.TASK, value());
    }

    /**
     * {@return the id a ref points at, if it is of kind {@link Ref.Kind#TASK}, else empty}
     *
     * @param ref the ref; not null
     */
    public static Optional<TaskId> from(Ref ref) {
        return ref.idOf(Ref.Kind.TASK).map(TaskId::of);
    }
}
