package org.aso.calendar;

import io.vavr.control.Either;
import java.time.Instant;
import org.aso.core.agenda.Agenda;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;

/** Free/busy as VFREEBUSY. PLACEHOLDER: being written (issue 11). */
final class FreeBusyWriter {
    private FreeBusyWriter() {}

    static Either<Problem, String> write(Settings s, Agenda agenda, Identifier who, Interval window, Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }
}
