package org.aso.store;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.aso.core.audit.AuditEntry;
import org.aso.core.audit.AuditTrail;
import org.aso.core.audit.AuditTrailSnapshot;
import org.aso.core.audit.Checkpoint;
import org.aso.core.audit.Verification;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Problem;

/**
 * An audit trail kept in an {@link EventStore}: its entries are its history (an audit trail has no
 * event family), appended with the stream's version checked, so that the hash chain stays one chain
 * whatever the number of JVMs appending. The chain is verified whole when the trail is loaded.
 *
 * <p>Each entry is one row of the stream (type {@code AuditEntry}), its version equal to the entry's
 * sequence; a snapshot ({@code AuditTrailSnapshot}) saves reading the rows one by one, not the
 * verification: the snapshot's entries and the rows after it are verified as one chain against the
 * snapshot's head (rows the snapshot covers are not read again). A row missing at the end (the stream's version says more entries) is
 * {@code store.replay.inconsistent}. When this holder catches up with entries another JVM appended, the
 * whole chain is verified again (linear in the trail's length, a few microseconds an entry).
 *
 * <p>Thread-safe.
 */
public final class StoredTrail {
    /** The kind stored with a trail's stream. */
    static final String KIND = "audit-trail";
    private static final String TYPE = "AuditEntry";

    private final EventStore store;
    private final String stream;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong conflicts = new AtomicLong();
    private volatile AuditTrail trail;

    private StoredTrail(EventStore store, String stream, AuditTrail trail) {
        this.store = store;
        this.stream = stream;
        this.trail = trail;
    }

    /** Loads a trail: its latest snapshot and the entries after it (at least up to {@code recorded}), verified whole. */
    static Either<Problem, StoredTrail> load(EventStore store, String stream, long recorded) {
        Codec codec = store.codec();
        Either<Problem, Optional<EventLog.Snapshot<AuditTrailSnapshot>>> snapshot = store.log().latestSnapshot(stream,
                (version, schemaVersion, payload) -> codec.read(payload, AuditTrailSnapshot.class)
                        .mapLeft(p -> StoredState.rowProblem(p, stream, version)));
        if (snapshot.isLeft()) {
            return Either.left(snapshot.getLeft());
        }
        List<AuditEntry> entries = new ArrayList<>();
        Optional<Checkpoint> head = Optional.empty();
        long from = 0;
        if (snapshot.get().isPresent()) {
            AuditTrailSnapshot s = snapshot.get().get().value();
            from = snapshot.get().get().version();
            if (s.entries().size() != from || s.head().sequence() != from) {
                return Either.left(Problem.of("store.snapshot.invalid", "The stored snapshot of stream " + stream
                                + " at version " + from + " does not hold " + from + " entries")
                        .with("stream", stream).with("version", from).with("problems", "entries"));
            }
            entries.addAll(s.entries());
            head = Optional.of(s.head());
        }
        Either<Problem, Long> read = store.log().read(stream, from, row -> {
            Either<Problem, AuditEntry> entry = codec.read(row.payload(), AuditEntry.class);
            if (entry.isLeft()) {
                return Optional.of(StoredState.rowProblem(entry.getLeft(), stream, row.version()));
            }
            entries.add(entry.get());
            return Optional.empty();
        });
        if (read.isLeft()) {
            return Either.left(read.getLeft());
        }
        if (read.get() < recorded) {
            return Either.left(EventStore.missing(stream, read.get(), recorded));
        }
        Checkpoint last = entries.isEmpty() ? Checkpoint.genesis()
                : Checkpoint.of(entries.get(entries.size() - 1).sequence(), entries.get(entries.size() - 1).hash());
        if (head.isPresent()) {
            Verification v = AuditTrail.verify(entries, head.get());
            if (!v.isIntact()) {
                return Either.left(v.toEither().getLeft().with("stream", stream));
            }
        }
        Either<List<Problem>, AuditTrail> restored = AuditTrail.restore(new AuditTrailSnapshot(entries, last));
        if (restored.isLeft()) {
            return Either.left(restored.getLeft().get(0).with("stream", stream));
        }
        StoredTrail holder = new StoredTrail(store, stream, restored.get());
        if (read.get() - from >= store.settings().snapshotEvery()) {
            holder.writeSnapshot(restored.get());
        }
        return Either.right(holder);
    }

    /** {@return the stream's name} */
    public String stream() {
        return stream;
    }

    /** {@return the trail as this holder last saw it} */
    public AuditTrail get() {
        return trail;
    }

    /** {@return the trail with every entry appended so far, read and verified; or {@code store.*} problems} */
    public Either<Problem, AuditTrail> refresh() {
        lock.lock();
        try {
            Either<Problem, AuditTrail> caught = catchUp(trail);
            caught.forEach(t -> trail = t);
            return caught;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records events at the end of the trail, all or none, after the entries other JVMs appended. Runs
     * again on contention (up to {@link StoreSettings#maxAttempts()}).
     *
     * @param events what happened, oldest first
     * @return the trail with them; the first event {@code AuditTrail.append} refuses; or {@code store.*} problems
     */
    public Either<Problem, AuditTrail> append(List<? extends DomainEvent> events) {
        List<? extends DomainEvent> all = List.copyOf(events);
        int attempts = store.settings().maxAttempts();
        lock.lock();
        try {
            for (int attempt = 1; attempt <= attempts; attempt++) {
                Either<Problem, AuditTrail> caught = catchUp(trail);
                if (caught.isLeft()) {
                    return caught;
                }
                AuditTrail current = caught.get();
                trail = current;
                if (all.isEmpty()) {
                    return Either.right(current);
                }
                AuditTrail next = current;
                for (DomainEvent e : all) {
                    Either<Problem, AuditTrail> appended = next.append(e);
                    if (appended.isLeft()) {
                        return appended;
                    }
                    next = appended.get();
                }
                List<EventLog.NewEvent> rows = next.after(current.size()).stream()
                        .map(e -> new EventLog.NewEvent(TYPE, AuditTrailSnapshot.SCHEMA_VERSION, store.codec().write(e)))
                        .toList();
                Either<Problem, Long> appended = store.log().append(stream, KIND, current.size(), rows);
                if (appended.isRight()) {
                    trail = next;
                    if (StoredState.crossed(current.size(), next.size(), store.settings().snapshotEvery())) {
                        writeSnapshot(next);
                    }
                    return Either.right(next);
                }
                if (!appended.getLeft().code().equals(EventLog.CONFLICT)) {
                    return Either.left(appended.getLeft());
                }
                conflicts.incrementAndGet();
                StoredState.backOff(attempt);
            }
            return Either.left(StoredState.contention(stream, attempts));
        } finally {
            lock.unlock();
        }
    }

    /** {@return how many appends of this holder another writer outpaced} */
    long conflicts() {
        return conflicts.get();
    }

    /** {@return the trail with the entries appended since, each checked to follow the one before} */
    private Either<Problem, AuditTrail> catchUp(AuditTrail from) {
        Codec codec = store.codec();
        List<AuditEntry> added = new ArrayList<>();
        Either<Problem, Long> read = store.log().read(stream, from.size(), row -> {
            Either<Problem, AuditEntry> entry = codec.read(row.payload(), AuditEntry.class);
            if (entry.isLeft()) {
                return Optional.of(StoredState.rowProblem(entry.getLeft(), stream, row.version()));
            }
            added.add(entry.get());
            return Optional.empty();
        });
        if (read.isLeft()) {
            return Either.left(read.getLeft());
        }
        if (added.isEmpty()) {
            return Either.right(from);
        }
        // the new entries must continue this trail: verified together with its head entry
        List<AuditEntry> all = new ArrayList<>(from.entries());
        all.addAll(added);
        return AuditTrail.from(all).mapLeft(p -> p.with("stream", stream));
    }

    /** Set once a snapshot was too large: this holder stops writing them (they would only grow). */
    private volatile boolean snapshotsTooLarge;

    private void writeSnapshot(AuditTrail at) {
        if (!snapshotsTooLarge) {
            snapshotsTooLarge = !store.writeSnapshot(stream, at.size(), AuditTrailSnapshot.SCHEMA_VERSION, at::snapshot);
        }
    }
}
