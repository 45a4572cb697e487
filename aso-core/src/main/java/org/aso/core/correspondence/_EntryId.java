package org.aso.core.correspondence;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/** The id of an entry of a correspondence register; created with {@code EntryId.of("e-123")}. */
@Value.Immutable
@IdStyle
abstract class _EntryId extends Identifier {}
