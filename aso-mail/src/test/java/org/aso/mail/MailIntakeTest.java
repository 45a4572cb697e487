package org.aso.mail;

import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.control.Either;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registration;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** Intake through the facade: read, draft, register once, find again, and an iMIP REPLY applied. */
class MailIntakeTest {
    private static final Mail MAIL = MailFixtures.mail();
    private static final LocalDate MON_4_MAY = LocalDate.of(2026, 5, 4);
    private static final Context CLERK = clerkOn(MON_4_MAY);
    private static final String PLAIN_ID = "<20260430142000.12345@mairie-lyon.example>";

    @Test
    void read_bytesStreamAndMimeMessage_giveTheSameMail() throws Exception {
        // given
        byte[] eml = IntakeReadTest.resource("plain.eml");
        // when
        IncomingMail fromBytes = MAIL.read(eml).get();
        IncomingMail fromStream = MAIL.read(new ByteArrayInputStream(eml)).get();
        IncomingMail fromMessage = MAIL.read(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(eml))).get();
        // then
        assertThat(fromBytes.messageId()).contains(PLAIN_ID);
        assertThat(fromBytes.subject()).contains("Demande de subvention – fête du quartier");
        assertThat(fromStream).isEqualTo(fromBytes);
        assertThat(fromMessage).isEqualTo(fromBytes);
    }

    @Test
    void read_followsTheBuildersIntakeLimits() {
        byte[] eml = IntakeReadTest.resource("plain.eml");
        Mail strict = MailFixtures.builder().intakeLimits(IntakeLimits.DEFAULT.withMaxBytes(100)).build();

        Problem tooLarge = strict.read(eml).getLeft();
        Problem tooLargeStream = strict.read(new ByteArrayInputStream(eml)).getLeft();

        assertThat(tooLarge.code()).isEqualTo("mail.intake.too-large");
        assertThat(tooLargeStream.code()).isEqualTo("mail.intake.too-large");
        assertThat(MAIL.read(eml).isRight()).isTrue();
    }

    @Test
    void read_aFailingStream_isAProblem() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThat(MAIL.read(broken).getLeft().code()).isEqualTo("mail.intake.unreadable");
    }

    @Test
    void read_somethingThatIsNotMime_isAProblemNotAnException() {
        Either<Problem, IncomingMail> read = MAIL.read("no header at all, just text\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(read.getLeft().code()).isEqualTo("mail.intake.no-sender");
    }

    @Test
    void anEml_isDraftedRegisteredOnceAndFoundAgain() {
        // given
        IncomingMail mail = MAIL.read(IntakeReadTest.resource("plain.eml")).get();
        Register register = emptyGeneral();
        // when
        IncomingDraft draft = MAIL.draft(register, mail, CLERK).get();
        Register.Registered done = MAIL.register(register, draft, CLERK).get();
        // then
        assertThat(done.entry().direction()).isEqualTo(Direction.INCOMING);
        assertThat(done.entry().channel()).isEqualTo(Channel.EMAIL);
        assertThat(done.entry().subject()).contains("Demande de subvention – fête du quartier");
        assertThat(done.entry().theirReference()).contains(PLAIN_ID);
        assertThat(MAIL.registered(done.register(), PLAIN_ID)).contains(done.entry());
        assertThat(MAIL.registered(register, PLAIN_ID)).isEmpty();
        assertThat(MAIL.registered(done.register(), "<other@mairie-lyon.example>")).isEmpty();
        // and neither a second draft nor the first one again is registered
        assertThat(MAIL.draft(done.register(), mail, CLERK).getLeft().code()).isEqualTo("mail.intake.duplicate");
        assertThat(MAIL.register(done.register(), draft, CLERK).getLeft().code()).isEqualTo("mail.intake.duplicate");
    }

    @Test
    void theAnswerToOurLetter_isLinkedOnlyUnderTheBuildersDomain() {
        // given: a letter registered and composed by the facade, Message-ID under prefecture.example
        Registration r = Registration.builder().direction(Direction.OUTGOING).channel(Channel.EMAIL).receivedOn(MON_4_MAY)
                .addRecipients(MailFixtures.mayor("cabinet@mairie-lyon.example")).subject("Votre demande").build();
        Register.Registered letter = emptyGeneral().register(r, CLERK).get();
        String sent = MAIL.letter(letter.entry(), new byte[] {'%'}, List.of(), 0, CLERK.at()).get().messageId();
        byte[] answer = ("From: cabinet@mairie-lyon.example\r\nMessage-ID: <a-1@mairie-lyon.example>\r\n"
                + "In-Reply-To: " + sent + "\r\nSubject: Re: Votre demande\r\n\r\nMerci.\r\n").getBytes(StandardCharsets.UTF_8);
        Mail elsewhere = MailFixtures.builder().domain("other.example").build();
        // when
        IncomingDraft ours = MAIL.draft(letter.register(), MAIL.read(answer).get(), CLERK).get();
        IncomingDraft theirs = elsewhere.draft(letter.register(), elsewhere.read(answer).get(), CLERK).get();
        // then
        assertThat(ours.answers()).contains(letter.entry().id());
        assertThat(theirs.answers()).isEmpty();
    }

    @Test
    void anImipReplyComposedByMail_isAppliedThroughTheFacade() {
        // given: Alice's acceptance, composed by the facade as her client would send it
        Agenda.Change booked = MailFixtures.booked();
        Context alice = Context.of(booked.meeting().start().toInstant().minusSeconds(86_400), MailFixtures.ALICE.id(),
                Clearance.none());
        Meeting accepted = booked.agenda().respond(MeetingId.of("m-1"), MailFixtures.ALICE.id(), Attendee.Response.ACCEPTED, alice)
                .get().meeting();
        var reply = MailFixtures.ics().reply(accepted, MailFixtures.ALICE.id(), alice.at()).get();
        Email sent = MAIL.invitation(reply, accepted, List.of(), alice.at()).get().get(0);
        // when: the organizer's side reads it and applies it to the agenda as it was before
        IncomingMail in = MAIL.read(sent.content()).get();
        Agenda.Change change = MAIL.applyReply(MailFixtures.ics(), booked.agenda(), in, alice).get();
        // then
        assertThat(change.meeting().attendee(MailFixtures.ALICE.id()).orElseThrow().response())
                .isEqualTo(Attendee.Response.ACCEPTED);
        assertThat(change.meeting().attendee(MailFixtures.BOB.id()).orElseThrow().response())
                .isEqualTo(Attendee.Response.NEEDS_ACTION);
    }

    @Test
    void applyReply_toAMailWithoutAReply_isRefused() {
        IncomingMail plain = MAIL.read(IntakeReadTest.resource("plain.eml")).get();
        Problem p = MAIL.applyReply(MailFixtures.ics(), MailFixtures.booked().agenda(), plain, CLERK).getLeft();
        assertThat(p.code()).isEqualTo("mail.intake.not-a-reply");
    }

    @Test
    void nullArguments_areProgrammerErrors() {
        assertThatNullPointerException().isThrownBy(() -> MAIL.read((byte[]) null));
        assertThatNullPointerException().isThrownBy(() -> MAIL.read((InputStream) null));
        assertThatNullPointerException().isThrownBy(() -> MAIL.read((MimeMessage) null));
        assertThatNullPointerException().isThrownBy(() -> MAIL.registered(emptyGeneral(), null));
        assertThatNullPointerException().isThrownBy(() -> MailFixtures.builder().intakeLimits(null));
    }
}
