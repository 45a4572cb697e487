package org.aso.core.agenda.recurrence;

import org.aso.core.agenda.RoomId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.Interval;

/**
 * One occurrence of a {@link Recurrence}: its original start (the iCalendar
 * {@code RECURRENCE-ID}, which identifies it in the series) and the time it actually takes
 * place, with any {@link OccurrenceChange} applied.
 *
 * <p>Made by {@link Recurrence#expand}; values are computed on access from a compact form, so
 * that expanding many series stays cheap. Immutable and thread-safe.
 */
public final class Occurrence {
    private final long original;
    private final long start;
    private final long end;
    private final ZoneId zone;
    private final OccurrenceChange change; // null: as the series says

    Occurrence(long original, long start, long end, ZoneId zone, OccurrenceChange change) {
        this.original = original;
        this.start = start;
        this.end = end;
        this.zone = zone;
        this.change = change;
    }

    /**
     * {@return the start the series gives this occurrence (its {@code RECURRENCE-ID}), which identifies it:
     * the key of {@link Recurrence#changes()}} Like {@link #start()}, an instant.
     */
    public Instant originalStart() {
        return Instant.ofEpochSecond(original);
    }

    /** {@return {@link #originalStart()} on the wall clock of the meeting's zone, as people read it} */
    public ZonedDateTime originalStartInZone() {
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(original), zone);
    }

    /** {@return when the occurrence takes place (moved, if it was)} */
    public Interval interval() {
        return movedTo().orElseGet(() -> Interval.of(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end)));
    }

    /** {@return the actual start: where the occurrence was moved to, if it was, else its original start} */
    public Instant start() {
        return movedTo().map(Interval::start).orElseGet(() -> Instant.ofEpochSecond(start));
    }

    /** {@return the actual start as epoch seconds (whole seconds of {@link #start()}, rounded down)} */
    public long startEpochSecond() {
        return change == null || change.movedTo().isEmpty() ? start : change.movedTo().get().start().getEpochSecond();
    }

    /** {@return the actual end: that of the new time, if the occurrence was moved} */
    public Instant end() {
        return movedTo().map(Interval::end).orElseGet(() -> Instant.ofEpochSecond(end));
    }

    /** {@return true if this occurrence was moved away from its original time} */
    public boolean isMoved() {
        return movedTo().isPresent();
    }

    /** {@return the change applied to this occurrence, if any} */
    public Optional<OccurrenceChange> change() {
        return Optional.ofNullable(change);
    }

    /** {@return the room of this occurrence, if it was changed (else the series' room)} */
    public Optional<RoomId> room() {
        return change == null ? Optional.empty() : change.room();
    }

    /** {@return the title of this occurrence, if it was changed (else the series' title)} */
    public Optional<String> title() {
        return change == null ? Optional.empty() : change.title();
    }

    private Optional<Interval> movedTo() {
        return change == null ? Optional.empty() : change.movedTo();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Occurrence other && original == other.original && start == other.start
                && end == other.end && zone.equals(other.zone) && Objects.equals(change, other.change);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, start, end, zone, change);
    }

    @Override
    public String toString() {
        String actual = interval().toString();
        return "Occurrence[" + originalStartInZone() + (isMoved() ? " moved to " : " ") + actual
                + (change != null && change.isCancelled() ? " cancelled" : "")
                + room().map(r -> " room " + r).orElse("") + title().map(t -> " '" + t + "'").orElse("") + "]";
    }
}
