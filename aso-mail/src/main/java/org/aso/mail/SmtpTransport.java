package org.aso.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Problem;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends batches over one SMTP connection (renewed after {@link SmtpSettings#maxPerConnection()}
 * messages or a broken connection). Every property is set on this transport's own session.
 */
final class SmtpTransport implements MailTransport {
    /** Jakarta Mail's MIME properties, set on this transport's own session, never JVM-wide. */
    private static final String MIME_PREFIX = "mail.mime.";
    private final SmtpSettings settings;
    private final Session session;
    private final Session utf8Session;

    SmtpTransport(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings, false));
        this.utf8Session = Session.getInstance(properties(settings, true));
    }

    static Properties properties(SmtpSettings s, boolean utf8) {
        Properties p = new Properties();
        String prefix = "mail.smtp.";
        p.setProperty(prefix + "host", s.host());
        p.setProperty(prefix + "port", Integer.toString(s.port()));
        p.setProperty(prefix + "connectiontimeout", Long.toString(s.connectTimeout().toMillis()));
        p.setProperty(prefix + "timeout", Long.toString(s.readTimeout().toMillis()));
        p.setProperty(prefix + "writetimeout", Long.toString(s.writeTimeout().toMillis()));
        s.ehloName().ifPresent(name -> p.setProperty(prefix + "localhost", name));
        switch (s.security()) {
            case STARTTLS_REQUIRED -> {
                p.setProperty(prefix + "starttls.enable", "true");
                p.setProperty(prefix + "starttls.required", "true");
            }
            case IMPLICIT_TLS -> p.setProperty(prefix + "ssl.enable", "true");
            case INSECURE_PLAINTEXT_FOR_TESTING -> {
                p.setProperty(prefix + "starttls.enable", "false");
                p.setProperty(prefix + "ssl.enable", "false");
            }
        }
        p.setProperty(prefix + "ssl.checkserveridentity", Boolean.toString(s.checkServerIdentity()));
        s.sslContext().ifPresent(ctx -> p.put(prefix + "ssl.socketFactory", ctx.getSocketFactory()));
        if (s.user().isPresent()) {
            p.setProperty(prefix + "auth", "true");
            p.setProperty(prefix + "user", s.user().get());
            if (s.isOauth2()) {
                p.setProperty(prefix + "auth.mechanisms", "XOAUTH2");
                p.setProperty(prefix + "auth.xoauth2.disable", "false");
            }
        }
        // all or nothing for each message: a refused recipient refuses the message (no partial send)
        p.setProperty(prefix + "sendpartial", "false");
        if (utf8) {
            // addresses with non-ASCII local parts: sent with SMTPUTF8 when the server offers it
            p.setProperty(MIME_PREFIX + "allowutf8", "true");
        }
        return p;
    }

    @Override
    public List<Delivery> send(List<Email> batch) {
        List<Delivery> results = new ArrayList<>(batch.size());
        send(batch, results::add);
        return results;
    }

    @Override
    public void send(List<Email> batch, Consumer<Delivery> results) {
        Session session = batch.stream().anyMatch(Email::requiresSmtpUtf8) ? utf8Session : this.session;
        SMTPTransport transport = null;
        int onThisConnection = 0;
        try {
            for (int i = 0; i < batch.size(); i++) {
                Email email = batch.get(i);
                if (transport != null && (onThisConnection >= settings.maxPerConnection() || !transport.isConnected())) {
                    close(transport);
                    transport = null;
                }
                if (transport == null) {
                    try {
                        transport = connect(session);
                        onThisConnection = 0;
                    } catch (MessagingException e) {
                        // the server cannot be reached: the rest of the batch waits for the next attempt
                        Problem p = Problem.of("mail.smtp.failed", "The server could not be reached")
                                .with("server", settings.host() + ":" + settings.port()).with("reason", reason(e));
                        for (int j = i; j < batch.size(); j++) {
                            results.accept(Delivery.failed(batch.get(j).messageId(), p));
                        }
                        return;
                    }
                }
                if (email.requiresSmtpUtf8() && !transport.supportsExtension("SMTPUTF8")) {
                    results.accept(new Delivery(email.messageId(), Delivery.Status.REFUSED, Optional.empty(),
                            Optional.of(Problem.of("mail.smtp.smtputf8-unsupported",
                                    "The server does not offer SMTPUTF8, which this message's addresses need")), true));
                    continue;
                }
                results.accept(sendOne(session, transport, email));
                onThisConnection++;
            }
        } finally {
            close(transport);
        }
    }

    private Delivery sendOne(Session session, SMTPTransport transport, Email email) {
        try {
            SMTPMessage message = new SMTPMessage(session, email.openContent());
            message.setEnvelopeFrom(email.envelopeFrom().toAscii());
            List<EmailAddress> recipients = email.recipients();
            Address[] to = new Address[recipients.size()];
            for (int i = 0; i < to.length; i++) {
                InternetAddress a = new InternetAddress();
                a.setAddress(recipients.get(i).toAscii());
                to[i] = a;
            }
            transport.sendMessage(message, to);
            return Delivery.accepted(email.messageId());
        } catch (SendFailedException e) {
            for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
                int c = code(x);
                if (c > 0) {
                    return Delivery.refused(email.messageId(), c, String.valueOf(x.getMessage()));
                }
            }
            // no reply code from the server: the connection broke (or an address was refused here); try again later
            return Delivery.failed(email.messageId(), Problem.of("mail.smtp.failed", "The message could not be handed over")
                    .with("server", settings.host() + ":" + settings.port()).with("reason", reason(e)));
        } catch (MessagingException | RuntimeException e) {
            return Delivery.failed(email.messageId(), Problem.of("mail.smtp.failed", "The message could not be handed over")
                    .with("server", settings.host() + ":" + settings.port()).with("reason", reason(e)));
        }
    }

    private static int code(Exception e) {
        if (e instanceof SMTPAddressFailedException a) {
            return a.getReturnCode();
        }
        if (e instanceof SMTPSenderFailedException s) {
            return s.getReturnCode();
        }
        if (e instanceof SMTPSendFailedException s) {
            return s.getReturnCode();
        }
        return -1;
    }

    private SMTPTransport connect(Session session) throws MessagingException {
        SMTPTransport t;
        try {
            t = (SMTPTransport) session.getTransport("smtp");
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("Angus Mail's SMTP provider is missing from the class path", e);
        }
        t.connect(settings.host(), settings.port(), settings.user().orElse(null), settings.secret().orElse(null));
        return t;
    }

    private static void close(SMTPTransport t) {
        if (t != null) {
            try {
                t.close();
            } catch (MessagingException | RuntimeException e) {
                // the connection is gone either way
            }
        }
    }

    private static String reason(Exception e) {
        Throwable t = e;
        StringBuilder b = new StringBuilder();
        for (int depth = 0; t != null && depth < 4; depth++, t = t.getCause()) {
            if (b.length() > 0) {
                b.append(": ");
            }
            b.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                b.append(' ').append(t.getMessage().strip());
            }
        }
        return Composer.cut(b.toString().replaceAll("[\\p{Cntrl}]+", " "));
    }
}
