package org.aso.mail;

import org.aso.core.fixtures.DebianTools;

import static org.aso.mail.MailFixtures.ALICE;
import static org.aso.mail.MailFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.priority.Notice;
import org.aso.core.priority.NoticeKind;
import org.aso.core.priority.TaskId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * aso-mail against independent implementations (Debian packages, run by Debian's own
 * {@code /usr/bin/python3}): aiosmtpd requiring STARTTLS with a self-signed certificate for
 * 127.0.0.1 (made by the JDK's keytool, trusted through a trust store of our own), aiosmtpd
 * offering no STARTTLS (nothing may go out in plain text), and Python's {@code email} package
 * reading the messages we write (iMIP's placement of the calendar part, charsets, dispositions,
 * decoded subjects). Run with {@code -Pinterop} (as .ci/run does); skipped, saying why, when a
 * tool is missing, a failure then with {@code -Daso.interop.required=true}.
 */
@Tag("interop")
class MailInteropTest {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final List<String> RAN = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    static Path dir;
    private static List<String> missing = List.of();
    private static long started;
    private static KeyStore keys;
    private static List<Path> certAndKey;

    private long testStarted;

    @BeforeAll
    static void tools() throws Exception {
        started = System.nanoTime();
        missing = MailInteropTools.missing();
        if (!missing.isEmpty()) {
            MailInteropTools.skipOrFail(missing);
            return;
        }
        Path store = dir.resolve("smtp.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "smtp", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        certAndKey = MailInteropTools.pem(keys, "smtp", PASSWORD, dir);
    }

    @BeforeEach
    void skipWithoutTools() {
        Assumptions.assumeTrue(missing.isEmpty(), () -> MailInteropTools.why(missing));
        testStarted = System.nanoTime();
    }

    @AfterEach
    void timed(TestInfo test) {
        if (!missing.isEmpty()) {
            return;
        }
        RAN.add(test.getDisplayName() + ": " + Duration.ofNanos(System.nanoTime() - testStarted).toMillis() + " ms");
    }

    @AfterAll
    static void report() {
        if (!missing.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(RAN);
        Collections.sort(lines);
        lines.forEach(l -> System.out.println("[interop] aso-mail " + l));
        System.out.println("[interop] aso-mail: " + lines.size() + " tests ran in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms (keytool and every server included)");
    }

    /** A TLS context whose trust store holds only the server's certificate. */
    private static SSLContext trusting() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("smtp", keys.getCertificate("smtp"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    // ---------------------------------------------------------------- the messages

    private static Email letter(byte[] pdf) {
        return MailFixtures.mail().letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")),
                pdf, List.of(), 0, NOW).get();
    }

    private static Ics.Message request() {
        Agenda.Change booked = MailFixtures.booked();
        return MailFixtures.ics().message(booked.events().get(0), NOW).get();
    }

    private static Email invitation(List<Attachment> attachments) {
        List<Email> emails = MailFixtures.mail().invitation(request(), MailFixtures.meeting(), attachments, NOW).get();
        return emails.get(0);   // the French one (Alice); Bob, under example.org, gets the English one
    }

    private static Email reply() {
        Agenda.Change booked = MailFixtures.booked();
        Context alice = Context.of(NOW, ALICE.id(), Clearance.none());
        Meeting accepted = booked.agenda().respond(booked.meeting().id(), ALICE.id(), Attendee.Response.ACCEPTED, alice)
                .get().meeting();
        Ics.Message reply = MailFixtures.ics().reply(accepted, ALICE.id(), NOW).get();
        return MailFixtures.mail().invitation(reply, accepted, List.of(), NOW).get().get(0);
    }

    private static Email notice() {
        Notice notice = Notice.builder().task(TaskId.of("t-7")).kind(NoticeKind.OVERDUE).recipient(ALICE.id())
                .dueSince(NOW).reason("Réponse attendue depuis le 2 mars").build();
        return MailFixtures.mail().notice(notice, NOW).get();
    }

    // ---------------------------------------------------------------- STARTTLS against aiosmtpd

    @Test
    void starttls_required_by_aiosmtpd_sends_over_tls_and_the_messages_arrive() throws Exception {
        Email letter = letter(new byte[] {'%', 'P', 'D', 'F', '-', '1'});
        Email invitation = invitation(List.of());
        try (MailInteropTools.AioSmtpd server = MailInteropTools.AioSmtpd.start(dir, certAndKey)) {
            SmtpSettings settings = SmtpSettings.builder("127.0.0.1", server.port()).sslContext(trusting()).build();

            List<Delivery> deliveries = Mail.smtp(settings).send(List.of(letter, invitation));

            assertThat(deliveries).as("%s\n%s", deliveries, server.log()).allMatch(Delivery::isAccepted);
            List<Path> received = server.received();
            assertThat(received).hasSize(2);
            for (int i = 0; i < 2; i++) {
                Map<String, Object> meta = server.meta(received.get(i));
                assertThat(meta.get("tls")).isEqualTo(Boolean.TRUE);
                assertThat((String) meta.get("tls_version")).startsWith("TLSv1.");
                assertThat(meta.get("mail_from")).isEqualTo("courrier@prefecture.example");
            }
            assertThat(server.meta(received.get(0)).get("rcpt_tos")).isEqualTo(List.of("cabinet@mairie-lyon.example"));
            String first = Files.readString(received.get(0), StandardCharsets.US_ASCII);
            String second = Files.readString(received.get(1), StandardCharsets.US_ASCII);
            assertThat(first).contains("Message-ID: " + letter.messageId());
            assertThat(second).contains("Message-ID: " + invitation.messageId()).contains("method=REQUEST");
            // what arrived is what we wrote, byte for byte
            assertThat(Files.readAllBytes(received.get(0))).isEqualTo(letter.content());
        }
    }

    @Test
    void a_server_offering_no_starttls_gets_nothing_not_even_in_plain_text() throws Exception {
        try (MailInteropTools.AioSmtpd server = MailInteropTools.AioSmtpd.start(dir, List.of())) {
            SmtpSettings settings = SmtpSettings.builder("127.0.0.1", server.port()).sslContext(trusting()).build();

            Delivery d = Mail.smtp(settings).send(List.of(letter(new byte[] {1}))).get(0);

            assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
            assertThat(d.problem().orElseThrow().code()).isEqualTo("mail.smtp.failed");
            assertThat(d.problem().orElseThrow().detail("reason").orElseThrow()).containsIgnoringCase("STARTTLS");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void starttls_with_a_certificate_the_jvm_does_not_trust_fails_before_anything_is_sent() throws Exception {
        try (MailInteropTools.AioSmtpd server = MailInteropTools.AioSmtpd.start(dir, certAndKey)) {
            SmtpSettings settings = SmtpSettings.builder("127.0.0.1", server.port()).build();

            Delivery d = Mail.smtp(settings).send(List.of(letter(new byte[] {1}))).get(0);

            assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
            assertThat(d.problem().orElseThrow().detail("reason").orElseThrow()).contains("SSLHandshakeException");
            assertThat(server.received()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- Python's email package

    private static List<Map<String, Object>> parts(Object tree) {
        return DebianTools.array(DebianTools.object(tree).get("parts")).stream().map(DebianTools::object).toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> parts, String contentType) {
        List<Map<String, Object>> found = parts.stream().filter(p -> contentType.equals(p.get("content_type"))).toList();
        assertThat(found).as("parts %s in %s", contentType, parts).hasSize(1);
        return found.get(0);
    }

    private static List<Object> types(List<Map<String, Object>> parts, String parentPath) {
        return parts.stream().filter(p -> parentPath.equals(parentOf((String) p.get("path"))))
                .map(p -> p.get("content_type")).toList();
    }

    private static String parentOf(String path) {
        return path.isEmpty() ? null : path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
    }

    /** iMIP (RFC 6047) as an independent reader sees it: where the calendar part is, and what it says. */
    private static void assertImip(Object tree, Email email, String method, String alternativePath) {
        List<Map<String, Object>> parts = parts(tree);
        assertThat(DebianTools.object(tree).get("subject")).isEqualTo(email.subject());
        assertThat(DebianTools.object(tree).get("defects")).isEqualTo(List.of());
        parts.forEach(p -> assertThat(p.get("defects")).as("%s", p).isEqualTo(List.of()));
        Map<String, Object> calendar = only(parts, "text/calendar");
        // inside multipart/alternative, last, after the plain and HTML texts
        assertThat(calendar.get("parent")).isEqualTo("multipart/alternative");
        assertThat(parentOf((String) calendar.get("path"))).isEqualTo(alternativePath);
        assertThat(types(parts, alternativePath)).containsExactly("text/plain", "text/html", "text/calendar");
        // its method parameter is the calendar's METHOD, its charset UTF-8, shown inline, not as a file
        String text = ((String) calendar.get("text")).replace("\r\n", "\n");
        assertThat(text).contains("\nMETHOD:" + method + "\n");
        assertThat(DebianTools.object(calendar.get("params")).get("method")).isEqualTo(method);
        assertThat(calendar.get("charset")).isEqualTo("utf-8");
        assertThat(calendar.get("disposition")).isNotEqualTo("attachment");
        assertThat(calendar.get("filename")).isNull();
        assertThat(calendar.get("transfer_encoding")).isEqualTo("quoted-printable");
        for (String t : List.of("text/plain", "text/html")) {
            assertThat(only(parts, t).get("charset")).isEqualTo("utf-8");
        }
    }

    @Test
    void an_invitation_is_imip_for_pythons_email_package() throws Exception {
        // given
        Ics.Message request = request();
        Email invitation = invitation(List.of());
        // when
        Object tree = MailInteropTools.mimeTrees(dir, List.of(invitation)).get(0);
        // then: multipart/alternative at the top, no multipart/mixed without attachments
        assertThat(parts(tree).get(0).get("content_type")).isEqualTo("multipart/alternative");
        assertImip(tree, invitation, "REQUEST", "");
        Map<String, Object> calendar = only(parts(tree), "text/calendar");
        assertThat(((String) calendar.get("text")).replace("\r\n", "\n")).isEqualTo(request.text().replace("\r\n", "\n"));
        assertThat((String) only(parts(tree), "text/plain").get("text")).contains("Comité de pilotage <budget> & \"suivi\"");
        assertThat((String) only(parts(tree), "text/html").get("text")).contains("Comité de pilotage &lt;budget&gt; &amp;");
    }

    @Test
    void an_invitation_with_its_agenda_as_pdf_keeps_the_calendar_in_the_alternative() throws Exception {
        byte[] pdf = "%PDF-1.7 ordre du jour".getBytes(StandardCharsets.US_ASCII);
        Email invitation = invitation(List.of(Attachment.of("Ordre du jour.pdf", "application/pdf", pdf)));

        Object tree = MailInteropTools.mimeTrees(dir, List.of(invitation)).get(0);

        assertThat(parts(tree).get(0).get("content_type")).isEqualTo("multipart/mixed");
        assertThat(types(parts(tree), "")).containsExactly("multipart/alternative", "application/pdf");
        assertImip(tree, invitation, "REQUEST", "1");
        Map<String, Object> file = only(parts(tree), "application/pdf");
        assertThat(file.get("disposition")).isEqualTo("attachment");
        assertThat(file.get("filename")).isEqualTo("Ordre du jour.pdf");
        assertThat(file.get("size")).isEqualTo((long) pdf.length);
    }

    @Test
    void a_reply_is_imip_with_method_reply() throws Exception {
        Email reply = reply();
        Object tree = MailInteropTools.mimeTrees(dir, List.of(reply)).get(0);
        assertImip(tree, reply, "REPLY", "");
    }

    @Test
    void a_letter_with_its_pdf_and_a_notice_read_as_written() throws Exception {
        // given
        byte[] pdf = "%PDF-1.7 lettre".getBytes(StandardCharsets.US_ASCII);
        Email letter = letter(pdf);
        Email notice = notice();
        // when
        List<Object> trees = MailInteropTools.mimeTrees(dir, List.of(letter, notice));
        // then: the letter, its texts in an alternative, the PDF as a file; no calendar
        List<Map<String, Object>> letterParts = parts(trees.get(0));
        assertThat(DebianTools.object(trees.get(0)).get("subject")).isEqualTo(letter.subject())
                .isEqualTo("Réponse à votre demande de subvention");
        assertThat(types(letterParts, "")).containsExactly("multipart/alternative", "application/pdf");
        assertThat(types(letterParts, "1")).containsExactly("text/plain", "text/html");
        assertThat(letterParts).noneMatch(p -> "text/calendar".equals(p.get("content_type")));
        Map<String, Object> file = only(letterParts, "application/pdf");
        assertThat(file.get("disposition")).isEqualTo("attachment");
        assertThat((String) file.get("filename")).endsWith(".pdf");
        assertThat(file.get("size")).isEqualTo((long) pdf.length);
        // the notice: French texts in UTF-8, its subject decoded
        List<Map<String, Object>> noticeParts = parts(trees.get(1));
        assertThat(DebianTools.object(trees.get(1)).get("subject")).isEqualTo(notice.subject());
        assertThat(noticeParts.get(0).get("content_type")).isEqualTo("multipart/alternative");
        assertThat(types(noticeParts, "")).containsExactly("text/plain", "text/html");
        for (Map<String, Object> text : noticeParts.subList(1, 3)) {
            assertThat(text.get("charset")).isEqualTo("utf-8");
            assertThat(text.get("disposition")).isNotEqualTo("attachment");
            assertThat((String) text.get("text")).contains("Réponse attendue depuis le 2 mars");
        }
        for (Object tree : trees) {
            assertThat(DebianTools.object(tree).get("defects")).isEqualTo(List.of());
            parts(tree).forEach(p -> assertThat(p.get("defects")).as("%s", p).isEqualTo(List.of()));
        }
    }
}
