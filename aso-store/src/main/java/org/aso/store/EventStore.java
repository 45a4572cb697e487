package org.aso.store;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.aso.core.kernel.Problem;

/**
 * The ASO toolkit's durable state on a JDBC {@link DataSource} the host hands over (its own pool):
 * streams of events with optimistic concurrency, and snapshots. H2 (embedded, file mode) and
 * PostgreSQL run the same SQL.
 *
 * <pre>{@code
 * EventStore store = EventStore.on(dataSource);
 * store.migrate();                                                     // Right(1): the schema's version
 * StoredState<Register> general = store.open("register/general", Aggregate.register(settings)).get();
 * general.update(r -> r.register(letter, ctx));                        // as SharedState.update, across JVMs
 * }</pre>
 *
 * <p>A connection is taken from the data source for each operation and closed after it; an append
 * is one transaction (auto-commit off for it, then set back). Only prepared statements; a database
 * failure is the problem {@code store.unavailable} with the operation and the SQL state, never the
 * driver's message.
 *
 * <p>Thread-safe; make one per database and share it.
 */
public final class EventStore {
    private static final System.Logger LOG = System.getLogger(EventStore.class.getName());

    /** Events read per query when loading or catching up. */
    static final int PAGE_SIZE = 1_000;
    /** The longest stream name, in characters. */
    static final int MAX_STREAM_LENGTH = 200;

    private final DataSource dataSource;
    private final StoreSettings settings;
    private final Codec codec;
    private final Clock clock;
    private final EventLog log;

    private EventStore(DataSource dataSource, StoreSettings settings, Codec codec, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = new EventLog(dataSource, clock, PAGE_SIZE);
    }

    /**
     * {@return a store on this data source with the default settings}
     *
     * @param dataSource the host's data source
     */
    public static EventStore on(DataSource dataSource) {
        return on(dataSource, StoreSettings.DEFAULT);
    }

    /**
     * {@return a store on this data source}
     *
     * @param dataSource the host's data source
     * @param settings snapshots, attempts and JSON
     */
    public static EventStore on(DataSource dataSource, StoreSettings settings) {
        return new EventStore(dataSource, settings, Codec.json(settings.json()), Clock.systemUTC());
    }

    /**
     * {@return the class-path resources of the schema's SQL scripts, oldest first, for a host's own migration tool}
     * Each statement of a script ends with a semicolon at the end of a line, and may run again.
     */
    public static List<String> schemaScripts() {
        return Schema.SCRIPTS;
    }

    /**
     * The text of one of the schema's scripts, for a host's own migration tool: on the module path a
     * host cannot read this module's resources itself.
     *
     * @param script one of {@link #schemaScripts()}
     * @return the script's SQL, UTF-8 decoded
     * @throws IllegalArgumentException if {@code script} is not one of {@link #schemaScripts()}
     */
    public static String schemaScript(String script) {
        if (!Schema.SCRIPTS.contains(script)) {
            throw new IllegalArgumentException("Not a schema script of aso-store: " + script);
        }
        return Schema.text(script);
    }

    /**
     * {@return the schema version after applying the scripts the database lacks; or {@code store.unavailable}}
     * Safe to call at every start, and from several processes at once.
     */
    public Either<Problem, Integer> migrate() {
        return Schema.migrate(dataSource, clock);
    }

    /**
     * Opens a stream, loading its latest snapshot and the events after it.
     *
     * @param stream the stream's name (the host's: {@code "register/general"}); trimmed, then at most 200
     *     characters, none a control character
     * @param aggregate what the stream holds
     * @param <S> its state
     * @return the holder, or {@code store.stream.invalid}, {@code store.stream.kind-mismatch},
     *     {@code store.unavailable}, {@code store.replay.inconsistent}, {@code store.snapshot.invalid} or the
     *     JSON problems of a stored row (with the details {@code stream} and {@code version})
     */
    public <S> Either<Problem, StoredState<S>> open(String stream, Aggregate<S> aggregate) {
        Objects.requireNonNull(aggregate, "aggregate");
        return streamName(stream).flatMap(name -> checkKind(name, aggregate.kind())
                .flatMap(version -> StoredState.load(this, name, aggregate, version)));
    }

    /**
     * Opens an audit trail's stream, loading its entries and verifying the hash chain.
     *
     * @param stream the stream's name
     * @return the holder, or {@code audit.chain.broken} (and the other problems of {@code AuditTrail.restore}),
     *     {@code store.stream.invalid}, {@code store.stream.kind-mismatch} or {@code store.unavailable}
     */
    public Either<Problem, StoredTrail> openTrail(String stream) {
        return streamName(stream).flatMap(name -> checkKind(name, StoredTrail.KIND)
                .flatMap(version -> StoredTrail.load(this, name, version)));
    }

    // ------------------------------------------------------------------ for the holders

    StoreSettings settings() {
        return settings;
    }

    Codec codec() {
        return codec;
    }

    /**
     * Writes a holder's snapshot of a stream at a version, outside any append: a failure is logged as a
     * warning (without the payload) and never fails the update that asked for it.
     *
     * @param snapshot makes the snapshot value (run here, so that its failure is caught too)
     * @return false if the snapshot was too large ({@code store.snapshot.too-large}): the holder need
     *     not try again, since its state only grows
     */
    boolean writeSnapshot(String stream, long version, int schemaVersion, java.util.function.Supplier<?> snapshot) {
        try {
            Object value = snapshot.get();
            return log.writeSnapshot(stream, version, schemaVersion, settings.maxSnapshotLength(),
                            out -> codec.write(value, out))
                    .fold(p -> {
                        LOG.log(System.Logger.Level.WARNING,
                                "Snapshot of stream {0} at version {1} not written: {2} (SQL state {3})",
                                stream, version, p.code(), p.detail("sqlState").orElse("none"));
                        return !p.code().equals("store.snapshot.too-large");
                    }, written -> true);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Snapshot of stream {0} at version {1} not written: {2}",
                    stream, version, e.getClass().getName());
            return true;
        }
    }

    EventLog log() {
        return log;
    }

    /** {@return the stream's version (0 for a new stream), or {@code store.stream.kind-mismatch}} */
    private Either<Problem, Long> checkKind(String stream, String kind) {
        Either<Problem, Optional<EventLog.StreamRow>> row = log.stream(stream);
        if (row.isLeft()) {
            return Either.left(row.getLeft());
        }
        Optional<EventLog.StreamRow> found = row.get();
        if (found.isPresent() && !found.get().kind().equals(kind)) {
            return Either.left(Problem.of("store.stream.kind-mismatch", "Stream " + stream + " holds a "
                            + found.get().kind() + ", not a " + kind)
                    .with("stream", stream).with("kind", found.get().kind()).with("expected", kind));
        }
        return Either.right(found.map(EventLog.StreamRow::version).orElse(0L));
    }

    /** {@return {@code store.replay.inconsistent}: the stream's row says more events than could be read} */
    static Problem missing(String stream, long read, long recorded) {
        return Problem.of("store.replay.inconsistent", "Stream " + stream + " records " + recorded
                        + " events but only " + read + " could be read")
                .with("stream", stream).with("version", read + 1).with("reason", "missing");
    }

    /** {@return the stream's name trimmed, or {@code store.stream.invalid}} */
    static Either<Problem, String> streamName(String stream) {
        Objects.requireNonNull(stream, "stream");
        String name = stream.strip();
        String reason = null;
        if (name.isEmpty()) {
            reason = "blank";
        } else if (name.length() > MAX_STREAM_LENGTH) {
            reason = "too-long";
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            reason = "control-character";
        } else if (!wellFormed(name)) {
            reason = "unpaired-surrogate";
        }
        if (reason == null) {
            return Either.right(name);
        }
        return Either.left(Problem.of("store.stream.invalid", "A stream's name is 1 to " + MAX_STREAM_LENGTH
                        + " characters, without control characters or unpaired surrogates (" + reason + ")")
                .with("reason", reason).with("length", name.length()));
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
