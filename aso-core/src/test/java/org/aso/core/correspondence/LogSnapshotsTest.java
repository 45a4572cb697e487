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
import java.util.Optional;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.LogFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.ReferenceNumber;
import org.junit.jupiter.api.Test;

/** Events, replay and restore of the phone log, the visitor log and the book of slips: each refusal on its own. */
class LogSnapshotsTest {
    private static final Instant NINE = Instant.parse("2026-03-02T08:00:00Z");
    private static final PersonId CLERK = PersonId.of("clerk");
    private static final PersonId DIRECTOR = PersonId.of("director");

    private static Context at(Instant at) {
        return Context.of(at, CLERK, Clearance.of(Confidentiality.RESTRICTED));
    }

    private static List<String> codes(Either<List<Problem>, ?> restored) {
        assertThat(restored.isLeft()).as("refused").isTrue();
        return restored.getLeft().stream().map(Problem::code).toList();
    }

    // ---------------------------------------------------------------- phone log

    private static PhoneLog.Message.Builder call() {
        return PhoneLog.Message.builder().caller("M. Dupont").organisation("Mairie de Lyon")
                .number(PhoneNumber.of("04 72 10 30 30")).forWhom(DIRECTOR).text("Au sujet de la subvention")
                .callbackWanted(true);
    }

    /** A message as a host reads it back from storage. */
    private static PhoneLog.Message stored(long sequence) {
        return call().sequence(sequence).at(NINE).takenBy(CLERK).build();
    }

    @Test
    void record_emitsTheMessageRecorded_whoseDetailsLeaveTheCallerAndTextOut() {
        // when
        PhoneLog.Change c = LogFixtures.emptyPhoneLog().record(call(), at(NINE)).get();
        // then
        assertThat(c.event()).isEqualTo(new PhoneLogEvent.MessageRecorded(PHONE, c.message()));
        assertThat(c.event().subject()).isEqualTo(PHONE);
        assertThat(c.event().action()).isEqualTo("correspondence.phone.recorded");
        assertThat(c.event().details()).containsExactly(Map.entry("sequence", "1"), Map.entry("forWhom", "director"),
                Map.entry("callbackWanted", "true"));
        assertThat(String.join(" ", c.event().details().values())).doesNotContain("Dupont", "Lyon", "subvention", "04");
        assertThat(c.event().schemaVersion()).isEqualTo(1);
    }

    @Test
    void markDone_beforeTheMessageWasRecorded_isRefused() {
        PhoneLog log = LogFixtures.emptyPhoneLog().record(call(), at(NINE)).get().log();
        assertThat(log.markDone(1, at(NINE.minusSeconds(1))).getLeft().code()).isEqualTo("correspondence.phone.done-before-call");
        PhoneLog.Change done = log.markDone(1, at(NINE)).get();
        assertThat(done.event()).isEqualTo(new PhoneLogEvent.MessageDone(PHONE, 1, NINE, CLERK));
        assertThat(done.message().doneAt()).contains(NINE);
    }

    @Test
    void phoneReplay_eventsThatDoNotFit_areRefusedWithTheirIndex() {
        PhoneLog.Change first = LogFixtures.emptyPhoneLog().record(call(), at(NINE)).get();
        var recorded = first.event();
        var done = new PhoneLogEvent.MessageDone(PHONE, 1, NINE.plusSeconds(60), CLERK);
        assertThat(PhoneLog.replay(PHONE, List.of(recorded, done)).get().pendingFor(DIRECTOR)).isEmpty();
        for (List<PhoneLogEvent> wrong : List.<List<PhoneLogEvent>>of(
                List.of(recorded, recorded),                                                   // numbered 1 twice
                List.of(recorded, new PhoneLogEvent.MessageDone(PHONE, 2, NINE, CLERK)),       // no message 2
                List.of(recorded, done, done),                                                 // done twice
                List.of(recorded, new PhoneLogEvent.MessageDone(PHONE, 1, NINE.minusNanos(1), CLERK)),
                List.of(recorded, new PhoneLogEvent.MessageDone(PhoneLogId.of("other"), 1, NINE, CLERK)),
                List.of(recorded, new PhoneLogEvent.MessageRecorded(PHONE, stored(2).withDoneAt(NINE))))) {
            Either<Problem, PhoneLog> replayed = PhoneLog.replay(PHONE, wrong);
            assertThat(replayed.getLeft().code()).isEqualTo("correspondence.replay.inconsistent");
            assertThat(replayed.getLeft().detail("index")).contains(Integer.toString(wrong.size() - 1));
            assertThat(replayed.getLeft().detail("action")).contains(wrong.get(wrong.size() - 1).action());
        }
    }

    @Test
    void messageRecorded_withoutTaker_cannotBeBuilt() {
        assertThatThrownBy(() -> new PhoneLogEvent.MessageRecorded(PHONE, call().sequence(1).at(NINE).build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phoneRestore_reportsEveryBrokenRuleAtOnce_withTheIndexOfItsMessage() {
        // given: message 1 sound, then each message breaking one rule
        List<PhoneLog.Message> messages = List.of(
                stored(1),
                stored(3),                                                                  // out of sequence
                call().sequence(3).at(NINE).build(),                                       // no taker
                stored(4).withDoneAt(NINE.minusSeconds(1)),                                 // done before the call
                PhoneLog.Message.builder().caller(" ").forWhom(DIRECTOR).text("Rappeler").sequence(5).at(NINE)
                        .takenBy(CLERK).build(),                                          // no caller
                call().sequence(6).at(Limits.MAX_INSTANT.plusSeconds(1)).takenBy(CLERK).build());
        // when
        Either<List<Problem>, PhoneLog> restored = PhoneLog.restore(new PhoneLogSnapshot(PHONE, messages));
        // then
        assertThat(restored.getLeft()).extracting(Problem::code, p -> p.detail("index").orElseThrow()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("correspondence.phone.out-of-sequence", "1"),
                org.assertj.core.groups.Tuple.tuple("correspondence.phone.missing-taker", "2"),
                org.assertj.core.groups.Tuple.tuple("correspondence.phone.done-before-call", "3"),
                org.assertj.core.groups.Tuple.tuple("correspondence.phone.missing-caller", "4"),
                org.assertj.core.groups.Tuple.tuple("kernel.range.instant", "5"));
    }

    @Test
    void phoneRestore_refusesWhatRecordRefuses() {
        assertThat(codes(PhoneLog.restore(new PhoneLogSnapshot(PHONE, List.of(
                PhoneLog.Message.builder().caller("X").forWhom(DIRECTOR).text("").sequence(1).at(NINE).takenBy(CLERK).build(),
                PhoneLog.Message.builder().caller("X").forWhom(DIRECTOR).text("Rappeler\r").sequence(2).at(NINE)
                        .takenBy(CLERK).build(),
                PhoneLog.Message.builder().caller("X").forWhom(DIRECTOR).text("t").callbackWanted(true).sequence(3).at(NINE)
                        .takenBy(CLERK).build())))))
                .containsExactly("correspondence.phone.missing-text", "kernel.text.line-break",
                        "correspondence.phone.callback-without-number");
    }

    @Test
    void phoneRestore_ofASoundSnapshot_givesALogThatGoesOnNumbering() {
        PhoneLog restored = PhoneLog.restore(new PhoneLogSnapshot(PHONE, List.of(stored(1), stored(2)))).get();
        assertThat(restored.record(call(), at(NINE)).get().message().sequence()).isEqualTo(3);
        assertThat(restored.snapshot()).isEqualTo(new PhoneLogSnapshot(PHONE, List.of(stored(1), stored(2))));
    }

    // ---------------------------------------------------------------- visitor log

    private static VisitorLog.Visit visit(long sequence, String badge) {
        return VisitorLog.Visit.builder().sequence(sequence).visitor("Mme Petit").host(DIRECTOR).arrival(NINE)
                .badge(Optional.ofNullable(badge)).build();
    }

    @Test
    void arriveAndDepart_emitTheirEvents_whoseDetailsLeaveTheVisitorOut() {
        VisitorLog.Change in = LogFixtures.emptyVisitorLog()
                .arrive(VisitorLog.Visitor.named("Mme Petit").from("Cour des comptes").wearing("V-12"), DIRECTOR, at(NINE)).get();
        assertThat(in.event()).isEqualTo(new VisitorLogEvent.Arrived(RECEPTION, in.visit(), CLERK));
        assertThat(in.event().at()).isEqualTo(NINE);
        assertThat(in.event().details()).containsExactly(Map.entry("sequence", "1"), Map.entry("host", "director"),
                Map.entry("badge", "V-12"));
        VisitorLog.Change out = in.log().depart(1, at(NINE.plusSeconds(3600))).get();
        assertThat(out.event()).isEqualTo(new VisitorLogEvent.Left(RECEPTION, 1, NINE.plusSeconds(3600), CLERK));
        assertThat(out.event().action()).isEqualTo("correspondence.visit.left");
        assertThat(VisitorLog.replay(RECEPTION, List.of(in.event(), out.event()))).isEqualTo(Either.right(out.log()));
    }

    @Test
    void visitorReplay_aBadgeWornTwiceOrADepartureBeforeArrival_isInconsistent() {
        var first = new VisitorLogEvent.Arrived(RECEPTION, visit(1, "V-1"), CLERK);
        var second = new VisitorLogEvent.Arrived(RECEPTION, visit(2, "V-1"), CLERK);
        assertThat(VisitorLog.replay(RECEPTION, List.of(first, second)).getLeft().detail("wornBy")).contains("1");
        var early = new VisitorLogEvent.Left(RECEPTION, 1, NINE.minusSeconds(1), CLERK);
        assertThat(VisitorLog.replay(RECEPTION, List.of(first, early)).getLeft().code())
                .isEqualTo("correspondence.replay.inconsistent");
        var left = new VisitorLogEvent.Left(RECEPTION, 1, NINE, CLERK);
        assertThat(VisitorLog.replay(RECEPTION, List.of(first, left, second)).get().onSite()).hasSize(1);
        assertThat(VisitorLog.replay(RECEPTION, List.of(first, left, left)).getLeft().detail("index")).contains("2");
    }

    @Test
    void visitorRestore_reportsEveryBrokenRuleAtOnce() {
        List<VisitorLog.Visit> visits = List.of(
                visit(1, "V-1"),
                visit(2, "V-1"),                                                     // badge worn by visit 1, on site
                visit(2, null),                                                      // out of sequence
                visit(4, null).withDeparture(NINE.minusSeconds(1)),                 // left before arriving
                VisitorLog.Visit.builder().sequence(5).visitor(" ").host(DIRECTOR).arrival(NINE).badge(" ").build(),
                visit(6, "V-\u202E1"));
        Either<List<Problem>, VisitorLog> restored = VisitorLog.restore(new VisitorLogSnapshot(RECEPTION, visits));
        assertThat(restored.getLeft()).extracting(Problem::code, p -> p.detail("index").orElseThrow()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("correspondence.visit.badge-in-use", "1"),
                org.assertj.core.groups.Tuple.tuple("correspondence.visit.out-of-sequence", "2"),
                org.assertj.core.groups.Tuple.tuple("correspondence.visit.departure-before-arrival", "3"),
                org.assertj.core.groups.Tuple.tuple("correspondence.visit.missing-visitor", "4"),
                org.assertj.core.groups.Tuple.tuple("kernel.text.bidi-control", "5"));
        assertThat(restored.getLeft().get(0).detail("wornBy")).contains("1");
    }

    @Test
    void visitorRestore_aBadgeWornAgainAfterItsVisitorLeft_isSound() {
        List<VisitorLog.Visit> visits = List.of(visit(1, "V-1").withDeparture(NINE.plusSeconds(60)), visit(2, "V-1"));
        VisitorLog log = VisitorLog.restore(new VisitorLogSnapshot(RECEPTION, visits)).get();
        assertThat(log.arrive(VisitorLog.Visitor.named("M. Martin").wearing("V-1"), DIRECTOR, at(NINE)).getLeft().code())
                .isEqualTo("correspondence.visit.badge-in-use");
    }

    // ---------------------------------------------------------------- transmission slips

    private static final Context MONDAY = at(NINE);

    private static TransmissionSlips twoSent() {
        TransmissionSlips book = LogFixtures.emptySlips();
        book = book.send(S2, S3, List.of("Note 45"), MONDAY).get().slips();
        return book.send(S2, S3, List.of("Note 46", "Annexe"), "Pour avis", MONDAY).get().slips();
    }

    private static TransmissionSlipsSnapshot withSlips(List<TransmissionSlips.Slip> slips) {
        return new TransmissionSlipsSnapshot(SLIPS, SLIP_SCHEME, SLIP_CODE, KernelFixtures.PARIS, slips);
    }

    private static TransmissionSlips.Slip slip(String number, long sequence) {
        String series = twoSent().slips().get(0).number().series();
        return TransmissionSlips.Slip.builder().number(ReferenceNumber.of(number, series, sequence))
                .from(S2.id()).to(S3.id()).addDocuments("Note 45").sentAt(NINE).sentBy(CLERK).build();
    }

    @Test
    void sendAndAcknowledge_emitTheirEvents_whoseDetailsLeaveDocumentsAndNoteOut() {
        TransmissionSlips.Change sent = LogFixtures.emptySlips()
                .send(S2, S3, List.of("Note DGA/2026/45", "Annexe"), "Pour signature", MONDAY).get();
        assertThat(sent.event()).isEqualTo(new TransmissionSlipEvent.Sent(SLIPS, sent.slip()));
        assertThat(sent.event().details()).containsExactly(Map.entry("number", "BE-S2-2026-0001"), Map.entry("from", "S2"),
                Map.entry("to", "S3"), Map.entry("documents", "2"));
        TransmissionSlips.Change received = sent.slips().acknowledge(sent.slip().number(), at(NINE.plusSeconds(60))).get();
        assertThat(received.event()).isEqualTo(
                new TransmissionSlipEvent.Received(SLIPS, sent.slip().number(), NINE.plusSeconds(60), CLERK));
        assertThat(received.slip().receivedBy()).contains(CLERK);
        assertThat(received.event().action()).isEqualTo("correspondence.slip.received");
    }

    @Test
    void acknowledge_beforeTheSlipWasSent_isRefused() {
        TransmissionSlips.Change sent = LogFixtures.emptySlips().send(S2, S3, List.of("Note 45"), MONDAY).get();
        assertThat(sent.slips().acknowledge(sent.slip().number(), at(NINE.minusSeconds(1))).getLeft().code())
                .isEqualTo("correspondence.slip.received-before-sent");
    }

    @Test
    void slipsReplay_aNumberTheBookWouldNotGive_isInconsistent() {
        TransmissionSlips book = twoSent();
        TransmissionSlipsSnapshot s = book.snapshot();
        var first = new TransmissionSlipEvent.Sent(SLIPS, s.slips().get(0));
        var second = new TransmissionSlipEvent.Sent(SLIPS, s.slips().get(1));
        assertThat(TransmissionSlips.replay(SLIPS, SLIP_SCHEME, SLIP_CODE, KernelFixtures.PARIS, List.of(first, second)))
                .isEqualTo(Either.right(book));
        // second before first: number 0002 where the book gives 0001
        Problem swapped = TransmissionSlips.replay(SLIPS, SLIP_SCHEME, SLIP_CODE, KernelFixtures.PARIS,
                List.of(second, first)).getLeft();
        assertThat(swapped.code()).isEqualTo("correspondence.replay.inconsistent");
        assertThat(swapped.detail("expected")).contains("BE-S2-2026-0001");
        assertThat(swapped.detail("index")).contains("0");
        // received twice, or a slip never sent
        var received = new TransmissionSlipEvent.Received(SLIPS, s.slips().get(0).number(), NINE, CLERK);
        assertThat(TransmissionSlips.replay(SLIPS, SLIP_SCHEME, SLIP_CODE, KernelFixtures.PARIS,
                List.of(first, received, received)).getLeft().detail("index")).contains("2");
        assertThat(TransmissionSlips.replay(SLIPS, SLIP_SCHEME, SLIP_CODE, KernelFixtures.PARIS,
                List.of(received)).getLeft().detail("index")).contains("0");
        // the same numbers under another code
        assertThat(TransmissionSlips.replay(SLIPS, SLIP_SCHEME, "S9", KernelFixtures.PARIS, List.of(first)).isLeft()).isTrue();
    }

    @Test
    void slipsRestore_numbersUsedTwiceOrWithAGap_areRefused() {
        List<TransmissionSlips.Slip> sound = twoSent().slips();
        assertThat(codes(TransmissionSlips.restore(withSlips(List.of(sound.get(0), sound.get(0), sound.get(1))))))
                .containsExactly("correspondence.slip.duplicate-number");
        List<Problem> gap = TransmissionSlips.restore(withSlips(List.of(sound.get(1)))).getLeft();
        assertThat(gap).extracting(Problem::code).containsExactly("correspondence.slip.number-gap");
        assertThat(gap.get(0).detail("expected")).contains("BE-S2-2026-0001");
        // one gap is reported once, not at every slip after it
        TransmissionSlips.Slip third = slip("BE-S2-2026-0003", 3);
        TransmissionSlips.Slip fourth = slip("BE-S2-2026-0004", 4);
        assertThat(codes(TransmissionSlips.restore(withSlips(List.of(sound.get(0), third, fourth)))))
                .containsExactly("correspondence.slip.number-gap");
    }

    @Test
    void slipsRestore_aNumberNotOfTheBooksScheme_isRefused() {
        assertThat(codes(TransmissionSlips.restore(withSlips(List.of(slip("BE-S3-2026-0001", 1))))))
                .containsExactly("correspondence.slip.foreign-number");
        assertThat(codes(TransmissionSlips.restore(withSlips(List.of(
                TransmissionSlips.Slip.builder().number(ReferenceNumber.of("BE-S2-2026-0001", "other", 1))
                        .from(S2.id()).to(S3.id()).addDocuments("Note").sentAt(NINE).sentBy(CLERK).build())))))
                .containsExactly("correspondence.slip.foreign-number");
    }

    @Test
    void slipsRestore_aCodeTheSchemeCannotPrint_orABlankCode_isRefused() {
        TransmissionSlips.Slip s = twoSent().slips().get(0);
        assertThat(codes(TransmissionSlips.restore(new TransmissionSlipsSnapshot(SLIPS, SLIP_SCHEME, "S 2",
                KernelFixtures.PARIS, List.of(s))))).containsExactly("numbering.request.bad-value");
        assertThat(codes(TransmissionSlips.restore(new TransmissionSlipsSnapshot(SLIPS, SLIP_SCHEME, " ",
                KernelFixtures.PARIS, List.of(s))))).containsExactly("correspondence.slip.missing-code");
    }

    @Test
    void slipsRestore_reportsEveryBrokenRuleOfItsSlipsAtOnce() {
        TransmissionSlips.Slip base = slip("BE-S2-2026-0001", 1);
        List<Problem> problems = TransmissionSlips.restore(withSlips(List.of(
                TransmissionSlips.Slip.builder().number(base.number()).from(S2.id()).to(S2.id()).sentAt(NINE).sentBy(CLERK)
                        .note("Pour avis\u0000").receivedBy(DIRECTOR).build()))).getLeft();
        assertThat(problems).extracting(Problem::code).containsExactly("correspondence.slip.same-unit",
                "correspondence.slip.no-document", "kernel.text.control-character", "correspondence.slip.receipt-incomplete");
        assertThat(problems).allSatisfy(p -> assertThat(p.detail("index")).contains("0"));
    }

    @Test
    void slipsRestore_receiptsBeforeSendingOrOutOfRange_areRefused() {
        TransmissionSlips.Slip base = slip("BE-S2-2026-0001", 1);
        TransmissionSlips.Slip early = TransmissionSlips.Slip.builder().number(base.number()).from(S2.id()).to(S3.id())
                .addDocuments("Note").sentAt(NINE).sentBy(CLERK).receivedAt(NINE.minusSeconds(1)).receivedBy(DIRECTOR).build();
        assertThat(codes(TransmissionSlips.restore(withSlips(List.of(early)))))
                .containsExactly("correspondence.slip.received-before-sent");
        TransmissionSlips.Slip never = TransmissionSlips.Slip.builder().number(base.number()).from(S2.id()).to(S3.id())
                .addDocuments("Note").sentAt(Instant.MAX).sentBy(CLERK).build();
        assertThat(codes(TransmissionSlips.restore(withSlips(List.of(never))))).containsExactly("kernel.range.instant");
    }

    @Test
    void slipsRestore_ofASoundSnapshot_goesOnNumberingInEachSeries() {
        TransmissionSlips restored = TransmissionSlips.restore(twoSent().snapshot()).get();
        assertThat(restored).isEqualTo(twoSent());
        assertThat(restored.send(S2, S3, List.of("Note 47"), MONDAY).get().slip().number().text())
                .isEqualTo("BE-S2-2026-0003");
        Context nextYear = at(Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(restored.send(S2, S3, List.of("Note 1"), nextYear).get().slip().number().text())
                .isEqualTo("BE-S2-2027-0001");
        assertThat(restored.awaitingReceipt(OrgUnitId.of("S3"))).hasSize(2);
    }
}
