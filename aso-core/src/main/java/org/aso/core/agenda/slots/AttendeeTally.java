package org.aso.core.agenda.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.BusinessCalendar;

/**
 * A tally, start by start, of the required attendees who are free: the counts behind an answer
 * where nothing fits, for many attendees at once. For each candidate start on the grid, how many
 * of them are free (in working hours, not busy, after their
 * notice, where their calendar is known), and which one is missing when all but one are.
 *
 * <p>Each attendee's free time is read once per pass, in order, and turned into runs of candidate
 * starts; the runs of all attendees are added into a difference array a few thousand starts at a
 * time. A pass costs about the number of free spans of the attendees plus the number of candidate
 * starts, whatever the number of questions it answers (every attendee's count alone, every
 * attendee made optional in turn); the other constraints (rooms, equipment, times of day, same
 * day) are asked only where all the attendees, or all but one, are free.
 *
 * <p>One instance per answer: not thread-safe. Times are epoch seconds; grid index {@code i} is
 * the start {@code i * grid}.
 */
final class AttendeeTally {
    private static final int CHUNK = 4096;
    private static final long DAY = 86_400;

    private final StartSweep sweep;
    private final long grid;
    /** The span over which working periods are tabled, epoch seconds. */
    private final long tableFrom;
    private final long tableTo;
    private final Map<BusinessCalendar, long[][]> tables = new IdentityHashMap<>();

    /** What a pass works out. */
    enum Mode {
        /** Stop at the first feasible start. */
        FIRST,
        /** Count feasible starts, up to the limit. */
        COUNT,
        /**
         * Everything for the blockers and relaxations: each attendee's starts alone, the starts
         * each attendee alone keeps closed, and the runs where all attendees are free.
         */
        DETAILS
    }

    /** What one pass found. */
    static final class Counts {
        /** The first feasible start, or {@link StartRule#NEVER}. */
        long first = StartRule.NEVER;
        /** Feasible starts (all attendees free, the other rules met), up to the limit. */
        long feasible;
        /** (DETAILS) Starts each attendee leaves open alone. */
        long[] alone;
        /**
         * (DETAILS) For each attendee, the starts where every other attendee is free, that one is
         * not, and the other rules are met: when no start is feasible, what making that attendee
         * optional opens.
         */
        long[] withoutOne;
        /** The first feasible start of the probe, or {@link StartRule#NEVER}. */
        long probeFirst = StartRule.NEVER;
        /** (DETAILS) Runs of grid indices {@code [agreeFrom[k], agreeTo[k]]} where every attendee is free. */
        long[] agreeFrom = new long[16];
        long[] agreeTo = new long[16];
        int agreeRuns;

        private void agree(long i) {
            if (agreeRuns > 0 && agreeTo[agreeRuns - 1] == i - 1) {
                agreeTo[agreeRuns - 1] = i;
                return;
            }
            if (agreeRuns == agreeFrom.length) {
                agreeFrom = Arrays.copyOf(agreeFrom, agreeRuns * 2);
                agreeTo = Arrays.copyOf(agreeTo, agreeRuns * 2);
            }
            agreeFrom[agreeRuns] = i;
            agreeTo[agreeRuns++] = i;
        }

        /** A rule allowing the starts where every attendee is free. */
        StartSweep.Runs agreeing(long grid) {
            return new StartSweep.Runs(agreeFrom, agreeTo, agreeRuns, grid);
        }
    }

    /**
     * @param from the earliest start any pass looks at
     * @param to the latest end any pass looks at
     */
    AttendeeTally(StartSweep sweep, long grid, long from, long to) {
        this.sweep = sweep;
        this.grid = grid;
        this.tableFrom = from - DAY;
        this.tableTo = to + DAY;
    }

    /**
     * One pass over the grid indices {@code [first, last]} of plan {@code p}: its required
     * attendees through the difference array, {@code others} (fresh rules for its other
     * constraints) where needed.
     *
     * @param limit feasible starts are counted up to this, and so are the per-attendee counts
     */
    Counts pass(StartSweep.Plan p, List<StartRule> others, long first, long last, Mode mode, long limit) {
        return pass(p, others, first, last, mode, limit, null, List.of());
    }

    /**
     * {@link #pass} that also looks, on the way, for the first feasible start of {@code probe}: the
     * same plan for a shorter meeting (its first start goes to {@link Counts#probeFirst}).
     */
    Counts pass(StartSweep.Plan p, List<StartRule> others, long first, long last, Mode mode, long limit,
                StartSweep.Plan probe, List<StartRule> probeOthers) {
        List<Availability> required = p.required();
        int n = required.size();
        long d = p.duration();
        // the probe (a shorter meeting) has at least the starts of the plan: one more track of counts
        long dp = probe == null ? d : probe.duration();
        long lastp = probe == null ? last : Math.floorDiv(probe.to() - dp, grid);
        long end = Math.max(last, lastp);
        Counts out = new Counts();
        if (mode == Mode.DETAILS) {
            out.alone = new long[n];
            out.withoutOne = new long[n];
        }
        if (first > end) {
            return out;
        }
        Free[] free = new Free[n];
        long[] lo = new long[n];
        long[] hi = new long[n];
        long[] hip = new long[n];
        boolean[] done = new boolean[n];
        for (int k = 0; k < n; k++) {
            Availability a = required.get(k);
            long from = Math.max(first * grid, sweep.attendeeFrom(a));
            long to = Math.min(a.coveredTo(), Math.max(last * grid + d, lastp * grid + dp));
            free[k] = new Free(table(a.calendar()), a.busySpans(), from, to);
        }
        Others rules = new Others(p, others);
        Others probeRules = probe == null ? null : new Others(probe, probeOthers);
        boolean probing = probe != null;
        for (int k = 0; k < n; k++) {
            done[k] = !fetch(free[k], k, d, dp, first, last, lastp, lo, hi, hip, out);
        }
        long allIds = (long) n * (n - 1) / 2;
        int[] count = new int[CHUNK + 1];
        long[] ids = new long[CHUNK + 1];
        int[] countp = probing ? new int[CHUNK + 1] : null;
        for (long c0 = first; c0 <= end; c0 += CHUNK) {
            long c1 = Math.min(end, c0 + CHUNK - 1);
            int len = (int) (c1 - c0 + 1);
            Arrays.fill(count, 0, len + 1, 0);
            Arrays.fill(ids, 0, len + 1, 0);
            if (probing) {
                Arrays.fill(countp, 0, len + 1, 0);
            }
            for (int k = 0; k < n; k++) {
                while (!done[k] && lo[k] <= c1) {
                    int a = (int) (Math.max(lo[k], c0) - c0);
                    if (hi[k] >= c0) {
                        int b = (int) (Math.min(hi[k], c1) - c0) + 1;
                        if (a < b) {
                            count[a]++;
                            count[b]--;
                            ids[a] += k;
                            ids[b] -= k;
                        }
                    }
                    if (probing) {
                        int b = (int) (Math.min(hip[k], c1) - c0) + 1;
                        if (a < b) {
                            countp[a]++;
                            countp[b]--;
                        }
                    }
                    if (Math.max(hi[k], probing ? hip[k] : hi[k]) > c1) {
                        break;
                    }
                    done[k] = !fetch(free[k], k, d, dp, first, last, lastp, lo, hi, hip, out);
                }
            }
            int c = 0;
            int cp = 0;
            long sum = 0;
            for (int j = 0; j < len; j++) {
                c += count[j];
                sum += ids[j];
                long i = c0 + j;
                if (probing) {
                    cp += countp[j];
                    if (cp == n && probeRules.allow(i)) {
                        out.probeFirst = i * grid;
                        probing = false;
                        if (mode == Mode.FIRST && out.first != StartRule.NEVER) {
                            return out;
                        }
                    }
                }
                if (c < n - 1 || i > last) {
                    continue;
                }
                if (c == n) {
                    if (mode == Mode.DETAILS) {
                        out.agree(i);
                    }
                    if (rules.allow(i)) {
                        out.first = Math.min(out.first, i * grid);
                        out.feasible++;
                        if ((mode == Mode.FIRST || mode == Mode.COUNT && out.feasible >= limit) && !probing) {
                            return out;
                        }
                    }
                } else if (mode == Mode.DETAILS) {
                    int missing = (int) (allIds - sum);
                    if (out.withoutOne[missing] < limit && rules.allow(i)) {
                        out.withoutOne[missing]++;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Reads the next run of attendee {@code k}'s starts within {@code [first, last]} (and
     * {@code [first, lastp]} for the probe's shorter {@code dp}); false if none is left.
     */
    private boolean fetch(Free f, int k, long d, long dp, long first, long last, long lastp, long[] lo, long[] hi,
                          long[] hip, Counts out) {
        while (f.advance()) {
            long a = Math.max(first, Math.floorDiv(f.from + grid - 1, grid));
            long b = Math.min(last, Math.floorDiv(f.to - d, grid));
            long bp = dp == d ? b : Math.min(lastp, Math.floorDiv(f.to - dp, grid));
            if (a <= Math.max(b, bp)) {
                lo[k] = a;
                hi[k] = b;
                hip[k] = bp;
                if (out.alone != null && a <= b) {
                    out.alone[k] += b - a + 1;
                }
                return true;
            }
        }
        return false;
    }

    /** The working periods of a calendar over the tabled span, abutting ones joined: {starts, ends}. */
    private long[][] table(BusinessCalendar calendar) {
        return tables.computeIfAbsent(calendar, c -> {
            AllowedPeriods.Source days = new WorkingPeriods(c);
            long[][] out = {new long[64], new long[64]};
            int[] size = {0};
            AllowedPeriods.Sink sink = (ps, pe) -> {
                int n = size[0];
                if (n > 0 && ps <= out[1][n - 1]) {
                    out[1][n - 1] = Math.max(out[1][n - 1], pe);
                    return;
                }
                if (n == out[0].length) {
                    out[0] = Arrays.copyOf(out[0], n * 2);
                    out[1] = Arrays.copyOf(out[1], n * 2);
                }
                out[0][n] = ps;
                out[1][n] = pe;
                size[0] = n + 1;
            };
            LocalDate end = Instant.ofEpochSecond(tableTo).atZone(c.zone()).toLocalDate();
            for (LocalDate day = Instant.ofEpochSecond(tableFrom).atZone(c.zone()).toLocalDate(); !day.isAfter(end);
                    day = day.plusDays(1)) {
                days.day(day, sink);
            }
            return new long[][] {Arrays.copyOf(out[0], size[0]), Arrays.copyOf(out[1], size[0])};
        });
    }

    /** An attendee's free time within {@code [from, to)}: working periods less busy spans, in order. */
    private static final class Free {
        private final long[] periodStarts;
        private final long[] periodEnds;
        private final BusySpans busy;
        private final long until;
        private int period;
        private int span;
        /** Where the free time read so far ends. */
        private long at;
        /** The span {@link #advance} found. */
        long from;
        long to;

        Free(long[][] periods, BusySpans busy, long from, long to) {
            this.periodStarts = periods[0];
            this.periodEnds = periods[1];
            this.busy = busy;
            this.until = to;
            this.at = from;
            int lo = 0;
            int hi = periodEnds.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (periodEnds[mid] <= from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            this.period = lo;
            this.span = busy.firstEndingAfter(from);
        }

        /** Moves to the next free span; false if there is none before the end. */
        boolean advance() {
            long[] bs = busy.starts;
            long[] be = busy.ends;
            while (period < periodStarts.length) {
                long a = Math.max(periodStarts[period], at);
                long b = Math.min(periodEnds[period], until);
                if (a >= until) {
                    return false;
                }
                if (a >= b) {
                    period++;
                    continue;
                }
                while (span < busy.size && be[span] <= a) {
                    span++;
                }
                if (span < busy.size && bs[span] < b) {
                    if (bs[span] > a) {
                        from = a;
                        to = bs[span];
                        at = be[span];
                        return true;
                    }
                    at = be[span];
                    continue;
                }
                from = a;
                to = b;
                at = b;
                period++;
                return true;
            }
            return false;
        }
    }

    /**
     * The plan's other rules, asked at increasing grid indices: remembers the last run of allowed
     * starts and the next allowed start, so that most indices cost a comparison.
     */
    private final class Others {
        private final StartSweep.Plan plan;
        private final List<StartRule> rules;
        private long allowedTo = Long.MIN_VALUE;
        private long closedBefore = Long.MIN_VALUE;

        Others(StartSweep.Plan plan, List<StartRule> rules) {
            this.plan = plan;
            this.rules = rules;
        }

        boolean allow(long i) {
            if (rules.isEmpty() || i <= allowedTo) {
                return true;
            }
            long t = i * grid;
            if (t < closedBefore) {
                return false;
            }
            long x = sweep.first(plan, rules, t);
            if (x != t) {
                closedBefore = x;
                return false;
            }
            long e = plan.to() - plan.duration();
            for (StartRule r : rules) {
                e = Math.min(e, r.end(t, plan.duration()));
            }
            allowedTo = Math.floorDiv(e, grid);
            return true;
        }
    }
}
