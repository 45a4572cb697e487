package org.aso.examples;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.Occurrence;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;

/**
 * aso-core's recurrence engine: a monthly review on the last Friday, one occurrence in another
 * room, a rule that is refused, and the next occurrences read lazily.
 */
public final class RecurrenceExample {
    private RecurrenceExample() {}

    /** What the example expanded. */
    public record Outcome(Either<List<Problem>, RecurrenceRule> bad, Recurrence review, List<Occurrence> spring,
                          List<Occurrence> nextThree) {}

    /** The review of the last Friday of each month of 2026, at 14:00 in Paris. */
    public static Outcome run() {
        // tag::recurrence[]
        Either<List<Problem>, RecurrenceRule> rule = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=-1FR;COUNT=12");
        // bad text comes back as every problem at once: agenda.rrule.unknown-part, .bad-value,
        // .count-and-until, .part-not-allowed (BYWEEKNO outside YEARLY, ...), ...
        Either<List<Problem>, RecurrenceRule> bad = RecurrenceRule.parse("FREQ=MONTHLY;BYWEEKNO=5;COUNT=0");
        // => Left([agenda.rrule.bad-value: COUNT values must be 1 to 1000000 {part=COUNT, value=0},
        //    agenda.rrule.part-not-allowed: BYWEEKNO is allowed only with FREQ=YEARLY {part=BYWEEKNO, freq=MONTHLY}])

        ZonedDateTime first = ZonedDateTime.of(2026, 1, 30, 14, 0, 0, 0, ZoneId.of("Europe/Paris"));
        Recurrence review = Recurrence.of(first, Duration.ofHours(1),
                        rule.getOrElseThrow(problems -> new IllegalArgumentException(problems.toString())))
                .withChange(first.plusWeeks(4), OccurrenceChange.inRoom(RoomId.of("B2-301")));
        Interval febToMarch = Interval.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        List<Occurrence> spring = review.expand(febToMarch)                      // in order of actual start
                .getOrElseThrow(p -> new IllegalArgumentException(p.toString()));
        Occurrence february = spring.get(0);
        // its RECURRENCE-ID, an Instant (originalStartInZone() for the wall clock)
        february.originalStart();       // => 2026-02-27T13:00:00Z
        february.interval();            // => [2026-02-27T13:00:00Z, 2026-02-27T14:00:00Z)
        february.room();                // => Optional[B2-301]
        // end::recurrence[]
        // tag::recurrence-next[]
        List<Occurrence> nextThree = review.occurrences(Instant.parse("2026-06-01T00:00:00Z"))   // by original start
                .limit(3).toList();
        // => [Occurrence[2026-06-26T14:00+02:00[Europe/Paris] [2026-06-26T12:00:00Z, 2026-06-26T13:00:00Z)],
        //    Occurrence[2026-07-31T14:00+02:00[Europe/Paris] ...], Occurrence[2026-08-28T14:00+02:00[Europe/Paris] ...]]
        // end::recurrence-next[]
        return new Outcome(bad, review, spring, nextThree);
    }
}
