package org.aso.core.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.audit.AuditTrail;
import org.aso.core.fixtures.LogFixtures;
import org.aso.core.fixtures.LogFixtures.Step;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.ReferenceNumber;

/**
 * The two laws of the phone log, the visitor log and the book of transmission slips, over random
 * sequences of decisions (accepted and refused): replaying the events of the accepted decisions
 * gives exactly the state they returned, and a snapshot restores to an equal state while one
 * corruption of it is refused with the code of the rule it breaks.
 */
class LogProperties {

    @Provide
    Arbitrary<List<Step>> steps() {
        return LogFixtures.steps(50);
    }

    /** The state after the steps, and the events of the accepted decisions, in order. */
    record Run<S, E>(S state, List<E> events, int refused) {}

    /**
     * Applies the steps one by one; checks on the way that each change is its event applied to
     * the state before, and that the event names the decision's instant and actor.
     */
    static <S, C, E extends DomainEvent> Run<S, E> run(S initial, List<Step> steps,
                                                      BiFunction<S, Step, Either<Problem, C>> decide,
                                                      java.util.function.Function<C, S> stateOf,
                                                      java.util.function.Function<C, E> eventOf,
                                                      BiFunction<S, E, Either<Problem, S>> evolve) {
        S state = initial;
        List<E> events = new ArrayList<>();
        int refused = 0;
        for (Step s : steps) {
            Either<Problem, C> decided = decide.apply(state, s);
            if (decided.isLeft()) {
                refused++;
                continue;
            }
            E event = eventOf.apply(decided.get());
            assertThat(event.at()).isEqualTo(s.ctx().at());
            assertThat(event.actor()).isEqualTo(s.ctx().actor());
            assertThat(evolve.apply(state, event).get()).isEqualTo(stateOf.apply(decided.get()));
            // whatever a decision accepts, an audit trail records
            assertThat(AuditTrail.empty().append(event).isRight()).as("%s is recordable", event).isTrue();
            events.add(event);
            state = stateOf.apply(decided.get());
        }
        return new Run<>(state, List.copyOf(events), refused);
    }

    static Run<PhoneLog, PhoneLogEvent> phone(List<Step> steps) {
        return run(LogFixtures.emptyPhoneLog(), steps, LogFixtures::apply, PhoneLog.Change::log, PhoneLog.Change::event,
                PhoneLog::evolve);
    }

    static Run<VisitorLog, VisitorLogEvent> visits(List<Step> steps) {
        return run(LogFixtures.emptyVisitorLog(), steps, LogFixtures::apply, VisitorLog.Change::log,
                VisitorLog.Change::event, VisitorLog::evolve);
    }

    static Run<TransmissionSlips, TransmissionSlipEvent> slips(List<Step> steps) {
        return run(LogFixtures.emptySlips(), steps, LogFixtures::apply, TransmissionSlips.Change::slips,
                TransmissionSlips.Change::event, TransmissionSlips::evolve);
    }

    // ---------------------------------------------------------------- 1. replay

    @Property(tries = 300)
    void replaying_the_events_gives_back_the_phone_log(@ForAll("steps") List<Step> steps) {
        // given
        Run<PhoneLog, PhoneLogEvent> run = phone(steps);
        // when
        PhoneLog replayed = PhoneLog.replay(LogFixtures.PHONE, run.events()).get();
        // then
        assertThat(replayed).isEqualTo(run.state());
        assertThat(replayed.snapshot()).isEqualTo(run.state().snapshot());
        assertThat(run.events()).allSatisfy(e -> assertThat(e.schemaVersion()).isEqualTo(PhoneLogEvent.SCHEMA_VERSION));
    }

    @Property(tries = 300)
    void replaying_the_events_gives_back_the_visitor_log(@ForAll("steps") List<Step> steps) {
        Run<VisitorLog, VisitorLogEvent> run = visits(steps);
        VisitorLog replayed = VisitorLog.replay(LogFixtures.RECEPTION, run.events()).get();
        assertThat(replayed).isEqualTo(run.state());
        assertThat(replayed.snapshot()).isEqualTo(run.state().snapshot());
        assertThat(replayed.onSite()).isEqualTo(run.state().onSite());
    }

    @Property(tries = 300)
    void replaying_the_events_gives_back_the_book_of_slips_and_its_counters(@ForAll("steps") List<Step> steps) {
        // given
        Run<TransmissionSlips, TransmissionSlipEvent> run = slips(steps);
        // when
        TransmissionSlips replayed = TransmissionSlips.replay(LogFixtures.SLIPS, LogFixtures.SLIP_SCHEME,
                LogFixtures.SLIP_CODE, org.aso.core.fixtures.KernelFixtures.PARIS, run.events()).get();
        // then: equal (numbering counters included), and the next number given is the same
        assertThat(replayed).isEqualTo(run.state());
        assertThat(replayed.snapshot()).isEqualTo(run.state().snapshot());
        Step next = new Step(LogFixtures.Kind.ADD, 60, 0, 1, 1);
        assertThat(LogFixtures.apply(replayed, next).map(c -> c.slip().number()))
                .isEqualTo(LogFixtures.apply(run.state(), next).map(c -> c.slip().number()));
    }

    @Property(tries = 200)
    void an_event_out_of_place_is_refused_with_its_index(@ForAll("steps") List<Step> steps) {
        Run<PhoneLog, PhoneLogEvent> phone = phone(steps);
        Run<VisitorLog, VisitorLogEvent> visits = visits(steps);
        Run<TransmissionSlips, TransmissionSlipEvent> slips = slips(steps);
        Assume.that(!phone.events().isEmpty() && !visits.events().isEmpty() && !slips.events().isEmpty());
        // the first event twice: a message numbered 1 again, a visit numbered 1 again, a slip number given twice
        assertRefusedAt(PhoneLog.replay(LogFixtures.PHONE, twiceFirst(phone.events())), 1);
        assertRefusedAt(VisitorLog.replay(LogFixtures.RECEPTION, twiceFirst(visits.events())), 1);
        assertRefusedAt(TransmissionSlips.replay(LogFixtures.SLIPS, LogFixtures.SLIP_SCHEME, LogFixtures.SLIP_CODE,
                org.aso.core.fixtures.KernelFixtures.PARIS, twiceFirst(slips.events())), 1);
        // the events of another log
        assertRefusedAt(PhoneLog.replay(PhoneLogId.of("other"), phone.events()), 0);
    }

    private static <E> List<E> twiceFirst(List<E> events) {
        List<E> out = new ArrayList<>();
        out.add(events.get(0));
        out.addAll(events);
        return out;
    }

    private static void assertRefusedAt(Either<Problem, ?> replayed, int index) {
        assertThat(replayed.isLeft()).isTrue();
        assertThat(replayed.getLeft().code()).isEqualTo("correspondence.replay.inconsistent");
        assertThat(replayed.getLeft().detail("index")).contains(Integer.toString(index));
    }

    // ---------------------------------------------------------------- 2. snapshot and restore

    @Property(tries = 300)
    void a_snapshot_restores_to_an_equal_log(@ForAll("steps") List<Step> steps) {
        PhoneLog phone = phone(steps).state();
        VisitorLog visits = visits(steps).state();
        TransmissionSlips slips = slips(steps).state();
        assertThat(PhoneLog.restore(phone.snapshot())).isEqualTo(Either.right(phone));
        assertThat(VisitorLog.restore(visits.snapshot())).isEqualTo(Either.right(visits));
        TransmissionSlips restored = TransmissionSlips.restore(slips.snapshot()).get();
        assertThat(restored).isEqualTo(slips);
        // the restored book goes on numbering where the original would
        Step next = new Step(LogFixtures.Kind.ADD, 90, 1, 1, 1);
        assertThat(LogFixtures.apply(restored, next)).isEqualTo(LogFixtures.apply(slips, next));
    }

    enum PhoneCorruption { RENUMBER, DROP_TAKER, DONE_BEFORE_CALL, BLANK_CALLER, CALLBACK_WITHOUT_NUMBER, DUPLICATE,
        REMOVE_NOT_LAST, CONTROL_IN_TEXT }

    @Property(tries = 500)
    void a_corrupted_phone_log_snapshot_is_refused(@ForAll("steps") List<Step> steps, @ForAll PhoneCorruption c,
                                                   @ForAll int pick) {
        PhoneLogSnapshot s = phone(steps).state().snapshot();
        Assume.that(!s.messages().isEmpty());
        List<PhoneLog.Message> ms = new ArrayList<>(s.messages());
        int i = Math.floorMod(pick, ms.size());
        ImmutableMessage m = (ImmutableMessage) ImmutableMessage.copyOf(ms.get(i));
        String expected;
        switch (c) {
            case DROP_TAKER -> {
                ms.set(i, m.withTakenBy(Optional.empty()));
                expected = "correspondence.phone.missing-taker";
            }
            case DONE_BEFORE_CALL -> {
                ms.set(i, m.withDoneAt(m.at().minusNanos(1)));
                expected = "correspondence.phone.done-before-call";
            }
            case BLANK_CALLER -> {
                ms.set(i, m.withCaller(" "));
                expected = "correspondence.phone.missing-caller";
            }
            case CALLBACK_WITHOUT_NUMBER -> {
                ms.set(i, m.withCallbackWanted(true).withNumber(Optional.empty()));
                expected = "correspondence.phone.callback-without-number";
            }
            case DUPLICATE -> {
                ms.add(i + 1, m);
                expected = "correspondence.phone.out-of-sequence";
            }
            case REMOVE_NOT_LAST -> {
                if (ms.size() > 1) {
                    ms.remove(Math.min(i, ms.size() - 2));
                } else {
                    ms.set(i, m.withSequence(m.sequence() + 1));
                }
                expected = "correspondence.phone.out-of-sequence";
            }
            case CONTROL_IN_TEXT -> {
                ms.set(i, m.withText(m.text() + "\u0000"));
                expected = "kernel.text.control-character";
            }
            default -> {
                ms.set(i, m.withSequence(m.sequence() + 1));
                expected = "correspondence.phone.out-of-sequence";
            }
        }
        assertRefused(PhoneLog.restore(new PhoneLogSnapshot(s.log(), ms)), expected);
    }

    enum VisitCorruption { RENUMBER, DEPARTURE_BEFORE_ARRIVAL, BADGE_WORN_TWICE, BLANK_VISITOR, BLANK_BADGE,
        REMOVE_NOT_LAST, BIDI_IN_ORGANISATION }

    @Property(tries = 500)
    void a_corrupted_visitor_log_snapshot_is_refused(@ForAll("steps") List<Step> steps, @ForAll VisitCorruption c,
                                                     @ForAll int pick) {
        VisitorLogSnapshot s = visits(steps).state().snapshot();
        Assume.that(!s.visits().isEmpty());
        List<VisitorLog.Visit> vs = new ArrayList<>(s.visits());
        int i = Math.floorMod(pick, vs.size());
        ImmutableVisit v = (ImmutableVisit) ImmutableVisit.copyOf(vs.get(i));
        String expected;
        switch (c) {
            case DEPARTURE_BEFORE_ARRIVAL -> {
                vs.set(i, v.withDeparture(v.arrival().minusSeconds(1)));
                expected = "correspondence.visit.departure-before-arrival";
            }
            case BADGE_WORN_TWICE -> {
                if (vs.size() > 1) {
                    int j = (i + 1) % vs.size();
                    vs.set(i, v.withDeparture(Optional.empty()).withBadge("V-9"));
                    vs.set(j, ((ImmutableVisit) ImmutableVisit.copyOf(vs.get(j))).withDeparture(Optional.empty()).withBadge("V-9"));
                    expected = "correspondence.visit.badge-in-use";
                } else {
                    vs.set(i, v.withSequence(2));
                    expected = "correspondence.visit.out-of-sequence";
                }
            }
            case BLANK_VISITOR -> {
                vs.set(i, v.withVisitor(""));
                expected = "correspondence.visit.missing-visitor";
            }
            case BLANK_BADGE -> {
                vs.set(i, v.withBadge(" "));
                expected = "correspondence.visit.missing-visitor";
            }
            case REMOVE_NOT_LAST -> {
                if (vs.size() > 1) {
                    vs.remove(Math.min(i, vs.size() - 2));
                } else {
                    vs.set(i, v.withSequence(0));
                }
                expected = "correspondence.visit.out-of-sequence";
            }
            case BIDI_IN_ORGANISATION -> {
                vs.set(i, v.withOrganisation("Cour\u202Edes comptes"));
                expected = "kernel.text.bidi-control";
            }
            default -> {
                vs.set(i, v.withSequence(v.sequence() + 1));
                expected = "correspondence.visit.out-of-sequence";
            }
        }
        assertRefused(VisitorLog.restore(new VisitorLogSnapshot(s.log(), vs)), expected);
    }

    enum SlipCorruption { NUMBER_USED_TWICE, GAP, FOREIGN_NUMBER, RECEIVED_BEFORE_SENT, RECEIPT_WITHOUT_WHEN, SAME_UNIT,
        NO_DOCUMENT, TOO_LARGE, NEXT_YEAR }

    @Property(tries = 500)
    void a_corrupted_book_of_slips_snapshot_is_refused(@ForAll("steps") List<Step> steps, @ForAll SlipCorruption c,
                                                       @ForAll int pick) {
        TransmissionSlipsSnapshot s = slips(steps).state().snapshot();
        Assume.that(!s.slips().isEmpty());
        List<TransmissionSlips.Slip> ss = new ArrayList<>(s.slips());
        int i = Math.floorMod(pick, ss.size());
        ImmutableSlip slip = (ImmutableSlip) ImmutableSlip.copyOf(ss.get(i));
        String expected;
        switch (c) {
            case NUMBER_USED_TWICE -> {
                ss.add(i + 1, slip);
                expected = "correspondence.slip.duplicate-number";
            }
            case GAP -> {
                // remove a slip followed by another of its series; without one, skip a number at the end
                Optional<Integer> followed = java.util.stream.IntStream.range(0, ss.size() - 1).boxed()
                        .filter(k -> ss.subList(k + 1, ss.size()).stream()
                                .anyMatch(o -> o.number().series().equals(ss.get(k).number().series())))
                        .findFirst();
                if (followed.isPresent()) {
                    ss.remove((int) followed.get());
                } else {
                    ImmutableSlip last = (ImmutableSlip) ImmutableSlip.copyOf(ss.get(ss.size() - 1));
                    ReferenceNumber n = last.number();
                    String text = n.text().substring(0, n.text().length() - 4) + String.format("%04d", n.sequence() + 1);
                    ss.set(ss.size() - 1, last.withNumber(ReferenceNumber.of(text, n.series(), n.sequence() + 1)));
                }
                expected = "correspondence.slip.number-gap";
            }
            case FOREIGN_NUMBER -> {
                ReferenceNumber n = slip.number();
                ss.set(i, slip.withNumber(ReferenceNumber.of(n.text() + "-bis", n.series(), n.sequence())));
                expected = "correspondence.slip.foreign-number";
            }
            case RECEIVED_BEFORE_SENT -> {
                ss.set(i, slip.withReceivedAt(slip.sentAt().minusSeconds(1)).withReceivedBy(PersonId.of("alice")));
                expected = "correspondence.slip.received-before-sent";
            }
            case RECEIPT_WITHOUT_WHEN -> {
                ss.set(i, slip.withReceivedAt(Optional.empty()).withReceivedBy(PersonId.of("alice")));
                expected = "correspondence.slip.receipt-incomplete";
            }
            case SAME_UNIT -> {
                ss.set(i, slip.withTo(slip.from()));
                expected = "correspondence.slip.same-unit";
            }
            case NO_DOCUMENT -> {
                ss.set(i, slip.withDocuments(List.of()));
                expected = "correspondence.slip.no-document";
            }
            case TOO_LARGE -> {
                ss.set(i, slip.withDocuments(Collections.nCopies(501, "Annexe")));
                expected = "correspondence.slip.too-large";
            }
            default -> {
                // sent a year later, the slip's number belongs to another series
                ss.set(i, slip.withSentAt(slip.sentAt().plus(Duration.ofDays(366))).withReceivedAt(Optional.empty())
                        .withReceivedBy(Optional.empty()));
                expected = "correspondence.slip.foreign-number";
            }
        }
        assertRefused(TransmissionSlips.restore(new TransmissionSlipsSnapshot(s.book(), s.scheme(), s.code(), s.zone(), ss)),
                expected);
    }

    private static void assertRefused(Either<List<Problem>, ?> restored, String code) {
        assertThat(restored.isLeft()).as("refused").isTrue();
        assertThat(restored.getLeft()).extracting(Problem::code).contains(code);
        assertThat(restored.getLeft()).allSatisfy(p -> assertThat(p.detail("index")).isPresent());
    }
}
