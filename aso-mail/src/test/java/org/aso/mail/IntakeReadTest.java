package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class IntakeReadTest {
    static final Intake INTAKE = new Intake(IntakeLimits.DEFAULT, "prefecture.example");

    static byte[] resource(String name) {
        try (InputStream in = IntakeReadTest.class.getResourceAsStream("intake/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IncomingMail read(String name) {
        Either<Problem, IncomingMail> read = INTAKE.read(resource(name));
        assertThat(read.isRight()).as("read %s: %s", name, read).isTrue();
        return read.get();
    }

    @Test
    void plainMessage_givesHeadersDecodedAndTheBody() {
        // when
        IncomingMail mail = read("plain.eml");
        // then
        assertThat(mail.messageId()).contains("<20260430142000.12345@mairie-lyon.example>");
        assertThat(mail.from().name()).isEqualTo("Jérôme Dupont");
        assertThat(mail.from().email()).contains(EmailAddress.of("jerome.dupont@mairie-lyon.example"));
        assertThat(mail.to()).extracting(Contact::name).containsExactly("Cabinet", "courrier@prefecture.example");
        assertThat(mail.cc()).extracting(c -> c.email().orElseThrow().toString()).containsExactly("s2@prefecture.example");
        assertThat(mail.subject()).contains("Demande de subvention – fête du quartier");
        assertThat(mail.sent()).contains(Instant.parse("2026-04-30T14:20:00Z"));
        assertThat(mail.received()).contains(Instant.parse("2026-04-30T14:21:05Z"));   // the topmost Received
        assertThat(mail.body()).isEqualTo("Madame, Monsieur,\n\nJe sollicite une subvention pour la fête du quartier.\n\n"
                + "Cordialement,\nJérôme Dupont");
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.calendar()).isEmpty();
        assertThat(mail.warnings()).isEmpty();
    }

    @Test
    void htmlOnly_givesItsTextWithoutScriptStyleOrTitle() {
        IncomingMail mail = read("html-only.eml");
        assertThat(mail.body()).isEqualTo("Bonjour Madame,\n\nNous vous invitons à notre assemblée générale…\n\n"
                + "- le 12 mai\n- à 18 h\n\nFish & chips <3");
    }

    @Test
    void alternative_prefersThePlainPart() {
        assertThat(read("alternative.eml").body()).isEqualTo("The plain text wins.");
    }

    @Test
    void mixed_givesTheBodyAndEachAttachmentWithItsDecodedName() {
        IncomingMail mail = read("mixed.eml");
        assertThat(mail.body()).isEqualTo("See the two files.");
        assertThat(mail.attachments()).extracting(IncomingMail.Attachment::name)
                .containsExactly("rapport.pdf", "budget prévisionnel.xlsx", "notes été.txt");
        assertThat(mail.attachments()).extracting(IncomingMail.Attachment::mediaType)
                .containsExactly("application/pdf", "application/octet-stream", "text/plain");
        IncomingMail.Attachment pdf = mail.attachments().get(0);
        assertThat(new String(pdf.bytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4\n%äüöß\n");
        assertThat(pdf.size()).isEqualTo(pdf.bytes().length);
        assertThat(mail.attachments().get(2).bytes()).isEqualTo("Some notes.".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void attachmentBytes_cannotBeChangedFromOutside() {
        IncomingMail.Attachment pdf = read("mixed.eml").attachments().get(0);
        byte[] copy = pdf.bytes();
        copy[0] = 'X';
        assertThat(pdf.bytes()[0]).isEqualTo((byte) '%');
    }

    @Test
    void forwardedMessage_isOneAttachmentAndItsBodyIsNotTheOuterBody() {
        IncomingMail mail = read("forwarded.eml");
        assertThat(mail.body()).isEqualTo("Forwarded below.");
        assertThat(mail.attachments()).extracting(IncomingMail.Attachment::name).containsExactly("Convocation.eml");
        assertThat(mail.attachments().get(0).mediaType()).isEqualTo("message/rfc822");
        // the attached message is whole: it can be read again
        IncomingMail inner = INTAKE.read(mail.attachments().get(0).bytes()).get();
        assertThat(inner.messageId()).contains("<inner.1@tribunal.example>");
        assertThat(inner.attachments()).extracting(IncomingMail.Attachment::name).containsExactly("convocation.pdf");
    }

    @Test
    void imipReply_isRecognisedWithItsMethodAndText() {
        IncomingMail mail = read("imip-reply.eml");
        assertThat(mail.body()).isEqualTo("Alice has accepted.");
        assertThat(mail.calendar()).hasValueSatisfying(c -> {
            assertThat(c.isReply()).isTrue();
            assertThat(c.method()).isEqualTo("REPLY");
            assertThat(c.text()).startsWith("BEGIN:VCALENDAR").contains("PARTSTAT=ACCEPTED:mailto:alice@prefecture.example");
        });
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void calendarOnlyAttached_isTheCalendarPartToo() {
        String eml = "From: a@b.example\nMessage-ID: <ca@b.example>\nContent-Type: multipart/mixed; boundary=B\n\n"
                + "--B\nContent-Type: text/plain\n\nSee the answer.\n"
                + "--B\nContent-Type: application/ics; name=reply.ics\nContent-Disposition: attachment; filename=reply.ics\n\n"
                + "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n--B--\n";
        IncomingMail mail = INTAKE.read(eml.getBytes(StandardCharsets.UTF_8)).get();
        assertThat(mail.calendar().orElseThrow().isReply()).isTrue();
        assertThat(mail.calendar().orElseThrow().text()).startsWith("BEGIN:VCALENDAR");
        assertThat(mail.attachments()).extracting(IncomingMail.Attachment::name).containsExactly("reply.ics");
        assertThat(mail.body()).isEqualTo("See the answer.");
    }

    @Test
    void calendarWithoutMethodParameter_takesTheMethodLine() {
        String eml = "From: a@b.example\nMessage-ID: <c@b.example>\nContent-Type: text/calendar; charset=UTF-8\n\n"
                + "BEGIN:VCALENDAR\r\nMETHOD:request\r\nEND:VCALENDAR\r\n";
        IncomingMail mail = INTAKE.read(eml.getBytes(StandardCharsets.UTF_8)).get();
        assertThat(mail.calendar().orElseThrow().method()).isEqualTo("REQUEST");
        assertThat(mail.calendar().orElseThrow().isReply()).isFalse();
    }

    @Test
    void latin1Body_isDecodedAsWindows1252AsBrowsersDo() {
        // é in ISO-8859-1, and 0x80 which ISO-8859-1 leaves to a control but windows-1252 makes €
        byte[] eml = bytes("From: a@b.example\nMessage-ID: <l@b.example>\nContent-Type: text/plain; charset=ISO-8859-1\n"
                + "Content-Transfer-Encoding: 8bit\n\nCo\u00fbt : 12 \u20ac, r\u00e9gl\u00e9.\n", Charset.forName("windows-1252"));
        assertThat(INTAKE.read(eml).get().body()).isEqualTo("Coût : 12 €, réglé.");
    }

    @Test
    void windows1252Body_isDecoded() {
        byte[] eml = bytes("From: a@b.example\nMessage-ID: <w@b.example>\nContent-Type: text/plain; charset=windows-1252\n"
                + "Content-Transfer-Encoding: 8bit\n\n\u201cCitation\u201d \u2013 \u0153uvre\n", Charset.forName("windows-1252"));
        assertThat(INTAKE.read(eml).get().body()).isEqualTo("“Citation” – œuvre");
    }

    @Test
    void unknownCharset_fallsBackWithAWarning() {
        byte[] eml = bytes("From: a@b.example\nMessage-ID: <u@b.example>\nContent-Type: text/plain; charset=x-klingon\n"
                + "Content-Transfer-Encoding: 8bit\n\nd\u00e9j\u00e0\n", StandardCharsets.UTF_8);
        IncomingMail mail = INTAKE.read(eml).get();
        assertThat(mail.body()).isEqualTo("déjà");
        assertThat(mail.warnings()).extracting(Problem::code).containsExactly("mail.intake.charset-unknown");
        assertThat(mail.warnings().get(0).detail("charset")).contains("x-klingon");
    }

    @Test
    void undeclaredCharset_readsUtf8ElseWindows1252() {
        byte[] utf8 = bytes("From: a@b.example\nMessage-ID: <n@b.example>\n\nd\u00e9j\u00e0\n", StandardCharsets.UTF_8);
        byte[] latin = bytes("From: a@b.example\nMessage-ID: <n@b.example>\n\nd\u00e9j\u00e0\n", StandardCharsets.ISO_8859_1);
        assertThat(INTAKE.read(utf8).get().body()).isEqualTo("déjà");
        assertThat(INTAKE.read(latin).get().body()).isEqualTo("déjà");
    }

    @Test
    void encodedWordsInSubjectAndNames_areDecodedInAnyCharset() {
        String eml = "From: =?ISO-8859-1?Q?Fran=E7oise_M=FCller?= <f@b.example>\nMessage-ID: <s@b.example>\n"
                + "Subject: =?utf-8?q?R=C3=A9union?= du =?ISO-8859-1?B?bHVuZGk=?=\n\nx\n";
        IncomingMail mail = INTAKE.read(bytes(eml, StandardCharsets.US_ASCII)).get();
        assertThat(mail.from().name()).isEqualTo("Françoise Müller");
        assertThat(mail.subject()).contains("Réunion du lundi");
    }

    @Test
    void rawUtf8Headers_areReadAsUtf8() {
        String eml = "From: Zoé <zoe@b.example>\nMessage-ID: <r@b.example>\nSubject: Préfecture\n\nx\n";
        IncomingMail mail = INTAKE.read(bytes(eml, StandardCharsets.UTF_8)).get();
        assertThat(mail.subject()).contains("Préfecture");
        assertThat(mail.from().name()).isEqualTo("Zoé");
    }

    @Test
    void threadingHeaders_listEveryMessageId() {
        String eml = "From: a@b.example\nMessage-ID: <t@b.example>\nIn-Reply-To: <letter.GEN%2F2026-A-000007.1@prefecture.example>\n"
                + "References: <first@b.example>\n <letter.GEN%2F2026-A-000007.1@prefecture.example>\n\nx\n";
        IncomingMail mail = INTAKE.read(bytes(eml, StandardCharsets.US_ASCII)).get();
        assertThat(mail.inReplyTo()).containsExactly("<letter.GEN%2F2026-A-000007.1@prefecture.example>");
        assertThat(mail.references()).containsExactly("<first@b.example>", "<letter.GEN%2F2026-A-000007.1@prefecture.example>");
    }

    @Test
    void missingMessageIdOrUnreadableRecipient_areWarningsNotRefusals() {
        String eml = "From: a@b.example\nTo: not an address, ok@b.example\n\nx\n";
        IncomingMail mail = INTAKE.read(bytes(eml, StandardCharsets.US_ASCII)).get();
        assertThat(mail.messageId()).isEmpty();
        assertThat(mail.to()).extracting(Contact::name).containsExactly("ok@b.example");
        assertThat(mail.warnings()).extracting(Problem::code)
                .containsExactly("mail.intake.recipient-unreadable", "mail.intake.no-message-id");
    }

    @Test
    void missingOrMalformedSender_isRefused() {
        assertThat(INTAKE.read(bytes("To: a@b.example\n\nx\n", StandardCharsets.US_ASCII)).getLeft().code())
                .isEqualTo("mail.intake.no-sender");
        assertThat(INTAKE.read(bytes("From: nobody@localhost\n\nx\n", StandardCharsets.US_ASCII)).getLeft().code())
                .isEqualTo("mail.address.malformed");
    }

    @Test
    void inputStream_isReadLikeBytes() {
        IncomingMail mail = INTAKE.read(new ByteArrayInputStream(resource("plain.eml"))).get();
        assertThat(mail).isEqualTo(read("plain.eml"));
    }

    @Test
    void handBuiltMimeMessage_isReadWithoutBeingChanged() throws Exception {
        // given: a message built in memory, as a host or a test builds one
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom("Alice <alice@prefecture.example>");
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, "cabinet@prefecture.example");
        m.setSubject("Note é", "UTF-8");
        m.setHeader("Message-ID", "<built.1@prefecture.example>");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Voir la note.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent("contenu", "text/plain; charset=UTF-8");
        file.setFileName("note.txt");
        mixed.addBodyPart(text);
        mixed.addBodyPart(file);
        m.setContent(mixed);
        // when
        IncomingMail mail = INTAKE.read(m).get();
        // then
        assertThat(mail.messageId()).contains("<built.1@prefecture.example>");
        assertThat(mail.subject()).contains("Note é");
        assertThat(mail.body()).isEqualTo("Voir la note.");
        assertThat(mail.attachments()).extracting(IncomingMail.Attachment::name).containsExactly("note.txt");
        assertThat(m.getMessageID()).isEqualTo("<built.1@prefecture.example>");
    }

    @Test
    void messageThatCannotBeFetched_isUnreadableNotMalformed() throws Exception {
        // given: a message of a folder, expunged by another client while it is read
        MimeMessage expunged = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(resource("plain.eml"))) {
            @Override
            public InputStream getInputStream() throws jakarta.mail.MessagingException {
                throw new jakarta.mail.MessageRemovedException("expunged");
            }
        };
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        // when / then
        Problem removed = INTAKE.read(expunged).getLeft();
        assertThat(removed.code()).isEqualTo("mail.intake.unreadable");
        assertThat(removed.detail("reason")).hasValueSatisfying(r -> assertThat(r).contains("MessageRemovedException"));
        assertThat(INTAKE.read(broken).getLeft().code()).isEqualTo("mail.intake.unreadable");
    }

    @Test
    void sameNameTwice_isMadeUnique() {
        String eml = "From: a@b.example\nMessage-ID: <d@b.example>\nContent-Type: multipart/mixed; boundary=B\n\n"
                + "--B\nContent-Type: text/plain\n\nbody\n"
                + "--B\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=scan.pdf\n\n1\n"
                + "--B\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=SCAN.pdf\n\n2\n"
                + "--B\nContent-Type: application/pdf\nContent-Disposition: attachment\n\n3\n--B--\n";
        IncomingMail mail = INTAKE.read(bytes(eml, StandardCharsets.US_ASCII)).get();
        assertThat(mail.attachments()).extracting(IncomingMail.Attachment::name)
                .containsExactly("scan.pdf", "SCAN (2).pdf", "attachment-3.pdf");
    }

    static byte[] bytes(String s, Charset charset) {
        return s.getBytes(charset);
    }
}
