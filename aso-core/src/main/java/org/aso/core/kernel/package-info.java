/**
 * The shared vocabulary of every feature: typed ids, people and the organisation chart, contact
 * values, confidentiality, time intervals, the business calendar with its holidays and explained
 * deadlines, the {@link org.aso.core.kernel.Problem} error value, the decision
 * {@link org.aso.core.kernel.Context}, and the one set of rules for free text given to a decision
 * ({@link org.aso.core.kernel.Text}).
 *
 * <p>Inputs are of two kinds. A value the program builds itself (a builder, an {@code of(...)}
 * factory) throws {@link java.lang.IllegalArgumentException} when it breaks its invariants: that
 * is a programming error. Data from outside (a form, a file, a directory, a message) goes through
 * a path that returns {@code Problem}s instead: {@code parse(...)} ({@code EmailAddress},
 * {@code PhoneNumber}, {@code HolidayCalendar}), a builder's {@code validate()} ({@code Contact},
 * {@code Person}, {@code OrgUnit}, and in other packages {@code Room}, {@code Equipment},
 * {@code Task}), and every decision, which checks the texts it is given against {@code Text}.
 *
 * <h2>Supported range</h2>
 * The toolkit supports the dates of years 1 to 9999 ({@link org.aso.core.kernel.Limits#MIN_DATE}
 * to {@link org.aso.core.kernel.Limits#MAX_DATE}) and the instants from 0001-01-01T00:00:00Z to
 * 9999-12-31T23:59:59Z ({@link org.aso.core.kernel.Limits#MIN_INSTANT} to
 * {@link org.aso.core.kernel.Limits#MAX_INSTANT}), and at most
 * {@link org.aso.core.kernel.Limits#MAX_WORKING_DAYS} working days in one deadline or count.
 * <ul>
 *   <li>A decision whose {@link org.aso.core.kernel.Context#at() instant}, date or count of working
 *       days lies outside is refused with a {@link org.aso.core.kernel.Problem} coded
 *       {@code kernel.range.instant}, {@code kernel.range.date} or {@code kernel.range.working-days}.
 *   <li>A query about a wider span (a window ending at {@link java.time.Instant#MAX}, the working
 *       days between {@link java.time.LocalDate#MIN} and {@link java.time.LocalDate#MAX}) answers
 *       for the part of the span inside the range; one returning {@code Either} may refuse instead.
 *   <li>A value method that can return neither (the calendar's day arithmetic) throws an
 *       {@link java.lang.IllegalArgumentException} carrying the bad value, as documented on it.
 * </ul>
 * In every case the cost does not depend on how far outside the value lies.
 *
 * <h2>Texts in French and English</h2>
 * Values hold structured data; every text for people is rendered from it in a
 * {@link java.util.Locale} the host chooses, by a method taking that locale: French and English
 * are shipped, any other language gets English, and the JVM's default locale is never read.
 * Plurals follow each language ({@code "1 jour ouvré"}, {@code "2 jours ouvrés"}; {@code "1
 * working day"}, {@code "2 working days"}), numbers are grouped as the locale does, and times are
 * shown on the wall clock of the calendar or person concerned, never in UTC
 * ({@code "mardi 7 mai 2024 à 17 h 30"}, {@code "Tue 7 May 2024 17:30"}).
 * <ul>
 *   <li>{@link org.aso.core.kernel.WorkingDayDeadline#explanation(String, java.util.Locale)} and
 *       {@link org.aso.core.kernel.WorkingTimeDeadline#explanation(String, java.util.Locale)};
 *   <li>{@link org.aso.core.kernel.Holiday#name(java.util.Locale)}: English names for the shipped
 *       French calendars, the calendar's own name otherwise;
 *   <li>{@link org.aso.core.kernel.Problem#message(java.util.Locale)}: rendered from the code and
 *       details (dates as days, dossier and mail states as words, each part of a combined problem
 *       in turn); every code the toolkit uses has its French sentence, and a host's own code keeps
 *       its {@code message()}.
 * </ul>
 * Other packages do the same: {@code Escalation.text}, {@code Overload.text},
 * {@code Pendency.toText}, {@code HoldingAlert.explanation}, {@code Contribution.reason},
 * {@code DayPlan.toText}, {@code Acknowledgement.exemption}, {@code BrokenLink.message}, and in the slots package
 * {@code Blocker.message}, {@code Relaxation.message}, {@code Suggestion.reasons}. The methods
 * without a locale keep their English output, holiday names as the calendar gives them.
 *
 * <p>All types here are immutable and thread-safe. Nothing in this package reads the clock.
 */
@AsoStyle
package org.aso.core.kernel;

import org.aso.core.internal.AsoStyle;
