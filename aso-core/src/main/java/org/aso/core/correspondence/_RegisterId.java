package org.aso.core.correspondence;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/** The id of a register (general, parliamentary questions, ...); e.g. {@code RegisterId.of("GEN")}. */
@Value.Immutable
@IdStyle
abstract class _RegisterId extends Identifier {}
