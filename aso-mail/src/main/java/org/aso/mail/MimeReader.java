package org.aso.mail;

import io.vavr.control.Either;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Header;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;

/**
 * Reads one message into an {@link IncomingMail} within {@link IntakeLimits}. One instance per
 * message (it counts parts, bytes and time); not thread-safe.
 *
 * <p>Every failure of Jakarta Mail or of the input becomes a {@link Problem}; the walk stops at
 * the first limit reached, so the work done is bounded by the limits, whatever the input.
 */
final class MimeReader {
    /** Longest subject kept (core's title). */
    static final int MAX_SUBJECT = 500;
    /** Longest display name kept (core's name). */
    static final int MAX_NAME = 200;
    /** Most Message-IDs kept from {@code In-Reply-To} or {@code References}. */
    static final int MAX_IDS = 100;
    private static final Pattern MESSAGE_ID = Pattern.compile("<([\\x21-\\x3B\\x3D\\x3F-\\x7E]{1,996})>");
    private static final Pattern METHOD = Pattern.compile("(?im)^METHOD:([A-Za-z-]{1,20})\\r?$");
    private static final Pattern UNREACHABLE = Pattern.compile("FolderClosed|StoreClosed|MessageRemoved");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final IntakeLimits limits;
    private final Session session;
    private final long deadline;
    private final List<Problem> warnings = new ArrayList<>();
    private final List<IncomingMail.Attachment> attachments = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private IncomingMail.CalendarPart calendar;
    /** The first calendar sent as a file, for a message whose only calendar is attached. */
    private IncomingMail.CalendarPart attachedCalendar;
    private int parts;
    private long bytes;

    private MimeReader(IntakeLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", "true");      // raw UTF-8 in headers (RFC 6532) is read as UTF-8
        this.session = Session.getInstance(p);
    }

    /** A refusal carried out of the walk. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refusal(Problem problem) {
            super(problem.code(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    // ------------------------------------------------------------------ entry points

    static Either<Problem, IncomingMail> read(byte[] raw, IntakeLimits limits) {
        if (raw.length > limits.maxBytes()) {
            return Either.left(tooLarge(raw.length, limits));
        }
        MimeReader r = new MimeReader(limits);
        return r.guard(() -> r.message(new MimeMessage(r.session, new SharedByteArrayInputStream(raw))));
    }

    static Either<Problem, IncomingMail> read(InputStream in, IntakeLimits limits) {
        byte[] raw;
        try {
            raw = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            return Either.left(unreadable(e));
        }
        return read(raw, limits);
    }

    static Either<Problem, IncomingMail> read(MimeMessage m, IntakeLimits limits) {
        MimeReader r = new MimeReader(limits);
        return r.guard(() -> {
            int size = m.getSize();
            if (size > limits.maxBytes()) {
                throw new Refusal(tooLarge(size, limits));
            }
            return r.message(m);
        });
    }

    private interface Step<T> {
        T run() throws MessagingException, IOException;
    }

    private Either<Problem, IncomingMail> guard(Step<IncomingMail> step) {
        try {
            return Either.right(step.run());
        } catch (Refusal e) {
            return Either.left(e.problem());
        } catch (FolderClosedException | StoreClosedException | MessageRemovedException e) {
            return Either.left(unreadable(e));
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof IOException && UNREACHABLE.matcher(e.getClass().getSimpleName()).find()) {
                return Either.left(unreadable(e));     // Angus's FolderClosedIOException, MessageRemovedIOException
            }
            return Either.left(Problem.of("mail.intake.malformed", "The message is not well-formed MIME")
                    .with("reason", IntakeText.quote(e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
    }

    /** The message could not be fetched (a closed folder or store, a message expunged): not its fault. */
    private static Problem unreadable(Exception e) {
        return Problem.of("mail.intake.unreadable", "The message could not be read")
                .with("reason", IntakeText.quote(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    // ------------------------------------------------------------------ the message

    private IncomingMail message(MimeMessage m) throws MessagingException, IOException {
        headers(m);
        Contact from = sender(m);
        List<Contact> to = recipients(m, "To");
        List<Contact> cc = recipients(m, "Cc");
        Optional<String> id = messageId(m);
        Optional<String> subject = subject(m);
        Optional<Instant> sent = sent(m);
        Optional<Instant> received = received(m);
        List<String> inReplyTo = ids(m, "In-Reply-To");
        List<String> references = ids(m, "References");
        walk(m, 0, true);
        String body;
        if (!plain.isEmpty()) {
            body = IntakeText.lines(plain.toString());
        } else if (!html.isEmpty()) {
            body = HtmlText.text(html.toString(), this::checkTime);
        } else {
            body = "";
        }
        return new IncomingMail(id, from, to, cc, subject, sent, received, body, attachments, inReplyTo, references,
                Optional.ofNullable(calendar != null ? calendar : attachedCalendar), warnings);
    }

    private void headers(Part p) throws MessagingException {
        int count = 0;
        Enumeration<Header> all = p.getAllHeaders();
        while (all.hasMoreElements()) {
            Header h = all.nextElement();
            if (++count > limits.maxHeaders()) {
                throw new Refusal(Problem.of("mail.intake.too-many-headers",
                        "The message has more than " + limits.maxHeaders() + " header fields in one part")
                        .with("max", limits.maxHeaders()));
            }
            int length = h.getName().length() + (h.getValue() == null ? 0 : h.getValue().length());
            if (length > limits.maxHeaderLength()) {
                throw new Refusal(Problem.of("mail.intake.header-too-long",
                        "The header field " + IntakeText.quote(h.getName()) + " is longer than " + limits.maxHeaderLength()
                                + " characters")
                        .with("header", IntakeText.quote(h.getName())).with("length", length)
                        .with("max", limits.maxHeaderLength()));
            }
        }
    }

    private Contact sender(MimeMessage m) throws MessagingException {
        String header = m.getHeader("From", ",");
        if (header == null || header.isBlank()) {
            throw new Refusal(Problem.of("mail.intake.no-sender", "The message has no From address"));
        }
        InternetAddress[] parsed;
        try {
            parsed = InternetAddress.parseHeader(header, false);
        } catch (AddressException e) {
            throw new Refusal(Problem.of("mail.address.malformed", "The From address cannot be read")
                    .with("header", "From").with("input", IntakeText.quote(header)));
        }
        for (InternetAddress a : parsed) {
            Either<Problem, Contact> c = contact(a);
            if (c.isRight()) {
                return c.get();
            }
            throw new Refusal(Problem.of("mail.address.malformed", "The From address cannot be read")
                    .with("header", "From").with("input", IntakeText.quote(a.toString()))
                    .with("reason", c.getLeft().code()));
        }
        throw new Refusal(Problem.of("mail.intake.no-sender", "The message has no From address"));
    }

    private List<Contact> recipients(MimeMessage m, String name) throws MessagingException {
        String header = m.getHeader(name, ",");
        if (header == null || header.isBlank()) {
            return List.of();
        }
        InternetAddress[] parsed;
        try {
            parsed = InternetAddress.parseHeader(header, false);
        } catch (AddressException e) {
            warnings.add(Problem.of("mail.intake.recipient-unreadable", "A " + name + " header cannot be read")
                    .with("header", name).with("input", IntakeText.quote(header)));
            return List.of();
        }
        List<Contact> out = new ArrayList<>();
        for (Address address : parsed) {
            InternetAddress a = (InternetAddress) address;
            if (a.isGroup()) {
                InternetAddress[] members;
                try {
                    members = a.getGroup(false);
                } catch (AddressException e) {
                    members = new InternetAddress[0];
                }
                for (InternetAddress member : members == null ? new InternetAddress[0] : members) {
                    addRecipient(out, member, name);
                }
            } else {
                addRecipient(out, a, name);
            }
        }
        return out;
    }

    private void addRecipient(List<Contact> out, InternetAddress a, String header) {
        contact(a).fold(p -> warnings.add(Problem.of("mail.intake.recipient-unreadable",
                                "An address of the " + header + " header cannot be read")
                        .with("header", header).with("input", IntakeText.quote(a.toString())).with("reason", p.code())),
                out::add);
    }

    private static Either<Problem, Contact> contact(InternetAddress a) {
        if (a.getAddress() == null) {
            return Either.left(Problem.of("mail.address.malformed", "No address"));
        }
        return EmailAddress.parse(a.getAddress()).map(e -> {
            String personal = a.getPersonal() == null ? "" : IntakeText.line(a.getPersonal(), MAX_NAME);
            String name = personal.isEmpty() ? IntakeText.line(e.localPart() + "@" + e.unicodeDomain(), MAX_NAME) : personal;
            return Contact.builder().name(name).email(e).build();
        });
    }

    private Optional<String> messageId(MimeMessage m) throws MessagingException {
        String header = m.getHeader("Message-ID", null);
        if (header == null || header.isBlank()) {
            warnings.add(Problem.of("mail.intake.no-message-id",
                    "The message has no Message-ID: registering it twice cannot be detected"));
            return Optional.empty();
        }
        Matcher id = MESSAGE_ID.matcher(header.strip());
        if (!id.lookingAt()) {
            warnings.add(Problem.of("mail.intake.message-id-unreadable",
                            "The Message-ID cannot be read: registering it twice cannot be detected")
                    .with("input", IntakeText.quote(header)));
            return Optional.empty();
        }
        return Optional.of(id.group());
    }

    private Optional<String> subject(MimeMessage m) throws MessagingException {
        String raw = m.getHeader("Subject", null);
        if (raw == null) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = MimeUtility.decodeText(MimeUtility.unfold(raw));
        } catch (UnsupportedEncodingException e) {
            decoded = raw;
            warnings.add(Problem.of("mail.intake.charset-unknown", "The subject names a character set that is not known")
                    .with("charset", IntakeText.quote(e.getMessage())).with("part", "Subject"));
        }
        String line = IntakeText.line(decoded, Integer.MAX_VALUE - 2);
        if (line.length() > MAX_SUBJECT) {
            warnings.add(Problem.of("mail.intake.subject-cut", "The subject was cut to " + MAX_SUBJECT + " characters")
                    .with("length", line.length()).with("max", MAX_SUBJECT));
            line = IntakeText.cut(line, MAX_SUBJECT);
        }
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    private Optional<Instant> sent(MimeMessage m) throws MessagingException {
        if (m.getHeader("Date") == null) {
            return Optional.empty();
        }
        Date d = m.getSentDate();
        if (d == null || !Limits.contains(d.toInstant())) {
            warnings.add(Problem.of("mail.intake.date-unreadable", "The Date header cannot be read")
                    .with("input", IntakeText.quote(m.getHeader("Date", ","))));
            return Optional.empty();
        }
        return Optional.of(d.toInstant());
    }

    /**
     * When our side received it: the folder's own date (IMAP's INTERNALDATE) if the message comes
     * from one, else the date of the topmost {@code Received} header, which the last server added.
     */
    private static Optional<Instant> received(MimeMessage m) throws MessagingException {
        Date d = m.getReceivedDate();
        if (d == null) {
            String[] trace = m.getHeader("Received");
            if (trace == null || trace.length == 0) {
                return Optional.empty();
            }
            String top = MimeUtility.unfold(trace[0]);
            int semicolon = top.lastIndexOf(';');
            if (semicolon < 0) {
                return Optional.empty();
            }
            try {
                d = new MailDateFormat().parse(top.substring(semicolon + 1).strip());
            } catch (java.text.ParseException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(d).map(Date::toInstant).filter(Limits::contains);
    }

    private static List<String> ids(MimeMessage m, String name) throws MessagingException {
        String header = m.getHeader(name, " ");
        if (header == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher id = MESSAGE_ID.matcher(header);
        while (id.find() && out.size() < MAX_IDS) {
            out.add(id.group());
        }
        return out;
    }

    // ------------------------------------------------------------------ the parts

    private void walk(Part p, int depth, boolean collect) throws MessagingException, IOException {
        checkTime();
        if (++parts > limits.maxParts()) {
            throw new Refusal(Problem.of("mail.intake.too-many-parts",
                    "The message has more than " + limits.maxParts() + " parts").with("max", limits.maxParts()));
        }
        if (depth > 0) {
            headers(p);
        }
        ContentType type = type(p);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (type.match("multipart/*")) {
            nested(depth);
            countParts(p, type);
            Object content = p.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new Refusal(Problem.of("mail.intake.malformed", "A multipart has no parts")
                        .with("reason", "no boundary"));
            }
            int count = multipart.getCount();
            for (int i = 0; i < count; i++) {
                BodyPart part = multipart.getBodyPart(i);
                walk(part, depth + 1, collect);
            }
            return;
        }
        if (base.equals("message/rfc822")) {
            nested(depth);
            byte[] raw = content(p);
            MimeMessage inner = new MimeMessage(session, new SharedByteArrayInputStream(raw));
            walk(inner, depth + 1, false);
            if (collect) {
                String subject = Optional.ofNullable(inner.getSubject()).orElse("");
                attach(subject.isBlank() ? "message" : subject + ".eml", "message/rfc822", raw, ".eml");
            }
            return;
        }
        if (!collect) {
            drain(p);
            return;
        }
        String disposition = disposition(p);
        String fileName = fileName(p, type);
        boolean inline = !Part.ATTACHMENT.equalsIgnoreCase(disposition) && fileName == null;
        if (base.equals("text/calendar") && calendar == null && !Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            calendar = calendarPart(text(p, type), type);
        } else if (inline && base.equals("text/plain")) {
            separate(plain).append(text(p, type));
        } else if (inline && base.equals("text/html")) {
            separate(html).append(text(p, type));
        } else {
            byte[] bytes = content(p);
            attach(fileName, base, bytes, extension(base));
            if ((base.equals("text/calendar") || base.equals("application/ics")) && attachedCalendar == null) {
                attachedCalendar = calendarPart(decode(bytes, type.getParameter("charset")), type);
            }
        }
    }

    /** The calendar part: its method from the {@code method} parameter, else the METHOD line, else PUBLISH. */
    private static IncomingMail.CalendarPart calendarPart(String text, ContentType type) {
        String method = type.getParameter("method");
        if (method == null) {
            Matcher mm = METHOD.matcher(text);
            method = mm.find() ? mm.group(1) : "PUBLISH";
        }
        return new IncomingMail.CalendarPart(IntakeText.line(method, 20), text);
    }

    /**
     * Counts the parts of a multipart read from outside in its raw bytes, before Jakarta Mail
     * parses them (which costs far more per part), and refuses it if they exceed what is left of
     * {@link IntakeLimits#maxParts()}. A part built in memory has no raw bytes and is not counted here.
     */
    private void countParts(Part p, ContentType type) throws MessagingException, IOException {
        if (!(p instanceof MimePart mime)) {
            return;
        }
        InputStream raw;
        try {
            raw = mime instanceof MimeMessage m ? m.getRawInputStream() : ((MimeBodyPart) mime).getRawInputStream();
        } catch (MessagingException e) {
            return;     // built in memory: no raw content
        }
        int delimiters;
        try (InputStream in = new java.io.BufferedInputStream(raw, 8192)) {
            delimiters = delimiters(in, type.getParameter("boundary"));
        }
        if (delimiters - 1 > limits.maxParts() - parts) {
            throw new Refusal(Problem.of("mail.intake.too-many-parts",
                    "The message has more than " + limits.maxParts() + " parts").with("max", limits.maxParts()));
        }
    }

    /**
     * How many lines of {@code body} start with {@code --boundary}, in one pass without copying it;
     * when the boundary is not given, the first line that starts with {@code --} gives it, as
     * Jakarta Mail does.
     */
    static int delimiters(InputStream body, String boundary) throws IOException {
        byte[] mark = boundary == null ? null : ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream line = new ByteArrayOutputStream();   // while looking for the boundary
        boolean skip = false;     // this line cannot give the boundary
        int column = 0;
        int matched = 0;          // bytes of the mark matched at the start of this line; -1 once it fails
        int count = 0;
        for (int b; (b = body.read()) >= 0; ) {
            if (b == '\n') {
                if (mark == null && !skip && line.size() > 2) {
                    mark = trimmed(line.toByteArray());
                    count++;
                }
                line.reset();
                skip = false;
                column = 0;
                matched = 0;
                continue;
            }
            if (mark == null) {
                skip |= column < 2 && b != '-' || line.size() >= 1000;
                if (!skip) {
                    line.write(b);
                }
            } else if (matched >= 0) {
                matched = b == (mark[matched] & 0xff) ? matched + 1 : -1;
                if (matched == mark.length) {
                    count++;
                    matched = -1;
                }
            }
            column++;
        }
        return count;
    }

    private static byte[] trimmed(byte[] line) {
        int end = line.length;
        while (end > 0 && (line[end - 1] == '\r' || line[end - 1] == ' ' || line[end - 1] == '\t')) {
            end--;
        }
        return java.util.Arrays.copyOf(line, end);
    }

    private void nested(int depth) {
        if (depth + 1 > limits.maxDepth()) {
            throw new Refusal(Problem.of("mail.intake.too-deep",
                    "The message nests parts deeper than " + limits.maxDepth() + " levels").with("max", limits.maxDepth()));
        }
    }

    private void attach(String rawName, String mediaType, byte[] content, String extension) {
        if (attachments.size() >= limits.maxAttachments()) {
            throw new Refusal(Problem.of("mail.intake.too-many-attachments",
                    "The message has more than " + limits.maxAttachments() + " attachments")
                    .with("max", limits.maxAttachments()));
        }
        String fallback = "attachment-" + (attachments.size() + 1) + extension;
        String name = IntakeText.fileName(rawName, IncomingMail.Attachment.MAX_NAME, fallback);
        if (rawName != null && !name.equals(rawName)) {
            warnings.add(Problem.of("mail.intake.attachment-renamed", "An attachment's name was made safe")
                    .with("input", IntakeText.quote(rawName)).with("name", name));
        }
        name = unique(name);
        attachments.add(new IncomingMail.Attachment(name, mediaType, content));
    }

    private String unique(String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !names.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = IntakeText.cut(stem, IncomingMail.Attachment.MAX_NAME - suffix.length() - ext.length()) + suffix + ext;
        }
        return candidate;
    }

    private static StringBuilder separate(StringBuilder b) {
        if (!b.isEmpty()) {
            b.append("\n\n");
        }
        return b;
    }

    private ContentType type(Part p) throws MessagingException {
        // the data handler's type: the header of a parsed part, the content's own of a part built in
        // memory and not saved yet (whose Content-Type header Jakarta Mail writes only on saving)
        String header = p.getDataHandler().getContentType();
        if (header == null) {
            return new ContentType("text", "plain", null);
        }
        try {
            return new ContentType(header);
        } catch (ParseException e) {
            warnings.add(Problem.of("mail.intake.content-type-unreadable",
                    "A part's Content-Type cannot be read: it is read as an attachment")
                    .with("input", IntakeText.quote(header)));
            return new ContentType("application", "octet-stream", null);
        }
    }

    private static String disposition(Part p) {
        try {
            return p.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return Part.ATTACHMENT;
        }
    }

    private String fileName(Part p, ContentType type) {
        String name;
        try {
            name = p.getFileName();
        } catch (MessagingException | RuntimeException e) {
            name = null;
        }
        if (name == null) {
            name = type.getParameter("name");
        }
        if (name != null && name.contains("=?")) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException | RuntimeException e) {
                warnings.add(Problem.of("mail.intake.charset-unknown", "An attachment's name has an unknown character set")
                        .with("charset", IntakeText.quote(e.getMessage())).with("part", "filename"));
            }
        }
        return name;
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            case "text/calendar", "application/ics" -> ".ics";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "message/rfc822" -> ".eml";
            default -> ".bin";
        };
    }

    // ------------------------------------------------------------------ content

    /** The decoded bytes of a leaf part, within the byte budget. */
    private byte[] content(Part p) throws MessagingException, IOException {
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                if (bytes > limits.maxBytes()) {
                    throw new Refusal(tooLarge(bytes, limits));
                }
                out.write(buffer, 0, n);
                checkTime();
            }
            return out.toByteArray();
        }
    }

    /** Reads a part of an attached message through, to check its encoding, keeping nothing. */
    private void drain(Part p) throws MessagingException, IOException {
        try (InputStream in = p.getInputStream()) {
            byte[] buffer = new byte[8192];
            while (in.read(buffer) > 0) {
                checkTime();
            }
        }
    }

    /** The text of a part, decoded from its declared character set, with a fallback. */
    private String text(Part p, ContentType type) throws MessagingException, IOException {
        return decode(content(p), type.getParameter("charset"));
    }

    private String decode(byte[] raw, String declared) {
        if (declared == null || declared.isBlank()) {
            return guess(raw);
        }
        String label = declared.strip().toLowerCase(Locale.ROOT);
        Charset charset;
        try {
            charset = Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            warnings.add(Problem.of("mail.intake.charset-unknown",
                            "A part declares a character set that is not known: read as UTF-8 or windows-1252")
                    .with("charset", IntakeText.quote(declared)).with("part", "body"));
            return guess(raw);
        }
        if (charset.equals(StandardCharsets.US_ASCII)) {
            return guess(raw);          // 8-bit text labelled ASCII is a mislabel: UTF-8 if it is that
        }
        if (charset.equals(StandardCharsets.ISO_8859_1)) {
            return new String(raw, WINDOWS_1252);   // as browsers do (WHATWG Encoding): 0x80-0x9F are windows-1252's
        }
        try {
            return new String(raw, charset);
        } catch (RuntimeException e) {
            warnings.add(Problem.of("mail.intake.charset-unknown",
                            "A part's character set cannot decode it: read as UTF-8 or windows-1252")
                    .with("charset", IntakeText.quote(declared)).with("part", "body"));
            return guess(raw);
        }
    }

    /** UTF-8 if the bytes are valid UTF-8, else windows-1252. */
    private static String guess(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, WINDOWS_1252);
        }
    }

    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new Refusal(Problem.of("mail.intake.too-slow",
                    "Reading the message took longer than " + limits.maxTime().toMillis() + " ms")
                    .with("max", limits.maxTime().toMillis()));
        }
    }

    private static Problem tooLarge(long size, IntakeLimits limits) {
        return Problem.of("mail.intake.too-large", "The message is larger than " + limits.maxBytes() + " bytes")
                .with("max", limits.maxBytes()).with("size", size);
    }
}
