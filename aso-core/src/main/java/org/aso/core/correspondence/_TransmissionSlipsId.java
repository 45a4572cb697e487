package org.aso.core.correspondence;

import org.aso.core.internal.IdStyle;
import org.aso.core.kernel.Identifier;
import org.immutables.value.Value;

/**
 * The id of a book of transmission slips, given by the host when it creates it; the subject of
 * its events, so that a host's store and the audit trail can tell its events from another's.
 * Created with {@code TransmissionSlipsId.of("S2-slips")}.
 */
@Value.Immutable
@IdStyle
abstract class _TransmissionSlipsId extends Identifier {}
