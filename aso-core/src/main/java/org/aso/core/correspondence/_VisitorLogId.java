package org.aso.core.correspondence;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/**
 * The id of a visitor log (one per reception desk, say), given by the host when it creates it;
 * the subject of its events, so that a host's store and the audit trail can tell its events from
 * another's. Created with {@code VisitorLogId.of("reception-B")}.
 */
@Value.Immutable
@IdStyle
abstract class _VisitorLogId extends Identifier {}
