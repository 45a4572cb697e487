/**
 * Agendas: meetings with their attendees, rooms and equipment, recurrence (RFC 5545), and booking
 * without double booking. Finding a time when people, a room and equipment are free is in
 * {@link org.aso.core.agenda.slots}, which uses only the public API of this package.
 *
 * <p>All types are immutable and thread-safe; services are pure functions returning
 * {@code Either<Problem, ...>}.
 */
@AsoStyle
package org.aso.core.agenda;

import org.aso.core.internal.AsoStyle;
