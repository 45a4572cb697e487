package org.aso.store;

import io.vavr.control.Either;
import java.util.function.Function;
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
 * <p>Thread-safe: updates from threads of one JVM are serialised here before they reach the database.
 *
 * @param <S> the aggregate's state
 */
public final class StoredState<S> {
    private StoredState() {
    }

    /** {@return the stream's name} */
    public String stream() {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the state as this holder last saw it (other JVMs may have appended since; see {@link #refresh()})} */
    public S get() {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the stream's version as this holder last saw it: the number of events appended, 0 for a new stream} */
    public long version() {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the state with every event appended so far, read from the database; or {@code store.*} problems} */
    public Either<Problem, S> refresh() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Decides on the latest state and appends the decision's events, deciding again on contention.
     *
     * @param decide the decision, a pure function of the state (it may run several times)
     * @param <O> the decision's outcome
     * @return the outcome whose events were appended; the decision's problem; or {@code store.unavailable}
     *     (the database failed; nothing was appended), {@code store.contention} (still outpaced after the
     *     configured attempts) or {@code store.replay.inconsistent} (a stored event does not fit)
     */
    public <O extends Outcome<? extends S>> Either<Problem, O> update(Function<? super S, Either<Problem, O>> decide) {
        throw new UnsupportedOperationException("not yet");
    }
}
