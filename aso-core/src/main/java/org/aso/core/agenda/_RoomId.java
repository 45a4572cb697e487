package org.aso.core.agenda;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/** The id of a room; created with {@code RoomId.of("B2-301")}. */
@Value.Immutable
@IdStyle
abstract class _RoomId extends Identifier {}
