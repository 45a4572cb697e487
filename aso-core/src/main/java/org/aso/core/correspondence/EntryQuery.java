package org.aso.core.correspondence;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.immutables.value.Value;

/**
 * A search of a register: every criterion given must hold. Results come in register order, a page
 * at a time.
 *
 * <pre>{@code
 * EntryQuery overdueForS2 = EntryQuery.builder()
 *         .handler(OrgUnitId.of("S2"))
 *         .overdueAt(clock.instant())
 *         .limit(20)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EntryQuery {
    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    EntryQuery() {}

    /** {@return the registers matching entries are in (any if empty)}; used when searching several through {@link Registers}. */
    public abstract Set<RegisterId> registers();

    /** {@return the period matching entries were registered in, if that is asked} */
    public abstract Optional<Interval> period();

    /** {@return the statuses matching entries have one of (any if empty)} */
    public abstract Set<EntryStatus> statuses();

    /** {@return the direction of matching entries, if that is asked} */
    public abstract Optional<Direction> direction();

    /** {@return the person or unit currently handling matching entries, if that is asked} */
    public abstract Optional<Identifier> handler();

    /** {@return the instant at which matching entries are open and overdue, if that is asked} */
    public abstract Optional<Instant> overdueAt();

    /** {@return whose subject contains this text, ignoring case and accents (only where the viewer may see the subject)} */
    public abstract Optional<String> text();

    /** {@return whether cancelled entries are included} */
    @Value.Default
    public boolean includeCancelled() {
        return true;
    }

    /** {@return how many matching entries to skip} */
    @Value.Default
    public int offset() {
        return 0;
    }

    /** {@return the page size} */
    @Value.Default
    public int limit() {
        return 50;
    }

    /** {@return every entry, first page} */
    public static EntryQuery all() {
        return builder().build();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EntryQuery}. */
    public static class Builder extends ImmutableEntryQuery.Builder {}

    /**
     * The next page of the same query.
     *
     * @param offset the position of the first entry of the page, from 0
     * @return the same query from another position
     */
    public abstract EntryQuery withOffset(int offset);

    @Value.Check
    void check() {
        if (offset() < 0 || limit() < 1 || limit() > MAX_LIMIT) {
            throw new IllegalArgumentException("Offset must be >= 0 and limit 1.." + MAX_LIMIT + ": " + offset() + ", " + limit());
        }
    }
}
