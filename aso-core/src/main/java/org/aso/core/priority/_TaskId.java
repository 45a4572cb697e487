package org.aso.core.priority;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/** The id of a task; created with {@code TaskId.of("t-42")}. */
@Value.Immutable
@IdStyle
abstract class _TaskId extends Identifier {}
