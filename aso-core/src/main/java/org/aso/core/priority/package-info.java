/**
 * Priorities: tasks and action items from any source, priority grades with their time limits,
 * urgency with its reasons, the urgent/important quadrant, escalation of overdue work, and the
 * day's plan placed in the free time of the agenda, with overload warnings.
 *
 * <p>All types are immutable and thread-safe; services are pure functions.
 */
@AsoStyle
package org.aso.core.priority;

import org.aso.core.internal.AsoStyle;
