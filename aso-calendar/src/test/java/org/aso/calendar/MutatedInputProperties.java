package org.aso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;

/**
 * Valid calendar texts, mutated at random (lines deleted, duplicated, swapped; the text cut; junk
 * inserted; digits changed), fed to every reading: the answer is a value or a coded problem, never
 * an exception, within the time limit plus a margin; and never the guard's last resort
 * ({@code calendar.parse.invalid}), which would mean a step let a core value's check throw.
 */
class MutatedInputProperties {
    private static final Ics ICS = ReadingFixtures.ics(ReadingFixtures.LIMITS);
    private static final Duration BOUND = ReadingFixtures.LIMITS.maxTime().plusSeconds(8);
    private static final Interval WINDOW = Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Duration.ofDays(90));
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, ZoneId.of("Europe/Paris"));
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), AgendaFixtures.ORGANIZER, Clearance.none());
    private static final Agenda AGENDA = booked();

    private static Agenda booked() {
        MeetingRequest.Builder b = MeetingRequest.builder();
        b.id(MeetingId.of("copil")).title("Copil").organizer(AgendaFixtures.ORGANIZER).room(AgendaFixtures.LARGE)
                .start(TUE_10H).end(TUE_10H.plusHours(1))
                .addAttendees(Attendee.of(PersonId.of("a"), Attendee.Role.REQUIRED),
                        Attendee.of(PersonId.of("b"), Attendee.Role.OPTIONAL))
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get());
        return AgendaFixtures.agenda().book(b.build(), CTX).get().agenda();
    }

    static final List<String> VALID = List.of(
            written(1), written(2), written(3),
            MeetingReadingTest.series(),
            BusyReadingTest.outside(),
            HostileInputTest.resource("apple-bymonth-vtimezone.ics"),
            HostileInputTest.resource("bom.ics"),
            ReadingFixtures.ics("BEGIN:VCALENDAR", "PRODID:x", "VERSION:2.0", "METHOD:REPLY", "BEGIN:VEVENT",
                    "UID:copil@" + ReadingFixtures.DOMAIN, "DTSTAMP:20260305T101500Z", "SEQUENCE:0",
                    "RECURRENCE-ID;TZID=W. Europe Standard Time:20260317T100000",
                    "DTSTART;TZID=Europe/Paris:20260310T100000", "DTEND;TZID=Europe/Paris:20260310T110000",
                    "ORGANIZER;CN=Claire Dupont:mailto:claire.dupont@example.org",
                    "ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO=\"mailto:p3@example.org\":mailto:amelie@example.org",
                    "END:VEVENT", "END:VCALENDAR"));

    /** A REQUEST our writer makes of a random meeting (a series across a clock change, overrides, scripts). */
    private static String written(long seed) {
        return ReadingFixtures.ics().request(RoundTripProperties.meeting(new java.util.Random(seed), false),
                Instant.parse("2026-01-02T08:00:00Z")).get().text();
    }

    enum Kind { DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, TRUNCATE, INSERT_JUNK, CHANGE_DIGIT, DELETE_CHARS }

    record Mutation(Kind kind, int a, int b, String junk) {
        String apply(String text) {
            List<String> lines = new ArrayList<>(List.of(text.split("\r\n", -1)));
            int n = lines.size();
            switch (kind) {
                case DELETE_LINE -> lines.remove(a % n);
                case DUPLICATE_LINE -> lines.add(b % n, lines.get(a % n));
                case SWAP_LINES -> java.util.Collections.swap(lines, a % n, b % n);
                case TRUNCATE -> {
                    return text.substring(0, a % (text.length() + 1));
                }
                case INSERT_JUNK -> {
                    int at = a % (text.length() + 1);
                    return text.substring(0, at) + junk + text.substring(at);
                }
                case CHANGE_DIGIT -> {
                    int at = a % Math.max(1, text.length());
                    for (int i = 0; i < text.length(); i++) {
                        int k = (at + i) % text.length();
                        if (Character.isDigit(text.charAt(k))) {
                            return text.substring(0, k) + (char) ('0' + b % 10) + text.substring(k + 1);
                        }
                    }
                    return text;
                }
                case DELETE_CHARS -> {
                    int at = a % (text.length() + 1);
                    return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + b % 20));
                }
                default -> throw new IllegalStateException();
            }
            return String.join("\r\n", lines);
        }
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.of(":", ";", "\"", ",", "=", "\\", "\r\n", "\r\n ", "\n", "BEGIN:VEVENT\r\n", "END:VEVENT\r\n",
                        "BEGIN:VCALENDAR\r\n", "END:VCALENDAR\r\n", "BEGIN:VTIMEZONE\r\n", "RRULE:FREQ=SECONDLY\r\n",
                        "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\n", "TZID=", "RECURRENCE-ID:20260317T090000Z\r\n",
                        "EXDATE:00000101\r\n", "DTSTART;VALUE=DATE:20260230\r\n", "X-ASO-ABOUT:NOTHING:\r\n",
                        "X-ASO-AGENDA-ITEM;X-ASO-MINUTES=-5:\r\n", "DURATION:-P1D\r\n", "\uD800", "\u0000", "\uFEFF"));
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 1_000_000), junk).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(VALID), mutation.list().ofMinSize(1).ofMaxSize(5))
                .as((text, mutations) -> {
                    String t = text;
                    for (Mutation m : mutations) {
                        t = m.apply(t);
                    }
                    return t;
                });
    }

    @Property(tries = 1000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aMutatedText_givesAValueOrACodedProblem_neverAnException(@ForAll("mutated") String text) {
        boolean[] read = new boolean[2];
        assertTimeoutPreemptively(BOUND, () -> {
            answered(ICS.read(text));
            read[0] = answered(ICS.meeting(text));
            read[1] = answered(ICS.busy(text, WINDOW));
            answered(ICS.applyReply(AGENDA, text, EmailAddress.of("amelie@example.org"), CTX));
        });
        // the mutations must leave enough texts readable for the deeper steps to be exercised
        Statistics.label("meeting read").collect(read[0]);
        Statistics.label("busy read").collect(read[1]);
        Statistics.label("meeting read").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("busy read").coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    private static boolean answered(Either<Problem, ?> answer) {
        assertThat(answer).isNotNull();
        if (answer.isLeft()) {
            assertThat(answer.getLeft().code()).as(answer.getLeft().toString())
                    .matches("(calendar|agenda|kernel)\\.[a-z0-9.-]+").isNotEqualTo("calendar.parse.invalid");
        }
        return answer.isRight();
    }
}
