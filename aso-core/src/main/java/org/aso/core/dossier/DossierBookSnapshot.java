package org.aso.core.dossier;

import java.util.List;
import java.util.Map;

/**
 * The contents of a {@link DossierBook}: its dossiers, whole, and the counters of its numbering
 * scheme when the book numbers dossiers. A host that stores state rather than
 * events (or beside them, to replay fewer) stores a snapshot and {@link DossierBook#restore
 * restores} the book from it, with the same rules; the restore checks the invariants that the
 * decisions keep. The rules (filing plan, policy) are configuration, not part of the snapshot.
 *
 * <pre>{@code
 * DossierBookSnapshot s = book.snapshot();
 * store.save(s.schemaVersion(), s);
 * DossierBook again = DossierBook.restore(rules, store.load()).get();   // equal to book
 * }</pre>
 *
 * <h2>Versions</h2>
 * This is version {@value #SCHEMA_VERSION} of the schema of a snapshot: this record and the values
 * it holds ({@link Dossier} and its {@link Movement}s, {@link Item}s, {@link ActionItem}s,
 * {@link Volume}s, {@link LegalHold}, {@link RetentionOutcome}). A store writes
 * {@link #schemaVersion()} next to the snapshot. Within a version nothing is renamed, removed or
 * given another meaning; a change of that kind makes version 2, and a reader of version 2
 * upgrades a stored version-1 snapshot to the current values (or replays the events instead)
 * before restoring it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossiers the dossiers, in any order ({@link DossierBook#snapshot()} gives them by id)
 * @param counters the last number given in each series of the policy's numbering scheme
 *     ({@link DossierBook#counters()}); empty when the host numbers dossiers
 */
public record DossierBookSnapshot(List<Dossier> dossiers, Map<String, Long> counters) {
    /** The version of the schema of a snapshot; see "Versions" above. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A snapshot of these dossiers and counters.
     *
     * @param dossiers the dossiers, in any order ({@link DossierBook#snapshot()} gives them by id)
     * @param counters the last number given in each series of the policy's numbering scheme
     *     ({@link DossierBook#counters()}); empty when the host numbers dossiers
     * @throws NullPointerException if an argument, a dossier, a series or a counter is null
     */
    public DossierBookSnapshot {
        dossiers = List.copyOf(dossiers);
        counters = Map.copyOf(counters);
    }

    /**
     * A snapshot of these dossiers, without counters: the snapshot of a book whose host numbers
     * dossiers.
     *
     * @param dossiers the dossiers, in any order; not null
     * @throws NullPointerException if the list or a dossier is null
     */
    public DossierBookSnapshot(List<Dossier> dossiers) {
        this(dossiers, Map.of());
    }

    /** {@return {@value #SCHEMA_VERSION}, the version of this snapshot's schema} */
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
