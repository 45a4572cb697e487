package org.aso.core.kernel;

import org.aso.core.internal.IdStyle;
import org.immutables.value.Value;

/** The id of a {@link Person}; created with {@code PersonId.of("p-42")}. */
@Value.Immutable
@IdStyle
abstract class _PersonId extends Identifier {}
