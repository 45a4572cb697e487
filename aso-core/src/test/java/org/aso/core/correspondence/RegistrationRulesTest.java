package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.general;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.numbering.ReferenceNumber;
import org.junit.jupiter.api.Test;

/** The rules a registration and the decisions on an entry keep, each at its exact limit, with its Problem code. */
class RegistrationRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Context CTX = clerkOn(DAY);

    private static List<String> codes(Registration.Builder b) {
        return emptyGeneral().validate(b.build(), CTX).stream().map(Problem::code).toList();
    }

    /** The settings of the general register under another id, code or numbering. */
    private static RegisterSettings generalWith(RegisterId id, String code, NumberingScheme numbering) {
        RegisterSettings g = general();
        return RegisterSettings.builder().id(id).code(code).name(g.name()).numbering(numbering).calendar(g.calendar())
                .acknowledgeWithinWorkingDays(g.acknowledgeWithinWorkingDays())
                .putAllReplyWithinByDocumentType(g.replyWithinByDocumentType()).build();
    }

    private static Registration.Builder outgoing() {
        return outgoing("Réponse");
    }

    private static Registration.Builder outgoing(String subject) {
        return Registration.builder().direction(Direction.OUTGOING).channel(Channel.POST).receivedOn(DAY).subject(subject);
    }

    /** An incoming letter without a subject, as mail passed on unopened is registered. */
    private static Registration.Builder sealed() {
        return Registration.builder().direction(Direction.INCOMING).channel(Channel.POST).receivedOn(DAY)
                .sender(Contact.named("Cabinet du ministre")).unopened(true);
    }

    private static List<Contact> contacts(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> Contact.named("Destinataire " + i)).toList();
    }

    private static List<String> names(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "scan-" + i + ".pdf").toList();
    }

    // ---------------------------------------------------------------- registration

    @Test
    void unopenedMail_isRegisteredWithoutSummaryOrAttachments() {
        Registration.Builder sealed = sealed().addressee(PersonId.of("director"));
        assertThat(codes(sealed)).isEmpty();
        assertThat(codes(sealed().addressee(PersonId.of("director")).summary("Nomination")))
                .containsExactly("correspondence.registration.unopened-content");
        assertThat(codes(sealed().addressee(PersonId.of("director")).addAttachments("scan.pdf")))
                .containsExactly("correspondence.registration.unopened-content");
        // graded mail may be passed on unopened without an addressee
        assertThat(codes(sealed().confidentiality(Confidentiality.SECRET))).isEmpty();
    }

    @Test
    void openedMail_withABlankSubject_isRefusedAsMissingSubject() {
        assertThat(codes(letter(DAY, "   "))).contains("correspondence.registration.missing-subject");
        assertThat(emptyGeneral().register(letter(DAY, "   ").build(), CTX).getLeft().code())
                .isEqualTo("correspondence.registration.missing-subject");
    }

    @Test
    void theSubject_isRegisteredWithoutItsSurroundingSpaces() {
        assertThat(emptyGeneral().register(letter(DAY, "  Demande de subvention ").build(), CTX).get().entry().subject())
                .contains("Demande de subvention");
    }

    @Test
    void recipients_upTo500AreAccepted_501Refused() {
        assertThat(codes(outgoing().addAllRecipients(contacts(500)))).isEmpty();
        assertThat(codes(outgoing().addAllRecipients(contacts(501)))).containsExactly("correspondence.registration.too-many");
    }

    @Test
    void attachments_upTo500AreAccepted_501Refused() {
        assertThat(codes(letter(DAY, "Dossier").addAllAttachments(names(500)))).isEmpty();
        assertThat(codes(letter(DAY, "Dossier").addAllAttachments(names(501))))
                .containsExactly("correspondence.registration.too-many");
    }

    @Test
    void outgoingMail_needsARecipient_incomingMailNeedsNone() {
        assertThat(codes(outgoing())).containsExactly("correspondence.registration.missing-recipient");
        assertThat(codes(outgoing().addRecipients(Contact.named("Mairie")))).isEmpty();
        assertThat(codes(letter(DAY, "Demande"))).isEmpty();
    }

    @Test
    void aLetterDatedOnItsArrivalDay_isAccepted_aDayLaterRefused() {
        assertThat(codes(letter(DAY, "Demande").letterDate(DAY))).isEmpty();
        assertThat(codes(letter(DAY, "Demande").letterDate(DAY.minusDays(3)))).isEmpty();
        assertThat(codes(letter(DAY, "Demande").letterDate(DAY.plusDays(1))))
                .containsExactly("correspondence.registration.letter-after-arrival");
    }

    @Test
    void datesExactlyTenYearsOld_areAccepted_aDayOlderRefused() {
        LocalDate tenYears = DAY.minusYears(10);
        assertThat(codes(letter(tenYears, "Ancien"))).isEmpty();
        assertThat(codes(letter(tenYears.minusDays(1), "Ancien"))).containsExactly("correspondence.registration.past-date");
        // the letter's own date too
        assertThat(codes(letter(DAY, "Ancien").letterDate(tenYears))).isEmpty();
        assertThat(codes(letter(DAY, "Ancien").letterDate(tenYears.minusDays(1))))
                .containsExactly("correspondence.registration.past-date");
    }

    @Test
    void anArrivalToday_isAccepted_tomorrowRefused() {
        assertThat(codes(letter(DAY, "Demande"))).isEmpty();
        assertThat(codes(letter(DAY.plusDays(1), "Demande"))).containsExactly("correspondence.registration.future-date");
    }

    @Test
    void aLetterDateOutsideTheSupportedRange_isARangeProblem() {
        assertThat(codes(letter(DAY, "Demande").letterDate(Limits.MIN_DATE.minusDays(1)))).contains("kernel.range.date");
    }

    @Test
    void severalProblems_areNumberedInTheRefusal_inTheOrderOfTheChecks() {
        Registration bad = Registration.builder().direction(Direction.OUTGOING).channel(Channel.POST).receivedOn(DAY.plusDays(1))
                .build();
        Problem p = emptyGeneral().register(bad, CTX).getLeft();
        assertThat(p.code()).isEqualTo("correspondence.registration.invalid");
        assertThat(p.detail("1")).hasValueSatisfying(d -> assertThat(d).startsWith("correspondence.registration.missing-subject: "));
        assertThat(p.detail("2")).hasValueSatisfying(d -> assertThat(d).startsWith("correspondence.registration.missing-recipient: "));
        assertThat(p.detail("3")).hasValueSatisfying(d -> assertThat(d).startsWith("correspondence.registration.future-date: "));
        assertThat(p.detail("4")).isEmpty();
    }

    @Test
    void aSchemeThatPrintsTheClassification_needsOne_andPrintsIt() {
        Register files = Register.of(generalWith(general().id(), "JTSECY", NumberingScheme.indianFileNumber()));
        assertThat(files.validate(letter(DAY, "File").build(), CTX)).extracting(Problem::code)
                .containsExactly("numbering.request.missing-classification");
        var registered = files.register(letter(DAY, "File").classification("C-15012").build(), CTX).get();
        assertThat(registered.entry().number().text()).isEqualTo("C-15012/1/2026-JTSECY");
        // a scheme without the classification ignores it
        assertThat(emptyGeneral().register(letter(DAY, "Lettre").classification("C-15012").build(), CTX).get()
                .entry().number().text()).isEqualTo("2026-A-000001");
    }

    @Test
    void anEntryIdOfExactlyTheLargestLength_isAccepted_oneLongerRefused() {
        int numberLength = "2026-A-000001".length();
        int fits = Identifier.MAX_LENGTH - numberLength - 1;
        Register atLimit = Register.of(generalWith(RegisterId.of("G".repeat(fits)), "A", general().numbering()));
        assertThat(atLimit.register(letter(DAY, "Un").build(), CTX).get().entry().id().value()).hasSize(Identifier.MAX_LENGTH);
        Register beyond = Register.of(generalWith(RegisterId.of("G".repeat(fits + 1)), "A", general().numbering()));
        Problem p = beyond.register(letter(DAY, "Un").build(), CTX).getLeft();
        assertThat(p.code()).isEqualTo("correspondence.registration.number-too-long");
        assertThat(p.detail("number")).contains("2026-A-000001");
        assertThat(beyond.size()).isZero();
    }

    @Test
    void aNumberTheRegisterAlreadyHolds_isRefused_neverOverwritten() {
        // given: a stored register whose one entry carries, as its first number, the text the scheme gives second
        Entry first = emptyGeneral().register(letter(DAY, "Un").build(), CTX).get().entry();
        Entry misnumbered = Register.im(first).withNumber(ReferenceNumber.of("2026-A-000002", first.number().series(), 1))
                .withId(EntryId.of("GEN/2026-A-000002"));
        Register stored = Register.restore(general(),
                new RegisterSnapshot(general().id(), List.of(misnumbered), emptyGeneral().register(letter(DAY, "Un").build(), CTX)
                        .get().register().numbering().snapshot())).get();
        // when
        Problem p = stored.register(letter(DAY, "Deux").build(), CTX).getLeft();
        // then
        assertThat(p.code()).isEqualTo("correspondence.registration.duplicate-number");
        assertThat(p.detail("number")).contains("2026-A-000002");
        assertThat(stored.entries()).containsExactly(misnumbered);
    }

    // ---------------------------------------------------------------- decisions on an entry

    private static Register.Registered aLetter() {
        return emptyGeneral().register(letter(DAY, "Demande").build(), CTX).get();
    }

    @Test
    void aReasonIsRequired_toRedirectCancelOrExplainADelay() {
        var reg = aLetter();
        Register r = reg.register().assign(reg.entry().id(), OrgUnitId.of("S2"), Assignment.Purpose.ACTION, CTX).get().register();
        EntryId id = reg.entry().id();
        for (String none : new String[] {null, "", "  \t"}) {
            assertThat(r.redirect(id, OrgUnitId.of("S3"), none, CTX).getLeft().code())
                    .isEqualTo("correspondence.redirect.missing-reason");
            assertThat(r.cancel(id, none, CTX).getLeft().code()).isEqualTo("correspondence.cancel.missing-reason");
            assertThat(r.explainDelay(id, none, CTX).getLeft().code()).isEqualTo("correspondence.delay.missing-reason");
        }
        assertThat(r.explainDelay(id, " Attente d'avis ", CTX).get().entry().delayReason()).contains("Attente d'avis");
    }

    @Test
    void recordedContent_needsASubject_andKeepsTheTextRulesOfItsAttachments() {
        Registration sealed = sealed().addressee(PersonId.of("director")).build();
        var reg = emptyGeneral().register(sealed, CTX).get();
        Context director = Context.of(CTX.at(), PersonId.of("director"), CTX.clearance());
        assertThat(reg.register().recordContent(reg.entry().id(), " ", List.of(), director).getLeft().code())
                .isEqualTo("correspondence.registration.missing-subject");
        assertThat(reg.register().recordContent(reg.entry().id(), "Nomination", List.of("scan\u0000.pdf"), director)
                .getLeft().code()).isEqualTo("kernel.text.control-character");
        assertThat(reg.register().recordContent(reg.entry().id(), "Nomination", List.of("scan.pdf"), director).get()
                .entry().attachments()).containsExactly("scan.pdf");
    }

    @Test
    void aReply_mustNameTheMailItAnswers() {
        var out = emptyGeneral().register(outgoing().addRecipients(Contact.named("Mairie")).build(), CTX).get();
        assertThat(out.register().linkReply(out.entry().id(), List.of(), CTX).getLeft().code())
                .isEqualTo("correspondence.reply.nothing-to-answer");
    }

    @Test
    void sentMail_canNoLongerChange() {
        var out = emptyGeneral().register(outgoing().addRecipients(Contact.named("Mairie")).build(), CTX).get();
        EntryId id = out.entry().id();
        Register sent = out.register().changeStatus(id, EntryStatus.SIGNED, CTX).get().register()
                .changeStatus(id, EntryStatus.SENT, CTX).get().register();
        assertThat(sent.assign(id, OrgUnitId.of("S2"), Assignment.Purpose.ACTION, CTX).getLeft().code())
                .isEqualTo("correspondence.entry.closed");
        assertThat(sent.cancel(id, "Erreur", CTX).getLeft().code()).isEqualTo("correspondence.entry.closed");
    }

    // ---------------------------------------------------------------- restoring

    @Test
    void restore_aNumberRepeatedInARow_isOutOfOrder() {
        Register two = aLetter().register();
        two = two.register(letter(DAY, "Deux").build(), CTX).get().register();
        RegisterSnapshot s = two.snapshot();
        Entry second = s.entries().get(1);
        Entry repeated = Register.im(second).withNumber(ReferenceNumber.of("2026-A-000001b", second.number().series(), 1))
                .withId(EntryId.of("GEN/2026-A-000001b"));
        List<Problem> problems = Register.restore(general(), new RegisterSnapshot(s.register(),
                List.of(s.entries().get(0), repeated), s.counters())).getLeft();
        assertThat(problems).extracting(Problem::code).contains("correspondence.restore.number-out-of-order");
    }

    @Test
    void restore_aReplyThatAnswersOutgoingMail_isABrokenLink() {
        Register r = emptyGeneral();
        var first = r.register(outgoing().addRecipients(Contact.named("Mairie")).build(), CTX).get();
        var second = first.register().register(outgoing("Relance").addRecipients(Contact.named("Mairie")).build(), CTX).get();
        RegisterSnapshot s = second.register().snapshot();
        List<Entry> entries = new ArrayList<>(s.entries());
        entries.set(0, Register.im(entries.get(0)).withAnsweredBy(List.of(entries.get(1).id())).withAnsweredAt(CTX.at()));
        entries.set(1, Register.im(entries.get(1)).withAnswers(List.of(entries.get(0).id())));
        List<Problem> problems = Register.restore(general(), new RegisterSnapshot(s.register(), entries, s.counters())).getLeft();
        assertThat(problems).filteredOn(p -> p.code().equals("correspondence.restore.reply-link"))
                .anySatisfy(p -> assertThat(p.detail("entry")).contains(entries.get(1).id().value()));
    }
    @Test
    void restore_aReplyToMailTheRegisterDoesNotHold_isABrokenLink() {
        var in = aLetter();
        var out = in.register().register(outgoing().addRecipients(Contact.named("Mairie")).build(), CTX).get();
        RegisterSnapshot s = out.register().linkReply(out.entry().id(), List.of(in.entry().id()), CTX).get().register()
                .snapshot();
        EntryId lost = EntryId.of("GEN/2026-A-000099");
        List<Entry> entries = new ArrayList<>(s.entries());
        entries.set(1, Register.im(entries.get(1)).withAnswers(List.of(lost)));
        List<Problem> problems = Register.restore(general(), new RegisterSnapshot(s.register(), entries, s.counters())).getLeft();
        assertThat(problems).filteredOn(p -> p.code().equals("correspondence.restore.reply-link"))
                .anySatisfy(p -> {
                    assertThat(p.detail("entry")).contains(out.entry().id().value());
                    assertThat(p.detail("other")).contains(lost.value());
                });
    }
}
