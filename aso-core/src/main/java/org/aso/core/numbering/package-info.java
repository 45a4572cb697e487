/**
 * Reference numbers ({@link org.aso.core.numbering.ReferenceNumber}): templates (literal text, year, month, counter with a width, register or unit
 * code, direction, classification), presets for the forms in real use, and counters per series
 * and year that never give a number twice and leave no gap.
 */
@AsoStyle
package org.aso.core.numbering;

import org.aso.core.internal.AsoStyle;
