package org.aso.store;

import java.util.Objects;
import org.aso.store.json.AsoJson;

/**
 * How an {@link EventStore} works.
 *
 * @param json the JSON mapper for events and snapshots
 * @param snapshotEvery a snapshot is written after this many events since the last one
 * @param maxAttempts how many times an update decides again when outpaced before {@code store.contention}
 * @param maxSnapshotLength the longest snapshot written, in characters of JSON; a larger one is not
 *     written (logged as a warning) and the stream keeps loading from its events
 */
public record StoreSettings(AsoJson json, int snapshotEvery, int maxAttempts, long maxSnapshotLength) {
    /**
     * The default longest snapshot: 600,000,000 characters, a register of some 650,000 entries. H2 2.4
     * loses a text value longer than 2<sup>31</sup>/3 characters (715,827,882) and closes the database,
     * and PostgreSQL keeps at most 1 GB in one field: a register that outgrows it is one to split (a
     * register per unit, per year).
     */
    public static final long MAX_SNAPSHOT_LENGTH = 600_000_000L;

    /**
     * The defaults: {@code AsoJson.create()}, a snapshot every 1,000 events, 10,000 attempts, snapshots
     * of at most {@link #MAX_SNAPSHOT_LENGTH} characters.
     */
    public static final StoreSettings DEFAULT = new StoreSettings(AsoJson.create(), 1_000, 10_000);

    /**
     * Checks the settings.
     *
     * @param json the JSON mapper for events and snapshots
     * @param snapshotEvery a snapshot is written after this many events since the last one
     * @param maxAttempts how many times an update decides again when outpaced before {@code store.contention}
     * @param maxSnapshotLength the longest snapshot written, in characters of JSON; a larger one is not
     *     written (logged as a warning) and the stream keeps loading from its events
     * @throws IllegalArgumentException if a count or the length is not positive, or the length is above
     *     {@link #MAX_SNAPSHOT_LENGTH}
     */
    public StoreSettings {
        Objects.requireNonNull(json, "json");
        if (snapshotEvery <= 0 || maxAttempts <= 0) {
            throw new IllegalArgumentException("snapshotEvery and maxAttempts must be positive");
        }
        if (maxSnapshotLength <= 0 || maxSnapshotLength > MAX_SNAPSHOT_LENGTH) {
            throw new IllegalArgumentException("maxSnapshotLength must be between 1 and " + MAX_SNAPSHOT_LENGTH);
        }
    }

    /**
     * Settings with snapshots of at most {@link #MAX_SNAPSHOT_LENGTH} characters.
     *
     * @param json the JSON mapper for events and snapshots
     * @param snapshotEvery a snapshot is written after this many events since the last one
     * @param maxAttempts how many times an update decides again when outpaced before {@code store.contention}
     * @throws IllegalArgumentException if a count is not positive
     */
    public StoreSettings(AsoJson json, int snapshotEvery, int maxAttempts) {
        this(json, snapshotEvery, maxAttempts, MAX_SNAPSHOT_LENGTH);
    }
}
