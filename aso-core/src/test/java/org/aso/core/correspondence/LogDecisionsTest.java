package org.aso.core.correspondence;

import static org.aso.core.fixtures.LogFixtures.PHONE;
import static org.aso.core.fixtures.LogFixtures.RECEPTION;
import static org.aso.core.fixtures.LogFixtures.S2;
import static org.aso.core.fixtures.LogFixtures.S3;
import static org.aso.core.fixtures.LogFixtures.SLIPS;
import static org.aso.core.fixtures.LogFixtures.SLIP_CODE;
import static org.aso.core.fixtures.LogFixtures.SLIP_SCHEME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.LogFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.ReferenceNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decisions of the phone log, the visitor log and the book of slips: their refusals in order,
 * at the bounds of time, the events they replay, and what two logs being equal means.
 */
class LogDecisionsTest {
    private static final Instant NINE = Instant.parse("2026-03-02T08:00:00Z");
    private static final PersonId CLERK = PersonId.of("clerk");
    private static final PersonId DIRECTOR = PersonId.of("director");

    private static Context at(Instant at) {
        return Context.of(at, CLERK, Clearance.of(Confidentiality.RESTRICTED));
    }

    static List<Instant> outside() {
        return List.of(Instant.MIN, Limits.MIN_INSTANT.minusSeconds(1), Limits.MAX_INSTANT.plusSeconds(1), Instant.MAX);
    }

    private static String code(Either<Problem, ?> refused) {
        assertThat(refused.isLeft()).as("refused").isTrue();
        return refused.getLeft().code();
    }

    /** The generated implementations, whose {@code with} copies stay inside this package. */
    private static ImmutableVisit im(VisitorLog.Visit v) {
        return (ImmutableVisit) ImmutableVisit.copyOf(v);
    }

    private static ImmutableSlip im(TransmissionSlips.Slip s) {
        return (ImmutableSlip) ImmutableSlip.copyOf(s);
    }

    private static List<String> codes(Either<List<Problem>, ?> restored) {
        assertThat(restored.isLeft()).as("refused").isTrue();
        return restored.getLeft().stream().map(Problem::code).toList();
    }

    // ---------------------------------------------------------------- phone log

    private static PhoneLog.Message.Builder call() {
        return call("M. Dupont");
    }

    private static PhoneLog.Message.Builder call(String caller) {
        return PhoneLog.Message.builder().caller(caller).number(PhoneNumber.of("04 72 10 30 30")).forWhom(DIRECTOR)
                .text("Rappeler").callbackWanted(true);
    }

    private static PhoneLog.Change recorded() {
        return LogFixtures.emptyPhoneLog().record(call(), at(NINE)).get();
    }

    @ParameterizedTest
    @MethodSource("outside")
    void phoneLog_decisionsOutsideTheSupportedInstants_areRefused(Instant when) {
        PhoneLog log = recorded().log();
        assertThat(code(log.record(call(), at(when)))).isEqualTo("kernel.range.instant");
        assertThat(code(log.markDone(1, at(when)))).isEqualTo("kernel.range.instant");
        assertThat(log.pendingFor(DIRECTOR)).hasSize(1);
    }

    @Test
    void phoneLog_record_reportsTheMessagesOwnProblemFirst_thenADoneInstant_thenAMissingNumber() {
        PhoneLog log = LogFixtures.emptyPhoneLog();
        Instant done = NINE.plusSeconds(60);
        assertThat(code(log.record(PhoneLog.Message.builder().caller(" ").forWhom(DIRECTOR).text("Rappeler").doneAt(done),
                at(NINE)))).isEqualTo("correspondence.phone.missing-caller");
        assertThat(code(log.record(PhoneLog.Message.builder().caller("X").forWhom(DIRECTOR).text("Rappeler")
                .callbackWanted(true).doneAt(done), at(NINE)))).isEqualTo("correspondence.phone.done-at-given");
        assertThat(code(log.record(PhoneLog.Message.builder().caller("X").forWhom(DIRECTOR).text(" ")
                .callbackWanted(true), at(NINE)))).isEqualTo("correspondence.phone.missing-text");
    }

    @Test
    void phoneLog_markDone_ofNoMessage_isUnknown() {
        PhoneLog log = recorded().log();
        assertThat(code(log.markDone(0, at(NINE)))).isEqualTo("correspondence.phone.unknown");
        assertThat(code(log.markDone(2, at(NINE)))).isEqualTo("correspondence.phone.unknown");
    }

    @Test
    void phoneLog_holdsItsMessagesInOrder_underItsId() {
        PhoneLog.Change first = recorded();
        PhoneLog.Change second = first.log().record(call("Mme Leroy"), at(NINE.plusSeconds(60))).get();
        assertThat(second.log().id()).isEqualTo(PHONE);
        assertThat(second.log().messages()).extracting(PhoneLog.Message::caller).containsExactly("M. Dupont", "Mme Leroy");
        assertThat(second.log().messages()).containsExactly(first.message(), second.message());
    }

    @Test
    void phoneLog_change_isAnOutcome_whoseStateIsTheNewLog_andWhoseEventsAreItsOneEvent() {
        PhoneLog.Change c = recorded();
        assertThat(c.state()).isSameAs(c.log());
        assertThat(c.events()).containsExactly(c.event());
        PhoneLog.Change done = c.log().markDone(1, at(NINE)).get();
        assertThat(done.events()).containsExactly(done.event());
        assertThat(done.event().details()).containsExactly(Map.entry("sequence", "1"));
        assertThat(done.event().schemaVersion()).isEqualTo(PhoneLogEvent.SCHEMA_VERSION);
    }

    @Test
    void phoneLog_equality_isTheIdAndTheMessages() {
        PhoneLog one = recorded().log();
        PhoneLog same = recorded().log();
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(LogFixtures.emptyPhoneLog());
        assertThat(one).isNotEqualTo(PhoneLog.empty(PhoneLogId.of("other")).record(call(), at(NINE)).get().log());
        assertThat(one).isNotEqualTo(one.markDone(1, at(NINE)).get().log());
        assertThat(LogFixtures.emptyPhoneLog()).isNotEqualTo(PhoneLog.empty(PhoneLogId.of("other")));
    }

    @Test
    void phoneReplay_aMessageOutOfSequence_namesTheSequenceExpected() {
        PhoneLogEvent first = recorded().event();
        Problem p = PhoneLog.replay(PHONE, List.of(first, first)).getLeft();
        assertThat(p.code()).isEqualTo("correspondence.replay.inconsistent");
        assertThat(p.detail("expected")).contains("2");
        assertThat(p.detail("sequence")).contains("1");
    }

    @Test
    void phoneRestore_aMessageDealtWithOutsideTheSupportedInstants_isRefused() {
        PhoneLog.Message m = recorded().message();
        PhoneLog.Message late = ImmutableMessage.copyOf(m).withDoneAt(Instant.MAX);
        assertThat(codes(PhoneLog.restore(new PhoneLogSnapshot(PHONE, List.of(late))))).containsExactly("kernel.range.instant");
    }

    // ---------------------------------------------------------------- visitor log

    private static VisitorLog.Change arrived() {
        return LogFixtures.emptyVisitorLog().arrive(VisitorLog.Visitor.named("Mme Petit").wearing("V-1"), DIRECTOR, at(NINE))
                .get();
    }

    @ParameterizedTest
    @MethodSource("outside")
    void visitorLog_decisionsOutsideTheSupportedInstants_areRefused(Instant when) {
        VisitorLog log = arrived().log();
        assertThat(code(log.arrive("M. Martin", DIRECTOR, at(when)))).isEqualTo("kernel.range.instant");
        assertThat(code(log.depart(1, at(when)))).isEqualTo("kernel.range.instant");
        assertThat(log.onSite()).hasSize(1);
    }

    @Test
    void visitorLog_depart_ofNoVisitOrTwice_isRefused() {
        VisitorLog log = arrived().log();
        assertThat(code(log.depart(0, at(NINE)))).isEqualTo("correspondence.visit.unknown");
        assertThat(code(log.depart(2, at(NINE)))).isEqualTo("correspondence.visit.unknown");
        VisitorLog left = log.depart(1, at(NINE)).get().log();
        assertThat(code(left.depart(1, at(NINE.plusSeconds(60))))).isEqualTo("correspondence.visit.already-left");
    }

    @Test
    void visitorLog_change_isAnOutcome_andTheLogKeepsItsId() {
        VisitorLog.Change c = arrived();
        assertThat(c.state()).isSameAs(c.log());
        assertThat(c.events()).containsExactly(c.event());
        assertThat(c.log().id()).isEqualTo(RECEPTION);
        VisitorLog.Change out = c.log().depart(1, at(NINE.plusSeconds(60))).get();
        assertThat(out.events()).containsExactly(out.event());
        assertThat(out.event().details()).containsExactly(Map.entry("sequence", "1"));
        assertThat(out.event().schemaVersion()).isEqualTo(VisitorLogEvent.SCHEMA_VERSION);
        assertThat(out.visit().departure()).contains(NINE.plusSeconds(60));
    }

    @Test
    void visitor_isAValue_ofNameOrganisationAndBadge() {
        VisitorLog.Visitor v = VisitorLog.Visitor.named("Mme Petit").from("Cour des comptes").wearing("V-1");
        assertThat(v.name()).isEqualTo("Mme Petit");
        assertThat(v.organisation()).contains("Cour des comptes");
        assertThat(v.badge()).contains("V-1");
        VisitorLog.Visitor same = VisitorLog.Visitor.named("Mme Petit").wearing("V-1").from("Cour des comptes");
        assertThat(v).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(v).isNotEqualTo(VisitorLog.Visitor.named("Mme Petit").from("Cour des comptes"));
        assertThat(v).isNotEqualTo(VisitorLog.Visitor.named("M. Martin").from("Cour des comptes").wearing("V-1"));
    }

    @Test
    void visitorLog_equality_isTheIdAndTheVisits() {
        VisitorLog one = arrived().log();
        VisitorLog same = arrived().log();
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(LogFixtures.emptyVisitorLog());
        assertThat(one).isNotEqualTo(one.depart(1, at(NINE)).get().log());
        assertThat(LogFixtures.emptyVisitorLog()).isNotEqualTo(VisitorLog.empty(VisitorLogId.of("other")));
    }

    @Test
    void visitorReplay_eventsThatDoNotFit_areInconsistent() {
        VisitorLog.Change first = arrived();
        VisitorLog.Visit visit = first.visit();
        List<List<VisitorLogEvent>> wrong = List.of(
                List.of(new VisitorLogEvent.Arrived(VisitorLogId.of("other"), visit, CLERK)),
                List.of(new VisitorLogEvent.Arrived(RECEPTION, im(visit).withSequence(2), CLERK)),
                List.of(new VisitorLogEvent.Arrived(RECEPTION, im(visit).withDeparture(NINE),
                        CLERK)),
                List.of(first.event(), new VisitorLogEvent.Left(RECEPTION, 0, NINE, CLERK)),
                List.of(first.event(), new VisitorLogEvent.Left(RECEPTION, 2, NINE, CLERK)),
                List.of(first.event(), new VisitorLogEvent.Left(VisitorLogId.of("other"), 1, NINE, CLERK)));
        for (List<VisitorLogEvent> events : wrong) {
            Problem p = VisitorLog.replay(RECEPTION, events).getLeft();
            assertThat(p.code()).isEqualTo("correspondence.replay.inconsistent");
            assertThat(p.detail("index")).contains(Integer.toString(events.size() - 1));
        }
        Problem outOfSequence = VisitorLog.replay(RECEPTION, wrong.get(1)).getLeft();
        assertThat(outOfSequence.detail("expected")).contains("1");
    }

    @Test
    void visitorRestore_arrivalsAndDeparturesOutsideTheSupportedInstants_areRefused() {
        VisitorLog.Visit visit = arrived().visit();
        assertThat(codes(VisitorLog.restore(new VisitorLogSnapshot(RECEPTION,
                List.of(im(visit).withArrival(Instant.MIN))))))
                .containsExactly("kernel.range.instant");
        assertThat(codes(VisitorLog.restore(new VisitorLogSnapshot(RECEPTION,
                List.of(im(visit).withDeparture(Instant.MAX))))))
                .containsExactly("kernel.range.instant");
    }

    // ---------------------------------------------------------------- transmission slips

    private static TransmissionSlips.Change sent() {
        return LogFixtures.emptySlips().send(S2, S3, List.of("Note 45"), at(NINE)).get();
    }

    private static List<String> documents(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "Pièce " + i).toList();
    }

    @Test
    void slips_aBookNeedsACode() {
        assertThatThrownBy(() -> TransmissionSlips.of(SLIPS, SLIP_SCHEME, " ", KernelFixtures.PARIS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransmissionSlips.of(SLIPS, SLIP_SCHEME, null, KernelFixtures.PARIS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LogFixtures.emptySlips().id()).isEqualTo(SLIPS);
    }

    @ParameterizedTest
    @MethodSource("outside")
    void slips_decisionsOutsideTheSupportedInstants_areRefused(Instant when) {
        TransmissionSlips book = sent().slips();
        assertThat(code(book.send(S2, S3, List.of("Note 46"), at(when)))).isEqualTo("kernel.range.instant");
        assertThat(code(book.acknowledge(book.slips().get(0).number(), at(when)))).isEqualTo("kernel.range.instant");
        assertThat(book.awaitingReceipt(S3.id())).hasSize(1);
    }

    @Test
    void slips_upTo500DocumentsAreSent_501Refused() {
        TransmissionSlips book = LogFixtures.emptySlips();
        assertThat(book.send(S2, S3, documents(500), at(NINE)).get().slip().documents()).hasSize(500);
        assertThat(code(book.send(S2, S3, documents(501), at(NINE)))).isEqualTo("correspondence.slip.too-large");
        assertThat(code(book.send(S2, S3, List.of(), at(NINE)))).isEqualTo("correspondence.slip.no-document");
        assertThat(code(book.send(S2, S3, List.of("Note 45", " "), at(NINE)))).isEqualTo("correspondence.slip.bad-document");
    }

    @Test
    void slips_acknowledge_ofASlipNotInTheBook_isUnknown() {
        TransmissionSlips book = sent().slips();
        Problem p = book.acknowledge(ReferenceNumber.of("BE-S2-2026-0002", "x", 2), at(NINE)).getLeft();
        assertThat(p.code()).isEqualTo("correspondence.slip.unknown");
        assertThat(p.detail("slip")).contains("BE-S2-2026-0002");
    }

    @Test
    void slips_change_isAnOutcome_andReceivedNamesItsSlip() {
        TransmissionSlips.Change c = sent();
        assertThat(c.state()).isSameAs(c.slips());
        assertThat(c.events()).containsExactly(c.event());
        TransmissionSlips.Change received = c.slips().acknowledge(c.slip().number(), at(NINE)).get();
        assertThat(received.events()).containsExactly(received.event());
        assertThat(received.event().details()).containsExactly(Map.entry("number", "BE-S2-2026-0001"));
        assertThat(received.event().schemaVersion()).isEqualTo(TransmissionSlipEvent.SCHEMA_VERSION);
    }

    @Test
    void slips_equality_isTheIdTheNumberingAndTheSlips() {
        TransmissionSlips one = sent().slips();
        TransmissionSlips same = sent().slips();
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(LogFixtures.emptySlips());
        assertThat(one).isNotEqualTo(one.acknowledge(one.slips().get(0).number(), at(NINE)).get().slips());
        assertThat(LogFixtures.emptySlips()).isNotEqualTo(
                TransmissionSlips.of(TransmissionSlipsId.of("other"), SLIP_SCHEME, SLIP_CODE, KernelFixtures.PARIS));
        assertThat(LogFixtures.emptySlips()).isNotEqualTo(
                TransmissionSlips.of(SLIPS, SLIP_SCHEME, "S3", KernelFixtures.PARIS));
        assertThat(LogFixtures.emptySlips()).isNotEqualTo(
                TransmissionSlips.of(SLIPS, SLIP_SCHEME, SLIP_CODE, java.time.ZoneOffset.UTC));
    }

    private static Either<Problem, TransmissionSlips> replay(List<TransmissionSlipEvent> events) {
        return TransmissionSlips.replay(SLIPS, SLIP_SCHEME, SLIP_CODE, KernelFixtures.PARIS, events);
    }

    @Test
    void slipsReplay_eventsThatDoNotFit_areInconsistent() {
        TransmissionSlips.Change first = sent();
        TransmissionSlips.Slip slip = first.slip();
        TransmissionSlips.Slip lastSecond = im(slip)
                .withNumber(ReferenceNumber.of("BE-S2-10000-0001", "x", 1)).withSentAt(Limits.MAX_INSTANT);
        List<List<TransmissionSlipEvent>> wrong = List.of(
                List.of(new TransmissionSlipEvent.Sent(TransmissionSlipsId.of("other"), slip)),
                List.of(new TransmissionSlipEvent.Sent(SLIPS, im(slip)
                        .withReceivedAt(NINE).withReceivedBy(CLERK))),
                List.of(new TransmissionSlipEvent.Sent(SLIPS, im(slip).withReceivedBy(CLERK))),
                List.of(new TransmissionSlipEvent.Sent(SLIPS, im(slip).withSentAt(Instant.MAX))),
                List.of(new TransmissionSlipEvent.Sent(SLIPS, lastSecond)),
                List.of(first.event(), new TransmissionSlipEvent.Received(SLIPS, slip.number(), NINE.minusNanos(1), CLERK)),
                List.of(first.event(), new TransmissionSlipEvent.Received(SLIPS,
                        ReferenceNumber.of(slip.number().text(), "another series", 1), NINE, CLERK)));
        for (List<TransmissionSlipEvent> events : wrong) {
            Either<Problem, TransmissionSlips> replayed = replay(events);
            assertThat(replayed.isLeft()).as("%s refused", events).isTrue();
            assertThat(replayed.getLeft().code()).isEqualTo("correspondence.replay.inconsistent");
            assertThat(replayed.getLeft().detail("index")).contains(Integer.toString(events.size() - 1));
        }
        assertThat(replay(List.of(first.event(), new TransmissionSlipEvent.Received(SLIPS, slip.number(), NINE, CLERK)))
                .get().awaitingReceipt(S3.id())).isEmpty();
    }

    @Test
    void slipsRestore_aReceiptOutsideTheSupportedInstants_isRefused() {
        TransmissionSlips.Slip slip = sent().slip();
        assertThat(codes(TransmissionSlips.restore(new TransmissionSlipsSnapshot(SLIPS, SLIP_SCHEME, SLIP_CODE,
                KernelFixtures.PARIS, List.of(im(slip).withReceivedAt(Instant.MAX)
                        .withReceivedBy(CLERK)))))).containsExactly("kernel.range.instant");
    }
}
