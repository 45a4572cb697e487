package org.aso.core.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;

/**
 * When one person can meet: their working hours and holidays (their {@link BusinessCalendar}, in
 * their own zone), their busy and tentative time (from the agenda's meetings and from outside
 * free/busy), the buffers they keep around meetings, and the notice they need.
 *
 * <pre>{@code
 * Availability alice = Availability.of(ALICE, parisCalendar)
 *         .meetings(agenda, window)                        // busy unless tentative, declined ones ignored
 *         .outside(exchangeFreeBusy)                       // FREE, TENTATIVE, BUSY, OUT_OF_OFFICE
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
 * </ul>
 *
 * <p>Built by a pure function of its inputs. Immutable and thread-safe.
 */
public final class Availability {
    private final PersonId person;
    private final BusinessCalendar calendar;
    private final Duration minimumNotice;
    private final Spans busy;
    private final Spans tentative;

    private Availability(PersonId person, BusinessCalendar calendar, Duration minimumNotice, Spans busy, Spans tentative) {
        this.person = person;
        this.calendar = calendar;
        this.minimumNotice = minimumNotice;
        this.busy = busy;
        this.tentative = tentative;
    }

    /** Starts building the availability of {@code person}, who works by {@code calendar}. */
    public static Builder of(PersonId person, BusinessCalendar calendar) {
        return new Builder(Objects.requireNonNull(person, "person"), Objects.requireNonNull(calendar, "calendar"));
    }

    /** The person. */
    public PersonId person() {
        return person;
    }

    /** Their working days, hours, zone and holidays. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** The notice they need before a meeting starts. */
    public Duration minimumNotice() {
        return minimumNotice;
    }

    /** Their busy time, buffers included, merged and in order. */
    public List<Interval> busy() {
        return toIntervals(busy);
    }

    /** Their tentative time, buffers included, merged and in order (it may meet busy time). */
    public List<Interval> tentative() {
        return toIntervals(tentative);
    }

    /** True if {@code interval} meets no busy time (working hours and notice are not looked at). */
    public boolean isFree(Interval interval) {
        return !busy.overlaps(Spans.seconds(interval.start()), Spans.secondsUp(interval.end()));
    }

    Spans busySpans() {
        return busy;
    }

    Spans tentativeSpans() {
        return tentative;
    }

    private static List<Interval> toIntervals(Spans s) {
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

    /** Gathers busy time, then {@link #build()}s. Not thread-safe; use one per availability. */
    public static final class Builder {
        private final PersonId person;
        private final BusinessCalendar calendar;
        private final List<Interval> busy = new ArrayList<>();
        private final List<Interval> away = new ArrayList<>();
        private final List<Interval> tentative = new ArrayList<>();
        private Duration before = Duration.ZERO;
        private Duration after = Duration.ZERO;
        private Duration notice = Duration.ZERO;

        private Builder(PersonId person, BusinessCalendar calendar) {
            this.person = person;
            this.calendar = calendar;
        }

        /** Adds the person's meetings of {@code agenda} that overlap {@code horizon} (cancelled ones are not). */
        public Builder meetings(Agenda agenda, Interval horizon) {
            for (Meeting m : agenda.meetingsOf(person, horizon)) {
                Attendee.Response r = m.attendee(person).map(Attendee::response)
                        .orElse(Attendee.Response.ACCEPTED);
                if (m.organizer().equals(person) && m.attendee(person).isEmpty()) {
                    r = Attendee.Response.ACCEPTED;
                }
                switch (r) {
                    case DECLINED, DELEGATED -> { } // a delegator sends someone else (RFC 5545 PARTSTAT)
                    case TENTATIVE, NEEDS_ACTION -> tentative.addAll(m.intervals(horizon));
                    case ACCEPTED -> {
                        if (m.status() == Meeting.Status.TENTATIVE) {
                            tentative.addAll(m.intervals(horizon));
                        } else {
                            busy.addAll(m.intervals(horizon));
                        }
                    }
                }
            }
            return this;
        }

        /** Adds spans of an outside calendar's free/busy answer. */
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
         * Keeps {@code before} free before each meeting and {@code after} free after it.
         *
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
         * @throws IllegalArgumentException if negative or longer than a year
         */
        public Builder minimumNotice(Duration notice) {
            if (notice.isNegative() || notice.compareTo(Duration.ofDays(366)) > 0) {
                throw new IllegalArgumentException("The minimum notice is between zero and a year: " + notice);
            }
            this.notice = notice;
            return this;
        }

        private static Duration checked(Duration d, String what) {
            if (d.isNegative() || d.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("A " + what + " is between zero and a day: " + d);
            }
            return d;
        }

        /** The availability. */
        public Availability build() {
            long b = before.toSeconds();
            long a = after.toSeconds() + (after.getNano() > 0 ? 1 : 0);
            int n = busy.size() + away.size();
            long[] s = new long[n];
            long[] e = new long[n];
            int k = 0;
            for (Interval i : busy) {
                s[k] = Spans.seconds(i.start()) - b;
                e[k++] = Spans.secondsUp(i.end()) + a;
            }
            for (Interval i : away) {
                s[k] = Spans.seconds(i.start());
                e[k++] = Spans.secondsUp(i.end());
            }
            long[] ts = new long[tentative.size()];
            long[] te = new long[tentative.size()];
            k = 0;
            for (Interval i : tentative) {
                ts[k] = Spans.seconds(i.start()) - b;
                te[k++] = Spans.secondsUp(i.end()) + a;
            }
            return new Availability(person, calendar, notice, Spans.merge(s, e, n), Spans.merge(ts, te, ts.length));
        }
    }
}
