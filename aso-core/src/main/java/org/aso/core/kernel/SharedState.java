package org.aso.core.kernel;

import io.vavr.control.Either;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A thread-safe holder of one immutable state, for hosts that keep state in one JVM: many threads
 * apply the same pure decisions, and every decision sees the state the previous one left.
 *
 * <p>{@link #update} reads the state, runs the decision, and installs the new state with a
 * compare-and-set; if another thread got there first, the decision is run again on the newer
 * state. So the rules hold under concurrency exactly as they do in one thread: numbers stay
 * unique and gapless, a room is never booked twice. Decisions must therefore be pure (no I/O, no
 * side effects): they may run more than once, and only the last run counts.
 *
 * <pre>{@code
 * SharedState<Register> general = SharedState.of(Register.of(settings));
 * Either<Problem, Registered> r = general.update(
 *         reg -> reg.register(letter, ctx));   // pure: Either<Problem, Registered>, an Outcome<Register>
 * }</pre>
 *
 * <p>Decisions whose outcome is an {@link Outcome} of the state use {@link #update(Function)};
 * any other decision names where its new state is with {@link #update(Function, Function)}
 * (for a decision that returns the state itself, {@code Function.identity()}).
 *
 * <p>Thread-safe. A refused decision leaves the state as it was.
 *
 * @param <S> the immutable state
 */
public final class SharedState<S> {
    private final AtomicReference<S> state;

    private SharedState(S initial) {
        this.state = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /**
     * {@return a holder starting from {@code initial}}
     *
     * @param <S> the type of the state
     * @param initial the first state
     */
    public static <S> SharedState<S> of(S initial) {
        return new SharedState<>(initial);
    }

    /** {@return the current state (a snapshot: later updates do not change it)} */
    public S get() {
        return state.get();
    }

    /**
     * Applies a decision atomically and installs the {@linkplain Outcome#state() state} of its
     * outcome. Runs the decision again on contention.
     *
     * @param decide the pure decision on the current state: a refusal, or an outcome; not null
     * @param <O> the outcome's type
     * @return the refusal, or the outcome whose state is now installed
     * @throws NullPointerException if {@code decide} is null, or returns an outcome whose state is null
     */
    public <O extends Outcome<? extends S>> Either<Problem, O> update(Function<? super S, Either<Problem, O>> decide) {
        return update(decide, Outcome::state);
    }

    /**
     * Applies a decision atomically, for decisions whose outcome is not an {@link Outcome} of the
     * state. Runs the decision again on contention.
     *
     * @param decide the pure decision on the current state: a refusal, or an outcome
     * @param nextState the new state carried by the outcome
     * @param <R> the outcome's type
     * @return the refusal, or the outcome whose state is now installed
     * @throws NullPointerException if an argument is null, or {@code nextState} returns null
     */
    public <R> Either<Problem, R> update(Function<? super S, Either<Problem, R>> decide,
                                         Function<? super R, ? extends S> nextState) {
        Objects.requireNonNull(decide, "decide");
        Objects.requireNonNull(nextState, "nextState");
        while (true) {
            S current = state.get();
            Either<Problem, R> outcome = decide.apply(current);
            if (outcome.isLeft()) {
                return outcome;
            }
            S next = Objects.requireNonNull(nextState.apply(outcome.get()), "next state");
            if (state.compareAndSet(current, next)) {
                return outcome;
            }
            Thread.onSpinWait();
        }
    }

    @Override
    public String toString() {
        return "SharedState[" + state.get() + "]";
    }
}
