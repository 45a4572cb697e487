package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.mail.MailFixtures.ALICE;
import static org.aso.mail.MailFixtures.BOB;
import static org.aso.mail.MailFixtures.NOW;
import static org.aso.mail.MailFixtures.parse;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class ComposeTest {

    @Test
    void an_invitation_is_alternative_text_html_then_an_inline_calendar_part() throws Exception {
        // given
        Mail mail = MailFixtures.mail();
        // when
        Email email = mail.invitation(MailFixtures.request(0, ALICE), MailFixtures.meeting(), List.of(), NOW).get().get(0);
        MimeMessage m = parse(email);
        // then
        assertThat(new ContentType(m.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        MimeMultipart alt = (MimeMultipart) m.getContent();
        assertThat(alt.getCount()).isEqualTo(3);
        assertThat(type(alt.getBodyPart(0))).isEqualTo("text/plain");
        assertThat(type(alt.getBodyPart(1))).isEqualTo("text/html");
        BodyPart calendar = alt.getBodyPart(2);
        ContentType ct = new ContentType(calendar.getContentType());
        assertThat(ct.getBaseType()).isEqualTo("text/calendar");
        assertThat(ct.getParameter("charset")).isEqualTo("UTF-8");
        assertThat(ct.getParameter("method")).isEqualTo("REQUEST");
        assertThat(calendar.getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        assertThat(calendar.getDisposition()).isNull();
        assertThat(new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(MailFixtures.calendarText("REQUEST", 0));
        for (int i = 0; i < 2; i++) {
            assertThat(new ContentType(alt.getBodyPart(i).getContentType()).getParameter("charset")).isEqualTo("UTF-8");
        }
        assertThat(m.getMessageID()).isEqualTo("<meeting.m-1.0@prefecture.example>");
        assertThat(email.messageId()).isEqualTo(m.getMessageID());
        assertThat(m.getHeader("In-Reply-To")).isNull();
        assertThat(m.getSubject()).isEqualTo("Invitation : Comité de pilotage <budget> & \"suivi\"");
        assertThat(m.getFrom()[0].toString()).contains("helene.durand@prefecture.example");
        assertThat(m.getSender().toString()).contains("courrier@prefecture.example");
        assertThat(email.envelopeFrom()).isEqualTo(EmailAddress.of("courrier@prefecture.example"));
        assertThat(email.recipients()).containsExactly(ALICE.email().get());
    }

    @Test
    void the_bodies_say_what_when_and_where_and_the_html_escapes_every_caller_text() throws Exception {
        Email email = MailFixtures.mail().invitation(MailFixtures.request(0, ALICE), MailFixtures.meeting(), List.of(), NOW).get().get(0);
        MimeMultipart alt = (MimeMultipart) parse(email).getContent();
        String text = MailFixtures.body(alt.getBodyPart(0));
        String html = MailFixtures.body(alt.getBodyPart(1));
        assertThat(text).contains("Hélène Durand vous invite à cette réunion.")
                .contains("Comité de pilotage <budget> & \"suivi\"")
                .contains("Quand : lundi 9 mars 2026, 09:00 – 10:30 (Europe/Paris)")
                .contains("Où : Salle Marianne, B2")
                .contains("- Budget 2026 (Alice Lefèvre), 30 min")
                .contains("- Note de cadrage");
        assertThat(html).contains("Comité de pilotage &lt;budget&gt; &amp; &quot;suivi&quot;")
                .doesNotContain("<budget>").startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">");
    }

    @Test
    void recipients_of_two_languages_get_one_message_each() throws Exception {
        List<Email> emails = MailFixtures.mail().invitation(MailFixtures.request(0, ALICE, BOB), MailFixtures.meeting(), List.of(), NOW).get();
        assertThat(emails).hasSize(2);
        assertThat(emails.get(0).recipients()).containsExactly(ALICE.email().get());
        assertThat(emails.get(0).subject()).startsWith("Invitation : ");
        assertThat(emails.get(1).recipients()).containsExactly(BOB.email().get());
        assertThat(emails.get(1).subject()).startsWith("Invitation: ");
        assertThat(emails.get(1).messageId()).isEqualTo("<meeting.m-1.en.0@prefecture.example>");
        String text = MailFixtures.body(((MimeMultipart) parse(emails.get(1)).getContent()).getBodyPart(0));
        assertThat(text).contains("When: Monday 9 March 2026, 09:00 – 10:30 (Europe/Paris)");
    }

    @Test
    void an_update_threads_with_the_first_invitation_and_a_resend_keeps_its_id() throws Exception {
        Mail mail = MailFixtures.mail();
        Email update = mail.invitation(MailFixtures.request(2, ALICE), MailFixtures.meeting(), List.of(), NOW).get().get(0);
        Email again = mail.invitation(MailFixtures.request(2, ALICE), MailFixtures.meeting(), List.of(), NOW.plusSeconds(60)).get().get(0);
        MimeMessage m = parse(update);
        assertThat(m.getMessageID()).isEqualTo("<meeting.m-1.2@prefecture.example>");
        assertThat(m.getHeader("In-Reply-To")).containsExactly("<meeting.m-1.0@prefecture.example>");
        assertThat(m.getHeader("References")).containsExactly("<meeting.m-1.0@prefecture.example>");
        assertThat(m.getSubject()).startsWith("Invitation mise à jour : ");
        assertThat(again.messageId()).isEqualTo(update.messageId());
    }

    @Test
    void attachments_wrap_the_alternative_in_mixed_with_safe_file_names() throws Exception {
        Attachment pdf = Attachment.of("../../etc/Ordre du jour\r\n.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', 0, 1});
        Email email = MailFixtures.mail().invitation(MailFixtures.request(0, ALICE), MailFixtures.meeting(), List.of(pdf), NOW).get().get(0);
        MimeMessage m = parse(email);
        assertThat(new ContentType(m.getContentType()).getBaseType()).isEqualTo("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) m.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(type(mixed.getBodyPart(0))).isEqualTo("multipart/alternative");
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("Ordre du jour.pdf");
        assertThat(type(file)).isEqualTo("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).containsExactly('%', 'P', 'D', 'F', 0, 1);
    }

    @Test
    void internationalised_domains_go_out_in_ascii_and_names_in_utf8() throws Exception {
        Mail mail = MailFixtures.builder().sender(EmailAddress.of("courrier@préfecture.example"), "Secrétariat général").build();
        Email email = mail.letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")), new byte[] {1}, List.of(), 0, NOW).get();
        String wire = new String(email.content(), StandardCharsets.US_ASCII);
        assertThat(wire).contains("courrier@xn--prfecture-c4a.example").contains("=?UTF-8?");
        for (byte b : email.content()) {
            assertThat(b).as("only ASCII on the wire").isNotNegative();
        }
    }

    @Test
    void a_non_ascii_local_part_is_refused_unless_smtputf8_is_allowed() {
        var letter = MailFixtures.outgoing(MailFixtures.mayor("émile@mairie-lyon.example"));
        assertThat(MailFixtures.mail().letter(letter, new byte[] {1}, List.of(), 0, NOW).getLeft().code())
                .isEqualTo("mail.address.smtputf8");
        Email email = MailFixtures.builder().smtpUtf8(true).build().letter(letter, new byte[] {1}, List.of(), 0, NOW).get();
        assertThat(email.requiresSmtpUtf8()).isTrue();
        assertThat(new String(email.content(), StandardCharsets.UTF_8)).contains("émile@mairie-lyon.example");
    }

    @Test
    void a_sender_name_with_a_line_break_is_refused_never_written() {
        Mail mail = MailFixtures.builder().sender(EmailAddress.of("courrier@prefecture.example"), "Secrétariat\r\nBcc: victim@example.org").build();
        Problem p = mail.letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")), new byte[] {1}, List.of(), 0, NOW).getLeft();
        assertThat(p.code()).isEqualTo("mail.header.control-character");
        assertThat(p.details()).containsEntry("character", "U+000D").containsEntry("field", "from name");
        assertThat(p.message(Locale.FRENCH)).isEqualTo(
                "Le champ « from name » ne peut contenir ni saut de ligne, ni caractère de contrôle ou invisible (U+000D en position 11)");
    }

    @Test
    void a_letter_carries_its_pdf_and_says_so_in_the_recipients_language() throws Exception {
        var entry = MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example"));
        Email fr = MailFixtures.mail().letter(entry, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
                List.of(Attachment.of("annexe.csv", "text/csv", "a;b".getBytes(StandardCharsets.UTF_8))), 0, NOW).get();
        MimeMessage m = parse(fr);
        assertThat(m.getMessageID()).isEqualTo("<letter." + entry.id().value().replace("/", "%2F") + ".0@prefecture.example>");
        assertThat(m.getSubject()).isEqualTo("Réponse à votre demande de subvention");
        MimeMultipart mixed = (MimeMultipart) m.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo(entry.number().text() + ".pdf");
        assertThat(mixed.getBodyPart(2).getFileName()).isEqualTo("annexe.csv");
        String text = MailFixtures.body(((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(0));
        assertThat(text).startsWith("Madame, Monsieur,").contains("notre courrier n° " + entry.number().text() + " du 2 mars 2026")
                .contains("Objet : Réponse à votre demande de subvention").endsWith("Secrétariat général\n");

        var english = MailFixtures.outgoing(MailFixtures.mayor("office@city.example.org"));
        String en = (String) ((MimeMultipart) ((MimeMultipart) parse(MailFixtures.mail().letter(english, new byte[] {1}, List.of(), 1, NOW).get())
                .getContent()).getBodyPart(0).getContent()).getBodyPart(0).getContent();
        assertThat(en).startsWith("Dear Sir or Madam,").contains("our letter No. " + english.number().text() + " of 2 March 2026");
    }

    @Test
    void only_an_outgoing_letter_with_addresses_is_sent() {
        var incoming = MailFixtures.incoming(MailFixtures.mayor("cabinet@mairie-lyon.example"));
        assertThat(MailFixtures.mail().letter(incoming, new byte[] {1}, List.of(), 0, NOW).getLeft().code()).isEqualTo("mail.letter.not-outgoing");
        var byPost = MailFixtures.outgoing(org.aso.core.kernel.Contact.named("Jean Dupont"));
        Problem p = MailFixtures.mail().letter(byPost, new byte[] {1}, List.of(), 0, NOW).getLeft();
        assertThat(p.code()).isEqualTo("mail.recipient.no-email");
        assertThat(p.message(Locale.FRENCH)).isEqualTo("Jean Dupont n’a pas d’adresse électronique");
    }

    @Test
    void an_acknowledgement_states_the_mentions_the_law_requires() throws Exception {
        var incoming = MailFixtures.incoming(MailFixtures.mayor("cabinet@mairie-lyon.example"));
        Email email = MailFixtures.mail().acknowledgement(incoming, MailFixtures.acknowledgement(incoming), NOW).get();
        MimeMessage m = parse(email);
        assertThat(m.getMessageID()).isEqualTo("<ack." + incoming.id().value().replace("/", "%2F") + ".0@prefecture.example>");
        assertThat(m.getSubject()).isEqualTo("Accusé de réception de votre courrier du 2 mars 2026");
        assertThat(m.getFrom()[0].toString()).contains("subventions@prefecture.example");
        String text = MailFixtures.body(((MimeMultipart) m.getContent()).getBodyPart(0));
        assertThat(text).contains("enregistré sous le numéro " + incoming.number().text())
                .contains("Bureau des subventions\n1 rue de Grenelle\n75007 Paris\nsubventions@prefecture.example")
                .contains("Sans réponse de l'administration au 2 mai 2026, votre demande sera réputée acceptée.");
    }

    @Test
    void a_notice_goes_to_its_recipient_and_refuses_one_addressed_to_no_one() throws Exception {
        var notice = org.aso.core.priority.Notice.builder().task(org.aso.core.priority.TaskId.of("t-9"))
                .kind(org.aso.core.priority.NoticeKind.OVERDUE).recipient(BOB.id()).dueSince(NOW.minusSeconds(3600))
                .reason("'Reply to the deputy' was due on 2 March 2026").build();
        Email email = MailFixtures.mail().notice(notice, NOW).get();
        MimeMessage m = parse(email);
        assertThat(m.getSubject()).isEqualTo("Overdue: a task is past its due time");
        assertThat(m.getMessageID()).isEqualTo("<notice.t-9.overdue." + NOW.minusSeconds(3600).getEpochSecond() + ".0@prefecture.example>");
        String text = MailFixtures.body(((MimeMultipart) m.getContent()).getBodyPart(0));
        assertThat(text).contains("Due since: Monday 2 March 2026, 09:00 (Europe/Paris)").contains("Why: 'Reply to the deputy'");
        var report = org.aso.core.priority.Notice.builder().task(notice.task()).kind(org.aso.core.priority.NoticeKind.EXCEPTION_REPORT)
                .dueSince(notice.dueSince()).reason(notice.reason()).build();
        assertThat(MailFixtures.mail().notice(report, NOW).getLeft().code()).isEqualTo("mail.notice.no-recipient");
    }

    @Test
    void a_slip_lists_its_documents() throws Exception {
        var s2 = org.aso.core.kernel.OrgUnit.builder().id(org.aso.core.kernel.OrgUnitId.of("S2")).code("S2").name("Section 2").build();
        var s3 = org.aso.core.kernel.OrgUnit.builder().id(org.aso.core.kernel.OrgUnitId.of("S3")).code("S3").name("Section 3").build();
        var book = org.aso.core.correspondence.TransmissionSlips.of(org.aso.core.correspondence.TransmissionSlipsId.of("S2-slips"),
                org.aso.core.numbering.NumberingScheme.parse("BE-{year}-{counter:4}", org.aso.core.numbering.NumberingScheme.Reset.YEARLY).get(),
                "S2", org.aso.core.fixtures.KernelFixtures.PARIS);
        var slip = book.send(s2, s3, List.of("Dossier 2026-14", "Note au directeur"), "Pour avis",
                org.aso.core.fixtures.CorrespondenceFixtures.clerkOn(MailFixtures.DAY)).get().slip();
        Email email = MailFixtures.mail().slip(slip, s2, s3, List.of(ALICE), NOW).get();
        MimeMessage m = parse(email);
        assertThat(m.getSubject()).isEqualTo("Bordereau de transmission " + slip.number().text() + " : Section 2 à Section 3");
        String text = MailFixtures.body(((MimeMultipart) m.getContent()).getBodyPart(0));
        assertThat(text).contains("- Dossier 2026-14\n- Note au directeur").contains("Observation : Pour avis");
    }

    @Test
    void attachment_names_are_made_safe() {
        assertThat(Attachment.sanitise("C:\\Users\\x\\rapport.pdf")).isEqualTo("rapport.pdf");
        assertThat(Attachment.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachment.sanitise("a\u0000b\u202Efdp.exe")).isEqualTo("abfdp.exe");
        assertThat(Attachment.sanitise("..")).isEqualTo("attachment");
        assertThat(Attachment.sanitise(".bashrc")).isEqualTo("bashrc");
        assertThat(Attachment.sanitise("CON.txt")).isEqualTo("_CON.txt");
        assertThat(Attachment.sanitise("what?<x>.txt")).isEqualTo("what__x_.txt");
        String longName = Attachment.sanitise("é".repeat(300) + ".pdf");
        assertThat(longName).hasSize(Attachment.MAX_NAME).endsWith("é.pdf");
    }

    @Test
    void a_bad_media_type_is_a_problem() {
        var entry = MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example"));
        Problem p = MailFixtures.mail().letter(entry, new byte[] {1}, List.of(Attachment.of("x.pdf", "application/pdf\r\nBcc: a@b.example", new byte[0])), 0, NOW).getLeft();
        assertThat(p.code()).isEqualTo("mail.attachment.media-type");
    }

    @Test
    void spaces_around_a_media_type_are_dropped_but_a_tab_or_line_break_at_its_end_is_refused() {
        assertThat(Attachment.of("x.pdf", "  Application/PDF ", new byte[0]).mediaType()).isEqualTo("application/pdf");
        var entry = MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example"));
        for (String end : List.of("\t", "\r\n", "\u001F")) {
            Problem p = MailFixtures.mail().letter(entry, new byte[] {1},
                    List.of(Attachment.of("x.pdf", "application/pdf" + end, new byte[0])), 0, NOW).getLeft();
            assertThat(p.code()).as("ending %s", end.codePointAt(0)).isEqualTo("mail.attachment.media-type");
        }
    }

    private static String type(Part part) throws Exception {
        return new ContentType(part.getContentType()).getBaseType();
    }

    static String wire(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
