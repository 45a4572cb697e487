package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text rules of {@link org.aso.core.kernel.Text} on meeting titles, reasons and agenda texts. */
class MeetingTextTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());

    /** A one-hour meeting in the large room, with this title. */
    private static MeetingRequest.Builder titled(String id, String title, int minutes) {
        MeetingRequest.Builder b = MeetingRequest.builder();
        b.id(MeetingId.of(id)).title(title).organizer(ORGANIZER).room(LARGE).start(TUE_10H).end(TUE_10H.plusMinutes(minutes));
        return b;
    }

    private static String code(Either<Problem, ?> result) {
        assertThat(result.isLeft()).as("refused, not %.200s", result).isTrue();
        return result.getLeft().code();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Budget\u0000", "Budget\r", "Budget\n2026", "\u001B[31mBudget", "Budget \u202E6202", "Budget \uD800"})
    void book_titleWithControlBidiOrBrokenCharacters_isRefused(String title) {
        assertThat(code(agenda().book(titled("m1", title, 60).build(), CTX)))
                .startsWith("kernel.text.");
    }

    @Test
    void book_titleTooLong_isRefusedAsTooLong() {
        assertThat(code(agenda().book(titled("m1", "x".repeat(301), 60).build(), CTX)))
                .isEqualTo("kernel.text.too-long");
        assertThat(agenda().book(titled("m1", "x".repeat(300), 60).build(), CTX).isRight())
                .isTrue();
    }

    @Test
    void book_agendaItemsDocumentsAndLogistics_keepTheTextRules() {
        assertThat(code(agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a")
                .addAgenda(AgendaItem.of("Point\u0000", 10)).build(), CTX))).isEqualTo("kernel.text.control-character");
        assertThat(code(agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a")
                .addDocuments("Note \u2067budget").build(), CTX))).isEqualTo("kernel.text.bidi-control");
        assertThat(code(agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a")
                .addLogistics(LogisticsItem.of("x".repeat(20_000), 1)).build(), CTX))).isEqualTo("kernel.text.too-long");
        assertThat(code(agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a")
                .onlineLink("https://visio.example/\u202Eabc").build(), CTX))).isEqualTo("kernel.text.bidi-control");
    }

    @Test
    void cancel_reasonTooLongOrMalformed_isRefused_soTheEventCanBeRecorded() {
        Agenda a = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).get().agenda();
        assertThat(code(a.cancel(MeetingId.of("m1"), "x".repeat(20_000), CTX))).isEqualTo("kernel.text.too-long");
        assertThat(code(a.cancel(MeetingId.of("m1"), "Ill \uD83D", CTX))).isEqualTo("kernel.text.malformed");
        assertThat(code(a.cancel(MeetingId.of("m1"), "Ill\u0000", CTX))).isEqualTo("kernel.text.control-character");
        assertThat(a.cancel(MeetingId.of("m1"), "Chair ill;\nnew date to follow", CTX).isRight()).isTrue();
    }

    @Test
    void changeOccurrence_titleWithControlCharacters_isRefused() {
        Agenda a = agenda().book(meeting("weekly", LARGE, TUE_10H, 60, "a")
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build(), CTX).get().agenda();
        OccurrenceChange retitled = OccurrenceChange.builder().title("x".repeat(20_000)).build();
        assertThat(code(a.changeOccurrence(MeetingId.of("weekly"), TUE_10H.plusWeeks(1), retitled, CTX)))
                .isEqualTo("kernel.text.too-long");
        assertThat(code(a.changeOccurrence(MeetingId.of("weekly"), TUE_10H.plusWeeks(1),
                OccurrenceChange.builder().title("Budget\u001B").build(), CTX))).isEqualTo("kernel.text.control-character");
    }

    @Test
    void doubleBooked_quotesTheOtherTitle_whichCanHoldNoControlCharacter() {
        Agenda a = agenda().book(titled("m1", "Comité \"budget\"", 60).build(), CTX).get().agenda();
        Problem p = a.book(meeting("m2", LARGE, TUE_10H, 30, "b").build(), CTX).getLeft();
        assertThat(p.code()).isEqualTo("agenda.room.double-booked");
        assertThat(p.message()).contains("\"Comité \"budget\"\"");
        assertThat(p.message().chars().noneMatch(Character::isISOControl)).isTrue();
        assertThat(List.of(p.message())).noneMatch(m -> m.chars().anyMatch(c -> c >= 0x202A && c <= 0x202E));
    }
}
