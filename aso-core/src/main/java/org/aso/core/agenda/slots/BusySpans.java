package org.aso.core.agenda.slots;

import java.util.Arrays;

/**
 * A person's busy (or tentative) time as sorted, disjoint, non-abutting spans of epoch seconds,
 * held in two arrays: the form {@link Availability} keeps and the slot engine reads. Immutable once
 * built; its readers ({@link OverlapWalker}, {@link FreeStarts}) are not.
 */
final class BusySpans {
    static final BusySpans EMPTY = new BusySpans(new long[0], new long[0], 0);

    final long[] starts;
    final long[] ends;
    final int size;

    private BusySpans(long[] starts, long[] ends, int size) {
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** Merges {@code n} spans given in any order (overlapping or abutting ones become one). */
    static BusySpans merge(long[] starts, long[] ends, int n) {
        if (n == 0) {
            return EMPTY;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
        long[] s = new long[n];
        long[] e = new long[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (ends[i] <= starts[i]) {
                continue;
            }
            if (m > 0 && starts[i] <= e[m - 1]) {
                e[m - 1] = Math.max(e[m - 1], ends[i]);
            } else {
                s[m] = starts[i];
                e[m] = ends[i];
                m++;
            }
        }
        return new BusySpans(Arrays.copyOf(s, m), Arrays.copyOf(e, m), m);
    }

    /** The index of the first span ending after {@code t}. */
    int firstEndingAfter(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True if a span meets {@code [s, e)}. */
    boolean overlaps(long s, long e) {
        int i = firstEndingAfter(s);
        return i < size && starts[i] < e;
    }

    /**
     * A forward-only overlap test for starts that never decrease: gallops from where the last
     * answer was (a few steps between nearby suggestions, and memory read in order).
     */
    static final class OverlapWalker {
        private final BusySpans spans;
        private int at;

        OverlapWalker(BusySpans spans) {
            this.spans = spans;
        }

        /** True if a span meets {@code [s, e)}; {@code s} is at least the previous call's. */
        boolean overlaps(long s, long e) {
            long[] ends = spans.ends;
            int n = spans.size;
            if (at < n && ends[at] <= s) {
                int bound = 1;
                while (at + bound < n && ends[at + bound] <= s) {
                    bound <<= 1;
                }
                int lo = at + (bound >> 1) + 1;
                int hi = Math.min(at + bound, n);
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (ends[mid] <= s) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                at = lo;
            }
            return at < n && spans.starts[at] < e;
        }
    }

    /**
     * A forward-only reader: {@link #next} gives the earliest start at or after {@code t} of a span
     * of {@code d} seconds that meets no busy span. Queries must come with non-decreasing
     * {@code t}; the reader only skips spans that end by the query, so answers stay right for any
     * later query.
     */
    static final class FreeStarts implements StartRule {
        private final BusySpans spans;
        private int at = -1;

        FreeStarts(BusySpans spans) {
            this.spans = spans;
        }

        @Override
        public long next(long t, long d) {
            if (at < 0) {
                at = spans.firstEndingAfter(t);
            }
            long[] s = spans.starts;
            long[] e = spans.ends;
            int n = spans.size;
            while (at < n && e[at] <= t) {
                at++;
            }
            long x = t;
            for (int i = at; i < n && s[i] < x + d; i++) {
                x = Math.max(x, e[i]);
            }
            return x;
        }

        /** After {@link #next} answered {@code x}: the last start before the next busy span. */
        @Override
        public long end(long x, long d) {
            long[] e = spans.ends;
            while (at < spans.size && e[at] <= x) {
                at++;
            }
            return at < spans.size ? Math.max(x, spans.starts[at] - d) : StartRule.NEVER;
        }
    }
}
