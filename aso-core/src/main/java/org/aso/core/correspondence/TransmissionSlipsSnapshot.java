package org.aso.core.correspondence;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.aso.core.numbering.NumberingScheme;

/**
 * Everything a book of {@link TransmissionSlips} holds, for a host to store and give back to
 * {@link TransmissionSlips#restore}: its id, how it numbers (scheme, code, zone) and its slips in
 * the order they were sent. The numbering counters are not kept apart: no slip is ever removed,
 * so each series' counter is the number of its slips, and restore rebuilds it while checking that
 * the numbers are the scheme's, unique and without gaps.
 *
 * <pre>{@code
 * TransmissionSlipsSnapshot s = slips.snapshot();      // store its components
 * TransmissionSlips back = TransmissionSlips.restore(new TransmissionSlipsSnapshot(
 *         id, scheme, "S2", ZoneId.of("Europe/Paris"), loadedSlips)).get();
 * }</pre>
 *
 * <p><b>Versions.</b> This is schema version {@value #SCHEMA_VERSION}: a store writes it beside
 * the snapshot. Within version 1 no component, nor any attribute of
 * {@link TransmissionSlips.Slip}, is renamed or removed; a later version that changes the shape
 * comes with an upgrade from the older one, applied before {@code restore}.
 *
 * <p>Immutable and thread-safe; equal when every component is equal.
 *
 * @param book the book's id
 * @param scheme the numbering scheme of its slips
 * @param code the value of the scheme's {@code {code}} token
 * @param zone the zone in which a slip's day (and so its year) is read
 * @param slips every slip, in the order sent (copied)
 */
public record TransmissionSlipsSnapshot(TransmissionSlipsId book, NumberingScheme scheme, String code, ZoneId zone,
                                        List<TransmissionSlips.Slip> slips) {
    /** The version of this snapshot's schema. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The snapshot.
     *
     * @param book the book's id
     * @param scheme how slip numbers are written
     * @param code the code printed for the {@code {code}} token
     * @param zone the zone the day of a slip is read in
     * @param slips every slip, in order
     * @throws NullPointerException if a component or a slip is null
     */
    public TransmissionSlipsSnapshot {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zone, "zone");
        slips = List.copyOf(slips);
    }
}
