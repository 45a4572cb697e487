package org.aso.store;

import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.Problem;

/**
 * One aggregate kept in an {@link EventStore}, shared by every JVM that opens the same stream: the
 * contract of core's {@code SharedState}, across processes. {@link #update} reads the events appended
 * since the state held here, decides on the state they give, and appends the decision's events if no
 * one appended in between (the stream's version is checked in the appending transaction); otherwise it
 * catches up and decides again. Numbers stay gapless and a room is never booked twice, whatever the
 * number of JVMs.
 *
 * <p>After an append that brings the stream's version to a multiple of
 * {@link StoreSettings#snapshotEvery()} (or past one), the holder writes a snapshot of the state, in a
 * transaction of its own; if that fails the update still stands, and a later one writes the next
 * snapshot.
 *
 * <p>Thread-safe: updates from threads of one JVM are serialised here before they reach the database.
 *
 * @param <S> the aggregate's state
 */
public final class StoredState<S> {

    private final EventStore store;
    private final String stream;
    private final Aggregate<S> aggregate;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong conflicts = new AtomicLong();
    private volatile Held<S> held;

    private StoredState(EventStore store, String stream, Aggregate<S> aggregate, Held<S> held) {
        this.store = store;
        this.stream = stream;
        this.aggregate = aggregate;
        this.held = held;
    }

    /** Loads a stream: its latest snapshot, then the events after it, at least up to {@code recorded}. */
    static <S> Either<Problem, StoredState<S>> load(EventStore store, String stream, Aggregate<S> aggregate, long recorded) {
        Codec codec = store.codec();
        Either<Problem, Optional<EventLog.Snapshot<S>>> snapshot = store.log().latestSnapshot(stream,
                (version, schemaVersion, payload) -> codec.read(payload, aggregate.snapshotType())
                        .mapLeft(p -> rowProblem(p, stream, version))
                        .flatMap(s -> aggregate.restore(s).mapLeft(p -> p.with("stream", stream).with("version", version))));
        if (snapshot.isLeft()) {
            return Either.left(snapshot.getLeft());
        }
        Held<S> start;
        if (snapshot.get().isPresent()) {
            start = new Held<>(snapshot.get().get().value(), snapshot.get().get().version());
        } else {
            Either<Problem, S> empty = aggregate.empty();
            if (empty.isLeft()) {
                return Either.left(empty.getLeft());
            }
            start = new Held<>(empty.get(), 0);
        }
        StoredState<S> holder = new StoredState<>(store, stream, aggregate, start);
        Either<Problem, Held<S>> loaded = holder.catchUp(start);
        if (loaded.isLeft()) {
            return Either.left(loaded.getLeft());
        }
        if (loaded.get().version() < recorded) {
            return Either.left(EventStore.missing(stream, loaded.get().version(), recorded));
        }
        holder.held = loaded.get();
        if (loaded.get().version() - start.version() >= store.settings().snapshotEvery()) {
            holder.writeSnapshot(loaded.get());
        }
        return Either.right(holder);
    }

    /** {@return the stream's name} */
    public String stream() {
        return stream;
    }

    /** {@return the state as this holder last saw it (other JVMs may have appended since; see {@link #refresh()})} */
    public S get() {
        return held.state();
    }

    /** {@return the stream's version as this holder last saw it: the number of events appended, 0 for a new stream} */
    public long version() {
        return held.version();
    }

    /**
     * {@return the state with every event appended so far, read from the database; or {@code store.*} problems}
     * Costs one query, plus one per thousand events appended since.
     */
    public Either<Problem, S> refresh() {
        lock.lock();
        try {
            Either<Problem, Held<S>> caught = catchUp(held);
            caught.forEach(h -> held = h);
            return caught.map(Held::state);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Decides on the latest state and appends the decision's events, deciding again on contention. A
     * decision that records no event changes nothing stored. Costs a query for the events appended
     * since, and a transaction for the append, per attempt.
     *
     * @param decide the decision, a pure function of the state (it may run several times)
     * @param <O> the decision's outcome
     * @return the outcome whose events were appended; the decision's problem; or {@code store.unavailable}
     *     (the database failed; nothing was appended, unless the commit went through and only its answer was
     *     lost: {@link #refresh()} then shows the events), {@code store.contention} (still outpaced after the
     *     configured attempts), {@code store.replay.inconsistent} (a stored event does not fit) or the JSON
     *     problem of a stored row
     * @throws NullPointerException if {@code decide} is null or returns null
     */
    public <O extends Outcome<? extends S>> Either<Problem, O> update(Function<? super S, Either<Problem, O>> decide) {
        Objects.requireNonNull(decide, "decide");
        int attempts = store.settings().maxAttempts();
        lock.lock();
        try {
            for (int attempt = 1; attempt <= attempts; attempt++) {
                Either<Problem, Held<S>> caught = catchUp(held);
                if (caught.isLeft()) {
                    return Either.left(caught.getLeft());
                }
                Held<S> current = caught.get();
                held = current;
                Either<Problem, O> decided = Objects.requireNonNull(decide.apply(current.state()), "decision");
                if (decided.isLeft()) {
                    return decided;
                }
                O outcome = decided.get();
                List<? extends DomainEvent> events = outcome.events();
                if (events.isEmpty()) {
                    return decided;
                }
                Either<Problem, Long> appended = store.log().append(stream, aggregate.kind(), current.version(),
                        rows(store.codec(), events));
                if (appended.isRight()) {
                    S next = Objects.requireNonNull(outcome.state(), "state");
                    Held<S> after = new Held<>(next, appended.get());
                    held = after;
                    if (crossed(current.version(), after.version(), store.settings().snapshotEvery())) {
                        writeSnapshot(after);
                    }
                    return decided;
                }
                if (!appended.getLeft().code().equals(EventLog.CONFLICT)) {
                    return Either.left(appended.getLeft());
                }
                conflicts.incrementAndGet();
                backOff(attempt);
            }
            return Either.left(contention(stream, attempts));
        } finally {
            lock.unlock();
        }
    }

    /** {@return how many appends of this holder another writer outpaced} */
    long conflicts() {
        return conflicts.get();
    }

    /** {@return the state after the events appended since {@code from}} */
    private Either<Problem, Held<S>> catchUp(Held<S> from) {
        Codec codec = store.codec();
        @SuppressWarnings("unchecked")
        S[] state = (S[]) new Object[] {from.state()};
        Either<Problem, Long> read = store.log().read(stream, from.version(), row -> {
            Either<Problem, ? extends DomainEvent> event = codec.read(row.payload(), aggregate.family());
            if (event.isLeft()) {
                return Optional.of(rowProblem(event.getLeft(), stream, row.version()));
            }
            Either<Problem, S> next = aggregate.evolve(state[0], event.get());
            if (next.isLeft()) {
                return Optional.of(misfit(next.getLeft(), stream, row.version()));
            }
            state[0] = next.get();
            return Optional.empty();
        });
        return read.map(version -> version == from.version() ? from : new Held<>(state[0], version));
    }

    /** Set once a snapshot was too large: this holder stops writing them (they would only grow). */
    private volatile boolean snapshotsTooLarge;

    private void writeSnapshot(Held<S> at) {
        if (!snapshotsTooLarge) {
            snapshotsTooLarge = !store.writeSnapshot(stream, at.version(), aggregate.snapshotVersion(),
                    () -> aggregate.snapshot(at.state()));
        }
    }

    static List<EventLog.NewEvent> rows(Codec codec, List<?> events) {
        return events.stream().map(e -> new EventLog.NewEvent(e.getClass().getSimpleName(),
                e instanceof DomainEvent d ? d.schemaVersion() : 1, codec.write(e))).toList();
    }

    /** {@return true if the stream went from {@code before} to {@code after} over a multiple of {@code every}} */
    static boolean crossed(long before, long after, int every) {
        return before / every != after / every;
    }

    /** A short random pause after a lost race, growing with the attempts, so racing writers spread out. */
    static void backOff(int attempt) {
        long max = 50_000L * Math.min(attempt, 20);
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(max));
    }

    /** The JSON problem of a stored row, with where it is. */
    static Problem rowProblem(Problem p, String stream, long version) {
        return p.with("stream", stream).with("version", version);
    }

    /** A stored event that the state cannot take: {@code store.replay.inconsistent} with the aggregate's reason. */
    static Problem misfit(Problem p, String stream, long version) {
        return Problem.of("store.replay.inconsistent", "The event at version " + version + " of stream " + stream
                        + " does not fit the state before it (" + p.code() + ")")
                .with("stream", stream).with("version", version).with("cause", p.code())
                .with("reason", p.detail("reason").orElse(p.code()));
    }

    static Problem contention(String stream, int attempts) {
        return Problem.of("store.contention", "Stream " + stream + " was outpaced " + attempts
                + " times in a row; nothing was appended").with("stream", stream).with("attempts", attempts);
    }
}
