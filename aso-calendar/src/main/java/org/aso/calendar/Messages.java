package org.aso.calendar;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import org.aso.core.agenda.Meeting;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;

/** The iTIP messages of {@link Ics}. PLACEHOLDER: being written (issue 11). */
final class Messages {
    private Messages() {}

    static Either<Problem, Ics.Message> request(Settings s, Meeting m, Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, Ics.Message> requestOccurrence(Settings s, Meeting m, Instant originalStart, Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, Ics.Message> cancel(Settings s, Meeting m, Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, Ics.Message> cancelOccurrence(Settings s, Meeting m, Instant originalStart, Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, Ics.Message> uninvite(Settings s, Meeting m, PersonId removed, Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, Ics.Message> reply(Settings s, Meeting m, PersonId attendee, Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, Ics.Message> counter(Settings s, Meeting m, PersonId attendee, Interval proposed,
                                                String comment, Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, Ics.Message> declineCounter(Settings s, Meeting m, PersonId attendee, String comment,
                                                       Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }

    static Either<Problem, Ics.Message> publish(Settings s, List<Meeting> meetings, Instant stamp) {
        throw new UnsupportedOperationException("not yet");
    }
}
