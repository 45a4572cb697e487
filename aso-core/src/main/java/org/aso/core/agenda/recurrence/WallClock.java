package org.aso.core.agenda.recurrence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's wall clock: local seconds (seconds since 1970-01-01T00:00 on the wall clock) to epoch seconds, with
 * {@link ZonedDateTime#of} semantics (a time in a gap moves forward by the gap, a repeated time
 * takes the earlier offset).
 *
 * <p>Between two transitions a zone has one offset; each zone's stretches from 1900 to 2200 are
 * tabled once, so that a conversion is a subtraction, and a binary search when it leaves the
 * current stretch. Times in a gap or an overlap, and times outside the table, go through
 * {@link ZonedDateTime}. One instance per expansion: not thread-safe (the tables it shares are
 * immutable).
 */
final class WallClock {
    private static final long FAR = Long.MAX_VALUE / 4;
    private static final long TABLE_FROM = LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long TABLE_TO = LocalDateTime.of(2200, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final ConcurrentHashMap<ZoneId, Table> TABLES = new ConcurrentHashMap<>();

    /** The stretches of one zone: stretch i maps local seconds in [lo[i], hi[i]) with offset[i]. */
    private static final class Table {
        final long[] lo;
        final long[] hi;
        final int[] offset;

        Table(long[] lo, long[] hi, int[] offset) {
            this.lo = lo;
            this.hi = hi;
            this.offset = offset;
        }

        static Table of(ZoneRules rules) {
            List<ZoneOffsetTransition> ts = new ArrayList<>();
            Instant at = Instant.ofEpochSecond(TABLE_FROM - 2 * 86_400);
            ZoneOffsetTransition t;
            while ((t = rules.nextTransition(at)) != null && t.toEpochSecond() < TABLE_TO + 2 * 86_400) {
                ts.add(t);
                at = t.getInstant();
            }
            int n = ts.size() + 1;
            long[] lo = new long[n];
            long[] hi = new long[n];
            int[] off = new int[n];
            for (int i = 0; i < n; i++) {
                ZoneOffsetTransition before = i == 0 ? null : ts.get(i - 1);
                ZoneOffsetTransition after = i == n - 1 ? null : ts.get(i);
                int o = before != null ? before.getOffsetAfter().getTotalSeconds()
                        : after != null ? after.getOffsetBefore().getTotalSeconds()
                        : rules.getOffset(Instant.EPOCH).getTotalSeconds();
                off[i] = o;
                lo[i] = before == null ? -FAR : before.toEpochSecond() + Math.max(o, before.getOffsetBefore().getTotalSeconds());
                hi[i] = after == null ? FAR : after.toEpochSecond() + Math.min(o, after.getOffsetAfter().getTotalSeconds());
            }
            return new Table(lo, hi, off);
        }
    }

    private final ZoneId zone;
    private final Table table;
    private long fastLo = 1;
    private long fastHi = 0; // empty until the first look-up
    private long offset;
    /** True if the last conversion was of a local time in a gap (moved forward). */
    boolean shifted;

    WallClock(ZoneId zone) {
        this.zone = zone;
        this.table = TABLES.computeIfAbsent(zone, z -> Table.of(z.getRules()));
    }

    /** The epoch second of a local second. */
    long toEpochSecond(long local) {
        shifted = false;
        if (local >= fastLo && local < fastHi) {
            return local - offset;
        }
        if (local >= TABLE_FROM && local < TABLE_TO) {
            int i = Arrays.binarySearch(table.lo, local);
            i = i >= 0 ? i : -i - 2;
            if (i >= 0 && local < table.hi[i]) {
                fastLo = table.lo[i];
                fastHi = table.hi[i];
                offset = table.offset[i];
                return local - offset;
            }
        }
        ZonedDateTime z = ZonedDateTime.of(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC), zone);
        long epoch = z.toEpochSecond();
        shifted = epoch + z.getOffset().getTotalSeconds() != local;
        return epoch;
    }

    /** The local second of an epoch second. */
    long toLocal(long epochSecond) {
        return epochSecond + zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }
}
