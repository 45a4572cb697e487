/**
 * Agendas: meetings with their attendees, rooms and equipment, recurrence (RFC 5545), the
 * availability of people and rooms, slot finding with reasons, and booking without double
 * booking.
 *
 * <p>All types are immutable and thread-safe; services are pure functions returning
 * {@code Either<Problem, ...>}.
 */
@AsoStyle
package org.aso.core.agenda;

import org.aso.core.internal.AsoStyle;
