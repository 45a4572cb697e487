package org.aso.core.dossier;

import java.util.List;

/**
 * The contents of a {@link DossierBook}: its dossiers, whole. A host that stores state rather than
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
 */
public record DossierBookSnapshot(List<Dossier> dossiers) {
    /** The version of the schema of a snapshot; see "Versions" above. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A snapshot of these dossiers.
     *
     * @param dossiers every dossier of the book
     * @throws NullPointerException if the list or a dossier is null
     */
    public DossierBookSnapshot {
        dossiers = List.copyOf(dossiers);
    }

    /** {@return {@value #SCHEMA_VERSION}, the version of this snapshot's schema} */
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
