package org.aso.core.agenda;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * Local seconds (seconds since 1970-01-01T00:00 on the zone's wall clock) to epoch seconds, with
 * {@link ZonedDateTime#of} semantics (a time in a gap moves forward by the gap, a repeated time
 * takes the earlier offset), caching the stretch of time between two transitions so that most
 * conversions are one subtraction. One instance per expansion: not thread-safe.
 */
final class TimeLine {
    private static final long FAR = Long.MAX_VALUE / 4;

    private final ZoneId zone;
    private final ZoneRules rules;
    private long fastLo = 1;
    private long fastHi = 0; // empty until the first slow conversion
    private long offset;

    TimeLine(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        if (rules.isFixedOffset()) {
            offset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
            fastLo = -FAR;
            fastHi = FAR;
        }
    }

    /** The epoch second of a local second. */
    long toEpochSecond(long local) {
        if (local >= fastLo && local < fastHi) {
            return local - offset;
        }
        return slow(local);
    }

    /** The local second of an epoch second. */
    long toLocal(long epochSecond) {
        return epochSecond + rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    private long slow(long local) {
        ZonedDateTime z = ZonedDateTime.of(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC), zone);
        long epoch = z.toEpochSecond();
        int off = z.getOffset().getTotalSeconds();
        Instant at = Instant.ofEpochSecond(epoch);
        ZoneOffsetTransition prev = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        // offset 'off' holds for epoch seconds in [lo, hi); a local time maps there without doubt
        // if it lies in neither the gap nor the overlap at either end
        long lo = prev == null ? -FAR : prev.toEpochSecond() + Math.max(off, prev.getOffsetBefore().getTotalSeconds());
        long hi = next == null ? FAR : next.toEpochSecond() + Math.min(off, next.getOffsetAfter().getTotalSeconds());
        if (lo < hi) {
            fastLo = lo;
            fastHi = hi;
            offset = off;
        }
        return epoch;
    }
}
