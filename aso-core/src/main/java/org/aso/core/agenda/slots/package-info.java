/**
 * Slot finding: when can these people meet, in which room, with which equipment; and when
 * nothing fits, what blocks and which single change would give slots. The entry point is
 * {@link org.aso.core.agenda.slots.SlotFinder#find SlotFinder.find}.
 *
 * <p>The common path:
 * <pre>{@code
 * Availability alice = Availability.of(ALICE, parisCalendar).meetings(agenda, window).build();
 * Availability bob = Availability.of(BOB, newYorkCalendar).outside(exchangeFreeBusy, window).build();
 * SlotRequest req = SlotRequest.builder()
 *         .addAttendees(SlotAttendee.required(ALICE), SlotAttendee.required(BOB))
 *         .duration(Duration.ofHours(1)).window(window)
 *         .room(RoomNeeds.builder().addEquipment("video").build())
 *         .build();
 * SlotAnswer answer = SlotFinder.find(agenda, List.of(alice, bob), req, ctx.at()).get();
 * answer.suggestions();   // ranked, each with its room, equipment, confidence and reasons
 * answer.relaxations();   // when nothing fits: Relaxation.Shorten(PT30M, 2 slots), ...
 * }</pre>
 *
 * <h2>The pieces</h2>
 * <ul>
 *   <li>What goes in: an {@link org.aso.core.agenda.slots.Availability} per person (working
 *       hours from their calendar, busy and tentative time from the agenda and from outside
 *       {@link org.aso.core.agenda.slots.FreeBusy} answers, buffers, notice) and a
 *       {@link org.aso.core.agenda.slots.SlotRequest} ({@link org.aso.core.agenda.slots.SlotAttendee
 *       attendees}, length, window, grid, {@link org.aso.core.agenda.slots.RoomNeeds room needs},
 *       mobile equipment, times of day). Rooms, equipment and their bookings are read from the
 *       {@link org.aso.core.agenda.Agenda}, through its public API only: this package depends on
 *       {@code agenda}, never the other way round.
 *   <li>What comes out: a {@link org.aso.core.agenda.slots.SlotAnswer} with
 *       {@link org.aso.core.agenda.slots.Suggestion suggestions}, or the
 *       {@link org.aso.core.agenda.slots.Blocker blockers} and
 *       {@link org.aso.core.agenda.slots.Relaxation relaxations} (one record per kind of change,
 *       with what it changes as a typed value).
 *   <li>The engine, package-private: the {@code StartSweep} walks the candidate starts on the
 *       grid and asks each {@code StartRule} (one constraint: an attendee's free working time, a
 *       room's bookings, the times of day, the same day) for the earliest start it allows, jumping
 *       there until all agree. Rules read forward only: {@code BusySpans} (a person's busy time as
 *       sorted epoch seconds) through {@code BusySpans.FreeStarts}, {@code AllowedPeriods} (working
 *       hours, bookable hours, times of day, generated day by day, the working hours by
 *       {@code WorkingPeriods}, a fast reading of the calendar's zone). When nothing fits, the
 *       {@code AttendeeTally} counts, start by start, the required attendees who are free, which
 *       gives every blocker and every "make optional" count in one pass.
 * </ul>
 *
 * <p>All public types are immutable and thread-safe; {@code SlotFinder.find} is a pure function
 * (it reads no clock: "now" is an argument).
 */
@AsoStyle
package org.aso.core.agenda.slots;

import org.aso.core.internal.AsoStyle;
