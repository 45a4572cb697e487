/**
 * Agendas: meetings with their attendees, rooms and equipment, and booking without double
 * booking. When a meeting takes place is a {@link org.aso.core.agenda.recurrence.Recurrence}, in
 * its own package; finding a time when people, a room and equipment are free is in
 * {@link org.aso.core.agenda.slots}, which uses only the public API of this package.
 *
 * <p>Booking starts at {@link org.aso.core.agenda.Agenda}: its decisions return an
 * {@link org.aso.core.agenda.Agenda.Change} with {@link org.aso.core.agenda.MeetingEvent}s (one
 * record per decision, with what an iTIP message needs); the agenda is rebuilt from those events
 * ({@link org.aso.core.agenda.Agenda#replay}) or restored from an
 * {@link org.aso.core.agenda.AgendaSnapshot}.
 *
 * <p>All types are immutable and thread-safe; services are pure functions returning
 * {@code Either<Problem, ...>}.
 */
@AsoStyle
package org.aso.core.agenda;

import org.aso.core.internal.AsoStyle;
