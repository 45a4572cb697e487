package org.aso.core.agenda.slots;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.aso.core.agenda.RoomId;
import org.aso.core.internal.Phrasebook;
import org.aso.core.kernel.PersonId;

/**
 * A smallest change to a request that would give slots, with how many it opens: one record per
 * kind of change, each with what it changes as a typed value.
 *
 * <pre>{@code
 * for (Relaxation r : answer.relaxations()) {
 *     show(r.message());                                    // "Shorten to 30 minutes: 4 slot(s)"
 *     if (r instanceof Relaxation.Shorten s) {
 *         retry = request.withDuration(s.length());
 *     } else if (r instanceof Relaxation.ExtendWindow e) {
 *         retry = request.withWindow(Interval.of(request.window().start(), e.end()));
 *     }
 * }
 * }</pre>
 *
 * <p>Each is found by searching again with only that change; {@link #slots()} counts the
 * candidate starts that become possible in the window (the extended window for
 * {@link ExtendWindow}), from 1 up to {@link SlotFinder#COUNT_LIMIT}. {@link #kind()} names the
 * record, for a {@code switch}.
 *
 * <p>{@link #message()} is a sentence in English, written by the finder; {@link #message(Locale)}
 * renders one in French or English from the typed fields.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Relaxation {
    /** What to change: one constant per record of {@link Relaxation}. */
    enum Kind {
        /** {@link MakeOptional}: make a required attendee optional. */
        MAKE_OPTIONAL,
        /** {@link ExtendWindow}: end the window later. */
        EXTEND_WINDOW,
        /** {@link Shorten}: a shorter meeting. */
        SHORTEN,
        /** {@link UseRoom}: a room that does not meet the room needs. */
        USE_ROOM,
        /** {@link DropEquipment}: do without an equipment kind (of the room, or mobile). */
        DROP_EQUIPMENT,
        /** {@link DropSameDay}: drop the same-day constraint. */
        DROP_SAME_DAY,
        /** {@link DropTimeOfDay}: drop the earliest/latest times of day. */
        DROP_TIME_OF_DAY
    }

    /** {@return the kind of change} */
    Kind kind();

    /** {@return how many candidate starts it opens, at least 1} */
    int slots();

    /** {@return a sentence a person can read (English), with the count, as the finder wrote it} */
    String message();

    /**
     * The change and its count as a sentence for a reader of {@code locale} (French or English;
     * another language gets English), rendered from the typed fields, times on the wall clock of
     * the request's day zone: {@code "Raccourcir à 30 min : 4 créneaux"}, {@code "Shorten to 30
     * min: 1 slot"}. Unlike {@link #message()}, a room is named by its id.
     *
     * @param locale the reader's locale
     * @return the sentence
     * @throws NullPointerException if {@code locale} is null
     */
    default String message(Locale locale) {
        Phrasebook book = Phrasebook.of(locale);
        String change;
        if (this instanceof MakeOptional r) {
            change = book.text("relaxation.make-optional", r.person().value());
        } else if (this instanceof ExtendWindow r) {
            var end = r.end().atZone(r.zone());
            change = end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? book.text("relaxation.extend-window.day-end", book.day(end.toLocalDate().minusDays(1)), r.zone().getId())
                    : book.text("relaxation.extend-window", book.dayTime(end), r.zone().getId());
        } else if (this instanceof Shorten r) {
            change = book.text("relaxation.shorten", book.duration(r.length()));
        } else if (this instanceof UseRoom r) {
            change = book.text("relaxation.use-room", r.room().value());
        } else if (this instanceof DropEquipment r) {
            change = book.text(r.mobile() ? "relaxation.drop-mobile-equipment" : "relaxation.drop-room-equipment",
                    r.equipmentKind());
        } else if (this instanceof DropSameDay) {
            change = book.text("relaxation.drop-same-day");
        } else {
            change = book.text("relaxation.drop-time-of-day");
        }
        return book.text("relaxation.count", change, slots());
    }

    /**
     * Make a required attendee optional.
     *
     * @param person the attendee
     * @param slots how many starts it opens
     * @param message a sentence a person can read
     */
    record MakeOptional(PersonId person, int slots, String message) implements Relaxation {
        /**
         * Checks the fields.
         *
         * @param person the attendee
         * @param slots how many starts it opens
         * @param message a sentence a person can read
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if slots is below 1
         */
        public MakeOptional {
            Objects.requireNonNull(person, "person");
            checked(slots, message);
        }

        @Override
        public Kind kind() {
            return Kind.MAKE_OPTIONAL;
        }
    }

    /**
     * End the window later: at {@link #end()}, the end of the day {@link #until()} in
     * {@link #zone()} (the day of the first slot found after the window), or earlier that day where
     * a required attendee's calendar stops being known.
     *
     * @param end the new end of the window
     * @param zone the zone in which the request reads days (its {@link SlotRequest#zone()}, or UTC)
     * @param slots how many starts the extended window holds
     * @param message a sentence a person can read
     */
    record ExtendWindow(Instant end, ZoneId zone, int slots, String message) implements Relaxation {
        /**
         * Checks the fields.
         *
         * @param end the new end of the window
         * @param zone the zone in which the request reads days (its {@link SlotRequest#zone()}, or UTC)
         * @param slots how many starts the extended window holds
         * @param message a sentence a person can read
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if slots is below 1
         */
        public ExtendWindow {
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(zone, "zone");
            checked(slots, message);
        }

        /** {@return the date, in {@link #zone()}, on which the extended window ends} */
        public LocalDate until() {
            return end.minusNanos(1).atZone(zone).toLocalDate();
        }

        @Override
        public Kind kind() {
            return Kind.EXTEND_WINDOW;
        }
    }

    /**
     * Shorten the meeting: the longest length on the request's grid that fits.
     *
     * @param length the new length of the meeting
     * @param slots how many starts it opens
     * @param message a sentence a person can read
     */
    record Shorten(Duration length, int slots, String message) implements Relaxation {
        /**
         * Checks the fields.
         *
         * @param length the new length of the meeting
         * @param slots how many starts it opens
         * @param message a sentence a person can read
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if slots is below 1 or the length not positive
         */
        public Shorten {
            Objects.requireNonNull(length, "length");
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("A shorter meeting still lasts: " + length);
            }
            checked(slots, message);
        }

        @Override
        public Kind kind() {
            return Kind.SHORTEN;
        }
    }

    /**
     * Use a room that misses the room needs ({@link #message()} says what it misses).
     *
     * @param room the room
     * @param slots how many starts it opens
     * @param message a sentence a person can read, with what the room misses
     */
    record UseRoom(RoomId room, int slots, String message) implements Relaxation {
        /**
         * Checks the fields.
         *
         * @param room the room
         * @param slots how many starts it opens
         * @param message a sentence a person can read, with what the room misses
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if slots is below 1
         */
        public UseRoom {
            Objects.requireNonNull(room, "room");
            checked(slots, message);
        }

        @Override
        public Kind kind() {
            return Kind.USE_ROOM;
        }
    }

    /**
     * Do without one equipment kind: a room need ({@link RoomNeeds#equipment()}) or a mobile item
     * ({@link SlotRequest#equipment()}); a kind asked both ways gives two relaxations.
     *
     * @param equipmentKind the kind, as asked ("projector")
     * @param mobile true for the mobile item, false for the room's equipment
     * @param slots how many starts it opens
     * @param message a sentence a person can read
     */
    record DropEquipment(String equipmentKind, boolean mobile, int slots, String message) implements Relaxation {
        /**
         * Checks the fields.
         *
         * @param equipmentKind the kind, as asked ("projector")
         * @param mobile true for the mobile item, false for the room's equipment
         * @param slots how many starts it opens
         * @param message a sentence a person can read
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if slots is below 1
         */
        public DropEquipment {
            Objects.requireNonNull(equipmentKind, "equipmentKind");
            checked(slots, message);
        }

        @Override
        public Kind kind() {
            return Kind.DROP_EQUIPMENT;
        }
    }

    /**
     * Allow the slot to fall on different dates for attendees in different zones.
     *
     * @param slots how many starts it opens
     * @param message a sentence a person can read
     */
    record DropSameDay(int slots, String message) implements Relaxation {
        /**
         * Checks the fields.
         *
         * @param slots how many starts it opens
         * @param message a sentence a person can read
         * @throws NullPointerException if the message is null
         * @throws IllegalArgumentException if slots is below 1
         */
        public DropSameDay {
            checked(slots, message);
        }

        @Override
        public Kind kind() {
            return Kind.DROP_SAME_DAY;
        }
    }

    /**
     * Allow any time of day (drop the earliest and latest times).
     *
     * @param slots how many starts it opens
     * @param message a sentence a person can read
     */
    record DropTimeOfDay(int slots, String message) implements Relaxation {
        /**
         * Checks the fields.
         *
         * @param slots how many starts it opens
         * @param message a sentence a person can read
         * @throws NullPointerException if the message is null
         * @throws IllegalArgumentException if slots is below 1
         */
        public DropTimeOfDay {
            checked(slots, message);
        }

        @Override
        public Kind kind() {
            return Kind.DROP_TIME_OF_DAY;
        }
    }

    private static void checked(int slots, String message) {
        Objects.requireNonNull(message, "message");
        if (slots < 1) {
            throw new IllegalArgumentException("A relaxation opens at least one slot: " + slots);
        }
    }
}
