package org.aso.core.priority;

/** The rungs of an escalation ladder, in the order they are normally reached. */
public enum NoticeKind {
    /** To the assignee, some working days before the task is due. */
    REMINDER,
    /** To the assignee, once the due moment has passed. */
    OVERDUE,
    /** To the head of the unit above the task's unit, some working days after the due moment. */
    ESCALATION,
    /** An entry for the exception report of overdue work; addressed to no one in particular. */
    EXCEPTION_REPORT
}
