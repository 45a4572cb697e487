package org.aso.core.agenda;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/** The id of a meeting (a single one or a whole series); created with {@code MeetingId.of("m-1")}. */
@Value.Immutable
@IdStyle
abstract class _MeetingId extends Identifier {}
