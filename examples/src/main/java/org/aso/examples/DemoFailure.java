package org.aso.examples;

import org.aso.core.kernel.Problem;

/**
 * Why the demo stopped, in one line: a sample file that does not read, a decision refused, a file
 * that cannot be written. The demo's {@code main} prints the message and exits with status 1.
 */
public final class DemoFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A failure.
     *
     * @param message the one-line message; not null
     */
    public DemoFailure(String message) {
        super(message);
    }

    /**
     * A failure with its cause (shown with {@code --trace}).
     *
     * @param message the one-line message; not null
     * @param cause the cause; not null
     */
    public DemoFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** A refusal at {@code where}: its code and message, on one line. */
    static DemoFailure of(String where, Problem problem) {
        return new DemoFailure(where + ": " + problem.code() + ": " + oneLine(problem.message()));
    }

    static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
