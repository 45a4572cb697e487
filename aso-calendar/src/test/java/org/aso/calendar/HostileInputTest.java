package org.aso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Meeting;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile calendar texts: each gives a {@link Problem}, or the sane result this class
 * names, within the configured time limit plus a margin. These are bounds, not speed claims: the
 * margin covers a slow, shared machine.
 */
class HostileInputTest {
    private static final Duration BOUND = ReadingFixtures.LIMITS.maxTime().plusSeconds(8);
    private static final Ics ICS = ReadingFixtures.ics(ReadingFixtures.LIMITS);
    private static final Interval WINDOW = Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Duration.ofDays(60));
    private static final Context CTX = Context.of(Instant.parse("2026-03-01T00:00:00Z"), AgendaFixtures.ORGANIZER, Clearance.none());
    private static final EmailAddress SENDER = EmailAddress.of("amelie@example.org");

    static String resource(String name) {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String HEAD = "BEGIN:VCALENDAR\r\nPRODID:-//hostile//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n";
    private static final String EVENT = "BEGIN:VEVENT\r\nUID:h@" + ReadingFixtures.DOMAIN + "\r\nDTSTAMP:20260301T080000Z\r\n"
            + "SUMMARY:Hostile\r\nDTSTART:20260310T090000Z\r\nDTEND:20260310T100000Z\r\n"
            + "ORGANIZER:mailto:claire.dupont@example.org\r\n";

    private static String event(String extra) {
        return HEAD + EVENT + extra + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    /** Name, text, and the code every reading gives (the text's own fault), before any meaning is read. */
    static Stream<Arguments> refusedByEveryReading() {
        return Stream.of(
                Arguments.of("truncated", (Supplier<String>) () -> resource("truncated.ics"), "calendar.parse.syntax"),
                Arguments.of("nested VCALENDAR", (Supplier<String>) () -> resource("nested-vcalendar.ics"), "calendar.parse.syntax"),
                Arguments.of("10 MB in one property", (Supplier<String>) () -> event("DESCRIPTION:" + "x".repeat(10 * 1024 * 1024) + "\r\n"),
                        "calendar.limit.size"),
                Arguments.of("100,000 components", (Supplier<String>) () -> HEAD
                        + "BEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\n".repeat(100_000) + "END:VCALENDAR\r\n", "calendar.limit.components"),
                Arguments.of("binary junk", (Supplier<String>) HostileInputTest::junk, "calendar.parse.encoding"),
                Arguments.of("deep nesting", (Supplier<String>) () -> HEAD + "BEGIN:X\r\n".repeat(50_000)
                        + "END:X\r\n".repeat(50_000) + "END:VCALENDAR\r\n", "calendar.limit.depth"),
                Arguments.of("no line ends", (Supplier<String>) () -> event("").replace("\r\n", " "), "calendar.parse.syntax"),
                Arguments.of("overlong folded line", (Supplier<String>) () -> event("DESCRIPTION:"
                        + "abcdefghij".repeat(7).concat("\r\n ").repeat(5_000) + "\r\n"), "calendar.limit.line"),
                Arguments.of("huge parameter list", (Supplier<String>) () -> event("ATTENDEE" + ";X-P=1".repeat(10_000)
                        + ":mailto:amelie@example.org\r\n"), "calendar.limit.parameters"),
                Arguments.of("300,000 properties", (Supplier<String>) () -> event("X:1\r\n".repeat(300_000)), "calendar.limit.properties"),
                Arguments.of("unpaired surrogate", (Supplier<String>) () -> event("SUMMARY:abc\uD800def\r\n"), "calendar.parse.encoding"),
                Arguments.of("NUL", (Supplier<String>) () -> event("SUMMARY:abc\u0000def\r\n"), "calendar.parse.encoding"),
                Arguments.of("empty", (Supplier<String>) () -> "", "calendar.parse.syntax"),
                Arguments.of("only a BOM", (Supplier<String>) () -> "\uFEFF", "calendar.parse.syntax"));
    }

    private static String junk() {
        byte[] bytes = new byte[200_000];
        new Random(42).nextBytes(bytes);
        return "BEGIN:VCALENDAR\r\n" + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByEveryReading")
    void hostileText_isAProblemForEveryReading_withinTheLimits(String name, Supplier<String> text, String code) {
        String t = text.get();
        Agenda agenda = AgendaFixtures.agenda();
        assertTimeoutPreemptively(BOUND, () -> {
            assertThat(ICS.read(t).getLeft().code()).as(name).isEqualTo(code);
            assertThat(ICS.meeting(t).getLeft().code()).as(name).isEqualTo(code);
            assertThat(ICS.busy(t, WINDOW).getLeft().code()).as(name).isEqualTo(code);
            assertThat(ICS.applyReply(agenda, t, SENDER, CTX).getLeft().code()).as(name).isEqualTo(code);
        });
    }

    /**
     * Texts that parse, whose meaning is refused by the readings that use it: the code {@link Ics#meeting}
     * gives, and the one {@link Ics#busy} gives (null: busy time does not read that part, and answers).
     */
    static Stream<Arguments> refusedByMeaning() {
        return Stream.of(
                Arguments.of("RRULE COUNT=1000000000", resource("count-billion.ics"), "agenda.rrule.bad-value", "agenda.rrule.bad-value"),
                Arguments.of("unknown TZID", resource("unknown-tzid.ics"), "calendar.zone.unknown", "calendar.zone.unknown"),
                Arguments.of("DTSTART after DTEND", resource("end-before-start.ics"), "calendar.event.bad-interval",
                        "calendar.event.bad-interval"),
                Arguments.of("year 0", resource("year-zero.ics"), "calendar.parse.value", "calendar.parse.value"),
                Arguments.of("year 99999", resource("year-99999.ics"), "calendar.parse.value", "calendar.parse.value"),
                Arguments.of("month 13", event("RDATE:20261310T090000Z\r\nRRULE:FREQ=DAILY\r\n"), "calendar.parse.value",
                        "calendar.parse.value"),
                Arguments.of("huge SEQUENCE", event("SEQUENCE:99999999999\r\n"), "calendar.parse.value", null),
                Arguments.of("a series from the last second of 9999, for 99,999 days", HEAD + EVENT.replace(
                                "DTSTART:20260310T090000Z\r\nDTEND:20260310T100000Z", "DTSTART:99991231T235959Z\r\nDURATION:P99999D")
                                + "RRULE:FREQ=YEARLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "kernel.range.instant", "calendar.event.too-long"),
                Arguments.of("one event from the last second of 9999, for 99,999 days", HEAD + EVENT.replace(
                                "DTSTART:20260310T090000Z\r\nDTEND:20260310T100000Z", "DTSTART:99991231T235959Z\r\nDURATION:P99999D")
                                + "END:VEVENT\r\nEND:VCALENDAR\r\n", "kernel.range.instant", null),
                Arguments.of("DURATION of a million weeks", event("").replace("DTEND:20260310T100000Z", "DURATION:P1000000W"),
                        "calendar.parse.value", "calendar.parse.value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByMeaning")
    void hostileMeaning_isAProblemForMeetingAndBusy_withinTheLimits(String name, String text, String meetingCode,
                                                                    String busyCode) {
        assertTimeoutPreemptively(BOUND, () -> {
            assertThat(ICS.meeting(text).getLeft().code()).as(name).isEqualTo(meetingCode);
            var busy = ICS.busy(text, WINDOW);
            if (busyCode == null) {
                assertThat(busy.isRight()).as(name + ": " + busy).isTrue();
            } else {
                assertThat(busy.getLeft().code()).as(name).isEqualTo(busyCode);
            }
            assertThat(ICS.read(text).isRight() || ICS.read(text).getLeft().code().equals(meetingCode)).as(name).isTrue();
        });
    }

    @Test
    void applesBymonthOnlyVtimezone_isReadAsTheZoneWithTheSameOffsetsAndMonths() {
        String text = resource("apple-bymonth-vtimezone.ics");
        assertTimeoutPreemptively(BOUND, () -> {
            Meeting m = ICS.meeting(text).get();
            assertThat(m.start().toInstant()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
            assertThat(ICS.busy(text, WINDOW).get()).hasSize(1);
        });
    }

    @Test
    void bomAndBareLineFeeds_areRead() {
        assertTimeoutPreemptively(BOUND, () -> {
            for (String name : new String[] {"bom.ics", "bare-lf.ics"}) {
                Meeting m = ICS.meeting(resource(name)).get();
                assertThat(m.start()).as(name).isEqualTo(ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Paris")));
                assertThat(m.title()).isEqualTo("Hostile");
            }
        });
    }

    @Test
    void aFoldedLineWithinTheLimit_isUnfolded_withoutSplittingCharacters() {
        String summary = "Réunion ✓ 𝄞 ".repeat(20);
        StringBuilder folded = new StringBuilder("SUMMARY:");
        for (int i = 0; i < summary.length(); i += 10) {
            folded.append(summary, i, Math.min(summary.length(), i + 10)).append("\r\n ");
        }
        String text = event("").replace("SUMMARY:Hostile\r\n", folded.toString().stripTrailing() + "\r\n");
        assertThat(ICS.meeting(text).map(Meeting::title)).isEqualTo(Either.right(summary.strip()));
    }

    @Test
    void strayControlCharacters_areReadAsUnreadable_butANulIsRefused() {
        Meeting m = ICS.meeting(event("").replace("SUMMARY:Hostile", "SUMMARY:Bud\u000Bget\u001B")).get();
        assertThat(m.title()).isEqualTo("Bud\uFFFDget\uFFFD");
        assertThat(ICS.meeting(event("").replace("SUMMARY:Hostile", "SUMMARY:Bud\u0000get")).getLeft().code())
                .isEqualTo("calendar.parse.encoding");
    }

    @Test
    void theTimeLimit_isKept_byATextThatWouldTakeLonger() {
        // given: a limit far below what 15,000 events take to read
        Ics hurried = ReadingFixtures.ics(new Ics.Limits(8 * 1024 * 1024, 20_000, Duration.ofMillis(1)));
        String many = HEAD + (EVENT + "END:VEVENT\r\n").repeat(15_000) + "END:VCALENDAR\r\n";
        // when, then
        assertTimeoutPreemptively(BOUND, () -> {
            Problem p = hurried.busy(many, WINDOW).getLeft();
            assertThat(p.code()).isEqualTo("calendar.limit.time");
        });
    }

    @Test
    void aProblemQuotesAtMostAHundredCharacters_ofAHostileValue() {
        Problem p = ICS.meeting(event("").replace("DTSTART:20260310T090000Z", "DTSTART:" + "9".repeat(100_000))).getLeft();
        assertThat(p.code()).isEqualTo("calendar.parse.value");
        assertThat(p.detail("value").orElseThrow()).hasSizeLessThanOrEqualTo(101);
    }
}
