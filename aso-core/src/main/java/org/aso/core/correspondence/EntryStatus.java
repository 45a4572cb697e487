package org.aso.core.correspondence;

import java.util.EnumSet;
import java.util.Set;
import org.aso.core.kernel.Direction;

/**
 * Where an entry of the register stands. Incoming and internal mail goes
 * {@code REGISTERED -> ASSIGNED -> IN_PROGRESS -> ANSWERED -> CLOSED}; outgoing mail goes
 * {@code DRAFT -> AWAITING_APPROVAL -> SIGNED -> SENT}.
 */
public enum EntryStatus {
    /** Recorded, not yet given to anyone. */
    REGISTERED,
    /** Given to a unit or person for action. */
    ASSIGNED,
    /** Being handled. */
    IN_PROGRESS,
    /** A reply has been linked: the clock has stopped. */
    ANSWERED,
    /** Done with, answered or filed without reply. */
    CLOSED,
    /** Outgoing: being written. */
    DRAFT,
    /** Outgoing: submitted for approval. */
    AWAITING_APPROVAL,
    /** Outgoing: signed. */
    SIGNED,
    /** Outgoing: sent. */
    SENT;

    private static final Set<EntryStatus> OUTGOING = EnumSet.of(DRAFT, AWAITING_APPROVAL, SIGNED, SENT);

    /**
     * {@return the statuses an entry of this direction may have}
     *
     * @param direction the entry's direction
     */
    public static Set<EntryStatus> of(Direction direction) {
        return direction == Direction.OUTGOING ? OUTGOING : EnumSet.complementOf(EnumSet.copyOf(OUTGOING));
    }

    /**
     * {@return the status a new entry of this direction starts in}
     *
     * @param direction the entry's direction
     */
    public static EntryStatus initial(Direction direction) {
        return direction == Direction.OUTGOING ? DRAFT : REGISTERED;
    }

    /** {@return true if the entry still waits for something from the section (its clock runs)} */
    public boolean isOpen() {
        return this == REGISTERED || this == ASSIGNED || this == IN_PROGRESS;
    }

    /**
     * {@return true if {@code next} may follow this status}
     *
     * @param next the status that would follow
     */
    public boolean mayBecome(EntryStatus next) {
        return switch (this) {
            case REGISTERED -> next == ASSIGNED || next == IN_PROGRESS || next == ANSWERED || next == CLOSED;
            case ASSIGNED -> next == IN_PROGRESS || next == ANSWERED || next == CLOSED || next == REGISTERED;
            case IN_PROGRESS -> next == ANSWERED || next == CLOSED || next == ASSIGNED;
            case ANSWERED -> next == CLOSED || next == IN_PROGRESS;
            case CLOSED -> false;
            case DRAFT -> next == AWAITING_APPROVAL || next == SIGNED;
            case AWAITING_APPROVAL -> next == DRAFT || next == SIGNED;
            case SIGNED -> next == SENT;
            case SENT -> false;
        };
    }
}
