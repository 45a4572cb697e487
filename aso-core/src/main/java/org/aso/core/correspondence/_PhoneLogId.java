package org.aso.core.correspondence;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/**
 * The id of a phone message log, given by the host when it creates it; the subject of its events,
 * so that a host's store and the audit trail can tell its events from another's. Created with
 * {@code PhoneLogId.of("S2-phone")}.
 */
@Value.Immutable
@IdStyle
abstract class _PhoneLogId extends Identifier {}
