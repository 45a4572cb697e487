/**
 * The case file (dossier): reference number, filing-plan classification with its retention rule,
 * owner unit and current holder with the movement log, lifecycle, items, deadlines and volumes.
 *
 * <p>All types are immutable and thread-safe; services are pure functions returning
 * {@code Either<Problem, ...>}.
 */
@AsoStyle
package org.aso.core.dossier;

import org.aso.core.internal.AsoStyle;
