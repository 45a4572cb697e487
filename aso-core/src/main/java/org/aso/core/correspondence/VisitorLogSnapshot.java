package org.aso.core.correspondence;

import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link VisitorLog} holds, for a host to store and give back to
 * {@link VisitorLog#restore}: its id and its visits, oldest first. Nothing else is kept: who is on
 * site, and which badges are worn, follow from the visits.
 *
 * <pre>{@code
 * VisitorLogSnapshot s = log.snapshot();               // store s.log() and s.visits()
 * VisitorLog back = VisitorLog.restore(new VisitorLogSnapshot(id, loadedVisits)).get();
 * }</pre>
 *
 * <p><b>Versions.</b> This is schema version {@value #SCHEMA_VERSION}: a store writes it beside
 * the snapshot. Within version 1 no component, nor any attribute of {@link VisitorLog.Visit}, is
 * renamed or removed; a later version that changes the shape comes with an upgrade from the older
 * one, applied before {@code restore}.
 *
 * <p>Immutable and thread-safe; equal when the id and the visits are equal.
 *
 * @param log the log's id
 * @param visits every visit, oldest first (copied)
 */
public record VisitorLogSnapshot(VisitorLogId log, List<VisitorLog.Visit> visits) {
    /** The version of this snapshot's schema. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The snapshot.
     *
     * @param log the log's id
     * @param visits every visit, in order
     * @throws NullPointerException if a component or a visit is null
     */
    public VisitorLogSnapshot {
        Objects.requireNonNull(log, "log");
        visits = List.copyOf(visits);
    }
}
