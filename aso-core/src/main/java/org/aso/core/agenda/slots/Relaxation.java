package org.aso.core.agenda.slots;

import org.immutables.value.Value;

/**
 * A smallest change to a request that would give slots, with how many it opens.
 *
 * <p>Each is found by searching again with only that change; {@link #slots()} counts the
 * candidate starts that become possible in the window (the extended window for
 * {@link Kind#EXTEND_WINDOW}), up to {@link SlotFinder#COUNT_LIMIT}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Relaxation {
    Relaxation() {}

    /** What to change. */
    public enum Kind {
        /** Make a required attendee optional; the subject is the person id. */
        MAKE_OPTIONAL,
        /** Extend the window to the end of a date; the subject is the date (ISO), in the request's zone. */
        EXTEND_WINDOW,
        /** Shorten the meeting; the subject is the new length in minutes. */
        SHORTEN,
        /** Use a room that does not meet the room needs; the subject is the room id. */
        USE_ROOM,
        /** Drop an equipment need (room or mobile); the subject is the kind. */
        DROP_EQUIPMENT,
        /** Drop the same-day constraint. */
        DROP_SAME_DAY,
        /** Drop the earliest/latest times of day. */
        DROP_TIME_OF_DAY
    }

    /** The kind. */
    @Value.Parameter
    public abstract Kind kind();

    /** What is changed (see {@link Kind}). */
    @Value.Parameter
    public abstract String subject();

    /** How many slots it opens. */
    @Value.Parameter
    public abstract int slots();

    /** A sentence a person can read. */
    @Value.Parameter
    public abstract String message();
}
