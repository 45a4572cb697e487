package org.aso.calendar;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import org.aso.core.kernel.Problem;
import org.aso.core.priority.Task;

/** Tasks as VTODO. PLACEHOLDER: being written (issue 11). */
final class Tasks {
    private Tasks() {}

    static Either<Problem, String> write(Settings s, List<Task> tasks, Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }
}
