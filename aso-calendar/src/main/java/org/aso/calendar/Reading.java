package org.aso.calendar;

import io.vavr.control.Either;
import java.util.List;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;

/** Reading untrusted iCalendar text into aso values. PLACEHOLDER: being written (issue 11). */
final class Reading {
    private Reading() {}

    static Either<Problem, Ics.Received> received(Settings s, String text) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, Meeting> meeting(Settings s, String text) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, Agenda.Change> applyReply(Settings s, Agenda agenda, String text, EmailAddress sender,
                                                     Context ctx) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, List<FreeBusy>> busy(Settings s, String text, Interval window) {
        throw new UnsupportedOperationException("not yet");
    }
}
