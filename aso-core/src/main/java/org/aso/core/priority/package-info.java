/**
 * Priorities: tasks and action items from any source, priority grades with their time limits,
 * urgency with its reasons, the urgent/important quadrant, escalation of overdue work, and the
 * day's plan placed in the free time of the agenda, with overload warnings.
 *
 * <p>Escalation keeps one aggregate: the {@link org.aso.core.priority.NoticeLog} of notices
 * already issued, decided by {@link org.aso.core.priority.Escalation#evaluate} (and
 * {@link org.aso.core.priority.NoticeLog#reset}), explained by the sealed
 * {@link org.aso.core.priority.EscalationEvent} family, rebuilt by
 * {@link org.aso.core.priority.NoticeLog#replay} or restored from a
 * {@link org.aso.core.priority.NoticeLogSnapshot}, so that no notice is given twice after a
 * restart.
 *
 * <p>All types are immutable and thread-safe; services are pure functions.
 */
@AsoStyle
package org.aso.core.priority;

import org.aso.core.internal.AsoStyle;
