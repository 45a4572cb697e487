package org.aso.core.audit;

import java.util.List;
import java.util.Objects;

/**
 * Everything an {@link AuditTrail} holds, for a host to store and give back to
 * {@link AuditTrail#restore}: its entries in order, and its head, the {@link Checkpoint} of its
 * last entry ({@link Checkpoint#genesis()} when empty).
 *
 * <p>The head is redundant with the entries when both come from the same place, and then only
 * says where the trail ends. Its worth is as an anchor kept apart (in another store, a signed
 * log, a message sent each day): restored against a head kept apart, a trail cut short, extended
 * or rewritten from an earlier entry on is refused. Each entry is stored field by field as
 * {@link AuditEntry} documents, its hash included.
 *
 * <pre>{@code
 * AuditTrailSnapshot s = trail.snapshot();            // store s.entries(); keep s.head() apart too
 * AuditTrail back = AuditTrail.restore(new AuditTrailSnapshot(loadedEntries, keptHead)).get();
 * }</pre>
 *
 * <p><b>Versions.</b> This is schema version {@value #SCHEMA_VERSION}: a store writes it beside
 * the snapshot. Within version 1 no component, nor any attribute of {@link AuditEntry}, is renamed
 * or removed, and every entry is hashed with the encoding {@code aso.audit.v1} documented on
 * {@link AuditEntry}. Entries are never hashed again: a later version that changes the encoding
 * will record the encoding of each entry beside it (an entry without one being
 * {@code aso.audit.v1}) and verify each entry with the encoding that sealed it, so a trail written
 * today stays verifiable.
 *
 * <p>Immutable and thread-safe; equal when the entries and the heads are equal.
 *
 * @param entries every entry, in order from sequence 1 (copied)
 * @param head the checkpoint of the last entry
 */
public record AuditTrailSnapshot(List<AuditEntry> entries, Checkpoint head) {
    /** The version of this snapshot's schema. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The snapshot.
     *
     * @param entries every entry, oldest first
     * @param head the checkpoint of the last entry
     * @throws NullPointerException if a component or an entry is null
     */
    public AuditTrailSnapshot {
        entries = List.copyOf(entries);
        Objects.requireNonNull(head, "head");
    }
}
