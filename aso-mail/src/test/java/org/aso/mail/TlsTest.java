package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.mail.MailFixtures.NOW;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Implicit TLS against GreenMail's SMTPS with its self-signed certificate, trusted through our own trust store. */
class TlsTest {
    private GreenMail greenMail;
    private int port;

    @BeforeEach
    void start() throws Exception {
        port = TestServer.freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        greenMail.start();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private static SSLContext trusting(KeyStore keys) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        var aliases = keys.aliases();
        while (aliases.hasMoreElements()) {
            String alias = aliases.nextElement();
            trust.setCertificateEntry(alias, keys.getCertificate(alias));
        }
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
    void an_untrusted_certificate_fails_cleanly() {
        SmtpSettings settings = SmtpSettings.builder("127.0.0.1", port).security(SmtpSettings.Security.IMPLICIT_TLS).build();

        Delivery d = Mail.smtp(settings).send(List.of(letter())).get(0);

        assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(d.problem().get().detail("reason").orElseThrow()).contains("SSLHandshakeException");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_certificate_that_does_not_name_the_host_fails_while_the_identity_is_checked() throws Exception {
        SSLContext ctx = trusting(new DummySSLServerSocketFactory().getKeyStore());
        SmtpSettings checked = SmtpSettings.builder("127.0.0.1", port).security(SmtpSettings.Security.IMPLICIT_TLS)
                .sslContext(ctx).build();
        SmtpSettings unchecked = SmtpSettings.builder("127.0.0.1", port).security(SmtpSettings.Security.IMPLICIT_TLS)
                .sslContext(ctx).checkServerIdentity(false).build();

        Delivery refused = Mail.smtp(checked).send(List.of(letter())).get(0);
        Delivery accepted = Mail.smtp(unchecked).send(List.of(letter())).get(0);

        assertThat(refused.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(refused.problem().get().detail("reason").orElseThrow()).containsIgnoringCase("127.0.0.1");
        assertThat(accepted.isAccepted()).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }
}
