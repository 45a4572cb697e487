package org.aso.mail;

import io.vavr.control.Either;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.correspondence.Acknowledgement;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.TransmissionSlips;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.PersonId;
import org.aso.core.priority.Notice;
import org.aso.mail.Composer.Calendar;
import org.aso.mail.Composer.Draft;
import org.aso.mail.Composer.Named;

/**
 * The mail facade: invitations (iMIP, RFC 6047), outgoing letters, acknowledgements of receipt,
 * transmission slips and escalation notices composed as MIME messages ({@link Email}), and the
 * transports that send them ({@link #smtp}, {@link #pickupFolder}), usually through an
 * {@link Outbox}; and intake, the other way: an incoming e-mail read within limits
 * ({@link #read(byte[])}), drafted as an incoming register entry ({@link #draft}), registered
 * once per Message-ID ({@link #register}), or, for an iMIP REPLY, applied to the agenda
 * ({@link #applyReply}).
 *
 * <pre>{@code
 * Mail mail = Mail.builder(directory)
 *         .domain("prefecture.example")
 *         .sender(EmailAddress.of("courrier@prefecture.example"), "Secrétariat général")
 *         .language(address -> Locale.FRENCH)
 *         .build();
 * Ics.Message request = ics.message(booked.events().get(0), now).get();
 * List<Email> invitations = mail.invitation(request, booked.meeting(), List.of(), now).get();
 * invitations.forEach(email -> outbox.enqueue(email, now));
 * outbox.deliver(now);
 *
 * IncomingMail in = mail.read(Files.readAllBytes(eml)).get();
 * IncomingDraft draft = mail.draft(register, in, ctx).get();
 * Register.Registered done = mail.register(register, draft, ctx).get();
 * }</pre>
 *
 * <p><b>What is written.</b> Every message has a plain-text body and an HTML body (every caller
 * text escaped) in {@code multipart/alternative}, in the recipient's language (French or
 * English, from {@link Builder#language}); an invitation adds, last in the alternative, its
 * calendar part inline as {@code text/calendar; charset=UTF-8; method=...} in quoted-printable.
 * {@code multipart/mixed} wraps it only when there are attachments. UTF-8 is set on every text
 * part, subject and display name; domains go out in ASCII (punycode). Nothing is set JVM-wide.
 *
 * <p><b>Message-IDs</b> are derived, never random: {@code <kind.id.sequence@domain>} with kind
 * {@code meeting}, {@code letter}, {@code ack}, {@code slip} or {@code notice}, the id made of
 * letters, digits, {@code - _ .} (others percent-encoded) and the sequence (the meeting's
 * SEQUENCE, a letter's send number, 0 otherwise). Composing the same thing twice gives the same
 * id, so a resend is recognised, and intake can map a reply's {@code In-Reply-To} back to the
 * letter or meeting. Updates and cancellations of a meeting carry {@code In-Reply-To} and
 * {@code References} to its first invitation (sequence 0), so they thread with it.
 *
 * <p><b>Hostile values.</b> A subject, display name or address holding CR, LF, NUL or any other
 * control or invisible character is refused ({@code mail.header.control-character}), never
 * written; an address with non-ASCII characters before the {@code @} is refused
 * ({@code mail.address.smtputf8}) unless {@link Builder#smtpUtf8} allows it. Attachment names
 * are made safe ({@link Attachment#sanitise}).
 *
 * <p>Immutable and thread-safe. Composing costs the size of the message; nothing is sent.
 */
public final class Mail {
    private final Ics.Directory directory;
    private final String domain;
    private final Named sender;
    private final Function<EmailAddress, Locale> language;
    private final Locale defaultLanguage;
    private final ZoneId zone;
    private final boolean smtpUtf8;
    private final Intake intake;

    private Mail(Builder b) {
        this.directory = b.directory;
        this.domain = b.domain;
        this.sender = new Named(b.senderAddress, b.senderName);
        this.language = b.language;
        this.defaultLanguage = b.locale;
        this.zone = b.zone;
        this.smtpUtf8 = b.smtpUtf8;
        this.intake = new Intake(b.intakeLimits, b.domain);
    }

    /**
     * A builder over the people and rooms messages name.
     *
     * @param directory who is who (names and addresses of persons, rooms), the same as aso-calendar's; not null
     * @return a builder: English, zone UTC, Message-IDs under {@code aso.invalid}, no SMTPUTF8;
     *     the sender must be set
     */
    public static Builder builder(Ics.Directory directory) {
        return new Builder(Objects.requireNonNull(directory, "directory"));
    }

    /** Builds a {@link Mail}. Not thread-safe; the {@link Mail} it builds is. */
    public static final class Builder {
        private final Ics.Directory directory;
        private String domain = "aso.invalid";
        private EmailAddress senderAddress;
        private String senderName = "";
        private Locale locale = Locale.ENGLISH;
        private Function<EmailAddress, Locale> language;
        private ZoneId zone = ZoneOffset.UTC;
        private boolean smtpUtf8;
        private IntakeLimits intakeLimits = IntakeLimits.DEFAULT;

        private Builder(Ics.Directory directory) {
            this.directory = directory;
        }

        /**
         * The domain on the right of every Message-ID; use the organization's own.
         *
         * @param domain a host name of at least two labels: letters, digits, dots and hyphens; not null
         * @return this builder
         * @throws IllegalArgumentException if it is not such a name
         */
        public Builder domain(String domain) {
            Objects.requireNonNull(domain, "domain");
            if (!Headers.isDomain(domain)) {
                throw new IllegalArgumentException("A Message-ID domain is a host name: " + Composer.cut(domain));
            }
            this.domain = domain;
            return this;
        }

        /**
         * Who sends: the {@code From} of letters, slips and notices, the {@code Sender} of
         * invitations sent for an organizer, and the envelope sender (where bounces go) of every
         * message. A name with control characters is refused when a message is composed.
         *
         * @param address the service's address; not null
         * @param name the name shown with it ({@code ""} for none); not null
         * @return this builder
         */
        public Builder sender(EmailAddress address, String name) {
            this.senderAddress = Objects.requireNonNull(address, "address");
            this.senderName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The language of every recipient whose language {@link #language} does not say.
         *
         * @param locale French or English (another falls back to English); not null
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Each recipient's language: messages are written in French for a French locale, in
         * English otherwise. An invitation to people of both languages is written twice, one
         * message per language.
         *
         * @param language the locale of an address, never null for an address; not null
         * @return this builder
         */
        public Builder language(Function<EmailAddress, Locale> language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * The zone in which slips and notices show times (meetings show their own zone).
         *
         * @param zone the readers' zone; not null
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Allows addresses with non-ASCII characters before the {@code @} (RFC 6531). Such a
         * message is sent only by a server that offers SMTPUTF8; otherwise its delivery is
         * refused ({@code mail.smtp.smtputf8-unsupported}).
         *
         * @param allow true to allow
         * @return this builder
         */
        public Builder smtpUtf8(boolean allow) {
            this.smtpUtf8 = allow;
            return this;
        }

        /**
         * The bounds within which incoming mail is read ({@link Mail#read(byte[])} and its
         * siblings); a message beyond one is refused with its {@code mail.intake.*} problem.
         *
         * @param limits the bounds; not null ({@link IntakeLimits#DEFAULT} unless set)
         * @return this builder
         */
        public Builder intakeLimits(IntakeLimits limits) {
            this.intakeLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * {@return the facade}
         *
         * @throws IllegalStateException if no sender was set
         */
        public Mail build() {
            if (senderAddress == null) {
                throw new IllegalStateException("Mail needs a sender: Builder.sender(address, name)");
            }
            if (language == null) {
                Locale fixed = locale;
                language = a -> fixed;
            }
            return new Mail(this);
        }
    }

    // ------------------------------------------------------------------ invitations

    /**
     * The iMIP messages for a scheduling message of aso-calendar: one {@link Email} per language
     * among its recipients (usually one), each to every recipient of that language.
     *
     * <p>From is the message's sender (the organizer, or the attendee for a REPLY or COUNTER),
     * with {@link Builder#sender} as {@code Sender} when it differs. The bodies say what, when
     * (in the meeting's zone), where, who organises, the agenda and the documents; the calendar
     * part carries {@link Ics.Message#text()} unchanged. The Message-ID is
     * {@code <meeting.ID.SEQUENCE@domain>} for a REQUEST to recipients of the default language;
     * recipients of another language get {@code ID.LANG}, and other methods
     * {@code ID.cancel}, {@code ID.reply.ADDRESS.ANSWER}, {@code ID.counter.ADDRESS},
     * {@code ID.declinecounter} or {@code ID.publish}. Every message but the first invitation
     * refers to it ({@code In-Reply-To}, {@code References}).
     *
     * @param message what aso-calendar wrote ({@link Ics#message}); not null
     * @param meeting the meeting it is about, as it now is; not null
     * @param attachments files sent with it (the agenda as PDF), possibly empty; not null
     * @param now the {@code Date} of the messages; not null
     * @return the messages, or a problem: {@code mail.header.*}, {@code mail.address.smtputf8},
     *     {@code mail.attachment.media-type}, {@code mail.recipient.none}, {@code mail.compose.failed}
     */
    public Either<Problem, List<Email>> invitation(Ics.Message message, Meeting meeting, List<Attachment> attachments,
                                                   Instant now) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(now, "now");
        List<Attachment> files = List.copyOf(attachments);
        Map<Texts, List<EmailAddress>> byLanguage = new LinkedHashMap<>();
        for (EmailAddress to : message.to()) {
            byLanguage.computeIfAbsent(Texts.of(languageOf(to)), t -> new ArrayList<>()).add(to);
        }
        if (byLanguage.isEmpty()) {
            return Either.left(Problem.of("mail.recipient.none", "The message has no recipient with an e-mail address")
                    .with("meeting", meeting.id().value()));
        }
        Named from = named(message.from());
        List<Email> emails = new ArrayList<>(byLanguage.size());
        for (Map.Entry<Texts, List<EmailAddress>> group : byLanguage.entrySet()) {
            Texts texts = group.getKey();
            String base = meetingBase(meeting, texts);
            String id = Headers.messageId("meeting", base + methodSuffix(message, meeting), message.sequence(), domain);
            String first = Headers.messageId("meeting", base, 0, domain);
            String subject = meetingSubject(texts, message, meeting, from);
            Body body = meetingBody(texts, message, meeting, from);
            Draft draft = new Draft(id, from, sender.address().equals(from.address()) ? Optional.empty() : Optional.of(sender),
                    group.getValue().stream().map(this::named).toList(), sender.address(), subject, now,
                    body.text(), body.html(subject), Optional.of(new Calendar(message.method().name(), message.text())), files,
                    id.equals(first) ? Optional.empty() : Optional.of(first), id.equals(first) ? List.of() : List.of(first),
                    smtpUtf8);
            Either<Problem, Email> email = Composer.compose(draft);
            if (email.isLeft()) {
                return Either.left(email.getLeft());
            }
            emails.add(email.get());
        }
        return Either.right(List.copyOf(emails));
    }

    private String meetingBase(Meeting meeting, Texts texts) {
        String lang = texts.locale().getLanguage();
        return Texts.of(defaultLanguage) == texts ? meeting.id().value() : meeting.id().value() + "." + lang;
    }

    private String methodSuffix(Ics.Message message, Meeting meeting) {
        return switch (message.method()) {
            case REQUEST -> "";
            case CANCEL -> ".cancel";
            case REPLY -> ".reply." + message.from().toAscii() + "." + answer(message, meeting).name().toLowerCase(Locale.ROOT);
            case COUNTER -> ".counter." + message.from().toAscii();
            case DECLINECOUNTER -> ".declinecounter";
            case PUBLISH -> ".publish";
        };
    }

    private Attendee.Response answer(Ics.Message message, Meeting meeting) {
        return directory.personByEmail(message.from()).flatMap(p -> meeting.attendee(p.id()))
                .map(Attendee::response).orElse(Attendee.Response.NEEDS_ACTION);
    }

    private String meetingSubject(Texts texts, Ics.Message message, Meeting meeting, Named from) {
        Map<String, String> values = Map.of("title", meeting.title(), "name", displayName(from));
        String key = switch (message.method()) {
            case REQUEST -> message.sequence() == 0 ? "meeting.subject.request" : "meeting.subject.update";
            case CANCEL -> "meeting.subject.cancel";
            case REPLY -> "meeting.subject.reply." + answer(message, meeting).name();
            case COUNTER -> "meeting.subject.counter";
            default -> "meeting.subject.other";
        };
        return texts.text(key, values);
    }

    private Body meetingBody(Texts texts, Ics.Message message, Meeting meeting, Named from) {
        String organizer = directory.person(meeting.organizer()).map(Person::name).orElse(meeting.organizer().value());
        Map<String, String> values = Map.of("organizer", organizer, "name", displayName(from));
        String lead = switch (message.method()) {
            case REQUEST -> message.sequence() == 0 ? "meeting.lead.request" : "meeting.lead.update";
            case CANCEL -> "meeting.lead.cancel";
            case REPLY, COUNTER -> "meeting.lead.reply";
            default -> "meeting.lead.other";
        };
        Body body = new Body(texts).paragraph(texts.text(lead, values)).paragraph(meeting.title());
        body.field("meeting.when", meeting.allDay()
                ? texts.day(meeting.start().toLocalDate()) + (meeting.end().toLocalDate().minusDays(1).isAfter(meeting.start().toLocalDate())
                        ? " – " + texts.day(meeting.end().toLocalDate().minusDays(1)) : "")
                : texts.span(meeting.start(), meeting.end()));
        meeting.room().ifPresent(r -> body.field("meeting.where",
                directory.room(r).map(room -> room.name() + ", " + room.building()).orElse(r.value())));
        meeting.onlineLink().ifPresent(link -> body.field("meeting.online", link));
        body.field("meeting.organizer", organizer);
        body.gap();
        List<String> items = new ArrayList<>();
        for (AgendaItem item : meeting.agenda()) {
            String presenter = item.presenter().flatMap(directory::person).map(p -> " (" + p.name() + ")").orElse("");
            items.add(item.title() + presenter + (item.plannedMinutes() > 0 ? ", " + item.plannedMinutes() + " min" : ""));
        }
        body.list("meeting.agenda", items).list("meeting.documents", meeting.documents());
        return body.paragraph(texts.text("meeting.calendar"));
    }

    // ------------------------------------------------------------------ letters, acknowledgements, slips, notices

    /**
     * An outgoing letter of the register sent by e-mail: the PDF of the letter and its
     * attachments, with a short covering text, to every recipient of the entry. The subject is
     * the entry's (or "Our letter No. ..."); the Message-ID {@code <letter.ENTRY-ID.SEQUENCE@domain>}.
     *
     * @param entry the registered outgoing entry; not null
     * @param pdf the letter as PDF; not null
     * @param attachments the annexes, possibly empty; not null
     * @param sequence 0 for the first send, then 1, 2... for a corrected send (a resend of the
     *     same send keeps its number, so its Message-ID)
     * @param now the {@code Date} of the message; not null
     * @return the message, or a problem: {@code mail.letter.not-outgoing}, {@code mail.letter.cancelled},
     *     {@code mail.recipient.no-email} (a recipient without an address), {@code mail.recipient.none},
     *     {@code mail.header.*}, {@code mail.address.smtputf8}, {@code mail.attachment.media-type}
     * @throws IllegalArgumentException if {@code sequence} is negative
     */
    public Either<Problem, Email> letter(Entry entry, byte[] pdf, List<Attachment> attachments, int sequence, Instant now) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(now, "now");
        if (sequence < 0) {
            throw new IllegalArgumentException("A send number is 0 or more: " + sequence);
        }
        if (entry.direction() != Direction.OUTGOING) {
            return Either.left(Problem.of("mail.letter.not-outgoing", "Only an outgoing letter is sent")
                    .with("entry", entry.id().value()).with("direction", entry.direction()));
        }
        if (entry.isCancelled()) {
            return Either.left(Problem.of("mail.letter.cancelled", "A cancelled letter is not sent").with("entry", entry.id().value()));
        }
        Either<Problem, List<Named>> to = contacts(entry.recipients());
        if (to.isLeft()) {
            return Either.left(to.getLeft());
        }
        Texts texts = Texts.of(languageOf(to.get().isEmpty() ? sender.address() : to.get().get(0).address()));
        String number = entry.number().text();
        Map<String, String> values = Map.of("number", number, "date", texts.day(entry.letterDate().orElse(entry.receivedOn())),
                "subject", entry.subject().orElse(""));
        String subject = entry.subject().orElse(texts.text("letter.subject", values));
        List<Attachment> files = new ArrayList<>();
        files.add(Attachment.of(number + ".pdf", "application/pdf", pdf));
        files.addAll(attachments);
        Body body = new Body(texts).paragraph(texts.text("letter.body", values));
        entry.subject().ifPresent(s -> body.paragraph(texts.text("letter.subject.line", values)));
        body.list("letter.attachments", files.stream().map(Attachment::fileName).toList());
        if (!sender.name().isEmpty()) {
            body.paragraph(sender.name());
        }
        String id = Headers.messageId("letter", entry.id().value(), sequence, domain);
        return Composer.compose(new Draft(id, sender, Optional.empty(), to.get(), sender.address(), subject, now,
                body.text(), body.html(subject), Optional.empty(), List.copyOf(files), Optional.empty(), List.of(), smtpUtf8));
    }

    /**
     * The acknowledgement of receipt of an incoming entry, with the mentions the law requires
     * (the data of {@link Acknowledgement}), from the service that handles it to the applicant.
     * Message-ID {@code <ack.ENTRY-ID.0@domain>}.
     *
     * @param entry the incoming entry acknowledged; not null
     * @param acknowledgement what {@link Acknowledgement#prepare} made of it; not null
     * @param now the {@code Date} of the message; not null
     * @return the message, or a problem: {@code mail.recipient.no-email} (the applicant has no
     *     address), {@code mail.header.*}, {@code mail.address.smtputf8}
     */
    public Either<Problem, Email> acknowledgement(Entry entry, Acknowledgement acknowledgement, Instant now) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        Objects.requireNonNull(now, "now");
        Either<Problem, List<Named>> to = contacts(List.of(acknowledgement.applicant()));
        if (to.isLeft()) {
            return Either.left(to.getLeft());
        }
        Texts texts = Texts.of(languageOf(to.get().get(0).address()));
        Contact service = acknowledgement.service();
        Named from = service.email().map(e -> new Named(e, service.displayName())).orElse(sender);
        Map<String, String> values = Map.of("number", acknowledgement.number(),
                "received", texts.day(acknowledgement.receivedOn()), "date", texts.day(acknowledgement.silenceDate()));
        String subject = texts.text("ack.subject", values);
        Body body = new Body(texts).paragraph(texts.text("ack.body", values));
        List<String> serviceLines = new ArrayList<>();
        serviceLines.add(service.displayName());
        service.postalAddress().ifPresent(serviceLines::add);
        service.email().ifPresent(e -> serviceLines.add(e.toString()));
        service.phone().ifPresent(p -> serviceLines.add(p.toString()));
        body.field("ack.service", String.join("\n", serviceLines));
        body.paragraph(texts.text(acknowledgement.silence().acceptance() ? "ack.silence.acceptance" : "ack.silence.rejection", values));
        acknowledgement.appealRoutes().ifPresent(routes -> body.field("ack.appeal", routes));
        acknowledgement.exemption(texts.locale()).ifPresent(reason -> body.paragraph(texts.text("ack.exempt", Map.of("reason", reason))));
        String id = Headers.messageId("ack", entry.id().value(), 0, domain);
        return Composer.compose(new Draft(id, from, from.address().equals(sender.address()) ? Optional.empty() : Optional.of(sender),
                to.get(), sender.address(), subject, now, body.text(), body.html(subject), Optional.empty(), List.of(),
                Optional.empty(), List.of(), smtpUtf8));
    }

    /**
     * A transmission slip announced by e-mail to the people of the receiving unit. Message-ID
     * {@code <slip.NUMBER.0@domain>}.
     *
     * @param slip the slip sent; not null
     * @param from the sending unit; not null
     * @param to the receiving unit; not null
     * @param recipients who is told (the head of the unit, its secretariat), at least one; not null
     * @param now the {@code Date} of the message; not null
     * @return the message, or a problem: {@code mail.recipient.no-email}, {@code mail.recipient.none},
     *     {@code mail.header.*}, {@code mail.address.smtputf8}
     */
    public Either<Problem, Email> slip(TransmissionSlips.Slip slip, OrgUnit from, OrgUnit to, List<Person> recipients, Instant now) {
        Objects.requireNonNull(slip, "slip");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(now, "now");
        Either<Problem, List<Named>> people = persons(recipients);
        if (people.isLeft()) {
            return Either.left(people.getLeft());
        }
        Texts texts = Texts.of(people.get().isEmpty() ? defaultLanguage : languageOf(people.get().get(0).address()));
        Map<String, String> values = Map.of("number", slip.number().text(), "from", from.name(), "to", to.name(),
                "sent", texts.moment(slip.sentAt().atZone(zone)));
        String subject = texts.text("slip.subject", values);
        Body body = new Body(texts).paragraph(texts.text("slip.body", values)).list("slip.documents", slip.documents());
        slip.note().ifPresent(note -> body.field("slip.note", note));
        body.gap().paragraph(texts.text("slip.ask"));
        String id = Headers.messageId("slip", slip.number().text(), 0, domain);
        return Composer.compose(new Draft(id, sender, Optional.empty(), people.get(), sender.address(), subject, now,
                body.text(), body.html(subject), Optional.empty(), List.of(), Optional.empty(), List.of(), smtpUtf8));
    }

    /**
     * A notice of the escalation ladder (reminder, overdue, escalation) to its recipient, found in
     * the directory. The reason is shown as the notice gives it. Message-ID
     * {@code <notice.TASK.KIND.DUE-SINCE-EPOCH-SECOND.0@domain>}.
     *
     * @param notice the notice escalation found due; not null
     * @param now the {@code Date} of the message; not null
     * @return the message, or a problem: {@code mail.notice.no-recipient} (an exception-report
     *     entry, which goes out in {@link #exceptionReport}, or an escalation with no head above), {@code mail.recipient.unknown} (not in the
     *     directory), {@code mail.recipient.no-email}, {@code mail.header.*}, {@code mail.address.smtputf8}
     */
    public Either<Problem, Email> notice(Notice notice, Instant now) {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(now, "now");
        if (notice.recipient().isEmpty()) {
            return Either.left(Problem.of("mail.notice.no-recipient", "This notice is addressed to no one")
                    .with("task", notice.task().value()).with("kind", notice.kind()));
        }
        Optional<Person> person = directory.person(notice.recipient().get());
        if (person.isEmpty()) {
            return Either.left(Problem.of("mail.recipient.unknown", "The recipient is not in the directory")
                    .with("person", notice.recipient().get().value()));
        }
        Either<Problem, List<Named>> to = persons(List.of(person.get()));
        if (to.isLeft()) {
            return Either.left(to.getLeft());
        }
        Texts texts = Texts.of(languageOf(to.get().get(0).address()));
        String kind = notice.kind().name();
        String subject = texts.text("notice.subject." + kind);
        Body body = new Body(texts).paragraph(texts.text("notice.lead." + kind))
                .field("notice.task", notice.task().value())
                .field("notice.due", texts.moment(notice.dueSince().atZone(zone)))
                .field("notice.reason", notice.reason());
        String id = Headers.messageId("notice", notice.task().value() + "." + kind.toLowerCase(Locale.ROOT) + "."
                + notice.dueSince().getEpochSecond(), 0, domain);
        return Composer.compose(new Draft(id, sender, Optional.empty(), to.get(), sender.address(), subject, now,
                body.text(), body.html(subject), Optional.empty(), List.of(), Optional.empty(), List.of(), smtpUtf8));
    }

    /**
     * The exception report of an escalation round: the overdue tasks no one above could be told of
     * (the {@code EXCEPTION_REPORT} notices, addressed to no one), in one message to the person the
     * host names (the section's officer, the director). Each task is listed with its due time and
     * reason, by due time then task. Message-ID {@code <notice.report.HASH.0@domain>}, where HASH is
     * derived from the tasks and their due times, so the same report sent again keeps its id.
     *
     * <pre>{@code
     * List<Notice> entries = round.notices().stream().filter(n -> n.kind() == NoticeKind.EXCEPTION_REPORT).toList();
     * Email report = mail.exceptionReport(entries, director, clock.instant()).get();
     * }</pre>
     *
     * @param entries the exception-report notices, at least one; not null
     * @param to who reads the report, found in the directory; not null
     * @param now the {@code Date} of the message; not null
     * @return the message, or a problem: {@code mail.notice.no-entry} (no entry, or a notice of
     *     another kind), {@code mail.recipient.unknown}, {@code mail.recipient.no-email},
     *     {@code mail.header.*}, {@code mail.address.smtputf8}
     */
    public Either<Problem, Email> exceptionReport(List<Notice> entries, PersonId to, Instant now) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(now, "now");
        if (entries.isEmpty() || entries.stream().anyMatch(n -> n.kind() != org.aso.core.priority.NoticeKind.EXCEPTION_REPORT)) {
            return Either.left(Problem.of("mail.notice.no-entry",
                    "An exception report lists exception-report notices, at least one").with("count", entries.size()));
        }
        Optional<Person> person = directory.person(to);
        if (person.isEmpty()) {
            return Either.left(Problem.of("mail.recipient.unknown", "The recipient is not in the directory")
                    .with("person", to.value()));
        }
        Either<Problem, List<Named>> named = persons(List.of(person.get()));
        if (named.isLeft()) {
            return Either.left(named.getLeft());
        }
        List<Notice> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparing(Notice::dueSince).thenComparing(n -> n.task().value()));
        Texts texts = Texts.of(languageOf(named.get().get(0).address()));
        String subject = texts.text("notice.subject.EXCEPTION_REPORT");
        List<String> lines = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (Notice n : sorted) {
            lines.add(texts.text("notice.report.item", java.util.Map.of("task", n.task().value(),
                    "due", texts.moment(n.dueSince().atZone(zone)), "reason", n.reason())));
            key.append(n.task().value()).append('\n').append(n.dueSince().getEpochSecond()).append('\n');
        }
        Body body = new Body(texts).paragraph(texts.text("notice.report.lead")).list("notice.report.tasks", lines);
        String id = Headers.messageId("notice", "report." + Headers.sha256(key.toString(), 8), 0, domain);
        return Composer.compose(new Draft(id, sender, Optional.empty(), named.get(), sender.address(), subject, now,
                body.text(), body.html(subject), Optional.empty(), List.of(), Optional.empty(), List.of(), smtpUtf8));
    }

    // ------------------------------------------------------------------ intake

    /**
     * Reads a message a host fetched (from an IMAP folder it polls, say) within
     * {@link Builder#intakeLimits}; the folder's date (IMAP's INTERNALDATE), when the message has
     * one, is its receipt. Nothing of the {@code MimeMessage} is kept: the result does not change
     * when the message does.
     *
     * @param message the message; not null, not changed
     * @return the mail, or a problem: {@code mail.intake.too-large}, {@code mail.intake.too-many-parts},
     *     {@code mail.intake.too-deep}, {@code mail.intake.too-many-headers},
     *     {@code mail.intake.header-too-long}, {@code mail.intake.too-many-attachments},
     *     {@code mail.intake.too-slow}, {@code mail.intake.no-sender}, {@code mail.address.malformed}
     *     (the From address), {@code mail.intake.malformed} (not MIME), {@code mail.intake.unreadable}
     *     (the folder closed, the message expunged)
     */
    public Either<Problem, IncomingMail> read(MimeMessage message) {
        return intake.read(message);
    }

    /**
     * Reads an {@code .eml} file's bytes (RFC 5322, with CRLF or LF line ends) within
     * {@link Builder#intakeLimits}.
     *
     * <pre>{@code
     * IncomingMail in = mail.read(Files.readAllBytes(eml)).get();
     * }</pre>
     *
     * @param eml the whole message; not null, not changed
     * @return the mail, or a problem, those of {@link #read(MimeMessage)}
     */
    public Either<Problem, IncomingMail> read(byte[] eml) {
        return intake.read(eml);
    }

    /**
     * Reads an {@code .eml} from a stream, no further than one byte past
     * {@link IntakeLimits#maxBytes()} (a longer message is refused, not read whole). The stream is
     * not closed.
     *
     * @param eml the message; not null
     * @return the mail, or a problem, those of {@link #read(MimeMessage)} ({@code mail.intake.unreadable}
     *     when the stream fails)
     */
    public Either<Problem, IncomingMail> read(InputStream eml) {
        return intake.read(eml);
    }

    /**
     * The draft incoming entry of a mail read by {@link #read(byte[])}: what the register would
     * record (see {@link IncomingDraft#registration()}), checked against the register as it is
     * now, and the outgoing letter it answers when its {@code In-Reply-To} or {@code References}
     * hold one of our letters' Message-IDs under {@link Builder#domain}. Nothing is registered;
     * the registrar may amend the registration, then {@link #register} it. A pure function; costs
     * one pass over the register.
     *
     * @param register the register the mail goes into; not null
     * @param mail the mail; not null
     * @param ctx who drafts it, and when (the receipt's day when unknown); not null
     * @return the draft, or a problem: {@code mail.intake.duplicate} (the register holds this
     *     Message-ID already, even cancelled), or those of {@link Register#validate}
     */
    public Either<Problem, IncomingDraft> draft(Register register, IncomingMail mail, Context ctx) {
        return intake.draft(register, mail, ctx);
    }

    /**
     * Registers a draft, unless the register holds its Message-ID by now (another poller's
     * copy). A pure function of the register, so that, on shared state,
     * {@code shared.update(r -> mail.register(r, draft, ctx))} checks and numbers in one atomic
     * step (run again on contention); the same Message-ID is never registered twice.
     *
     * @param register the register; not null
     * @param draft what {@link #draft} made (its registration possibly amended); not null
     * @param ctx who registers it, and when; not null
     * @return the register with the new entry, or a problem: {@code mail.intake.duplicate}, or
     *     those of {@link Register#register}
     */
    public Either<Problem, Register.Registered> register(Register register, IncomingDraft draft, Context ctx) {
        return intake.register(register, draft, ctx);
    }

    /**
     * The incoming e-mail entry of {@code register} that holds the mail of {@code messageId}
     * (cancelled or not), if any. Costs one pass over the register.
     *
     * @param register the register; not null
     * @param messageId a Message-ID as {@link IncomingMail#messageId()} gives it, angle brackets
     *     included; not null
     * @return the entry, or empty
     */
    public Optional<Entry> registered(Register register, String messageId) {
        Objects.requireNonNull(register, "register");
        return Intake.registered(register, Objects.requireNonNull(messageId, "messageId"));
    }

    /**
     * Applies an iMIP REPLY that came by mail: the attendee's answer on the meeting, if the mail's
     * From address is the attendee's (aso-calendar checks, see {@link Ics#applyReply}).
     *
     * @param ics the calendar facade that reads the reply; not null
     * @param agenda the agenda holding the meeting; not null
     * @param mail the mail, whose {@link IncomingMail#calendar()} is a REPLY; not null
     * @param ctx who records it, and when; not null
     * @return the agenda's change, or a problem: {@code mail.intake.not-a-reply} (no calendar part,
     *     or another method), or those of {@link Ics#applyReply}
     */
    public Either<Problem, Agenda.Change> applyReply(Ics ics, Agenda agenda, IncomingMail mail, Context ctx) {
        return intake.applyReply(ics, agenda, mail, ctx);
    }

    // ------------------------------------------------------------------ transports

    /**
     * A transport to an SMTP server. Each {@link MailTransport#send} opens one connection (or more,
     * over {@link SmtpSettings#maxPerConnection()} messages or after a failure).
     *
     * @param settings the server and how to reach it; not null
     * @return the transport, thread-safe
     */
    public static MailTransport smtp(SmtpSettings settings) {
        return new SmtpTransport(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * A transport that writes each message as an {@code .eml} file in a folder (for a mail server's
     * pickup directory, or a demo): written to a temporary file, forced to disk, then renamed, so
     * a reader never sees half a message. The file is named after the Message-ID.
     *
     * @param folder an existing, writable folder; not null
     * @return the transport, thread-safe
     */
    public static MailTransport pickupFolder(Path folder) {
        return new PickupFolder(Objects.requireNonNull(folder, "folder"));
    }

    // ------------------------------------------------------------------ helpers

    private Locale languageOf(EmailAddress address) {
        Locale l = language.apply(address);
        return l == null ? defaultLanguage : l;
    }

    private Named named(EmailAddress address) {
        return new Named(address, directory.personByEmail(address).map(Person::name).orElse(""));
    }

    private static String displayName(Named n) {
        return n.name().isEmpty() ? n.address().toString() : n.name();
    }

    private static Either<Problem, List<Named>> contacts(List<Contact> contacts) {
        List<Named> to = new ArrayList<>();
        for (Contact c : contacts) {
            if (c.email().isEmpty()) {
                return Either.left(Problem.of("mail.recipient.no-email", "A recipient has no e-mail address").with("name", c.displayName()));
            }
            to.add(new Named(c.email().get(), c.displayName()));
        }
        return Either.right(to);
    }

    private static Either<Problem, List<Named>> persons(List<Person> people) {
        List<Named> to = new ArrayList<>();
        for (Person p : people) {
            if (p.email().isEmpty()) {
                return Either.left(Problem.of("mail.recipient.no-email", "A recipient has no e-mail address").with("name", p.name()));
            }
            to.add(new Named(p.email().get(), p.name()));
        }
        return Either.right(to);
    }
}
