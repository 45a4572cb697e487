package org.aso.mail;

import io.vavr.control.Either;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Problem;

/** Writes a {@link Draft} as MIME with Jakarta Mail; every caller-supplied header value is checked first. */
final class Composer {
    private static final String UTF8 = StandardCharsets.UTF_8.name();
    /** Jakarta Mail's MIME properties, set on a session of our own, never JVM-wide. */
    private static final String MIME_PREFIX = "mail.mime.";
    /** Sessions only carry properties to the messages made with them; making one reads the class path, so two are kept. */
    private static final Session ASCII_SESSION = Session.getInstance(new Properties());
    private static final Session UTF8_SESSION = Session.getInstance(utf8());

    private Composer() {}

    /** An address with the name shown with it ({@code ""} for none). */
    record Named(EmailAddress address, String name) {
        Named {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The calendar part of an iMIP message: its METHOD and its iCalendar text. */
    record Calendar(String method, String text) {}

    /** What a message says, before it is written. */
    record Draft(String messageId, Named from, Optional<Named> sender, List<Named> to, EmailAddress envelopeFrom,
                 String subject, Instant date, String text, String html, Optional<Calendar> calendar,
                 List<Attachment> attachments, Optional<String> inReplyTo, List<String> references, boolean smtpUtf8) {}

    static Either<Problem, Email> compose(Draft d) {
        Optional<Problem> refused = check(d);
        if (refused.isPresent()) {
            return Either.left(refused.get());
        }
        try {
            return Either.right(write(d));
        } catch (MessagingException | IOException e) {
            return Either.left(Problem.of("mail.compose.failed", "The message could not be written")
                    .with("messageId", d.messageId()).with("reason", String.valueOf(e.getMessage())));
        }
    }

    private static Optional<Problem> check(Draft d) {
        List<Either<Problem, ?>> checks = new ArrayList<>();
        checks.add(Headers.value("subject", d.subject()));
        checks.add(Headers.value("from name", d.from().name()));
        checks.add(Headers.address("from", d.from().address(), d.smtpUtf8()));
        checks.add(Headers.address("envelope from", d.envelopeFrom(), d.smtpUtf8()));
        d.sender().ifPresent(s -> {
            checks.add(Headers.value("sender name", s.name()));
            checks.add(Headers.address("sender", s.address(), d.smtpUtf8()));
        });
        for (Named n : d.to()) {
            checks.add(Headers.value("recipient name", n.name()));
            checks.add(Headers.address("to", n.address(), d.smtpUtf8()));
        }
        for (Attachment a : d.attachments()) {
            checks.add(Headers.value("attachment name", a.fileName()));
            if (!a.hasValidMediaType()) {
                checks.add(Either.left(Problem.of("mail.attachment.media-type", "The media type of an attachment is not valid")
                        .with("name", a.fileName()).with("mediaType", cut(a.mediaType()))));
            }
        }
        if (d.to().isEmpty()) {
            checks.add(Either.left(Problem.of("mail.recipient.none", "The message has no recipient with an e-mail address")
                    .with("messageId", d.messageId())));
        }
        return checks.stream().filter(Either::isLeft).map(Either::getLeft).findFirst();
    }

    private static Email write(Draft d) throws MessagingException, IOException {
        Session session = d.smtpUtf8() ? UTF8_SESSION : ASCII_SESSION;
        String messageId = d.messageId();
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(internet(d.from()));
        if (d.sender().isPresent()) {
            m.setSender(internet(d.sender().get()));
        }
        List<InternetAddress> to = new ArrayList<>();
        for (Named n : d.to()) {
            to.add(internet(n));
        }
        m.setRecipients(Message.RecipientType.TO, to.toArray(new InternetAddress[0]));
        m.setSubject(d.subject(), UTF8);
        m.setSentDate(Date.from(d.date()));
        if (d.inReplyTo().isPresent()) {
            m.setHeader("In-Reply-To", d.inReplyTo().get());
        }
        if (!d.references().isEmpty()) {
            m.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", d.references())));
        }
        m.setHeader("Auto-Submitted", "auto-generated");

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text(d.text(), "plain"));
        alternative.addBodyPart(text(d.html(), "html"));
        if (d.calendar().isPresent()) {
            alternative.addBodyPart(calendar(d.calendar().get()));
        }
        if (d.attachments().isEmpty()) {
            m.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (Attachment a : d.attachments()) {
                mixed.addBodyPart(attachment(a));
            }
            m.setContent(mixed);
        }
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        m.writeTo(out);
        List<EmailAddress> recipients = new ArrayList<>(new LinkedHashSet<>(d.to().stream().map(Named::address).toList()));
        return new Email(messageId, d.envelopeFrom(), recipients, d.subject(), out.toByteArray());
    }

    private static InternetAddress internet(Named n) throws UnsupportedEncodingException {
        return new InternetAddress(n.address().toAscii(), n.name().isEmpty() ? null : n.name(), UTF8);
    }

    private static MimeBodyPart text(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF8, subtype);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    /** The iMIP part: inline {@code text/calendar; charset=UTF-8; method=...}, quoted-printable, never an attachment. */
    private static MimeBodyPart calendar(Calendar c) throws MessagingException {
        String type = "text/calendar; charset=UTF-8; method=" + c.method();
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(c.text().getBytes(StandardCharsets.UTF_8), type)));
        part.setHeader("Content-Type", type);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static MimeBodyPart attachment(Attachment a) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.mediaType())));
        ParameterList name = new ParameterList();
        name.set("name", a.fileName(), UTF8);
        part.setHeader("Content-Type", a.mediaType() + name);
        ParameterList file = new ParameterList();
        file.set("filename", a.fileName(), UTF8);
        part.setHeader("Content-Disposition", new ContentDisposition("attachment", file).toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static Properties utf8() {
        Properties p = new Properties();
        p.setProperty(MIME_PREFIX + "allowutf8", "true");
        return p;
    }

    static String cut(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
