package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.CLERK;
import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.general;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.aso.core.fixtures.RegisterCommands;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.ReferenceNumber;
import org.junit.jupiter.api.Test;

/** Restoring a register from a snapshot: what comes back, and each invariant a snapshot may break. */
class RegisterRestoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Context CTX = clerkOn(DAY);
    private static final String SERIES = "code=A|year=2026";

    /** Three entries: a letter assigned to S2 (1), the reply linked to it (2), and a second letter (3). */
    private static Register threeEntries() {
        Register r = emptyGeneral();
        var letter = r.register(letter(DAY, "Subvention").build(), CTX).get();
        r = letter.register().assign(letter.entry().id(), OrgUnitId.of("S2"), Assignment.Purpose.ACTION, CTX)
                .get().register();
        var reply = r.register(Registration.builder().direction(Direction.OUTGOING).channel(Channel.POST).receivedOn(DAY)
                .addRecipients(Contact.named("Mairie")).subject("Réponse").build(), CTX).get();
        r = reply.register().linkReply(reply.entry().id(), List.of(letter.entry().id()), CTX).get().register();
        return r.register(letter(DAY, "Autre").build(), CTX).get().register();
    }

    private static RegisterSnapshot withEntry(RegisterSnapshot s, int index, UnaryOperator<ImmutableEntry> change) {
        List<Entry> entries = new ArrayList<>(s.entries());
        entries.set(index, change.apply(Register.im(entries.get(index))));
        return new RegisterSnapshot(s.register(), entries, s.counters());
    }

    private static RegisterSnapshot withCounter(RegisterSnapshot s, String series, long value) {
        Map<String, Long> counters = new HashMap<>(s.counters());
        counters.put(series, value);
        return new RegisterSnapshot(s.register(), s.entries(), counters);
    }

    private static List<String> codes(RegisterSnapshot s) {
        return Register.restore(general(), s).getLeft().stream().map(Problem::code).toList();
    }

    @Test
    void restore_ofASnapshot_givesAnEqualRegister_thatDecidesAsTheOriginal() {
        // given
        Register original = threeEntries();
        // when
        Register restored = Register.restore(general(), original.snapshot()).get();
        // then
        assertThat(restored).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(restored.openWithDeadline()).isEqualTo(1); // the first letter is answered
        var next = restored.register(letter(DAY, "Quatre").build(), CTX).get();
        assertThat(next.entry().number().text()).isEqualTo("2026-A-000004");
        assertThat(next.register()).isEqualTo(original.register(letter(DAY, "Quatre").build(), CTX).get().register());
    }

    @Test
    void restore_ofAnEmptySnapshot_givesAnEmptyRegister() {
        assertThat(Register.restore(general(), emptyGeneral().snapshot()).get()).isEqualTo(emptyGeneral());
    }

    @Test
    void restore_ofASnapshotOfAnotherRegister_isRefused() {
        RegisterSnapshot s = new RegisterSnapshot(RegisterId.of("PQ"), List.of(), Map.of());
        assertThat(Register.restore(general(), s).getLeft()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("correspondence.restore.other-register");
            assertThat(p.detail("register")).contains("PQ");
        });
    }

    @Test
    void restore_ofAnEntryOfAnotherRegister_isRefused() {
        RegisterSnapshot s = withEntry(threeEntries().snapshot(), 2, e -> e.withRegister(RegisterId.of("PQ")));
        assertThat(codes(s)).contains("correspondence.restore.other-register");
    }

    @Test
    void restore_ofEntriesOutOfTheirPlaces_isRefused() {
        RegisterSnapshot s = threeEntries().snapshot();
        List<Entry> swapped = new ArrayList<>(s.entries());
        swapped.set(0, s.entries().get(2));
        swapped.set(2, s.entries().get(0));
        assertThat(codes(new RegisterSnapshot(s.register(), swapped, s.counters())))
                .contains("correspondence.restore.out-of-order", "correspondence.restore.number-out-of-order");
    }

    @Test
    void restore_ofAnIdHeldTwice_isRefused() {
        RegisterSnapshot s = threeEntries().snapshot();
        RegisterSnapshot twice = withEntry(s, 2, e -> e.withId(s.entries().get(1).id()));
        assertThat(codes(twice)).contains("correspondence.restore.duplicate");
    }

    @Test
    void restore_ofANumberUsedTwice_isRefused() {
        RegisterSnapshot s = threeEntries().snapshot();
        // the third entry carries the second's number, under its own text and id
        RegisterSnapshot twice = withEntry(s, 2, e -> e.withNumber(ReferenceNumber.of("2026-A-2bis", SERIES, 2))
                .withId(EntryId.of("GEN/2026-A-2bis")));
        assertThat(Register.restore(general(), twice).getLeft()).extracting(Problem::code)
                .contains("correspondence.restore.duplicate-number");
        assertThat(Register.restore(general(), twice).getLeft()).filteredOn(p -> p.code().endsWith("duplicate-number"))
                .singleElement().satisfies(p -> assertThat(p.detail("number")).contains("2026-A-2bis"));
    }

    @Test
    void restore_ofAGapInTheNumbers_isRefused() {
        // given: the second entry lost, the third moved up a place
        RegisterSnapshot s = threeEntries().snapshot();
        Entry third = Register.im(s.entries().get(2)).withPosition(2);
        RegisterSnapshot gap = new RegisterSnapshot(s.register(), List.of(s.entries().get(0), third), s.counters());
        // when
        List<Problem> problems = Register.restore(general(), gap).getLeft();
        // then: the gap, and the letter's reply link to the lost reply
        assertThat(problems).extracting(Problem::code)
                .containsExactlyInAnyOrder("correspondence.restore.number-gap", "correspondence.restore.reply-link");
        assertThat(problems.get(0).detail("missing")).contains("2");
        assertThat(problems.get(0).detail("series")).contains(SERIES);
    }

    @Test
    void restore_ofACounterBehindItsHighestNumber_isRefused() {
        List<Problem> problems = Register.restore(general(), withCounter(threeEntries().snapshot(), SERIES, 2)).getLeft();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("correspondence.restore.counter-behind");
            assertThat(p.detail("counter")).contains("2");
            assertThat(p.detail("highest")).contains("3");
        });
        assertThat(codes(withCounter(emptyGeneral().snapshot(), SERIES, -1))).containsExactly("correspondence.restore.counter-behind");
    }

    @Test
    void restore_ofACounterAheadOfItsNumbers_isRefused() {
        assertThat(codes(withCounter(threeEntries().snapshot(), SERIES, 4))).containsExactly("correspondence.restore.counter-ahead");
        // numbers given in a series no entry holds
        assertThat(codes(withCounter(threeEntries().snapshot(), "code=A|year=2025", 7)))
                .containsExactly("correspondence.restore.counter-ahead");
    }

    @Test
    void restore_ofEntriesBreakingTheirInvariants_namesEachInvariant() {
        RegisterSnapshot s = threeEntries().snapshot();
        Entry letter = s.entries().get(0);
        Map<String, RegisterSnapshot> broken = new java.util.LinkedHashMap<>();
        broken.put("id", withEntry(s, 2, e -> e.withId(EntryId.of("GEN/other"))));
        broken.put("subject", withEntry(s, 2, e -> e.withSubject(Optional.empty())));
        broken.put("unopened", withEntry(s, 2, e -> e.withUnopened(true).withSubject(Optional.empty())));
        broken.put("reply-due", withEntry(s, 2, e -> e.withReplyDue(Optional.empty())));
        broken.put("acknowledgement", withEntry(s, 1, e -> e.withAcknowledgedAt(CTX.at())));
        broken.put("handlers", withEntry(s, 0, e -> e.withAssignments(List.of(letter.assignments().get(0),
                Assignment.builder().assignee(PersonId.of("alice")).purpose(Assignment.Purpose.ACTION).at(CTX.at())
                        .by(CLERK).build()))));
        broken.put("answers", withEntry(s, 0, e -> e.withAnsweredAt(Optional.empty())));
        broken.put("closed", withEntry(s, 2, e -> e.withClosedAt(CTX.at())));
        broken.forEach((invariant, snapshot) -> assertThat(Register.restore(general(), snapshot).getLeft())
                .as(invariant).filteredOn(p -> p.code().equals("correspondence.restore.invalid-entry"))
                .singleElement().satisfies(p -> {
                    assertThat(p.detail("invariant")).contains(invariant);
                    assertThat(p.detail("entry")).isPresent();
                }));
    }

    @Test
    void restore_ofARedactedEntry_isRefused_soAViewIsNeverStoredAsTheRegister() {
        RegisterSnapshot s = threeEntries().snapshot();
        List<Entry> redacted = s.entries().stream().map(Entry::redacted).toList();
        assertThat(codes(new RegisterSnapshot(s.register(), redacted, s.counters())))
                .containsOnly("correspondence.restore.invalid-entry").hasSize(3);
    }

    @Test
    void restore_ofAReplyLinkedOneWayOnly_isRefused() {
        RegisterSnapshot s = threeEntries().snapshot();
        assertThat(codes(withEntry(s, 1, e -> e.withAnswers(List.of())))).containsExactly("correspondence.restore.reply-link");
        // a reply that answers an outgoing entry
        assertThat(codes(withEntry(s, 0, e -> e.withAnsweredBy(List.of(s.entries().get(2).id())))))
                .contains("correspondence.restore.reply-link");
    }

    @Test
    void restore_reportsEveryProblemAtOnce() {
        RegisterSnapshot s = withCounter(withEntry(withEntry(threeEntries().snapshot(), 2, e -> e.withClosedAt(CTX.at())),
                1, e -> e.withRegisteredAt(java.time.Instant.MAX)), SERIES, 9);
        assertThat(codes(s)).containsExactlyInAnyOrder("correspondence.restore.invalid-entry", "kernel.range.instant",
                "correspondence.restore.counter-ahead");
    }

    @Test
    void entryBuilder_buildsAnEntryFromARegistration_thatRestores() {
        // given: the mail as a host stored it, and what the register gave it
        Registration mail = letter(DAY, "Demande de subvention").confidentiality(Confidentiality.CONFIDENTIAL).build();
        PriorityGrade normal = general().grade("normal").get();
        Entry e = Entry.builder().from(mail)
                .id(EntryId.of("GEN/2026-A-000001")).register(RegisterId.of("GEN"))
                .number(ReferenceNumber.of("2026-A-000001", SERIES, 1)).position(1)
                .registeredAt(CTX.at()).registeredBy(CLERK).grade(normal).status(EntryStatus.REGISTERED)
                .replyWithinWorkingDays(normal.replyWithinWorkingDays())
                .replyDue(general().calendar().plusWorkingDays(DAY, normal.replyWithinWorkingDays()))
                .acknowledgementDue(general().calendar().plusWorkingDays(DAY, 5))
                .build();
        // when
        Register restored = Register.restore(general(), new RegisterSnapshot(RegisterId.of("GEN"), List.of(e),
                Map.of(SERIES, 1L))).get();
        // then: the entry a registration of that mail gives
        Register registered = emptyGeneral().register(mail, CTX).get().register();
        assertThat(registered.entries()).containsExactly(e);
        assertThat(restored).isEqualTo(registered);
    }

    @Test
    void entryBuilder_refusesAStructureNoEntryHas() {
        Registration outgoing = Registration.builder().direction(Direction.OUTGOING).channel(Channel.POST).receivedOn(DAY)
                .addRecipients(Contact.named("Mairie")).subject("Réponse").build();
        Entry.Builder b = Entry.builder().from(outgoing).id(EntryId.of("GEN/1")).register(RegisterId.of("GEN"))
                .number(ReferenceNumber.of("1", "s", 1)).registeredAt(CTX.at()).registeredBy(CLERK)
                .grade(PriorityGrade.of("normal", "Normal", 10, 30));
        assertThatThrownBy(() -> b.position(1).status(EntryStatus.ASSIGNED).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OUTGOING mail cannot be ASSIGNED");
        assertThatThrownBy(() -> Entry.builder().from(outgoing).from(outgoing))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void registers_restoreEachRegister_andNameWhatDoesNotPair() {
        // given
        Register gen = threeEntries();
        Register pq = Register.of(RegisterCommands.questions());
        Registers all = Registers.of(List.of(gen, pq));
        List<RegisterSettings> settings = List.of(general(), RegisterCommands.questions());
        // then
        assertThat(Registers.restore(settings, all.snapshot()).get()).isEqualTo(all);
        assertThat(Registers.restore(List.of(general()), all.snapshot()).getLeft()).extracting(Problem::code)
                .containsExactly("correspondence.restore.unknown-register");
        assertThat(Registers.restore(settings, List.of(gen.snapshot())).getLeft()).extracting(Problem::code)
                .containsExactly("correspondence.restore.missing-register");
        assertThat(Registers.restore(settings, List.of(gen.snapshot(), gen.snapshot(), pq.snapshot())).getLeft())
                .extracting(Problem::code).containsExactly("correspondence.restore.duplicate-register");
        assertThat(Registers.restore(settings, List.of(withCounter(gen.snapshot(), SERIES, 1), pq.snapshot())).getLeft())
                .extracting(Problem::code).containsExactly("correspondence.restore.counter-behind");
    }

    @Test
    void changeStatus_anAnsweredLetterReopenedAndReassigned_neverGoesBackToRegistered() {
        // given: the letter answered, then reopened and handed back (ANSWERED -> IN_PROGRESS -> ASSIGNED)
        Register r = threeEntries();
        EntryId letter = r.entries().get(0).id();
        assertThat(r.entry(letter).get().status()).isEqualTo(EntryStatus.ANSWERED);
        r = r.changeStatus(letter, EntryStatus.IN_PROGRESS, CTX).get().register();
        r = r.changeStatus(letter, EntryStatus.ASSIGNED, CTX).get().register();

        // when
        Problem p = r.changeStatus(letter, EntryStatus.REGISTERED, CTX).getLeft();

        // then
        assertThat(p.code()).isEqualTo("correspondence.status.not-allowed");
    }
}
