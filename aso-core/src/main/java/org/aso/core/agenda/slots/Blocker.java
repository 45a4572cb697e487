package org.aso.core.agenda.slots;

import org.immutables.value.Value;

/**
 * Why no slot fits: one attendee or constraint, and how many of the window's candidate starts it
 * would leave open on its own.
 *
 * <p>A blocker with {@link #openAlone()} zero rules out the window by itself; otherwise the
 * constraints are compatible one by one but not together.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Blocker {
    Blocker() {}

    /** What kind of constraint. */
    public enum Kind {
        /** A required attendee: busy, outside working hours, on holiday, or within their notice. */
        ATTENDEE,
        /** No adequate room is free and bookable. */
        ROOM,
        /** No mobile equipment of a kind is free. */
        EQUIPMENT,
        /** The earliest/latest times of day. */
        TIME_OF_DAY,
        /** The same-day constraint. */
        SAME_DAY,
        /** The window itself: too short, or already past. */
        WINDOW
    }

    /** The kind. */
    @Value.Parameter
    public abstract Kind kind();

    /** What it is about: a person id, a room need, an equipment kind; empty for the others. */
    @Value.Parameter
    public abstract String subject();

    /** Candidate starts in the window that this constraint alone leaves open, counted up to {@link SlotFinder#COUNT_LIMIT}. */
    @Value.Parameter
    public abstract int openAlone();

    /** Candidate starts in the window: starts on the grid, not in the past, leaving room for the meeting. */
    @Value.Parameter
    public abstract int candidates();

    /** A sentence a person can read. */
    @Value.Parameter
    public abstract String message();
}
