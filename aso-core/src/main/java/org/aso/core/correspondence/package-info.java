/**
 * The correspondence register: incoming, outgoing and internal mail in chronological order, with
 * gapless numbers per register and year, distribution, deadlines with their explanation,
 * acknowledgements of receipt, reply linking; the phone message log, the visitor log and
 * transmission slips.
 *
 * <p>All types are immutable and thread-safe; services are pure functions returning
 * {@code Either<Problem, ...>}.
 */
@AsoStyle
package org.aso.core.correspondence;

import org.aso.core.internal.AsoStyle;
