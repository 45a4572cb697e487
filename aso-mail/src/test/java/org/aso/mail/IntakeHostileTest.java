package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: each case ends in a coded problem or in a value whose texts are safe, within
 * limits. The timeouts are a bound against a hang, not a claim about speed.
 */
class IntakeHostileTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String HEAD = "From: a@b.example\r\nMessage-ID: <h@b.example>\r\n";

    private static Either<Problem, IncomingMail> read(String eml) {
        return read(eml.getBytes(StandardCharsets.UTF_8), IntakeLimits.DEFAULT);
    }

    private static Either<Problem, IncomingMail> read(byte[] eml, IntakeLimits limits) {
        return assertTimeoutPreemptively(BOUND, () -> new Intake(limits, "prefecture.example").read(eml));
    }

    private static String code(Either<Problem, IncomingMail> read) {
        assertThat(read.isLeft()).as("refused: %s", read).isTrue();
        Problem p = read.getLeft();
        // the problem carries every detail its French text needs
        assertThat(p.message(java.util.Locale.FRENCH)).as("French text of %s", p).isNotEqualTo(p.message());
        return p.code();
    }

    @Test
    void hugeHeader_isRefused() {
        String eml = HEAD + "Subject: " + "a".repeat(100_000) + "\r\n\r\nbody\r\n";
        Either<Problem, IncomingMail> read = read(eml);
        assertThat(code(read)).isEqualTo("mail.intake.header-too-long");
        assertThat(read.getLeft().detail("header")).contains("Subject");
    }

    @Test
    void tooManyHeaders_areRefused() {
        String eml = HEAD + "X-A: 1\r\n".repeat(10_000) + "\r\nbody\r\n";
        assertThat(code(read(eml))).isEqualTo("mail.intake.too-many-headers");
    }

    @Test
    void messageOverTheSizeLimit_isRefusedBeforeItIsParsed() {
        byte[] eml = (HEAD + "\r\n" + "x".repeat(2_000)).getBytes(StandardCharsets.US_ASCII);
        Either<Problem, IncomingMail> read = read(eml, IntakeLimits.DEFAULT.withMaxBytes(1_000));
        assertThat(code(read)).isEqualTo("mail.intake.too-large");
        assertThat(read.getLeft().detail("size")).contains(String.valueOf(eml.length));
    }

    @Test
    void messageBuiltInMemory_beyondTheSizeLimit_isRefusedWhileItsPartsAreRead() throws Exception {
        // a message built in memory has no size until saved: its decoded bytes count instead
        jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()));
        m.setFrom("a@b.example");
        jakarta.mail.internet.MimeMultipart mixed = new jakarta.mail.internet.MimeMultipart();
        for (int i = 0; i < 3; i++) {
            jakarta.mail.internet.MimeBodyPart part = new jakarta.mail.internet.MimeBodyPart();
            part.setDataHandler(new jakarta.activation.DataHandler(
                    new jakarta.mail.util.ByteArrayDataSource(new byte[600], "application/pdf")));
            mixed.addBodyPart(part);
        }
        m.setContent(mixed);
        Intake small = new Intake(IntakeLimits.DEFAULT.withMaxBytes(1_500), "prefecture.example");
        Intake large = new Intake(IntakeLimits.DEFAULT.withMaxBytes(1_800), "prefecture.example");
        Either<Problem, IncomingMail> refused = small.read(m);
        assertThat(code(refused)).isEqualTo("mail.intake.too-large");
        assertThat(large.read(m).get().attachments()).hasSize(3);
    }

    @Test
    void tenThousandParts_areRefused() {
        StringBuilder eml = new StringBuilder(HEAD + "Content-Type: multipart/mixed; boundary=B\r\n\r\n");
        for (int i = 0; i < 10_000; i++) {
            eml.append("--B\r\n\r\np\r\n");
        }
        eml.append("--B--\r\n");
        Either<Problem, IncomingMail> read = read(eml.toString());
        assertThat(code(read)).isEqualTo("mail.intake.too-many-parts");
        assertThat(read.getLeft().detail("max")).contains("500");
    }

    @Test
    void tooManyAttachments_areRefused() {
        StringBuilder eml = new StringBuilder(HEAD + "Content-Type: multipart/mixed; boundary=B\r\n\r\n");
        for (int i = 0; i < 101; i++) {
            eml.append("--B\r\nContent-Type: application/pdf\r\n\r\np\r\n");
        }
        eml.append("--B--\r\n");
        assertThat(code(read(eml.toString()))).isEqualTo("mail.intake.too-many-attachments");
    }

    @Test
    void hundredNestedMultiparts_areRefused() {
        StringBuilder eml = new StringBuilder(HEAD + "Content-Type: multipart/mixed; boundary=b0\r\n\r\n");
        for (int i = 0; i < 100; i++) {
            eml.append("--b").append(i).append("\r\nContent-Type: multipart/mixed; boundary=b").append(i + 1).append("\r\n\r\n");
        }
        eml.append("--b100\r\n\r\ndeep\r\n");
        for (int i = 100; i >= 0; i--) {
            eml.append("--b").append(i).append("--\r\n");
        }
        assertThat(code(read(eml.toString()))).isEqualTo("mail.intake.too-deep");
    }

    @Test
    void hundredNestedMessages_areRefused() {
        String eml = "From: a@b.example\r\n\r\ndeep\r\n";
        for (int i = 0; i < 100; i++) {
            eml = "From: a@b.example\r\nContent-Type: message/rfc822\r\n\r\n" + eml;
        }
        assertThat(code(read(eml))).isEqualTo("mail.intake.too-deep");
    }

    @Test
    void nestingWithinTheLimit_isRead() {
        StringBuilder eml = new StringBuilder(HEAD + "Content-Type: multipart/mixed; boundary=b0\r\n\r\n");
        for (int i = 0; i < 9; i++) {
            eml.append("--b").append(i).append("\r\nContent-Type: multipart/mixed; boundary=b").append(i + 1).append("\r\n\r\n");
        }
        eml.append("--b9\r\n\r\ndeep\r\n");
        for (int i = 9; i >= 0; i--) {
            eml.append("--b").append(i).append("--\r\n");
        }
        assertThat(read(eml.toString()).get().body()).isEqualTo("deep");
    }

    @Test
    void brokenBoundary_isRefused() {
        String eml = HEAD + "Content-Type: multipart/mixed; boundary=EXPECTED\r\n\r\n--OTHER\r\n\r\ntext\r\n--OTHER--\r\n";
        assertThat(code(read(eml))).isEqualTo("mail.intake.malformed");
    }

    @Test
    void missingEndBoundary_isReadUpToTheEnd() {
        String eml = HEAD + "Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n\r\ntext without end\r\n";
        assertThat(read(eml).get().body()).isEqualTo("text without end");
    }

    @Test
    void unknownTransferEncoding_isRefused() {
        String eml = HEAD + "Content-Transfer-Encoding: x-rot13\r\n\r\nnobqr\r\n";
        assertThat(code(read(eml))).isEqualTo("mail.intake.malformed");
    }

    @Test
    void binaryJunk_isRefusedWithAProblem() {
        Random random = new Random(12);
        for (int i = 0; i < 50; i++) {
            byte[] junk = new byte[1 + random.nextInt(20_000)];
            random.nextBytes(junk);
            Either<Problem, IncomingMail> read = read(junk, IntakeLimits.DEFAULT);
            assertThat(read.isLeft()).as("junk %d read as %s", i, read).isTrue();
            assertThat(read.getLeft().code()).startsWith("mail.");
        }
    }

    @Test
    void nulBytes_neverReachTheValue() {
        String eml = "From: Al\0ice <a@b.example>\r\nMessage-ID: <n@b.example>\r\nSubject: sub\0ject\r\n\r\nbo\0dy\r\n";
        IncomingMail mail = read(eml).get();
        assertThat(mail.subject()).contains("subject");
        assertThat(mail.from().name()).isEqualTo("Alice");
        assertThat(mail.body()).isEqualTo("body");
        assertThat(code(read("From: a@b.ex\0ample\r\n\r\nbody\r\n"))).isEqualTo("mail.address.malformed");
    }

    @Test
    void pathTraversalNames_keepTheLastSegmentOnly() {
        String eml = HEAD + "Content-Type: multipart/mixed; boundary=B\r\n\r\n"
                + "--B\r\nContent-Disposition: attachment; filename=\"../../etc/passwd\"\r\n\r\nroot\r\n"
                + "--B\r\nContent-Disposition: attachment; filename=\"..\\\\..\\\\windows\\\\win.ini\"\r\n\r\nini\r\n"
                + "--B\r\nContent-Disposition: attachment; filename=\"..\"\r\n\r\ndots\r\n"
                + "--B\r\nContent-Disposition: attachment; filename=\"CON.txt\"\r\n\r\ndevice\r\n"
                + "--B--\r\n";
        IncomingMail mail = read(eml).get();
        assertThat(mail.attachments()).extracting(IncomingMail.Attachment::name)
                .containsExactly("passwd", "win.ini", "attachment-3.txt", "_CON.txt");
        assertThat(mail.warnings()).extracting(Problem::code).contains("mail.intake.attachment-renamed");
        assertThat(mail.warnings().get(0).detail("input")).contains("../../etc/passwd");
    }

    @Test
    void namesWithLineBreaksOrControls_comeOutOnOneLine() {
        String eml = HEAD + "Subject: =?UTF-8?Q?a=0D=0ABcc:_victim@example.org?=\r\n"
                + "Content-Type: multipart/mixed; boundary=B\r\n\r\n"
                + "--B\r\nContent-Disposition: attachment; filename*=UTF-8''evil%0D%0AX-Injected%3A%201%00.txt\r\n\r\nx\r\n"
                + "--B\r\nContent-Disposition: attachment; filename=\"=?UTF-8?Q?r=C3=A9sum=C3=A9=0A=E2=80=AEfdp.exe?=\"\r\n\r\ny\r\n"
                + "--B--\r\n";
        IncomingMail mail = read(eml).get();
        assertThat(mail.subject()).contains("a Bcc: victim@example.org");
        assertThat(mail.attachments()).extracting(IncomingMail.Attachment::name)
                .containsExactly("evil X-Injected_ 1.txt", "résumé fdp.exe");
        mail.attachments().forEach(a -> assertThat(Text.check("name", a.name(), Text.Kind.NAME).isRight()).isTrue());
    }

    @Test
    void veryLongName_isBoundedAndKeepsItsExtension() {
        String eml = HEAD + "Content-Type: multipart/mixed; boundary=B\r\n\r\n"
                + "--B\r\nContent-Disposition: attachment; filename=\"" + "n".repeat(1_000) + ".pdf\"\r\n\r\nx\r\n--B--\r\n";
        String name = read(eml).get().attachments().get(0).name();
        assertThat(name).hasSize(IncomingMail.Attachment.MAX_NAME).endsWith("nnn.pdf");
    }

    @Test
    void timeBound_stopsTheReading() {
        byte[] eml = IntakeReadTest.resource("mixed.eml");
        Either<Problem, IncomingMail> read = read(eml, IntakeLimits.DEFAULT.withMaxTime(Duration.ofNanos(1)));
        assertThat(code(read)).isEqualTo("mail.intake.too-slow");
    }

    @Test
    void hugeHtml_isReadWithinItsBounds() {
        // a megabyte of unclosed tags, entities and scripts
        String html = "<p>a &amp; b <script>".repeat(20_000) + "&#xFFFFFFFF; &#0; <a title='>".repeat(20_000);
        Either<Problem, IncomingMail> read = read(HEAD + "Content-Type: text/html\r\n\r\n" + html + "\r\n");
        assertThat(read.isRight()).isTrue();
        assertThat(read.get().body()).startsWith("a & b").doesNotContain("<", "\u0000");
        assertThat(IntakeTextTest.isSafeText(read.get().body())).isTrue();
    }
}
