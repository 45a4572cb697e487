/**
 * The iCalendar adapter. {@link org.aso.calendar.Ics} is its facade.
 */
package org.aso.calendar;
