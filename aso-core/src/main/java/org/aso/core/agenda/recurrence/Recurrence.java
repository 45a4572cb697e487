package org.aso.core.agenda.recurrence;

import org.aso.core.agenda.Agenda;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aso.core.kernel.Interval;
import org.immutables.value.Value;

/**
 * When a meeting takes place, as an RFC 5545 recurrence set: the first start ({@code DTSTART}) in
 * the meeting's zone, the length of each occurrence, an optional {@link RecurrenceRule}
 * ({@code RRULE}), extra starts ({@code RDATE}), removed starts ({@code EXDATE}) and changes to
 * single occurrences, keyed by their original start (moved, cancelled, another room or title).
 *
 * <pre>{@code
 * Recurrence weekly = Recurrence.builder()
 *         .start(ZonedDateTime.of(2026, 3, 2, 9, 30, 0, 0, ZoneId.of("Europe/Paris")))
 *         .duration(Duration.ofHours(1))
 *         .rule(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260630T220000Z").get())
 *         .addExdate(ZonedDateTime.of(2026, 4, 6, 9, 30, 0, 0, ZoneId.of("Europe/Paris")))
 *         .build();
 * List<Occurrence> april = weekly.expand(Interval.of(aprilFirst, aprilThirtieth)).get();
 * List<Occurrence> nextThree = weekly.occurrences(now).limit(3).toList();
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>Times are read on the wall clock of the start's zone: a weekly 09:30 meeting stays at
 *       09:30 across clock changes. A local time that the zone skips (in the spring gap) is moved
 *       forward by the length of the gap; a repeated one (in autumn) takes the earlier offset
 *       (RFC 5545 3.3.5 and 3.3.10). HOURLY, MINUTELY and SECONDLY rules step on the wall clock
 *       too, so the repeated autumn hour is not repeated, and a time moved out of the spring gap
 *       onto another instance is one instance.
 *   <li>The first start is always the first occurrence, whether the rule yields it or not, and
 *       counts towards {@code COUNT}. {@code UNTIL} is inclusive.
 *   <li>Dates that do not exist (30 February, 31 April) are skipped, never moved to another day.
 *   <li>{@code COUNT} counts the occurrences the rule yields; extra starts are added and removed
 *       starts taken away after that, and changes apply last.
 *   <li>A rule that can never match (31 February) yields nothing after the first start; every
 *       expansion ends.
 * </ul>
 *
 * <p>Starts are whole seconds (RFC 5545 has no finer time; fractions of RDATE and EXDATE values
 * are dropped). Occurrences exist up to the end of year 9999 (the last supported date, see
 * {@link org.aso.core.kernel.Limits}); a window reaching further is answered for that part.
 *
 * <h2>Cost</h2>
 * Memory follows the answer, never the rule: a yearly rule on every second of the year is not
 * listed a year at a time. {@link #expand} refuses to list more than {@link #MAX_EXPANSION}
 * occurrences ({@code agenda.recurrence.too-many-occurrences}); {@link #occurrences(Instant)} is the
 * lazy form for callers that want "the next N" or must walk a long series. Time follows the
 * occurrences produced, plus, for a rule with {@code COUNT}, the instances from the first start
 * to the window (at most {@link RecurrenceRule#MAX_COUNT}). A rule that can never match ends at
 * once when no time of day can match, and otherwise after 400 years without an instance.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recurrence {
    private static final long DAY = 86_400;
    /** The most occurrences {@link #expand} lists in one answer. */
    public static final int MAX_EXPANSION = 100_000;
    /** The longest occurrence: a year and a day. */
    public static final Duration MAX_DURATION = Duration.ofDays(366);

    Recurrence() {}

    /** {@return the first start ({@code DTSTART}), in the meeting's zone} */
    public abstract ZonedDateTime start();

    /** {@return the length of each occurrence (not negative; zero for a moment)} */
    public abstract Duration duration();

    /** {@return the recurrence rule, if the meeting repeats by one} */
    public abstract Optional<RecurrenceRule> rule();

    /** {@return extra starts ({@code RDATE})} */
    public abstract List<ZonedDateTime> rdates();

    /**
     * {@return starts taken away ({@code EXDATE})} An occurrence whose original start is one of these
     * does not happen.
     */
    public abstract List<ZonedDateTime> exdates();

    /** {@return changes to single occurrences, by the instant of their original start} */
    public abstract Map<Instant, OccurrenceChange> changes();

    /** {@return the meeting's zone (that of the first start)} */
    public ZoneId zone() {
        return start().getZone();
    }

    /**
     * {@return a series from a first start, a length and a rule}
     *
     * @param start the first start ({@code DTSTART}); its zone is the meeting's; not null
     * @param duration the length of each occurrence; not negative
     * @param rule how the series repeats; not null
     */
    public static Recurrence of(ZonedDateTime start, Duration duration, RecurrenceRule rule) {
        return builder().start(start).duration(duration).rule(rule).build();
    }

    /**
     * {@return a copy with one more change (replacing an earlier change of the same occurrence)}
     *
     * @param originalStart the start the series gives the occurrence, in any zone (only its instant counts);
     *     not null
     * @param change what happens to that occurrence; not null
     */
    public Recurrence withChange(ZonedDateTime originalStart, OccurrenceChange change) {
        Map<Instant, OccurrenceChange> all = new HashMap<>(changes());
        all.put(originalStart.toInstant(), change);
        return withChanges(all);
    }

    abstract Recurrence withChanges(Map<? extends Instant, ? extends OccurrenceChange> entries);

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Recurrence}; {@code start} and {@code duration} are required.
     * {@code build()} throws {@link IllegalArgumentException} for a start with a fraction of a
     * second or outside the supported range ({@link org.aso.core.kernel.Limits}), or a negative,
     * fractional or longer than {@link #MAX_DURATION} duration. These are programmer errors: a
     * decision that takes a series from outside data ({@link Agenda#book}) checks them first and
     * answers with a {@code Problem}.
     */
    public static class Builder extends ImmutableRecurrence.Builder {}

    @Value.Check
    void check() {
        if (duration().isNegative() || duration().getNano() != 0 || duration().compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("The duration must be whole seconds, not negative, at most "
                    + MAX_DURATION + ": " + duration());
        }
        if (start().getNano() != 0) {
            throw new IllegalArgumentException("The start must be whole seconds: " + start());
        }
        if (!org.aso.core.kernel.Limits.contains(start().toInstant())) {
            throw new IllegalArgumentException("The start is outside the supported range: " + start());
        }
    }

    // ---------------------------------------------------------------- expansion

    /** The compiled form, made once per value. */
    @Value.Lazy
    Plan plan() {
        return new Plan(this);
    }

    /**
     * The occurrences that overlap {@code window}, in order of their actual start (then of their
     * original start). An occurrence of zero length counts if its start is in the window. Cancelled
     * occurrences are left out; moved ones are found at their new time, even when their original
     * start lies outside the window.
     *
     * <p>Cost follows the occurrences found (see the class comment); the answer is refused past
     * {@link #MAX_EXPANSION} occurrences, after that many have been produced.
     *
     * @param window the span to look at; not null
     * @return the occurrences, an unmodifiable list; or {@code agenda.recurrence.too-many-occurrences}
     *     (details: {@code limit}, {@code window}) when the window holds more than {@link #MAX_EXPANSION}
     */
    public io.vavr.control.Either<org.aso.core.kernel.Problem, List<Occurrence>> expand(Interval window) {
        java.util.Objects.requireNonNull(window, "window");
        List<Occurrence> found = plan().expand(window, MAX_EXPANSION);
        if (found == null) {
            return io.vavr.control.Either.left(org.aso.core.kernel.Problem.of("agenda.recurrence.too-many-occurrences",
                            "The window holds more than " + MAX_EXPANSION + " occurrences: ask for a shorter one, "
                                    + "or walk them with occurrences(from)")
                    .with("limit", MAX_EXPANSION).with("window", window));
        }
        return io.vavr.control.Either.right(found);
    }

    /**
     * The occurrences whose original start is at or after {@code from}, lazily, in order of
     * original start: removed starts and cancelled occurrences are left out, moved ones come at
     * their original place in the order with their new time. The stream ends after the last
     * occurrence (COUNT, UNTIL, or the end of year 9999).
     *
     * <p>Each element costs the work of the rule's periods up to it; nothing is listed ahead, so
     * {@code occurrences(from).limit(n)} is cheap for any rule. A never-ending rule makes a stream
     * that ends only in year 9999: bound it ({@code limit}, {@code takeWhile}).
     *
     * @param from the earliest original start wanted; not null
     * @return a sequential, ordered stream
     */
    public java.util.stream.Stream<Occurrence> occurrences(Instant from) {
        java.util.Objects.requireNonNull(from, "from");
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(
                plan().walk(from), java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false);
    }

    /**
     * {@return true if the series yields an occurrence with this original start, before removed starts,
     * cancellations and moves are applied}
     *
     * @param instant the candidate original start; not null
     */
    public boolean isOriginalStart(Instant instant) {
        return plan().isInstance(instant.getEpochSecond()) && instant.getNano() == 0;
    }

    /** The series compiled for expansion. */
    static final class Plan {
        private final ZoneId zone;
        private final long startLocal;
        private final long startEpoch;
        private final long duration;
        private final RuleExpander rule;
        private final long[] rdates;
        private final long[] exdates;
        private final Map<Long, OccurrenceChange> changes;
        private final long[] moved;

        Plan(Recurrence r) {
            zone = r.zone();
            startLocal = r.start().toLocalDateTime().toEpochSecond(java.time.ZoneOffset.UTC);
            startEpoch = r.start().toEpochSecond();
            duration = r.duration().getSeconds();
            rule = r.rule().map(x -> new RuleExpander(x, r.start().toLocalDateTime())).orElse(null);
            rdates = r.rdates().stream().mapToLong(ZonedDateTime::toEpochSecond).sorted().distinct().toArray();
            exdates = r.exdates().stream().mapToLong(ZonedDateTime::toEpochSecond).sorted().distinct().toArray();
            changes = new HashMap<>();
            r.changes().forEach((k, v) -> changes.put(k.getEpochSecond(), v));
            moved = r.changes().entrySet().stream().filter(e -> e.getValue().movedTo().isPresent())
                    .mapToLong(e -> e.getKey().getEpochSecond()).sorted().toArray();
        }

        /** The occurrences in the window, or null if there are more than {@code limit}. */
        List<Occurrence> expand(Interval window, int limit) {
            if (window.isEmpty()) {
                return List.of();
            }
            long ws = window.start().getEpochSecond();
            long wsCeil = ws + (window.start().getNano() > 0 ? 1 : 0);
            long we = window.end().getEpochSecond() + (window.end().getNano() > 0 ? 1 : 0);
            long minStart = duration == 0 ? wsCeil : ws - duration + 1;
            Collector c = new Collector(this, window, minStart, we);
            if (rule == null) {
                c.accept(startEpoch);
            } else {
                long localTo = we + DAY;
                rule.generate(minStart - DAY, localTo, new WallClock(zone), (local, epoch) -> {
                    c.accept(epoch);
                    return local <= localTo && c.out.size() <= limit;
                });
            }
            c.flushRdates(Long.MAX_VALUE);
            if (c.out.size() > limit) {
                return null;
            }
            for (long original : moved) {
                if (original < minStart || original >= we) {
                    OccurrenceChange change = changes.get(original);
                    if (overlaps(change.movedTo().get(), window) && isInstance(original) && !excluded(original)) {
                        c.out.add(new Occurrence(original, original, original + duration, zone, change));
                        c.sort = true;
                    }
                }
            }
            if (c.out.size() > limit) {
                return null;
            }
            if (c.sort) {
                c.out.sort(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::originalStart));
            }
            return java.util.Collections.unmodifiableList(c.out);
        }

        /** The occurrences from an original start on, one at a time (see {@link Recurrence#occurrences}). */
        java.util.Iterator<Occurrence> walk(Instant from) {
            long fromEpoch = from.getEpochSecond() + (from.getNano() > 0 ? 1 : 0);
            return new Walk(this, fromEpoch);
        }

        private static boolean overlaps(Interval moved, Interval window) {
            return moved.isEmpty() ? window.contains(moved.start()) : moved.overlaps(window);
        }

        boolean excluded(long epoch) {
            return exdates.length > 0 && Arrays.binarySearch(exdates, epoch) >= 0;
        }

        /** True if the rule, the first start or an extra start yields {@code epoch} (EXDATE not applied). */
        boolean isInstance(long epoch) {
            if (epoch == startEpoch || rdates.length > 0 && Arrays.binarySearch(rdates, epoch) >= 0) {
                return true;
            }
            if (rule == null) {
                return false;
            }
            WallClock line = new WallClock(zone);
            long local = line.toLocal(epoch);
            boolean[] found = {false};
            rule.generate(local - DAY, local + DAY, line, (l, e) -> {
                if (e == epoch) {
                    found[0] = true;
                }
                return l <= local + DAY && !found[0];
            });
            return found[0];
        }

        /**
         * Original starts in order, merging the rule's instances and the extra starts. The rule
         * gives its instances in order except after a time in a spring gap, which is moved forward
         * past later ones; instances are held back until one that was not moved passes them.
         */
        private static final class Walk implements java.util.Iterator<Occurrence> {
            private final Plan plan;
            private final long from;
            private final RuleExpander.Cursor cursor;
            private final java.util.PriorityQueue<Long> held = new java.util.PriorityQueue<>();
            private final java.util.ArrayDeque<Long> ready = new java.util.ArrayDeque<>();
            private int rdate;
            private boolean ruleDone;
            private long lastOut = Long.MIN_VALUE;
            private Occurrence next;

            Walk(Plan plan, long from) {
                this.plan = plan;
                this.from = from;
                WallClock line = new WallClock(plan.zone);
                if (plan.rule == null) {
                    held.add(plan.startEpoch);
                    ruleDone = true;
                    cursor = null;
                } else {
                    long fromLocal = line.toLocal(Math.min(Math.max(from, org.aso.core.kernel.Limits.MIN_INSTANT.getEpochSecond()),
                            org.aso.core.kernel.Limits.MAX_INSTANT.getEpochSecond() + DAY)) - DAY;
                    cursor = plan.rule.cursor(fromLocal, Long.MAX_VALUE, line);
                }
                int i = Arrays.binarySearch(plan.rdates, from);
                rdate = i >= 0 ? i : -i - 1;
            }

            @Override
            public boolean hasNext() {
                while (next == null) {
                    Long original = nextOriginal();
                    if (original == null) {
                        return false;
                    }
                    next = occurrence(original);
                }
                return true;
            }

            @Override
            public Occurrence next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Occurrence o = next;
                next = null;
                return o;
            }

            private Occurrence occurrence(long original) {
                if (original < from || plan.excluded(original)) {
                    return null;
                }
                OccurrenceChange change = plan.changes.isEmpty() ? null : plan.changes.get(original);
                if (change != null && change.isCancelled()) {
                    return null;
                }
                return new Occurrence(original, original, original + plan.duration, plan.zone, change);
            }

            /** The next original start not given yet, or null at the end. */
            private Long nextOriginal() {
                while (true) {
                    while (!ready.isEmpty()) {
                        long o = ready.poll();
                        if (o != lastOut) {
                            lastOut = o;
                            return o;
                        }
                    }
                    if (ruleDone) {
                        while (rdate < plan.rdates.length) {
                            held.add(plan.rdates[rdate++]);
                        }
                        if (held.isEmpty()) {
                            return null;
                        }
                        ready.addAll(drain(Long.MAX_VALUE));
                        continue;
                    }
                    if (!cursor.next()) {
                        ruleDone = true;
                        continue;
                    }
                    long e = cursor.epoch;
                    held.add(e);
                    if (!cursor.movedOutOfGap()) {
                        while (rdate < plan.rdates.length && plan.rdates[rdate] <= e) {
                            held.add(plan.rdates[rdate++]);
                        }
                        ready.addAll(drain(e));
                    }
                }
            }

            private List<Long> drain(long upTo) {
                List<Long> out = new ArrayList<>();
                while (!held.isEmpty() && held.peek() <= upTo) {
                    out.add(held.poll());
                }
                return out;
            }
        }

        /** Gathers the originals in the window, merging extra starts and applying removals and changes. */
        private static final class Collector {
            final Plan plan;
            final Interval window;
            final long minStart;
            final long windowEnd;
            final ArrayList<Occurrence> out = new ArrayList<>();
            int rdate;
            long last = Long.MIN_VALUE;
            boolean sort;

            Collector(Plan plan, Interval window, long minStart, long windowEnd) {
                this.plan = plan;
                this.window = window;
                this.minStart = minStart;
                this.windowEnd = windowEnd;
                long[] r = plan.rdates;
                int i = r.length == 0 ? 0 : Arrays.binarySearch(r, minStart);
                rdate = i >= 0 ? i : -i - 1;
            }

            void accept(long epoch) {
                flushRdates(epoch);
                original(epoch);
            }

            void flushRdates(long before) {
                long[] r = plan.rdates;
                while (rdate < r.length && r[rdate] < before && r[rdate] < windowEnd) {
                    original(r[rdate++]);
                }
            }

            private void original(long epoch) {
                if (epoch < minStart || epoch >= windowEnd || epoch == last) {
                    return;
                }
                if (epoch < last) { // a repeated hour can put the rule's instants out of order
                    sort = true;
                }
                last = epoch;
                if (plan.excluded(epoch)) {
                    return;
                }
                OccurrenceChange change = plan.changes.isEmpty() ? null : plan.changes.get(epoch);
                if (change != null) {
                    if (change.isCancelled()) {
                        return;
                    }
                    if (change.movedTo().isPresent()) {
                        if (!overlaps(change.movedTo().get(), window)) {
                            return;
                        }
                        sort = true;
                    }
                }
                out.add(new Occurrence(epoch, epoch, epoch + plan.duration, plan.zone, change));
            }
        }
    }
}
