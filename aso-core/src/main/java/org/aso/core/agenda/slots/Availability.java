package org.aso.core.agenda.slots;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;

/**
 * When one person can meet: their working hours and holidays (their {@link BusinessCalendar}, in
 * their own zone), their busy and tentative time (from the agenda's meetings and from outside
 * free/busy), the buffers they keep around meetings, and the notice they need.
 *
 * <pre>{@code
 * Availability alice = Availability.of(ALICE, parisCalendar)
 *         .meetings(agenda, window)                        // busy unless tentative, declined ones ignored
 *         .outside(exchangeFreeBusy, window)               // FREE, TENTATIVE, BUSY, OUT_OF_OFFICE, for the window
 *         .buffers(Duration.ofMinutes(10), Duration.ofMinutes(5))
 *         .minimumNotice(Duration.ofHours(2))
 *         .build();
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>A meeting of the agenda is busy time for its organizer and for invitees who accepted
 *       (a delegate is an invitee in their own right, with their own answer); it is tentative for
 *       invitees who answered tentative or not yet, and for everyone when the meeting itself is
 *       tentative; it is nothing for those who declined or delegated it to someone else.
 *   <li>Buffers widen meetings and outside busy or tentative spans (not out-of-office ones).
 *   <li>Minimum notice: no slot starts before "now" (given to the finder) plus the notice.
 *   <li>{@link #covered()}: where the busy and tentative time is complete. The agenda is read over
 *       the horizon given to {@link Builder#meetings} widened by the buffers, so that a meeting just
 *       outside the horizon keeps its buffer inside it; an outside answer given with its range
 *       ({@link Builder#outside(Collection, Interval)}) covers that range less the buffers (a span
 *       just outside it, not in the answer, could reach in by its buffer). Nothing is known outside
 *       the covered span: {@link #isFree} is false there, and {@link SlotFinder} suggests no slot
 *       there for a required attendee and counts an optional one as unknown. The finder reads the
 *       agendas given to {@link Builder#meetings} further itself where it needs to (the whole
 *       window, and past it to propose a longer one); it cannot read an outside calendar further.
 * </ul>
 *
 * <p>Built by a pure function of its inputs. Immutable and thread-safe.
 */
public final class Availability {
    private final PersonId person;
    private final BusinessCalendar calendar;
    private final Duration minimumNotice;
    private final BusySpans busy;
    private final BusySpans tentative;
    /** The covered span, epoch seconds {@code [coveredFrom, coveredTo)}; empty if {@code coveredFrom >= coveredTo}. */
    private final long coveredFrom;
    private final long coveredTo;
    /** What it was built from, to read its agendas over a wider horizon. */
    private final Builder sources;

    private Availability(Builder sources, BusySpans busy, BusySpans tentative, long coveredFrom, long coveredTo) {
        this.person = sources.person;
        this.calendar = sources.calendar;
        this.minimumNotice = sources.notice;
        this.busy = busy;
        this.tentative = tentative;
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.sources = sources;
    }

    /**
     * Starts building the availability of {@code person}, who works by {@code calendar}.
     *
     * @param person whose availability it is; not null
     * @param calendar their working days, hours, zone and holidays; not null
     * @return a builder with no busy time, no buffer and no notice yet
     */
    public static Builder of(PersonId person, BusinessCalendar calendar) {
        return new Builder(Objects.requireNonNull(person, "person"), Objects.requireNonNull(calendar, "calendar"));
    }

    /** {@return the person whose availability this is} */
    public PersonId person() {
        return person;
    }

    /** {@return their working days, hours, zone and holidays} */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** {@return the notice they need before a meeting starts} */
    public Duration minimumNotice() {
        return minimumNotice;
    }

    /** {@return their busy time, buffers included, merged and in order} */
    public List<Interval> busy() {
        return toIntervals(busy);
    }

    /** {@return their tentative time, buffers included, merged and in order (it may meet busy time)} */
    public List<Interval> tentative() {
        return toIntervals(tentative);
    }

    /**
     * {@return where the busy and tentative time is known in full: the horizons given to
     * {@link Builder#meetings} and the ranges given to {@link Builder#outside(Collection, Interval)}
     * (less the buffers), all of them at once; from {@link Limits#MIN_INSTANT} to
     * {@link Limits#MAX_INSTANT} when no source was bounded} It may be empty (sources that do not
     * meet).
     */
    public Interval covered() {
        if (coveredFrom >= coveredTo) {
            Instant at = Instant.ofEpochSecond(Math.min(coveredFrom, EpochSeconds.MAX));
            return Interval.of(at, at);
        }
        return Interval.of(Instant.ofEpochSecond(coveredFrom), Instant.ofEpochSecond(coveredTo));
    }

    /**
     * {@return true if {@code interval} lies in {@link #covered()} and meets no busy time (working hours and
     * notice are not looked at); false where the busy time is not known}
     *
     * @param interval the time looked at; not null
     */
    public boolean isFree(Interval interval) {
        long s = EpochSeconds.floor(interval.start());
        long e = EpochSeconds.ceil(interval.end());
        return s >= coveredFrom && e <= coveredTo && !busy.overlaps(s, e);
    }

    /** The start of {@link #covered()}, epoch seconds. */
    long coveredFrom() {
        return coveredFrom;
    }

    /** The end of {@link #covered()}, epoch seconds (exclusive). */
    long coveredTo() {
        return coveredTo;
    }

    /**
     * How far {@link #over} can make this availability known: the end of the outside answers'
     * ranges (less the buffers), or of the supported range; epoch seconds.
     */
    long readableTo() {
        long to = EpochSeconds.MAX;
        long b = sources.before.toSeconds();
        for (long[] range : sources.ranges) {
            to = Math.min(to, range[1] - b);
        }
        return to;
    }

    /**
     * The same availability with every agenda given to {@link Builder#meetings} read over at least
     * {@code [from, to)} (epoch seconds, within the supported range): this one if they already are,
     * or if it reads no agenda.
     */
    Availability over(long from, long to) {
        long lo = Math.max(from, EpochSeconds.MIN);
        long hi = Math.min(to, EpochSeconds.MAX);
        if (lo >= hi || sources.agendas.stream().allMatch(r -> r.from() <= lo && r.to() >= hi)) {
            return this;
        }
        Builder b = sources.copy();
        b.agendas.replaceAll(r -> new Read(r.agenda(), Math.min(r.from(), lo), Math.max(r.to(), hi)));
        return b.build();
    }

    BusySpans busySpans() {
        return busy;
    }

    BusySpans tentativeSpans() {
        return tentative;
    }

    private static List<Interval> toIntervals(BusySpans s) {
        List<Interval> out = new ArrayList<>(s.size);
        for (int i = 0; i < s.size; i++) {
            out.add(Interval.of(Instant.ofEpochSecond(s.starts[i]), Instant.ofEpochSecond(s.ends[i])));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "Availability[" + person + ", " + busy.size + " busy, " + tentative.size + " tentative]";
    }

    /** One agenda read over {@code [from, to)}, epoch seconds within the supported range. */
    private record Read(Agenda agenda, long from, long to) {}

    /** Gathers busy time, then {@code build()}s. Not thread-safe; use one per availability. */
    public static final class Builder {
        private final PersonId person;
        private final BusinessCalendar calendar;
        private final List<Read> agendas = new ArrayList<>();
        private final List<Interval> busy = new ArrayList<>();
        private final List<Interval> away = new ArrayList<>();
        private final List<Interval> tentative = new ArrayList<>();
        /** The ranges of outside answers, epoch seconds {from, to}. */
        private final List<long[]> ranges = new ArrayList<>();
        private Duration before = Duration.ZERO;
        private Duration after = Duration.ZERO;
        private Duration notice = Duration.ZERO;

        private Builder(PersonId person, BusinessCalendar calendar) {
            this.person = person;
            this.calendar = calendar;
        }

        private Builder copy() {
            Builder b = new Builder(person, calendar);
            b.agendas.addAll(agendas);
            b.busy.addAll(busy);
            b.away.addAll(away);
            b.tentative.addAll(tentative);
            b.ranges.addAll(ranges);
            b.before = before;
            b.after = after;
            b.notice = notice;
            return b;
        }

        /**
         * Adds the person's meetings of {@code agenda} (cancelled ones are not) that overlap
         * {@code horizon} or come close enough to it that their buffers reach into it; the
         * availability then {@linkplain #covered() covers} the horizon (within the supported range
         * of instants). The agenda is read when the availability is built, and kept: the slot
         * finder reads it again over a wider span where it needs to.
         *
         * @param agenda an agenda holding some of the person's meetings; not null
         * @param horizon the span of time to read it over; not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder meetings(Agenda agenda, Interval horizon) {
            Objects.requireNonNull(agenda, "agenda");
            agendas.add(new Read(agenda, supported(EpochSeconds.floor(horizon.start())), supported(EpochSeconds.ceil(horizon.end()))));
            return this;
        }

        /**
         * Adds spans of an outside calendar's free/busy answer that is all there is to know: the
         * coverage is not narrowed. Prefer {@link #outside(Collection, Interval)} when the answer
         * was asked for a range.
         *
         * @param spans the answer's spans, in any order; {@code FREE} spans are ignored; not null
         * @return this builder
         */
        public Builder outside(Collection<FreeBusy> spans) {
            for (FreeBusy fb : spans) {
                switch (fb.state()) {
                    case FREE -> { }
                    case TENTATIVE -> tentative.add(fb.interval());
                    case BUSY -> busy.add(fb.interval());
                    case OUT_OF_OFFICE -> away.add(fb.interval());
                }
            }
            return this;
        }

        /**
         * Adds spans of an outside calendar's free/busy answer asked for {@code range}: the
         * availability then {@linkplain #covered() covers} only that range, less the buffers (a span
         * just outside the range, not in the answer, could reach into it by its buffer).
         *
         * @param spans the answer's spans, in any order; {@code FREE} spans are ignored; not null
         * @param range the range the answer was asked for; not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder outside(Collection<FreeBusy> spans, Interval range) {
            long from = EpochSeconds.floor(range.start());
            long to = EpochSeconds.floor(range.end());
            outside(spans);
            ranges.add(new long[] {from, to});
            return this;
        }

        /**
         * Keeps {@code before} free before each meeting and {@code after} free after it.
         *
         * @param before the time kept free before each meeting; zero for none
         * @param after the time kept free after each meeting; zero for none
         * @return this builder
         * @throws IllegalArgumentException if a buffer is negative or longer than a day
         */
        public Builder buffers(Duration before, Duration after) {
            this.before = checked(before, "buffer");
            this.after = checked(after, "buffer");
            return this;
        }

        /**
         * No meeting may start sooner than {@code notice} after "now".
         *
         * @param notice the least time between "now" (the time the finder is given) and a meeting's start; zero
         *     for none
         * @return this builder
         * @throws IllegalArgumentException if negative or longer than a year
         */
        public Builder minimumNotice(Duration notice) {
            if (notice.isNegative() || notice.compareTo(Duration.ofDays(366)) > 0) {
                throw new IllegalArgumentException("The minimum notice is between zero and a year: " + notice);
            }
            this.notice = notice;
            return this;
        }

        /** {@code t} (epoch seconds) moved into the supported range. */
        private static long supported(long t) {
            return Math.max(EpochSeconds.MIN, Math.min(t, EpochSeconds.MAX));
        }

        private static Duration checked(Duration d, String what) {
            if (d.isNegative() || d.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("A " + what + " is between zero and a day: " + d);
            }
            return d;
        }

        /**
         * {@return the availability} Reads the agendas given to {@link #meetings}: each meeting of the person
         * is expanded once over its horizon widened by the buffers.
         */
        public Availability build() {
            long b = before.toSeconds();
            long a = after.toSeconds() + (after.getNano() > 0 ? 1 : 0);
            long from = EpochSeconds.MIN;
            long to = EpochSeconds.MAX;
            List<Interval> meetingBusy = new ArrayList<>();
            List<Interval> meetingTentative = new ArrayList<>();
            for (Read r : agendas) {
                // a meeting ending up to `after` before the horizon, or starting up to `before` after it, reaches in
                Interval load = Interval.of(Instant.ofEpochSecond(r.from() - a), Instant.ofEpochSecond(r.to() + b));
                read(r.agenda(), load, meetingBusy, meetingTentative);
                from = Math.max(from, r.from());
                to = Math.min(to, r.to());
            }
            for (long[] range : ranges) {
                from = Math.max(from, range[0] + a);
                to = Math.min(to, range[1] - b);
            }
            int n = busy.size() + meetingBusy.size() + away.size();
            long[] s = new long[n];
            long[] e = new long[n];
            int k = 0;
            // spans are kept within the supported range, so that each reads back as an interval
            for (List<Interval> list : List.of(busy, meetingBusy)) {
                for (Interval i : list) {
                    s[k] = supported(EpochSeconds.floor(i.start()) - b);
                    e[k++] = supported(EpochSeconds.ceil(i.end()) + a);
                }
            }
            for (Interval i : away) {
                s[k] = supported(EpochSeconds.floor(i.start()));
                e[k++] = supported(EpochSeconds.ceil(i.end()));
            }
            int m = tentative.size() + meetingTentative.size();
            long[] ts = new long[m];
            long[] te = new long[m];
            k = 0;
            for (List<Interval> list : List.of(tentative, meetingTentative)) {
                for (Interval i : list) {
                    ts[k] = supported(EpochSeconds.floor(i.start()) - b);
                    te[k++] = supported(EpochSeconds.ceil(i.end()) + a);
                }
            }
            return new Availability(copy(), BusySpans.merge(s, e, n), BusySpans.merge(ts, te, m), from, to);
        }

        /** The person's meetings of {@code agenda} within {@code load}, each expanded once. */
        private void read(Agenda agenda, Interval load, List<Interval> busyOut, List<Interval> tentativeOut) {
            for (Meeting m : agenda.meetingsOf(person, load)) {
                Attendee.Response r = m.attendee(person).map(Attendee::response)
                        .orElse(Attendee.Response.ACCEPTED);
                if (m.organizer().equals(person) && m.attendee(person).isEmpty()) {
                    r = Attendee.Response.ACCEPTED;
                }
                switch (r) {
                    case DECLINED, DELEGATED -> { } // a delegator sends someone else (RFC 5545 PARTSTAT)
                    case TENTATIVE, NEEDS_ACTION -> tentativeOut.addAll(m.intervals(load));
                    case ACCEPTED -> (m.status() == Meeting.Status.TENTATIVE ? tentativeOut : busyOut).addAll(m.intervals(load));
                }
            }
        }
    }
}
