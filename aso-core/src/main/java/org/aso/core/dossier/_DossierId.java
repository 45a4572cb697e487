package org.aso.core.dossier;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/** The id of a dossier; created with {@code DossierId.of("d-2026-0042")}. */
@Value.Immutable
@IdStyle
abstract class _DossierId extends Identifier {}
