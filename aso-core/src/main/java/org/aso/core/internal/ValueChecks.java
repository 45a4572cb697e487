package org.aso.core.internal;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;

/**
 * The checks of values built from outside data, shared by their {@code @Value.Check} (the
 * programmer's path, which throws) and their builders' {@code validate()} (the data path, which
 * returns every problem).
 */
public final class ValueChecks {
    private ValueChecks() {}

    /** An {@link IllegalArgumentException} that carries the problems that make a value invalid. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        Invalid(String what, List<Problem> problems) {
            super(what + " is invalid: " + String.join("; ", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        /** The problems, in the order they were found. */
        public List<Problem> problems() {
            return problems;
        }
    }

    /** Throws {@link Invalid} naming {@code what} if there is any problem. */
    public static void throwIfAny(String what, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new Invalid(what, problems);
        }
    }

    /**
     * Builds a value, turning the problems its check finds into a {@code Left}. Other exceptions
     * (a required attribute not set, a null) are the programmer's and propagate.
     */
    public static <T> Either<List<Problem>, T> validate(Supplier<T> build) {
        try {
            return Either.right(build.get());
        } catch (Invalid e) {
            return Either.left(e.problems());
        }
    }

    /** A new list to collect problems in. */
    public static List<Problem> problems() {
        return new ArrayList<>();
    }

    /**
     * Adds the problem of a required text: {@code missingCode} if it is blank, else the first
     * {@link Text} rule it breaks.
     */
    public static void required(List<Problem> out, String missingCode, String field, String value, Text.Kind kind,
                                int maxLength) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            out.add(Problem.of(missingCode, "The " + field + " is required").with("field", field));
        } else {
            Text.check(field, value, kind, maxLength).peekLeft(out::add);
        }
    }

    /** Adds the first {@link Text} rule an optional text breaks, if present. */
    public static void optional(List<Problem> out, String field, Optional<String> value, Text.Kind kind, int maxLength) {
        value.ifPresent(v -> Text.check(field, v, kind, maxLength).peekLeft(out::add));
    }
}
