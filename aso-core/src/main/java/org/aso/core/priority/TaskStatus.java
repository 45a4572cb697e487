package org.aso.core.priority;

/** Where a task stands. Only {@link #DONE} and {@link #CANCELLED} are closed. */
public enum TaskStatus {
    /** Not started. */
    TO_DO,
    /** Being worked on. */
    IN_PROGRESS,
    /** Waiting on someone outside (a reply, a signature). */
    WAITING,
    /** Blocked by other tasks (see {@link Task#dependencies()}). */
    BLOCKED,
    /** Finished. */
    DONE,
    /** Dropped. */
    CANCELLED;

    /** {@return true unless done or cancelled} */
    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}
