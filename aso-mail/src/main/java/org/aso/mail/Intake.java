package org.aso.mail;

import io.vavr.control.Either;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Agenda;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryId;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registration;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.aso.core.kernel.Text;

/**
 * Mail intake: an incoming e-mail read within limits ({@link MimeReader}), made into the draft of
 * an incoming register entry, registered once per Message-ID, and, for an iMIP REPLY, handed to
 * aso-calendar. Immutable and thread-safe.
 *
 * <p>Where the Message-ID is kept: core's {@link org.aso.core.correspondence.Mail} has no field for
 * it, so it goes in {@code theirReference} (the sender's own reference), as written in the header
 * with its angle brackets, or, for an id longer than a reference may be, as
 * {@code <sha-256 hex@sha-256.invalid>} of it. A duplicate is an incoming e-mail entry of the
 * register, cancelled or not, with that reference.
 */
final class Intake {
    /** The longest text kept as a summary (core's {@link Text.Kind#NOTE}). */
    static final int MAX_SUMMARY = Text.Kind.NOTE.maxLength();
    /** The longest reference core keeps ({@link Text.Kind#NAME}). */
    static final int MAX_REFERENCE = Text.Kind.NAME.maxLength();
    /** The most recipients or attachments a registration holds. */
    static final int MAX_LIST = 500;
    private static final Pattern OURS = Pattern.compile("<([a-z]+)\\.([A-Za-z0-9._%-]+)\\.([0-9]{1,9})@([^<>@\\s]+)>");

    private final IntakeLimits limits;
    private final String domain;

    /**
     * @param limits the bounds on what is read
     * @param domain the domain of our Message-IDs ({@code <letter.GEN%2F2026-A-000001.1@domain>})
     */
    Intake(IntakeLimits limits, String domain) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.domain = Objects.requireNonNull(domain, "domain").toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ reading

    Either<Problem, IncomingMail> read(MimeMessage message) {
        return MimeReader.read(Objects.requireNonNull(message, "message"), limits);
    }

    Either<Problem, IncomingMail> read(byte[] eml) {
        return MimeReader.read(Objects.requireNonNull(eml, "eml"), limits);
    }

    Either<Problem, IncomingMail> read(InputStream eml) {
        return MimeReader.read(Objects.requireNonNull(eml, "eml"), limits);
    }

    // ------------------------------------------------------------------ the register

    /**
     * The draft entry of {@code mail}: refused if the register already holds it
     * ({@code mail.intake.duplicate}) or if the registration would be refused (the register's
     * own problems, see {@link Register#validate}).
     */
    Either<Problem, IncomingDraft> draft(Register register, IncomingMail mail, Context ctx) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(ctx, "ctx");
        Optional<Problem> duplicate = duplicate(register, mail.messageId());
        if (duplicate.isPresent()) {
            return Either.left(duplicate.get());
        }
        List<Problem> warnings = new ArrayList<>(mail.warnings());
        // deadlines run from receipt: the day our server received it, unless that is after the intake (a clock skew)
        LocalDate received = register.today(mail.received().filter(r -> !r.isAfter(ctx.at())).orElse(ctx.at()));
        Registration.Builder b = Registration.builder();
        b.direction(Direction.INCOMING).channel(Channel.EMAIL).receivedOn(received).sender(mail.from());
        mail.sent().map(register::today).ifPresent(day -> {
            if (day.isAfter(received)) {
                warnings.add(Problem.of("mail.intake.date-after-arrival",
                        "The message is dated after its arrival: its date is left out").with("date", day));
            } else {
                b.letterDate(day);
            }
        });
        mail.messageId().map(Intake::reference).ifPresent(b::theirReference);
        List<Contact> recipients = new ArrayList<>(mail.to());
        recipients.addAll(mail.cc());
        b.addAllRecipients(capped(recipients, "recipients", warnings));
        b.subject(subject(mail, warnings));
        if (!mail.body().isEmpty()) {
            if (mail.body().length() > MAX_SUMMARY) {
                warnings.add(Problem.of("mail.intake.body-cut",
                                "The body was cut to " + MAX_SUMMARY + " characters for the summary")
                        .with("length", mail.body().length()).with("max", MAX_SUMMARY));
            }
            b.summary(IntakeText.cut(mail.body(), MAX_SUMMARY));
        }
        b.addAllAttachments(capped(mail.attachments().stream().map(IncomingMail.Attachment::name).toList(),
                "attachments", warnings));
        Optional<Entry> answered = answered(register, mail, warnings);
        answered.flatMap(Entry::dossier).ifPresent(b::dossier);
        Registration registration = b.build();
        List<Problem> problems = register.validate(registration, ctx);
        if (!problems.isEmpty()) {
            return Either.left(problems.size() == 1 ? problems.get(0) : Problems.combine(problems));
        }
        return Either.right(new IncomingDraft(mail, registration, answered.map(Entry::id), warnings));
    }

    /**
     * Registers a draft, unless the register holds its Message-ID by now; a pure function of the
     * register, so that {@code shared.update(r -> intake.register(r, draft, ctx))} checks and
     * registers in one step.
     */
    Either<Problem, Register.Registered> register(Register register, IncomingDraft draft, Context ctx) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(ctx, "ctx");
        Optional<Problem> duplicate = duplicate(register, draft.mail().messageId());
        if (duplicate.isPresent()) {
            return Either.left(duplicate.get());
        }
        return register.register(draft.registration(), ctx);
    }

    /** The entry of {@code register} that holds the mail of {@code messageId}, if any; one pass over the register. */
    static Optional<Entry> registered(Register register, String messageId) {
        String reference = reference(messageId);
        return register.entries().stream()
                .filter(e -> e.direction() == Direction.INCOMING && e.channel() == Channel.EMAIL)
                .filter(e -> e.theirReference().filter(reference::equals).isPresent())
                .findFirst();
    }

    private static Optional<Problem> duplicate(Register register, Optional<String> messageId) {
        return messageId.flatMap(id -> registered(register, id)).map(e -> Problem.of("mail.intake.duplicate",
                        "This e-mail is already registered as " + e.number().text())
                .with("entry", e.id().value()).with("number", e.number().text())
                .with("messageId", IntakeText.quote(messageId.get())));
    }

    /** The form a Message-ID is kept in, as the sender's reference. */
    static String reference(String messageId) {
        if (messageId.length() <= MAX_REFERENCE) {
            return messageId;
        }
        return "<" + Headers.sha256(messageId, 32) + "@sha-256.invalid>";
    }

    private Optional<Entry> answered(Register register, IncomingMail mail, List<Problem> warnings) {
        List<String> candidates = new ArrayList<>(mail.inReplyTo());
        for (int i = mail.references().size() - 1; i >= 0; i--) {
            candidates.add(mail.references().get(i));
        }
        for (String id : candidates) {
            Optional<EntryId> letter = letter(id);
            if (letter.isEmpty()) {
                continue;
            }
            Optional<Entry> entry = register.entry(letter.get());
            if (entry.isPresent() && entry.get().direction() == Direction.OUTGOING) {
                return entry;
            }
            warnings.add(Problem.of("mail.intake.reply-unknown",
                            "The message answers a letter this register does not hold as outgoing mail")
                    .with("entry", letter.get().value()));
        }
        return Optional.empty();
    }

    /** The entry a Message-ID of ours names ({@code <letter.{id}.{n}@domain>}), if it is one. */
    Optional<EntryId> letter(String messageId) {
        Matcher m = OURS.matcher(messageId);
        if (!m.matches() || !m.group(1).equals("letter") || !m.group(4).toLowerCase(Locale.ROOT).equals(domain)) {
            return Optional.empty();
        }
        return percentDecoded(m.group(2)).flatMap(text -> {
            try {
                return Optional.of(EntryId.of(text));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** Decodes {@code %XX} escapes of UTF-8 bytes; empty if malformed. */
    static Optional<String> percentDecoded(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String subject(IncomingMail mail, List<Problem> warnings) {
        if (mail.subject().isPresent()) {
            return mail.subject().get();
        }
        String fallback = mail.body().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> IntakeText.line(l, 100))
                .or(() -> mail.attachments().stream().map(IncomingMail.Attachment::name).findFirst())
                .orElse("(no subject)");
        warnings.add(Problem.of("mail.intake.no-subject", "The message has no subject: the draft's is made up")
                .with("subject", fallback));
        return fallback;
    }

    private static <T> List<T> capped(List<T> list, String what, List<Problem> warnings) {
        if (list.size() <= MAX_LIST) {
            return list;
        }
        warnings.add(Problem.of("mail.intake.list-cut", "Only the first " + MAX_LIST + " " + what + " are kept")
                .with("list", what).with("size", list.size()).with("max", MAX_LIST));
        return list.subList(0, MAX_LIST);
    }

    // ------------------------------------------------------------------ iMIP

    /**
     * Applies an iMIP REPLY to the agenda: the calendar part's text, with the mail's From address
     * as the sender aso-calendar checks against the attendee ({@code mail.intake.not-a-reply} for
     * a mail without a REPLY calendar part; otherwise {@link Ics#applyReply}'s problems).
     */
    Either<Problem, Agenda.Change> applyReply(Ics ics, Agenda agenda, IncomingMail mail, Context ctx) {
        Objects.requireNonNull(ics, "ics");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(ctx, "ctx");
        Optional<IncomingMail.CalendarPart> reply = mail.calendar().filter(IncomingMail.CalendarPart::isReply);
        if (reply.isEmpty()) {
            return Either.left(Problem.of("mail.intake.not-a-reply", "The message carries no iMIP REPLY")
                    .with("method", mail.calendar().map(IncomingMail.CalendarPart::method).orElse("none")));
        }
        return ics.applyReply(agenda, reply.get().text(), mail.from().email().orElseThrow(), ctx);
    }
}
