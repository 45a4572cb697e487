package org.aso.core.agenda;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/** The id of a piece of bookable equipment; created with {@code EquipmentId.of("projector-2")}. */
@Value.Immutable
@IdStyle
abstract class _EquipmentId extends Identifier {}
