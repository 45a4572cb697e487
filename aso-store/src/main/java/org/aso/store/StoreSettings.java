package org.aso.store;

import java.util.Objects;
import org.aso.store.json.AsoJson;

/**
 * How an {@link EventStore} works.
 *
 * @param json the JSON mapper for events and snapshots
 * @param snapshotEvery a snapshot is written after this many events since the last one
 * @param maxAttempts how many times an update decides again when outpaced before {@code store.contention}
 */
public record StoreSettings(AsoJson json, int snapshotEvery, int maxAttempts) {
    /** The defaults: {@code AsoJson.create()}, a snapshot every 1,000 events, 10,000 attempts. */
    public static final StoreSettings DEFAULT = new StoreSettings(AsoJson.create(), 1_000, 10_000);

    /**
     * Checks the settings.
     *
     * @param json the JSON mapper for events and snapshots
     * @param snapshotEvery a snapshot is written after this many events since the last one
     * @param maxAttempts how many times an update decides again when outpaced before {@code store.contention}
     * @throws IllegalArgumentException if a count is not positive
     */
    public StoreSettings {
        Objects.requireNonNull(json, "json");
        if (snapshotEvery <= 0 || maxAttempts <= 0) {
            throw new IllegalArgumentException("snapshotEvery and maxAttempts must be positive");
        }
    }
}
