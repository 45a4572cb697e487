package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.Occurrence;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aso.core.internal.ValueChecks;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.immutables.value.Value;

/**
 * A meeting: who, where, when (in a time zone), what for, what to prepare, and the sequence
 * number that increases with every change attendees must see (calendar updates rely on it).
 *
 * <p>Meetings are created and changed through {@link Agenda}; a host that stores them builds them
 * back with {@link #builder()} to {@linkplain Agenda#restore restore} an agenda. The fields it
 * shares with the {@link MeetingRequest} it was booked from are those of {@link MeetingPlan}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Meeting implements MeetingPlan {
    Meeting() {}

    /** Whether the meeting is on. */
    public enum Status {
        /** Pencilled in. */
        TENTATIVE,
        /** On. */
        CONFIRMED,
        /** Called off. */
        CANCELLED
    }

    /** {@return whether it is on: confirmed, pencilled in or cancelled} */
    public abstract Status status();

    /**
     * {@return the recurrence, for a series: {@link #start()} and {@link #end()} are then those of its first
     * occurrence, and single occurrences may be moved, cancelled or put in another room}
     */
    public abstract Optional<Recurrence> recurrence();

    /** {@return true if the meeting is a series} */
    public boolean isSeries() {
        return recurrence().isPresent();
    }

    /**
     * {@return when the meeting takes place within {@code window}: its one interval, or each occurrence of
     * the series (cancelled ones left out, moved ones where they went), in order}
     *
     * @param window the interval looked at; not null
     */
    public List<Interval> intervals(Interval window) {
        return places(window).stream().map(Place::interval).toList();
    }

    /** A logistics task of one occurrence, with its due day and the explanation of it. */
    public record DatedTask(String task, Interval occurrence, org.aso.core.kernel.WorkingDayDeadline due) {}

    /**
     * {@return the logistics tasks of every time the meeting takes place within {@code window}, each due
     * its lead in working days before the day of the meeting (read in the calendar's zone), in
     * order of due day}
     *
     * @param calendar the working days to count back with; its zone gives the day of each occurrence; not null
     * @param window the occurrences looked at: those that overlap it; not null
     */
    public List<DatedTask> tasks(org.aso.core.kernel.BusinessCalendar calendar, Interval window) {
        List<DatedTask> out = new java.util.ArrayList<>();
        for (Place p : places(window)) {
            java.time.LocalDate day = p.interval().start().atZone(calendar.zone()).toLocalDate();
            for (LogisticsItem item : logistics()) {
                out.add(new DatedTask(item.task(), p.interval(), item.dueFor(day, calendar)));
            }
        }
        out.sort(java.util.Comparator.comparing((DatedTask t) -> t.due().due()).thenComparing(t -> t.occurrence().start()));
        return List.copyOf(out);
    }

    /** One time the meeting takes place, the room it takes place in, and its original start for a series. */
    public record Place(Interval interval, Optional<RoomId> room, Optional<java.time.Instant> originalStart) {}

    /**
     * {@return every time the meeting takes place within {@code window}, with its room, in order} A series
     * takes place where the agenda holds it: the occurrences whose original start is before
     * {@link Agenda#SERIES_LIMIT} after the first start for a series that ends, before
     * {@link Agenda#SERIES_HORIZON} for an open-ended one (book it again to go further). Cost follows
     * the places found: at most {@link Agenda#MAX_SERIES_OCCURRENCES}, whatever the window, for a
     * meeting an agenda holds.
     *
     * @param window the interval looked at; not null
     * @throws IllegalStateException for a series no agenda holds, built by a host, that has more than
     *     {@link Recurrence#MAX_EXPANSION} occurrences within the window ({@link Agenda#restore} refuses
     *     series of more than {@link Agenda#MAX_SERIES_OCCURRENCES})
     */
    public List<Place> places(Interval window) {
        if (recurrence().isEmpty()) {
            return interval().overlaps(window) ? List.of(new Place(interval(), room(), Optional.empty())) : List.of();
        }
        Instant until = heldUntil();
        Optional<Interval> clipped = window.intersection(Interval.of(
                start().toInstant().minus(Agenda.MAX_OCCURRENCE_MOVE), until.plus(Agenda.MAX_OCCURRENCE_MOVE)));
        if (clipped.isEmpty()) {
            return List.of();
        }
        List<Occurrence> found = recurrence().get().expand(clipped.get())
                .getOrElseThrow(p -> new IllegalStateException("A booked series holds at most "
                        + Agenda.MAX_SERIES_OCCURRENCES + " occurrences: " + p));
        return found.stream().filter(o -> o.originalStart().isBefore(until))
                .map(o -> new Place(o.interval(), o.room().or(this::room), Optional.of(o.originalStart()))).toList();
    }

    /**
     * Every place the meeting holds in an agenda: its interval, or for a series its occurrences up
     * to {@link #heldUntil()} (an occurrence moved up to {@link Agenda#MAX_OCCURRENCE_MOVE} away
     * included). Call only on a meeting whose series size was checked.
     */
    List<Place> heldPlaces() {
        return isSeries() ? places(Interval.of(org.aso.core.kernel.Limits.MIN_INSTANT, org.aso.core.kernel.Limits.MAX_INSTANT))
                : places(interval());
    }

    /** The end of the span in which a series holds its occurrences (by original start, exclusive). */
    Instant heldUntil() {
        boolean ends = recurrence().flatMap(Recurrence::rule)
                .map(r -> r.count().isPresent() || r.until().isPresent()).orElse(true);
        return start().toInstant().plus(ends ? Agenda.SERIES_LIMIT : Agenda.SERIES_HORIZON);
    }

    /** {@return true for an all-day meeting: {@link MeetingPlan#allDay()}} */
    @Override
    @Value.Default
    public boolean allDay() {
        return false;
    }

    /**
     * {@return the sequence number (iCalendar {@code SEQUENCE})} It increases with every change
     * attendees must see; 0 when first sent.
     */
    public abstract int sequence();

    /** {@return the people the meeting needs: chair, required attendees, minute-taker} */
    public List<Attendee> requiredAttendees() {
        return attendees().stream().filter(a -> a.role().isRequired()).toList();
    }

    /**
     * {@return true if at least {@code minimum} of the required attendees have accepted (a delegate who
     * accepted counts for the person who delegated)}
     *
     * @param minimum how many acceptances make the quorum; 0 or less is always met
     */
    public boolean hasQuorum(int minimum) {
        java.util.Set<PersonId> delegates = new java.util.HashSet<>();
        attendees().forEach(a -> a.delegatedTo().ifPresent(delegates::add));
        long accepted = requiredAttendees().stream()
                .filter(a -> !delegates.contains(a.person())) // a delegate counts through the person who delegated
                .filter(this::comes)
                .count();
        return accepted >= minimum;
    }

    /** True if the attendee accepted, or delegated (along a chain of delegations) to someone who accepted. */
    private boolean comes(Attendee a) {
        java.util.Set<PersonId> seen = new java.util.HashSet<>();
        Optional<Attendee> cur = Optional.of(a);
        while (cur.isPresent() && seen.add(cur.get().person())) {
            Attendee x = cur.get();
            if (x.response() == Attendee.Response.ACCEPTED) {
                return true;
            }
            if (x.response() != Attendee.Response.DELEGATED) {
                return false;
            }
            cur = x.delegatedTo().flatMap(this::attendee);
        }
        return false;
    }

    /** {@return the seats the meeting needs: invitees who may come (not for information, not declined, not delegated)} */
    public long seatsNeeded() {
        return attendees().stream().filter(a -> a.role() != Attendee.Role.FOR_INFORMATION
                && a.response() != Attendee.Response.DECLINED && a.response() != Attendee.Response.DELEGATED).count();
    }

    /** {@return a new builder, for a host that restores meetings it stored ({@link Agenda#restore})} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Meeting}: id, title, organizer, start, end, status and sequence are required.
     * Meetings are made by the {@link Agenda}'s decisions; a host builds one only to restore what
     * it stored. {@code build()} throws an {@link IllegalArgumentException} for the problems
     * {@link #validate()} returns.
     */
    public static class Builder extends ImmutableMeeting.Builder {
        /**
         * Builds the meeting if its data is one the agenda could have made, for values read from a
         * store: every problem comes back at once, coded as {@link Agenda#book} and
         * {@link Agenda#changeOccurrence} would refuse them ({@code agenda.meeting.missing-title},
         * {@code agenda.meeting.bad-link}, {@code agenda.meeting.bad-interval}, {@code agenda.meeting.too-long}, {@code agenda.meeting.not-whole-days},
         * {@code kernel.range.instant}, {@code agenda.meeting.duplicate-attendee},
         * {@code agenda.meeting.recurrence-too-fine}, {@code agenda.occurrence.too-far},
         * {@code kernel.text.*}), plus {@code agenda.meeting.bad-recurrence} (a series that does not
         * start with the meeting's first occurrence) and {@code agenda.meeting.bad-sequence} (negative).
         * Whether rooms and equipment are known and free is checked by {@link Agenda#restore}.
         *
         * @return the meeting, or every problem found
         * @throws IllegalStateException if a required attribute was not set (a programming error)
         */
        public Either<List<Problem>, Meeting> validate() {
            return ValueChecks.validate(this::build);
        }
    }

    /**
     * Checks what every meeting of an agenda satisfies (see {@link Builder#validate()}).
     *
     * @throws IllegalArgumentException with every problem found
     */
    @Value.Check
    void check() {
        ValueChecks.throwIfAny("Meeting " + id(), BookingRules.problems(this));
    }
}
