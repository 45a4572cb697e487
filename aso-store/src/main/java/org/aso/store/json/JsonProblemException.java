package org.aso.store.json;

import java.util.Objects;
import org.aso.core.kernel.Problem;
import tools.jackson.databind.DatabindException;

/**
 * A document that {@link AsoJsonModule} could not read, on a host's own Jackson mapper: the
 * {@link Problem} ({@code json.*} code, {@code path} detail) as a Jackson exception. {@link AsoJson}
 * returns the problem instead of throwing.
 *
 * <p>The message names the place and what was expected, never a value of the document.
 */
public final class JsonProblemException extends DatabindException {
    private static final long serialVersionUID = 1L;

    /** The problem; not serialised with the exception (problems are values, not serialisable). */
    private final transient Problem problem;

    /**
     * Makes the exception.
     *
     * @param problem what is wrong with the document
     * @throws NullPointerException if {@code problem} is null
     */
    public JsonProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").code() + ": " + problem.message());
        this.problem = problem;
    }

    /** {@return what is wrong with the document, with its {@code path} detail} */
    public Problem problem() {
        return problem;
    }
}
