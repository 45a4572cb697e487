package org.aso.calendar;

import java.util.Objects;
import org.aso.core.kernel.Problem;

/**
 * Unwinds reading with a {@link Problem}, from deep inside the tokenizer's callbacks or a value
 * parser; caught where reading starts and never seen outside the package. It has no stack trace.
 */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Refusal(Problem problem) {
        super(problem.code(), null, false, false);
        this.problem = Objects.requireNonNull(problem);
    }

    Problem problem() {
        return problem;
    }

    /** The refusal in {@code t} or its causes, if any. */
    static Refusal in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof Refusal r) {
                return r;
            }
        }
        return null;
    }
}
