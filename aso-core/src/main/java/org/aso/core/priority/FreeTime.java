package org.aso.core.priority;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;

/**
 * The time a person can give to tasks: their working periods (their {@link BusinessCalendar}, in
 * their zone, holidays removed) minus the meetings they attend and any other busy time.
 *
 * <pre>{@code
 * FreeTime free = FreeTime.of(parisCalendar, agenda, ALICE, week);
 * Duration beforeFriday = free.between(week.start(), fridayNoon);
 * }</pre>
 *
 * <p>A meeting of the agenda takes the person's time unless they declined it or delegated it to
 * someone else: as organizer, or as an invitee who accepted, answered tentative or has not answered
 * yet (an unanswered invitation is kept free of tasks so that the person can still accept it). A
 * delegate is an invitee in their own right. Cancelled meetings take nothing. Every occurrence of a
 * series counts.
 *
 * <p>The periods are disjoint, non-empty and in order. Immutable and thread-safe.
 */
public final class FreeTime {
    private static final FreeTime NONE = new FreeTime(List.of());

    private final List<Interval> periods;

    private FreeTime(List<Interval> periods) {
        this.periods = periods;
    }

    /**
     * {@return the free time of {@code person} in {@code window}: working periods minus their meetings}
     *
     * @param calendar the calendar giving the working periods
     * @param agenda the agenda giving the person's meetings
     * @param person whose free time
     * @param window the span to look in
     * @throws NullPointerException if an argument is null
     */
    public static FreeTime of(BusinessCalendar calendar, Agenda agenda, PersonId person, Interval window) {
        return of(calendar, agenda, person, window, List.of());
    }

    /**
     * {@return the free time of {@code person} in {@code window}: working periods minus their meetings and
     * minus {@code busy} (time taken outside the agenda: leave, training, another calendar)}
     * Working periods exist only inside the supported range ({@link org.aso.core.kernel.Limits}),
     * so a window reaching to {@link Instant#MAX} gives the free time up to its end. The periods
     * are held in a list, about two per working day: cost and size follow the window, whose part
     * inside the supported range may span at most {@link BusinessCalendar#MAX_PERIOD_DAYS} days.
     *
     * @param calendar the calendar giving the working periods
     * @param agenda the agenda giving the person's meetings
     * @param person whose free time
     * @param window the span to look in
     * @param busy other time taken
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the window's part inside the supported range is longer
     *     than {@link BusinessCalendar#MAX_PERIOD_DAYS} days (checked before any work)
     */
    public static FreeTime of(BusinessCalendar calendar, Agenda agenda, PersonId person, Interval window,
                              Collection<Interval> busy) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(window, "window");
        List<Interval> periods = calendar.workingPeriods(window); // bounded first: refuses an over-long window
        List<Interval> taken = new ArrayList<>(busy);
        for (Meeting m : agenda.meetingsOf(person, window)) {
            // a delegator sends someone else (RFC 5545 PARTSTAT=DELEGATED): like a refusal, it takes none of their time
            boolean away = m.attendee(person).map(a -> a.response() == Attendee.Response.DECLINED
                    || a.response() == Attendee.Response.DELEGATED).orElse(false) && !m.organizer().equals(person);
            if (!away) {
                taken.addAll(m.intervals(window));
            }
        }
        return ofPeriods(periods).minus(taken);
    }

    /**
     * Free time made of the given periods, which may overlap or touch (they are merged); empty
     * periods are dropped.
     *
     * @param periods the free periods
     * @return the free time
     */
    public static FreeTime ofPeriods(Collection<Interval> periods) {
        return new FreeTime(merge(periods));
    }

    /** {@return no free time at all} */
    public static FreeTime none() {
        return NONE;
    }

    /** {@return the free periods: disjoint, non-empty, in order, never touching} */
    public List<Interval> periods() {
        return periods;
    }

    /** {@return the total free time} */
    public Duration total() {
        Duration d = Duration.ZERO;
        for (Interval p : periods) {
            d = d.plus(p.duration());
        }
        return d;
    }

    /**
     * {@return the free time in {@code [from, to)}; zero if {@code to} is not after {@code from}}
     *
     * @param from the start of the span
     * @param to the end of the span, excluded
     */
    public Duration between(Instant from, Instant to) {
        Duration d = Duration.ZERO;
        if (!to.isAfter(from)) {
            return d;
        }
        Interval span = Interval.of(from, to);
        for (Interval p : periods) {
            if (!p.start().isBefore(to)) {
                break;
            }
            var cut = p.intersection(span);
            if (cut.isPresent()) {
                d = d.plus(cut.get().duration());
            }
        }
        return d;
    }

    /**
     * {@return this free time without {@code busy}}
     *
     * @param busy the time taken
     */
    public FreeTime minus(Collection<Interval> busy) {
        if (busy.isEmpty() || periods.isEmpty()) {
            return this;
        }
        List<Interval> taken = merge(busy);
        List<Interval> out = new ArrayList<>();
        int j = 0;
        for (Interval p : periods) {
            Instant cursor = p.start();
            while (j < taken.size() && !taken.get(j).end().isAfter(cursor)) {
                j++;
            }
            int k = j;
            while (k < taken.size() && taken.get(k).start().isBefore(p.end())) {
                Interval t = taken.get(k);
                if (t.start().isAfter(cursor)) {
                    out.add(Interval.of(cursor, t.start()));
                }
                if (t.end().isAfter(cursor)) {
                    cursor = t.end();
                }
                k++;
            }
            if (cursor.isBefore(p.end())) {
                out.add(Interval.of(cursor, p.end()));
            }
        }
        return new FreeTime(List.copyOf(out));
    }

    /**
     * {@return this free time inside {@code window} only}
     *
     * @param window the span to keep
     */
    public FreeTime within(Interval window) {
        List<Interval> out = new ArrayList<>();
        for (Interval p : periods) {
            p.intersection(window).ifPresent(out::add);
        }
        return new FreeTime(List.copyOf(out));
    }

    /**
     * {@return true if {@code interval} lies inside one free period}
     *
     * @param interval the interval to place
     */
    public boolean encloses(Interval interval) {
        for (Interval p : periods) {
            if (p.encloses(interval)) {
                return true;
            }
        }
        return false;
    }

    private static List<Interval> merge(Collection<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals.size());
        for (Interval i : intervals) {
            if (!Objects.requireNonNull(i, "interval").isEmpty()) {
                sorted.add(i);
            }
        }
        sorted.sort(Comparator.naturalOrder());
        List<Interval> out = new ArrayList<>(sorted.size());
        for (Interval i : sorted) {
            int last = out.size() - 1;
            if (last >= 0 && !out.get(last).end().isBefore(i.start())) {
                Interval l = out.get(last);
                if (i.end().isAfter(l.end())) {
                    out.set(last, Interval.of(l.start(), i.end()));
                }
            } else {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FreeTime f && f.periods.equals(periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    @Override
    public String toString() {
        return "FreeTime" + periods;
    }
}
