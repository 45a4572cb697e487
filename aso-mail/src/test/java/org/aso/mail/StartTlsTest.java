package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.mail.MailFixtures.NOW;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * STARTTLS, the default security: a server with a self-signed certificate for 127.0.0.1 (made by
 * the JDK's keytool), trusted through a trust store of our own.
 */
class StartTlsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static KeyStore keys;

    @BeforeAll
    static void certificate(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("smtp.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "smtp", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
    }

    private static SSLContext server() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

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

    private static Email letter() {
        return MailFixtures.mail().letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")),
                new byte[] {1}, List.of(), 0, NOW).get();
    }

    @Test
    void starttls_with_a_trusted_certificate_naming_the_host_sends_over_tls() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(-1, server())) {
            SmtpSettings settings = SmtpSettings.builder("127.0.0.1", server.port()).sslContext(trusting()).build();

            Delivery d = Mail.smtp(settings).send(List.of(letter())).get(0);

            assertThat(d.isAccepted()).as("%s", d).isTrue();
            assertThat(server.overTls.get()).isEqualTo(1);
        }
    }

    @Test
    void starttls_with_a_certificate_nobody_trusts_fails_before_anything_is_sent() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(-1, server())) {
            SmtpSettings settings = SmtpSettings.builder("127.0.0.1", server.port()).build();

            Delivery d = Mail.smtp(settings).send(List.of(letter())).get(0);

            assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
            assertThat(d.problem().get().detail("reason").orElseThrow()).contains("SSLHandshakeException");
            assertThat(server.accepted).isEmpty();
        }
    }
}
