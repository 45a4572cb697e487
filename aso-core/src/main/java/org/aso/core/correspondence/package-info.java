/**
 * The correspondence register: incoming, outgoing and internal mail in chronological order, with
 * gapless numbers per register and year, distribution, deadlines with their explanation,
 * acknowledgements of receipt, reply linking; the phone message log, the visitor log and
 * transmission slips.
 *
 * <p>Graded mail, and mail passed on unopened, is shown whole only to those who may see its
 * content ({@link org.aso.core.correspondence.Entry#isContentVisibleTo}): searches, alerts and the
 * entry every decision hands back to its actor come redacted for the others, while the register
 * a host stores keeps every entry whole, and so do the events that rebuild it
 * ({@link org.aso.core.correspondence.EntryEvent}), whose audit details never show the content.
 *
 * <p>All types are immutable and thread-safe; services are pure functions returning
 * {@code Either<Problem, ...>}.
 */
@AsoStyle
package org.aso.core.correspondence;

import org.aso.core.internal.AsoStyle;
