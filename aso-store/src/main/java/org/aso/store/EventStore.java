package org.aso.store;

import io.vavr.control.Either;
import java.util.List;
import javax.sql.DataSource;
import org.aso.core.kernel.Problem;

/**
 * The ASO toolkit's durable state on a JDBC {@link DataSource} the host hands over (its own pool):
 * streams of events with optimistic concurrency, and snapshots. H2 (embedded, file mode) and
 * PostgreSQL run the same SQL.
 *
 * <p>Thread-safe; make one per database and share it.
 */
public final class EventStore {
    private EventStore() {
    }

    /**
     * {@return a store on this data source with the default settings}
     *
     * @param dataSource the host's data source
     */
    public static EventStore on(DataSource dataSource) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * {@return a store on this data source}
     *
     * @param dataSource the host's data source
     * @param settings snapshots, attempts and JSON
     */
    public static EventStore on(DataSource dataSource, StoreSettings settings) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the class-path resources of the schema's SQL scripts, oldest first, for a host's own migration tool} */
    public static List<String> schemaScripts() {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the schema version after applying the scripts the database lacks; or {@code store.unavailable}} */
    public Either<Problem, Integer> migrate() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Opens a stream, loading its latest snapshot and the events after it.
     *
     * @param stream the stream's name (the host's: {@code "register/general"})
     * @param aggregate what the stream holds
     * @param <S> its state
     * @return the holder, or {@code store.stream.kind-mismatch}, {@code store.unavailable},
     *     {@code store.replay.inconsistent}, {@code store.snapshot.invalid} or the JSON problems of a stored row
     */
    public <S> Either<Problem, StoredState<S>> open(String stream, Aggregate<S> aggregate) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Opens an audit trail's stream, loading its entries and verifying the hash chain.
     *
     * @param stream the stream's name
     * @return the holder, or {@code audit.chain.broken} (and the other problems of {@code AuditTrail.restore}),
     *     {@code store.stream.kind-mismatch} or {@code store.unavailable}
     */
    public Either<Problem, StoredTrail> openTrail(String stream) {
        throw new UnsupportedOperationException("not yet");
    }
}
