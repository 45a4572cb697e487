package org.aso.core.kernel;

import java.util.Objects;

/**
 * An unchecked exception that carries a {@link Problem}, for hosts that turn a refusal into an
 * exception at their own border (a web handler, a batch job, a test): its message is the
 * problem's code, message and details ({@link Problem#toString()}), and {@link #problem()} gives
 * the problem back whole, so a handler can still switch on the code.
 *
 * <pre>{@code
 * try {
 *     Register.Registered r = Problems.orThrow(general.update(reg -> reg.register(letter, ctx)));
 *     // ...
 * } catch (ProblemException e) {
 *     respond(409, e.code(), e.problem().details());
 * }
 * }</pre>
 *
 * <p>Core never throws it: core returns {@code Either}; {@link Problems#orThrow} and
 * {@link Problems#allOrThrow} throw it for the host. Java serialization keeps the code and the
 * message (which names the details), not the problem's details as a map.
 */
public final class ProblemException extends RuntimeException {
    /** The version of the serialized form. */
    private static final long serialVersionUID = 1L;

    /** The problem's code, kept by Java serialization. */
    private final String code;
    /** The problem, whole; not serialized. */
    private final transient Problem problem;

    /**
     * An exception carrying {@code problem}.
     *
     * @param problem the refusal; not null
     * @throws NullPointerException if {@code problem} is null
     */
    public ProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.code = problem.code();
        this.problem = problem;
    }

    /**
     * The problem this exception carries.
     *
     * @return the problem, whole; on an exception read back by Java serialization, a problem with
     *     the same code whose message is this exception's message and without details
     */
    public Problem problem() {
        return problem != null ? problem : Problem.of(code, getMessage());
    }

    /**
     * The problem's stable code, such as {@code "agenda.room.double-booked"}.
     *
     * @return the code; never null
     */
    public String code() {
        return code;
    }
}
