package org.aso.core.agenda.slots;

import java.util.Locale;
import org.aso.core.internal.Phrasebook;
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

    /**
     * {@return which constraint leaves no start open: an attendee, the room, equipment, the time of
     * day, the same day or the window}
     */
    @Value.Parameter
    public abstract Kind kind();

    /** {@return what it is about: a person id, a room need, an equipment kind; empty for the others} */
    @Value.Parameter
    public abstract String subject();

    /** {@return candidate starts in the window that this constraint alone leaves open, counted up to {@link SlotFinder#COUNT_LIMIT}} */
    @Value.Parameter
    public abstract int openAlone();

    /** {@return candidate starts in the window: starts on the grid, not in the past, leaving room for the meeting} */
    @Value.Parameter
    public abstract int candidates();

    /** {@return a sentence a person can read (English), as the finder wrote it} */
    @Value.Parameter
    public abstract String message();

    /**
     * The blocker as a sentence for a reader of {@code locale} (French or English; another language
     * gets English), rendered from its kind, subject and counts: {@code "p-3 est libre en heures
     * ouvrées pour 0 sur 12 débuts possibles de la période"}. Unlike {@link #message()}, a room or
     * equipment kind that nothing meets is told as free for 0 starts, and an attendee's partly
     * known calendar is not mentioned.
     *
     * @param locale the reader's locale
     * @return the sentence
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        Phrasebook book = Phrasebook.of(locale);
        String of = book.text(openAlone() >= SlotFinder.COUNT_LIMIT ? "blocker.at-least-of" : "blocker.of",
                openAlone(), candidates());
        return switch (kind()) {
            case ATTENDEE -> book.text("blocker.attendee", subject(), of);
            case ROOM -> book.text("blocker.room", of);
            case EQUIPMENT -> book.text("blocker.equipment", subject(), of);
            case TIME_OF_DAY -> book.text("blocker.time-of-day", of);
            case SAME_DAY -> book.text("blocker.same-day", of);
            case WINDOW -> book.text(candidates() == 0 ? "blocker.window.empty" : "blocker.window.together");
        };
    }
}
