/**
 * When meetings take place: RFC 5545 recurrence sets, compiled and expanded by the toolkit's own
 * engine.
 *
 * <p>The entry class is {@link org.aso.core.agenda.recurrence.Recurrence}: a first start, a length,
 * a {@link org.aso.core.agenda.recurrence.RecurrenceRule} ({@code RRULE}), extra and removed starts,
 * and changes to single occurrences ({@link org.aso.core.agenda.recurrence.OccurrenceChange}); it
 * lists the {@link org.aso.core.agenda.recurrence.Occurrence}s of a window ({@code expand}, bounded)
 * or walks them lazily ({@code occurrences}). Inside, {@code RuleExpander} generates a rule's
 * instants period by period (candidates read by index, never listed) and {@code WallClock} converts
 * wall-clock seconds of a zone to instants. The package knows nothing of bookings: the agenda uses
 * it through its public types.
 *
 * <p>All types are immutable and thread-safe.
 */
@AsoStyle
package org.aso.core.agenda.recurrence;

import org.aso.core.internal.AsoStyle;
