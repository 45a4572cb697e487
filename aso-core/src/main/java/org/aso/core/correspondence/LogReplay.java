package org.aso.core.correspondence;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Problem;
import org.aso.core.internal.EventDetails;

/**
 * What the phone log, the visitor log and the book of transmission slips share to rebuild
 * themselves and to check what a host gives back: the fold of events, the problem of an event
 * that does not fit, and the gathering of restore problems.
 */
final class LogReplay {
    /** The code of an event that does not fit the state it is applied to. */
    static final String INCONSISTENT = "correspondence.replay.inconsistent";

    private LogReplay() {}

    /**
     * Applies the events in order from {@code initial}; the first that does not fit stops the
     * fold, its problem completed with the event's {@code index} (from 0) and {@code action}.
     */
    static <S, E extends DomainEvent> Either<Problem, S> fold(S initial, Iterable<? extends E> events,
                                                             BiFunction<S, E, Either<Problem, S>> evolve) {
        Objects.requireNonNull(events, "events");
        S state = initial;
        int index = 0;
        for (E e : events) {
            Objects.requireNonNull(e, "event");
            Either<Problem, S> next = evolve.apply(state, e);
            if (next.isLeft()) {
                return Either.left(next.getLeft().with("index", index).with("action", e.action()));
            }
            state = next.get();
            index++;
        }
        return Either.right(state);
    }

    /** The problem of an event that does not fit: {@code why} for people, and details. */
    static Problem inconsistent(String why, Object... keysAndValues) {
        Problem p = Problem.of(INCONSISTENT, why);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p = p.with((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }

    /** Key/value pairs as an unmodifiable map in the order given; values via {@code String.valueOf}. */
    static Map<String, String> details(Object... keysAndValues) {
        return EventDetails.of(keysAndValues);
    }

    /** Problems found while checking a snapshot, each tagged with where it was found. */
    static final class Findings {
        private final List<Problem> problems = new ArrayList<>();

        /** Adds a problem, with the detail {@code key} = {@code where}. */
        void add(Problem p, String key, Object where) {
            problems.add(p.with(key, where));
        }

        boolean isEmpty() {
            return problems.isEmpty();
        }

        List<Problem> all() {
            return List.copyOf(problems);
        }
    }
}
