/**
 * When things go wrong: decisions that span aggregates and list their consequences. A room or a
 * piece of equipment out of service ({@link org.aso.core.disruption.OutOfService}): the meetings
 * hit, replacements proposed with their reasons, and the chosen ones applied in one decision.
 *
 * <p>This package reads the aggregates through their public API; none of them depends on it.
 */
@AsoStyle
package org.aso.core.disruption;

import org.aso.core.internal.AsoStyle;
