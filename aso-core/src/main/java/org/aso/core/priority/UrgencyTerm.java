package org.aso.core.priority;

/**
 * The terms of an urgency score. Each term has a value (mostly between 0 and 1) that the
 * {@link UrgencyPolicy} multiplies by its coefficient; the score is the sum of the contributions.
 * The first seven follow Taskwarrior's urgency; the last four are this library's.
 */
public enum UrgencyTerm {
    /**
     * Nearness of the due moment on the calendar (Taskwarrior's curve): 0.2 when due in 14 days or
     * more, rising linearly to 1.0 at 7 days overdue, flat after. Default coefficient 12.
     */
    DUE,
    /** 1 if an open task depends on this one. Default coefficient 8. */
    BLOCKING,
    /** The task's {@link Importance#weight()} (Taskwarrior's priority). Default coefficient 6. */
    IMPORTANCE,
    /** Age since creation over the age cap (a year), at most 1. Default coefficient 2. */
    AGE,
    /** 1 if the task waits on someone. Default coefficient -3. */
    WAITING,
    /** 1 if the task is blocked or depends on an open task. Default coefficient -5. */
    BLOCKED,
    /** The grade's rank over the policy's top rank, at most 1. Default coefficient 5. */
    GRADE,
    /** The highest weight of the task's and its source's sensitivities. Default coefficient 4. */
    SENSITIVITY,
    /**
     * How little working time is left on the business calendar once the effort is set aside:
     * {@code 1 - (workingTimeLeft - effort) / horizon}, between 0 and 1 (1 when overdue or when
     * the effort no longer fits). Default coefficient 4.
     */
    WORKING_TIME_LEFT,
    /**
     * Keeps rising where {@link #DUE} flattens: the calendar days overdue beyond 7, divided by 7
     * (one more point of value per week), without a cap. Default coefficient 2.
     */
    OVERDUE
}
