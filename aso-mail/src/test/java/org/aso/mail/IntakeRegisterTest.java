package org.aso.mail;

import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryId;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registration;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.SharedState;
import org.junit.jupiter.api.Test;

class IntakeRegisterTest {
    private static final Intake INTAKE = IntakeReadTest.INTAKE;
    private static final LocalDate MON_4_MAY = LocalDate.of(2026, 5, 4);
    private static final Context CLERK = clerkOn(MON_4_MAY);

    private static IncomingMail mail(String eml) {
        return INTAKE.read(eml.getBytes(StandardCharsets.UTF_8)).get();
    }

    private static Register.Registered registered(Register register, IncomingMail mail) {
        IncomingDraft draft = INTAKE.draft(register, mail, CLERK).get();
        return INTAKE.register(register, draft, CLERK).get();
    }

    /** The register with one outgoing letter, in dossier D-2026-17. */
    private static Register.Registered withLetter() {
        Registration letter = Registration.builder().direction(Direction.OUTGOING).channel(Channel.EMAIL)
                .receivedOn(LocalDate.of(2026, 4, 27)).addRecipients(Contact.named("Mairie de Lyon"))
                .subject("Votre demande de subvention").dossier(DossierId.of("D-2026-17")).build();
        return emptyGeneral().register(letter, clerkOn(LocalDate.of(2026, 4, 27))).get();
    }

    @Test
    void anEml_becomesADraftIncomingEmailEntry() {
        // given
        IncomingMail mail = IntakeReadTest.read("plain.eml");
        // when
        IncomingDraft draft = INTAKE.draft(emptyGeneral(), mail, CLERK).get();
        // then
        Registration r = draft.registration();
        assertThat(r.direction()).isEqualTo(Direction.INCOMING);
        assertThat(r.channel()).isEqualTo(Channel.EMAIL);
        assertThat(r.receivedOn()).isEqualTo(LocalDate.of(2026, 4, 30));   // when our server received it
        assertThat(r.letterDate()).contains(LocalDate.of(2026, 4, 30));
        assertThat(r.sender()).contains(mail.from());
        assertThat(r.recipients()).extracting(Contact::name)
                .containsExactly("Cabinet", "courrier@prefecture.example", "Bureau S2");
        assertThat(r.subject()).contains("Demande de subvention – fête du quartier");
        assertThat(r.summary()).contains(mail.body());
        assertThat(r.theirReference()).contains("<20260430142000.12345@mairie-lyon.example>");
        assertThat(r.attachments()).isEmpty();
        assertThat(r.dossier()).isEmpty();
        assertThat(draft.answers()).isEmpty();
        assertThat(draft.warnings()).isEmpty();
        // and the register takes it as it is
        Register.Registered done = INTAKE.register(emptyGeneral(), draft, CLERK).get();
        assertThat(done.entry().channel()).isEqualTo(Channel.EMAIL);
        assertThat(done.entry().theirReference()).contains("<20260430142000.12345@mairie-lyon.example>");
    }

    @Test
    void receivedOn_isTheDayOfIntake_whenReceiptIsUnknownOrLater() {
        IncomingMail unknown = mail("From: a@b.example\nMessage-ID: <x1@b.example>\nSubject: s\n\nx\n");
        IncomingMail later = mail("Received: by mx.prefecture.example; Fri, 8 May 2026 09:00:00 +0200\n"
                + "From: a@b.example\nMessage-ID: <x2@b.example>\nSubject: s\n\nx\n");
        assertThat(unknown.received()).isEmpty();
        assertThat(INTAKE.draft(emptyGeneral(), unknown, CLERK).get().registration().receivedOn()).isEqualTo(MON_4_MAY);
        assertThat(INTAKE.draft(emptyGeneral(), later, CLERK).get().registration().receivedOn()).isEqualTo(MON_4_MAY);
    }

    @Test
    void receivedOn_isTheFoldersDate_forAMessageOfAFolder() throws Exception {
        // given: a message as an IMAP folder gives it, with its INTERNALDATE, received at half past midnight on Sunday in Paris
        jakarta.mail.internet.MimeMessage fromImap = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(IntakeReadTest.resource("mixed.eml"))) {
            @Override
            public java.util.Date getReceivedDate() {
                return java.util.Date.from(java.time.Instant.parse("2026-05-02T22:30:00Z"));
            }
        };
        IncomingMail mail = INTAKE.read(fromImap).get();
        // when
        Registration r = INTAKE.draft(emptyGeneral(), mail, CLERK).get().registration();
        // then: Sunday 3 May in Paris, the register's zone
        assertThat(r.receivedOn()).isEqualTo(LocalDate.of(2026, 5, 3));
    }

    @Test
    void attachments_becomeTheEntrysDocumentNames() {
        IncomingDraft draft = INTAKE.draft(emptyGeneral(), IntakeReadTest.read("mixed.eml"), CLERK).get();
        assertThat(draft.registration().attachments())
                .containsExactly("rapport.pdf", "budget prévisionnel.xlsx", "notes été.txt");
    }

    @Test
    void sameMessageId_isNeverRegisteredTwice() {
        // given: the mail is registered
        IncomingMail mail = IntakeReadTest.read("plain.eml");
        Register.Registered first = registered(emptyGeneral(), mail);
        // when: the same mail comes again (a second poll of the mailbox)
        Either<Problem, IncomingDraft> again = INTAKE.draft(first.register(), IntakeReadTest.read("plain.eml"), CLERK);
        // then
        Problem p = again.getLeft();
        assertThat(p.code()).isEqualTo("mail.intake.duplicate");
        assertThat(p.detail("entry")).contains(first.entry().id().value());
        assertThat(p.detail("number")).contains(first.entry().number().text());
        assertThat(p.message()).contains(first.entry().number().text());
        assertThat(p.message(java.util.Locale.FRENCH))
                .isEqualTo("Ce courriel est déjà enregistré sous le numéro " + first.entry().number().text());
    }

    @Test
    void duplicate_isRefusedEvenWhenTheFirstEntryWasCancelled() {
        IncomingMail mail = IntakeReadTest.read("plain.eml");
        Register.Registered first = registered(emptyGeneral(), mail);
        Register cancelled = first.register().cancel(first.entry().id(), "Spam", CLERK).get().register();
        assertThat(INTAKE.draft(cancelled, mail, CLERK).getLeft().code()).isEqualTo("mail.intake.duplicate");
    }

    @Test
    void draftsOfTheSameMail_registerOnceThroughSharedState() {
        // given: two drafts of one mail made before either is registered (two pollers)
        IncomingMail mail = IntakeReadTest.read("plain.eml");
        SharedState<Register> shared = SharedState.of(emptyGeneral());
        IncomingDraft one = INTAKE.draft(shared.get(), mail, CLERK).get();
        IncomingDraft two = INTAKE.draft(shared.get(), mail, CLERK).get();
        // when
        Either<Problem, Register.Registered> a = shared.update(r -> INTAKE.register(r, one, CLERK));
        Either<Problem, Register.Registered> b = shared.update(r -> INTAKE.register(r, two, CLERK));
        // then
        assertThat(a.isRight()).isTrue();
        assertThat(b.getLeft().code()).isEqualTo("mail.intake.duplicate");
        assertThat(shared.get().entries()).hasSize(1);
    }

    @Test
    void otherMessageIds_registerSideBySide() {
        Register.Registered first = registered(emptyGeneral(), IntakeReadTest.read("plain.eml"));
        Register.Registered second = registered(first.register(), IntakeReadTest.read("mixed.eml"));
        assertThat(second.register().entries()).hasSize(2);
    }

    @Test
    void mailWithoutMessageId_isRegisteredWithAWarning() {
        IncomingDraft draft = INTAKE.draft(emptyGeneral(), mail("From: a@b.example\nSubject: s\n\nx\n"), CLERK).get();
        assertThat(draft.registration().theirReference()).isEmpty();
        assertThat(draft.warnings()).extracting(Problem::code).containsExactly("mail.intake.no-message-id");
    }

    @Test
    void longMessageId_isKeptAsItsDigest_andStillFoundAgain() {
        String id = "<" + "x".repeat(300) + "@b.example>";
        IncomingMail mail = mail("From: a@b.example\nMessage-ID: " + id + "\nSubject: s\n\nx\n");
        assertThat(mail.messageId()).contains(id);
        Register.Registered first = registered(emptyGeneral(), mail);
        assertThat(first.entry().theirReference().orElseThrow()).matches("<[0-9a-f]{64}@sha-256\\.invalid>");
        assertThat(Intake.registered(first.register(), id)).contains(first.entry());
        assertThat(INTAKE.draft(first.register(), mail, CLERK).getLeft().code()).isEqualTo("mail.intake.duplicate");
    }

    @Test
    void replyToOurLetter_isLinkedToItAndJoinsItsDossier() {
        // given: our outgoing letter, sent with the Message-ID <letter.{id}.1@prefecture.example>
        Register.Registered letter = withLetter();
        EntryId id = letter.entry().id();
        String ours = "<letter." + id.value().replace("/", "%2F") + ".1@prefecture.example>";
        // when: the answer comes back
        IncomingMail answer = mail("From: maire@mairie-lyon.example\nMessage-ID: <ans@mairie-lyon.example>\n"
                + "In-Reply-To: " + ours + "\nReferences: " + ours + "\nSubject: Re: Votre demande\n\nMerci.\n");
        IncomingDraft draft = INTAKE.draft(letter.register(), answer, CLERK).get();
        // then
        assertThat(draft.answers()).contains(id);
        assertThat(draft.registration().dossier()).contains(DossierId.of("D-2026-17"));
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void replyFoundThroughReferences_whenInReplyToIsSomeoneElses() {
        Register.Registered letter = withLetter();
        String ours = "<letter." + letter.entry().id().value().replace("/", "%2F") + ".3@PREFECTURE.example>";
        IncomingMail answer = mail("From: x@mairie-lyon.example\nMessage-ID: <a2@mairie-lyon.example>\n"
                + "In-Reply-To: <colleague@mairie-lyon.example>\nReferences: " + ours + " <colleague@mairie-lyon.example>\n"
                + "Subject: Re\n\nx\n");
        assertThat(INTAKE.draft(letter.register(), answer, CLERK).get().answers()).contains(letter.entry().id());
    }

    @Test
    void idsOfAnotherDomainOrUnknownEntries_linkNothing() {
        Register.Registered letter = withLetter();
        String encoded = letter.entry().id().value().replace("/", "%2F");
        IncomingMail foreign = mail("From: x@b.example\nMessage-ID: <f@b.example>\nIn-Reply-To: <letter." + encoded
                + ".1@elsewhere.example>\nSubject: s\n\nx\n");
        assertThat(INTAKE.draft(letter.register(), foreign, CLERK).get().answers()).isEmpty();
        IncomingMail unknown = mail("From: x@b.example\nMessage-ID: <u@b.example>\n"
                + "In-Reply-To: <letter.GEN%2F2026-A-000099.1@prefecture.example>\nSubject: s\n\nx\n");
        IncomingDraft draft = INTAKE.draft(letter.register(), unknown, CLERK).get();
        assertThat(draft.answers()).isEmpty();
        assertThat(draft.warnings()).extracting(Problem::code).containsExactly("mail.intake.reply-unknown");
    }

    @Test
    void replyToAnIncomingEntry_linksNothing() {
        Register.Registered incoming = registered(emptyGeneral(), IntakeReadTest.read("plain.eml"));
        String id = "<letter." + incoming.entry().id().value().replace("/", "%2F") + ".1@prefecture.example>";
        IncomingMail mail = mail("From: x@b.example\nMessage-ID: <i@b.example>\nIn-Reply-To: " + id + "\nSubject: s\n\nx\n");
        assertThat(INTAKE.draft(incoming.register(), mail, CLERK).get().answers()).isEmpty();
    }

    @Test
    void letterIds_areDecodedFromTheirSafeForm() {
        assertThat(INTAKE.letter("<letter.GEN%2F2026-A-000001.12@prefecture.example>")).contains(EntryId.of("GEN/2026-A-000001"));
        assertThat(INTAKE.letter("<letter.r%C3%A9f.a.b.0@prefecture.example>")).contains(EntryId.of("réf.a.b"));
        assertThat(INTAKE.letter("<meeting.m-1.0@prefecture.example>")).isEmpty();
        assertThat(INTAKE.letter("<letter.GEN%2.1@prefecture.example>")).isEmpty();
        assertThat(INTAKE.letter("<letter.%FF.1@prefecture.example>")).isEmpty();
        assertThat(INTAKE.letter("<letter.x@prefecture.example>")).isEmpty();
    }

    @Test
    void noSubject_takesTheFirstLineOfTheBody() {
        IncomingDraft draft = INTAKE.draft(emptyGeneral(),
                mail("From: a@b.example\nMessage-ID: <ns@b.example>\n\n\n  Demande d'audience  \nsuite\n"), CLERK).get();
        assertThat(draft.registration().subject()).contains("Demande d'audience");
        assertThat(draft.warnings()).extracting(Problem::code).containsExactly("mail.intake.no-subject");
    }

    @Test
    void dateAfterArrival_isLeftOutWithAWarning() {
        IncomingDraft draft = INTAKE.draft(emptyGeneral(),
                mail("From: a@b.example\nMessage-ID: <d@b.example>\nDate: Fri, 1 Jan 2027 10:00:00 +0000\nSubject: s\n\nx\n"),
                CLERK).get();
        assertThat(draft.registration().letterDate()).isEmpty();
        assertThat(draft.warnings()).extracting(Problem::code).containsExactly("mail.intake.date-after-arrival");
    }

    @Test
    void longBody_isCutToTheLongestSummary() {
        IncomingDraft draft = INTAKE.draft(emptyGeneral(),
                mail("From: a@b.example\nMessage-ID: <l@b.example>\nSubject: s\n\n" + "mot ".repeat(5_000) + "\n"), CLERK).get();
        assertThat(draft.registration().summary().orElseThrow()).hasSizeLessThanOrEqualTo(Intake.MAX_SUMMARY);
        assertThat(draft.warnings()).extracting(Problem::code).containsExactly("mail.intake.body-cut");
    }

    @Test
    void registeredEntry_isFoundByItsMessageId() {
        Register.Registered first = registered(emptyGeneral(), IntakeReadTest.read("plain.eml"));
        Entry found = Intake.registered(first.register(), "<20260430142000.12345@mairie-lyon.example>").orElseThrow();
        assertThat(found.id()).isEqualTo(first.entry().id());
        assertThat(Intake.registered(first.register(), "<other@b.example>")).isEmpty();
        assertThat(List.of(found.direction(), found.channel())).containsExactly(Direction.INCOMING, Channel.EMAIL);
    }
}
