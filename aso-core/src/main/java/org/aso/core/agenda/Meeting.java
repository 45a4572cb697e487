package org.aso.core.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * A meeting: who, where, when (in a time zone), what for, what to prepare, and the sequence
 * number that increases with every change attendees must see (calendar updates rely on it).
 *
 * <p>Meetings are created and changed through {@link Agenda}; immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meeting {
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

    /** The meeting's id. */
    public abstract MeetingId id();

    /** Its title. */
    public abstract String title();

    /** Who organises it. */
    public abstract PersonId organizer();

    /** The invitees, with roles and answers. */
    public abstract List<Attendee> attendees();

    /** The room, if any. */
    public abstract Optional<RoomId> room();

    /** The online link, if any. */
    public abstract Optional<String> onlineLink();

    /** The start, in the meeting's zone. */
    public abstract ZonedDateTime start();

    /** The end, in the meeting's zone. */
    public abstract ZonedDateTime end();

    /** The points of the agenda. */
    public abstract List<AgendaItem> agenda();

    /** References of documents to prepare or read. */
    public abstract List<String> documents();

    /** Logistics tasks with their lead times. */
    public abstract List<LogisticsItem> logistics();

    /** Equipment reserved with it (including spares). */
    public abstract Set<EquipmentId> equipment();

    /** Whether it is on. */
    public abstract Status status();

    /**
     * The recurrence, for a series: {@link #start()} and {@link #end()} are then those of its first
     * occurrence, and single occurrences may be moved, cancelled or put in another room.
     */
    public abstract Optional<Recurrence> recurrence();

    /** True if the meeting is a series. */
    public boolean isSeries() {
        return recurrence().isPresent();
    }

    /**
     * When the meeting takes place within {@code window}: its one interval, or each occurrence of
     * the series (cancelled ones left out, moved ones where they went), in order.
     */
    public List<Interval> intervals(Interval window) {
        return places(window).stream().map(Place::interval).toList();
    }

    /** A logistics task of one occurrence, with its due day and the explanation of it. */
    public record DatedTask(String task, Interval occurrence, org.aso.core.kernel.WorkingDayDeadline due) {}

    /**
     * The logistics tasks of every time the meeting takes place within {@code window}, each due
     * its lead in working days before the day of the meeting (read in the calendar's zone), in
     * order of due day.
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
     * Every time the meeting takes place within {@code window}, with its room, in order. A series
     * takes place where the agenda holds it: the occurrences whose original start is before
     * {@link Agenda#SERIES_LIMIT} after the first start for a series that ends, before
     * {@link Agenda#SERIES_HORIZON} for an open-ended one (book it again to go further). Cost follows
     * the places found: at most {@link Agenda#MAX_SERIES_OCCURRENCES}, whatever the window.
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
        return found.stream().filter(o -> o.originalInstant().isBefore(until))
                .map(o -> new Place(o.interval(), o.room().or(this::room), Optional.of(o.originalInstant()))).toList();
    }

    /** The end of the span in which a series holds its occurrences (by original start, exclusive). */
    Instant heldUntil() {
        boolean ends = recurrence().flatMap(Recurrence::rule)
                .map(r -> r.count().isPresent() || r.until().isPresent()).orElse(true);
        return start().toInstant().plus(ends ? Agenda.SERIES_LIMIT : Agenda.SERIES_HORIZON);
    }

    /** Increases with every change attendees must see; 0 when first sent. */
    public abstract int sequence();

    /** The meeting's zone. */
    public ZoneId zone() {
        return start().getZone();
    }

    /** When it takes place, as an interval of instants. */
    public Interval interval() {
        return Interval.of(start().toInstant(), end().toInstant());
    }

    /** Its length. */
    public Duration duration() {
        return Duration.between(start(), end());
    }

    /** The attendee entry of {@code person}. */
    public Optional<Attendee> attendee(PersonId person) {
        return attendees().stream().filter(a -> a.person().equals(person)).findFirst();
    }

    /** The people the meeting needs: chair, required attendees, minute-taker. */
    public List<Attendee> requiredAttendees() {
        return attendees().stream().filter(a -> a.role().isRequired()).toList();
    }

    /**
     * True if at least {@code minimum} of the required attendees have accepted (a delegate who
     * accepted counts for the person who delegated).
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

    /** The seats the meeting needs: invitees who may come (not for information, not declined, not delegated). */
    public long seatsNeeded() {
        return attendees().stream().filter(a -> a.role() != Attendee.Role.FOR_INFORMATION
                && a.response() != Attendee.Response.DECLINED && a.response() != Attendee.Response.DELEGATED).count();
    }

    @Value.Check
    void check() {
        if (!start().toInstant().isBefore(end().toInstant())) {
            throw new IllegalArgumentException("A meeting ends after it starts: " + start() + " / " + end());
        }
        if (!start().getZone().equals(end().getZone())) {
            throw new IllegalArgumentException("Start and end are in the meeting's zone: " + start() + " / " + end());
        }
        if (recurrence().filter(r -> !r.start().equals(start()) || !r.duration().equals(duration())).isPresent()) {
            throw new IllegalArgumentException("A series starts with its first occurrence: " + start());
        }
        if (attendees().stream().map(Attendee::person).distinct().count() != attendees().size()) {
            throw new IllegalArgumentException("Each person is invited once: " + attendees());
        }
    }
}
