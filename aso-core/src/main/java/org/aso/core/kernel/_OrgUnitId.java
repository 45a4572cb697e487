package org.aso.core.kernel;

import org.aso.core.internal.IdStyle;
import org.immutables.value.Value;

/** The id of an {@link OrgUnit}; created with {@code OrgUnitId.of("DGA-S2")}. */
@Value.Immutable
@IdStyle
abstract class _OrgUnitId extends Identifier {}
