package org.aso.core.dossier;

/**
 * Where a dossier is in its life.
 *
 * <pre>
 * OPEN -&gt; IN_PROGRESS &lt;-&gt; WAITING_FOR_REPLY      (any of these) -&gt; CLOSED
 * CLOSED -&gt; ARCHIVED -&gt; DISPOSED                  CLOSED -&gt; IN_PROGRESS (reopened)
 * </pre>
 *
 * <p>The first three are the <i>active</i> states, in which the content may change. A closed
 * dossier is read-only but may still move and be reopened; an archived one is read-only and stays
 * where it is; a disposed one accepts nothing.
 */
public enum DossierStatus {
    /** Opened, no work started yet. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Work suspended until a reply comes in. */
    WAITING_FOR_REPLY,
    /** Closed: read-only, retention dates computed; may be reopened. */
    CLOSED,
    /** In the archive: read-only, cannot be reopened nor moved. */
    ARCHIVED,
    /** Destroyed or handed to the archives service: nothing more may be done. */
    DISPOSED;

    /** {@return true for {@link #OPEN}, {@link #IN_PROGRESS} and {@link #WAITING_FOR_REPLY}} */
    public boolean isActive() {
        return this == OPEN || this == IN_PROGRESS || this == WAITING_FOR_REPLY;
    }
}
