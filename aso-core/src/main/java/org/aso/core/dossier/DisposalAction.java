package org.aso.core.dossier;

/** What happens to a closed dossier when its retention period ends. */
public enum DisposalAction {
    /** Destroyed (shredded, deleted) once the retention period has run. */
    DESTROY,
    /** Handed over to the archives service once the retention period has run. */
    TRANSFER_TO_ARCHIVES,
    /** Kept for ever: the dossier has no disposal date and can never be disposed of. */
    KEEP_PERMANENTLY
}
