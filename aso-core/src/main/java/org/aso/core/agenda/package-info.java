/**
 * Agendas: meetings with their attendees, rooms and equipment, recurrence (RFC 5545), the
 * availability of people and rooms, slot finding with reasons, and booking without double
 * booking.
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
