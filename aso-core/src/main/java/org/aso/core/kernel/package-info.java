/**
 * The shared vocabulary of every feature: typed ids, people and the organisation chart, contact
 * values, confidentiality, time intervals, the business calendar with its holidays and explained
 * deadlines, the {@link org.aso.core.kernel.Problem} error value and the decision
 * {@link org.aso.core.kernel.Context}.
 *
 * <p>All types here are immutable and thread-safe. Nothing in this package reads the clock.
 */
@AsoStyle
package org.aso.core.kernel;

import org.aso.core.internal.AsoStyle;
