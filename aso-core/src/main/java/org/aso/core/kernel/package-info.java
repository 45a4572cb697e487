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
 * <p>All types here are immutable and thread-safe. Nothing in this package reads the clock.
 */
@AsoStyle
package org.aso.core.kernel;

import org.aso.core.internal.AsoStyle;
