package org.aso.core.correspondence;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.aso.core.numbering.NumberRequest;
import org.aso.core.numbering.Numbering;
import org.aso.core.numbering.ReferenceNumber;

/**
 * The decisions on a register: one method per command, a pure function of (register, command,
 * {@link Context}) to either the {@link Problem} of the rule that refused or the events that say
 * what happened. The register applies those events to itself ({@link Register#evolve}), so a
 * decision and the replay of its events cannot give different registers. Also the checks a
 * restored register must pass ({@link #restoreProblems}).
 *
 * <p>Every decision refuses a {@link Context} instant outside the supported range
 * ({@link Limits}) with {@code kernel.range.instant} before anything else. Decisions on an entry
 * refuse an unknown entry ({@code correspondence.entry.unknown}), a cancelled one
 * ({@code correspondence.entry.cancelled}) and, but for linking a reply already sent, a closed or
 * sent one ({@code correspondence.entry.closed}).
 *
 * <p>Immutable and thread-safe.
 */
final class RegisterRules {
    private static final int MAX_AGE_YEARS = 10;
    private static final int MAX_LIST = 500;

    private final RegisterSettings settings;

    RegisterRules(RegisterSettings settings) {
        this.settings = settings;
    }

    RegisterSettings settings() {
        return settings;
    }

    /**
     * The day of an instant in the register's zone; for an instant outside the supported range,
     * the day of the nearest supported instant.
     */
    LocalDate today(Instant at) {
        return Limits.clamp(at).atZone(settings.calendar().zone()).toLocalDate();
    }

    // ------------------------------------------------------------------ registering

    /**
     * Every problem with a registration, before any number is given:
     * {@code correspondence.registration.missing-subject}, {@code ...unopened-without-reason},
     * {@code ...unopened-content}, {@code ...too-many}, {@code numbering.request.missing-classification},
     * {@code ...unknown-grade}, {@code ...missing-sender}, {@code ...missing-recipient},
     * {@code ...letter-after-arrival}, {@code ...past-date}, {@code ...future-date},
     * {@code kernel.text.*} (detail {@code field}), {@code kernel.range.instant},
     * {@code kernel.range.date}, {@code kernel.range.working-days}; in that order of checks.
     */
    List<Problem> validate(Registration r, Context ctx) {
        List<Problem> problems = new ArrayList<>();
        Limits.checkInstant("registration time", ctx.at()).ifPresent(problems::add);
        LocalDate today = today(ctx.at());
        if (r.unopened()) {
            if (r.addressee().isEmpty() && !r.confidentiality().isClassified()) {
                problems.add(Problem.of("correspondence.registration.unopened-without-reason",
                        "Only mail addressed by name or carrying a security grading is passed on unopened"));
            }
            if (r.summary().isPresent() || !r.attachments().isEmpty()) {
                problems.add(Problem.of("correspondence.registration.unopened-content",
                        "Mail passed on unopened is registered without its summary or attachments"));
            }
        } else if (r.subject().filter(s -> !s.isBlank()).isEmpty()) {
            problems.add(Problem.of("correspondence.registration.missing-subject", "A subject is required"));
        }
        r.subject().ifPresent(s -> text("subject", s, Text.Kind.TITLE, problems));
        r.summary().ifPresent(s -> text("summary", s, Text.Kind.NOTE, problems));
        r.theirReference().ifPresent(s -> text("their reference", s, Text.Kind.NAME, problems));
        r.documentType().ifPresent(s -> text("document type", s, Text.Kind.NAME, problems));
        r.attachments().forEach(s -> text("attachment", s, Text.Kind.NAME, problems));
        if (r.recipients().size() > MAX_LIST || r.attachments().size() > MAX_LIST) {
            problems.add(Problem.of("correspondence.registration.too-many",
                    "At most " + MAX_LIST + " recipients and " + MAX_LIST + " attachments"));
        }
        if (settings.numbering().prints("class") && r.classification().isEmpty()) {
            problems.add(Problem.of("numbering.request.missing-classification",
                    "This register's numbers print a classification code: give one"));
        }
        String gradeCode = r.grade().orElse(settings.defaultGrade());
        if (settings.grade(gradeCode).isEmpty()) {
            problems.add(Problem.of("correspondence.registration.unknown-grade", "Unknown priority grade '" + gradeCode + "'")
                    .with("grade", gradeCode));
        } else {
            replyWithin(r, settings.grade(gradeCode).get())
                    .flatMap(d -> Limits.checkWorkingDays("reply time limit", d)).ifPresent(problems::add);
        }
        if (r.direction() == Direction.INCOMING) {
            settings.acknowledgeWithinWorkingDays()
                    .flatMap(d -> Limits.checkWorkingDays("acknowledgement time limit", d)).ifPresent(problems::add);
        }
        Limits.checkDate("arrival date", r.receivedOn()).ifPresent(problems::add);
        r.letterDate().flatMap(d -> Limits.checkDate("letter date", d)).ifPresent(problems::add);
        if (r.direction() == Direction.INCOMING && r.sender().isEmpty()) {
            problems.add(Problem.of("correspondence.registration.missing-sender", "Incoming mail needs a sender"));
        }
        if (r.direction() == Direction.OUTGOING && r.recipients().isEmpty()) {
            problems.add(Problem.of("correspondence.registration.missing-recipient", "Outgoing mail needs a recipient"));
        }
        if (r.direction() == Direction.INCOMING && r.letterDate().filter(d -> d.isAfter(r.receivedOn())).isPresent()) {
            problems.add(Problem.of("correspondence.registration.letter-after-arrival",
                    "The letter is dated after its arrival").with("letterDate", r.letterDate().get())
                    .with("receivedOn", r.receivedOn()));
        }
        if (r.receivedOn().isBefore(today.minusYears(MAX_AGE_YEARS))
                || r.letterDate().filter(d -> d.isBefore(today.minusYears(MAX_AGE_YEARS))).isPresent()) {
            problems.add(Problem.of("correspondence.registration.past-date",
                    "Dates more than " + MAX_AGE_YEARS + " years old are not accepted").with("receivedOn", r.receivedOn()));
        }
        if (r.receivedOn().isAfter(today)) {
            problems.add(Problem.of("correspondence.registration.future-date", "The arrival date is in the future")
                    .with("receivedOn", r.receivedOn()).with("today", today));
        }
        return List.copyOf(problems);
    }

    /**
     * Registers a piece of mail: the entry with the next number of its series, its deadlines, its
     * first status, registered by the actor at the instant of {@code ctx}.
     *
     * <p>Refusals: {@code kernel.range.instant} alone when the instant is outside the supported
     * range; one problem of {@link #validate}, or {@code correspondence.registration.invalid} whose
     * details list several; the numbering's {@code numbering.request.*} or {@code kernel.range.date};
     * {@code correspondence.registration.number-too-long} (the register id and the number make an id
     * longer than {@link Identifier#MAX_LENGTH}); {@code correspondence.registration.duplicate-number}
     * (the scheme gave a number the register holds).
     */
    Either<Problem, EntryEvent.MailRegistered> register(Register state, Registration r, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        List<Problem> problems = validate(r, ctx);
        if (problems.size() == 1) {
            return Either.left(problems.get(0));
        }
        if (!problems.isEmpty()) {
            Problem all = Problem.of("correspondence.registration.invalid", problems.size() + " problems with the registration");
            for (int i = 0; i < problems.size(); i++) {
                all = all.with(String.valueOf(i + 1), problems.get(i).code() + ": " + problems.get(i).message());
            }
            return Either.left(all);
        }
        NumberRequest request = NumberRequest.on(today(ctx.at())).withCode(settings.code()).withDirection(r.direction());
        if (r.classification().isPresent()) {
            request = request.withClassification(r.classification().get());
        }
        Either<Problem, Numbering.Issued> issued = state.numbering().next(request);
        if (issued.isLeft()) {
            return Either.left(issued.getLeft());
        }
        PriorityGrade grade = settings.grade(r.grade().orElse(settings.defaultGrade())).orElseThrow();
        BusinessCalendar cal = settings.calendar();
        Optional<Integer> within = replyWithin(r, grade);
        Optional<Integer> ackWithin = Optional.empty();
        if (r.direction() == Direction.INCOMING) {
            ackWithin = settings.acknowledgeWithinWorkingDays();
        }
        Optional<LocalDate> replyDue = within.map(d -> cal.plusWorkingDays(r.receivedOn(), d));
        Optional<LocalDate> ackDue = ackWithin.map(d -> cal.plusWorkingDays(r.receivedOn(), d));
        ReferenceNumber number = issued.get().number();
        String idText = idOf(number);
        if (idText.length() > Identifier.MAX_LENGTH) {
            return Either.left(Problem.of("correspondence.registration.number-too-long",
                    "The register id and the number make an id longer than " + Identifier.MAX_LENGTH
                            + " characters").with("number", number.text()));
        }
        if (state.entry(EntryId.of(idText)).isPresent()) {
            return Either.left(Problem.of("correspondence.registration.duplicate-number",
                    "Number " + number.text() + " is already in the register: the numbering scheme is ambiguous")
                    .with("number", number.text()));
        }
        Registration mail = r.subject().isEmpty() ? r
                : ((ImmutableRegistration) ImmutableRegistration.copyOf(r)).withSubject(r.subject().map(String::strip));
        Entry entry = Entry.builder().from(mail)
                .id(EntryId.of(idText))
                .register(settings.id())
                .number(number)
                .position(state.size() + 1L)
                .registeredAt(ctx.at())
                .registeredBy(ctx.actor())
                .grade(grade)
                .status(EntryStatus.initial(r.direction()))
                .replyWithinWorkingDays(within)
                .replyDue(replyDue)
                .acknowledgementDue(ackDue)
                .build();
        return Either.right(new EntryEvent.MailRegistered(entry));
    }

    /** The reply time limit of incoming and internal mail: the grade's, or the document type's if shorter. */
    private Optional<Integer> replyWithin(Registration r, PriorityGrade grade) {
        if (r.direction() == Direction.OUTGOING) {
            return Optional.empty();
        }
        Integer byType = r.documentType().map(settings.replyWithinByDocumentType()::get).orElse(null);
        return Optional.of(byType == null ? grade.replyWithinWorkingDays() : Math.min(grade.replyWithinWorkingDays(), byType));
    }

    /** The id of the entry numbered {@code number} in this register. */
    String idOf(ReferenceNumber number) {
        return settings.id().value() + "/" + number.text();
    }

    // ------------------------------------------------------------------ decisions on an entry

    /**
     * Gives an entry to a person or unit for a purpose.
     *
     * <p>Refusals: {@code kernel.range.instant}; {@code correspondence.entry.unknown},
     * {@code .cancelled}, {@code .closed}; {@code correspondence.assignment.bad-assignee} (neither a
     * {@link PersonId} nor an {@link OrgUnitId}); {@code kernel.text.*} (the note, a
     * {@link Text.Kind#NOTE}); {@code correspondence.assignment.already-handled} (an assignment for
     * action while a handler is active).
     */
    Either<Problem, EntryEvent.Assigned> assign(Register state, EntryId id, Identifier assignee,
                                                Assignment.Purpose purpose, Optional<String> note, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(state, id).flatMap(e -> {
            Optional<Problem> bad = badInput("note", note, assignee);
            if (bad.isPresent()) {
                return Either.left(bad.get());
            }
            if (purpose == Assignment.Purpose.ACTION && e.handler().isPresent()) {
                return Either.left(Problem.of("correspondence.assignment.already-handled",
                        "Entry " + e.number() + " already has a handler: redirect it instead")
                        .with("entry", e.id()).with("handler", e.handler().get()));
            }
            return Either.right(new EntryEvent.Assigned(e.id(), e.register(), e.number(), ctx.at(), ctx.actor(),
                    assignee, purpose, note));
        });
    }

    /**
     * Gives an entry to another handler.
     *
     * <p>Refusals: {@code kernel.range.instant}; {@code correspondence.entry.*};
     * {@code correspondence.redirect.missing-reason}; {@code correspondence.assignment.bad-assignee};
     * {@code kernel.text.*} (the reason, a {@link Text.Kind#NOTE});
     * {@code correspondence.redirect.same-handler}.
     */
    Either<Problem, EntryEvent.Redirected> redirect(Register state, EntryId id, Identifier newHandler, String reason,
                                                    Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(state, id).flatMap(e -> {
            if (reason == null || reason.isBlank()) {
                return Either.left(Problem.of("correspondence.redirect.missing-reason", "Say why the entry is redirected"));
            }
            Optional<Problem> bad = badInput("reason", Optional.of(reason), newHandler);
            if (bad.isPresent()) {
                return Either.left(bad.get());
            }
            if (e.handler().filter(newHandler::equals).isPresent()) {
                return Either.left(Problem.of("correspondence.redirect.same-handler",
                        "Entry " + e.number() + " is already handled by " + newHandler).with("entry", e.id()));
            }
            return Either.right(new EntryEvent.Redirected(e.id(), e.register(), e.number(), ctx.at(), ctx.actor(),
                    e.handler(), newHandler, reason));
        });
    }

    /**
     * Moves an entry along its lifecycle.
     *
     * <p>Refusals: {@code kernel.range.instant}; {@code correspondence.entry.*};
     * {@code correspondence.status.not-allowed} ({@link EntryStatus#mayBecome} says no, or an entry
     * already answered would go back to {@code REGISTERED}, as if nobody had handled it).
     */
    Either<Problem, EntryEvent.StatusChanged> changeStatus(Register state, EntryId id, EntryStatus next, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(state, id).flatMap(e -> {
            if (!e.status().mayBecome(next) || next == EntryStatus.REGISTERED && !e.answeredBy().isEmpty()) {
                return Either.left(Problem.of("correspondence.status.not-allowed",
                        "Entry " + e.number() + " cannot go from " + e.status() + " to " + next)
                        .with("entry", e.id()).with("from", e.status()).with("to", next));
            }
            return Either.right(new EntryEvent.StatusChanged(e.id(), e.register(), e.number(), ctx.at(), ctx.actor(),
                    e.status(), next));
        });
    }

    /**
     * Links an outgoing reply to the mail it answers: one event per entry not yet answered by it
     * (none if all are).
     *
     * <p>Refusals: {@code kernel.range.instant}; {@code correspondence.reply.nothing-to-answer};
     * {@code correspondence.entry.unknown} and {@code .cancelled} (the reply; a reply already sent
     * may be linked); {@code correspondence.reply.not-outgoing}; {@code correspondence.entry.*} (an
     * entry answered); {@code correspondence.reply.not-incoming}.
     */
    Either<Problem, List<EntryEvent>> linkReply(Register state, EntryId outgoing, Collection<EntryId> incoming,
                                                Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        if (incoming.isEmpty()) {
            return Either.left(Problem.of("correspondence.reply.nothing-to-answer", "Name the mail this reply answers"));
        }
        Either<Problem, Entry> out = existing(state, outgoing).flatMap(RegisterRules::notCancelled);
        if (out.isLeft()) {
            return Either.left(out.getLeft());
        }
        Entry reply = out.get();
        if (reply.direction() != Direction.OUTGOING) {
            return Either.left(Problem.of("correspondence.reply.not-outgoing",
                    "Entry " + reply.number() + " is not outgoing mail").with("entry", reply.id()));
        }
        List<EntryEvent> events = new ArrayList<>();
        for (EntryId inId : new LinkedHashSet<>(incoming)) {
            Either<Problem, Entry> in = editable(state, inId);
            if (in.isLeft()) {
                return Either.left(in.getLeft());
            }
            Entry e = in.get();
            if (e.direction() == Direction.OUTGOING) {
                return Either.left(Problem.of("correspondence.reply.not-incoming",
                        "Entry " + e.number() + " is outgoing mail: it cannot be answered").with("entry", e.id()));
            }
            if (!e.answeredBy().contains(outgoing)) {
                events.add(new EntryEvent.ReplyLinked(e.id(), e.register(), e.number(), ctx.at(), ctx.actor(),
                        reply.id(), reply.number()));
            }
        }
        return Either.right(List.copyOf(events));
    }

    /**
     * Cancels an entry.
     *
     * <p>Refusals: {@code kernel.range.instant}; {@code correspondence.entry.*} (closed or sent mail
     * is not cancelled); {@code correspondence.cancel.missing-reason}; {@code kernel.text.*} (the
     * reason, a {@link Text.Kind#NOTE}); {@code correspondence.cancel.reply-linked} (a reply that
     * answers other mail).
     */
    Either<Problem, EntryEvent.Cancelled> cancel(Register state, EntryId id, String reason, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(state, id).flatMap(e -> {
            if (reason == null || reason.isBlank()) {
                return Either.left(Problem.of("correspondence.cancel.missing-reason", "Say why the entry is cancelled"));
            }
            Either<Problem, String> badReason = Text.check("reason", reason, Text.Kind.NOTE);
            if (badReason.isLeft()) {
                return Either.left(badReason.getLeft());
            }
            if (!e.answers().isEmpty()) {
                return Either.left(Problem.of("correspondence.cancel.reply-linked",
                        "Entry " + e.number() + " answers other mail: a reply that stopped their clocks is not cancelled")
                        .with("entry", e.id()));
            }
            return Either.right(new EntryEvent.Cancelled(e.id(), e.register(), e.number(), ctx.at(), ctx.actor(),
                    reason.strip()));
        });
    }

    /**
     * Records that the acknowledgement of receipt was sent.
     *
     * <p>Refusals: {@code kernel.range.instant}; {@code correspondence.entry.*};
     * {@code correspondence.acknowledge.not-incoming}; {@code correspondence.acknowledge.already}.
     */
    Either<Problem, EntryEvent.Acknowledged> acknowledge(Register state, EntryId id, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(state, id).flatMap(e -> {
            if (e.direction() != Direction.INCOMING) {
                return Either.left(Problem.of("correspondence.acknowledge.not-incoming",
                        "Only incoming mail is acknowledged").with("entry", e.id()));
            }
            if (e.acknowledgedAt().isPresent()) {
                return Either.left(Problem.of("correspondence.acknowledge.already",
                        "Entry " + e.number() + " was acknowledged on " + e.acknowledgedAt().get()).with("entry", e.id()));
            }
            return Either.right(new EntryEvent.Acknowledged(e.id(), e.register(), e.number(), ctx.at(), ctx.actor()));
        });
    }

    /**
     * Records the content of mail passed on unopened.
     *
     * <p>Refusals: {@code kernel.range.instant}; {@code correspondence.entry.*};
     * {@code correspondence.content.not-unopened}; {@code correspondence.content.not-permitted}
     * (the actor may not see the content); {@code correspondence.registration.missing-subject};
     * {@code kernel.text.*} (as {@link #validate}; the first problem only).
     */
    Either<Problem, EntryEvent.ContentRecorded> recordContent(Register state, EntryId id, String subject,
                                                              Optional<String> summary, List<String> attachments,
                                                              Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(state, id).flatMap(e -> {
            if (!e.unopened()) {
                return Either.left(Problem.of("correspondence.content.not-unopened",
                        "Entry " + e.number() + " was opened at registration: its content is as registered").with("entry", e.id()));
            }
            if (!e.isContentVisibleTo(ctx.actor(), ctx.clearance())) {
                return Either.left(Problem.of("correspondence.content.not-permitted",
                        "Only the addressee, or someone cleared for its grading, may record this content")
                        .with("entry", e.id()));
            }
            List<Problem> problems = new ArrayList<>();
            if (subject == null || subject.isBlank()) {
                problems.add(Problem.of("correspondence.registration.missing-subject", "A subject is required"));
            } else {
                text("subject", subject, Text.Kind.TITLE, problems);
            }
            summary.ifPresent(s -> text("summary", s, Text.Kind.NOTE, problems));
            attachments.forEach(s -> text("attachment", s, Text.Kind.NAME, problems));
            if (!problems.isEmpty()) {
                return Either.left(problems.get(0));
            }
            return Either.right(new EntryEvent.ContentRecorded(e.id(), e.register(), e.number(), ctx.at(), ctx.actor(),
                    subject.strip(), summary, attachments));
        });
    }

    /**
     * Records why an entry is late.
     *
     * <p>Refusals: {@code kernel.range.instant}; {@code correspondence.entry.*};
     * {@code correspondence.delay.missing-reason}; {@code kernel.text.*} (the reason, a
     * {@link Text.Kind#NOTE}).
     */
    Either<Problem, EntryEvent.DelayExplained> explainDelay(Register state, EntryId id, String reason, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(state, id).flatMap(e -> {
            if (reason == null || reason.isBlank()) {
                return Either.left(Problem.of("correspondence.delay.missing-reason", "Say why the entry is late"));
            }
            Either<Problem, String> badReason = Text.check("reason", reason, Text.Kind.NOTE);
            if (badReason.isLeft()) {
                return Either.left(badReason.getLeft());
            }
            return Either.right(new EntryEvent.DelayExplained(e.id(), e.register(), e.number(), ctx.at(), ctx.actor(),
                    reason.strip()));
        });
    }

    // ------------------------------------------------------------------ restoring

    /**
     * Every reason why {@code s} is not a register the decisions could have produced, all at once
     * (empty if it is one):
     * <ul>
     *   <li>{@code correspondence.restore.other-register}: the snapshot, or an entry, belongs to
     *       another register than the settings' (detail {@code register} or {@code entry});
     *   <li>{@code correspondence.restore.out-of-order}: an entry not at its place (its position
     *       is not its index + 1);
     *   <li>{@code correspondence.restore.duplicate}: an entry id held twice;
     *   <li>{@code correspondence.restore.duplicate-number}: a number (series and place) used twice;
     *   <li>{@code correspondence.restore.number-gap}: a number of a series missing below its
     *       highest (detail {@code series}, {@code missing});
     *   <li>{@code correspondence.restore.number-out-of-order}: numbers of a series not rising in
     *       register order;
     *   <li>{@code correspondence.restore.counter-behind}: a counter below the highest number of
     *       its series (the next registration would give that number again), or negative;
     *   <li>{@code correspondence.restore.counter-ahead}: a counter above the highest number of its
     *       series (numbers given that no entry holds: a gap);
     *   <li>{@code correspondence.restore.invalid-entry}: an entry breaks one of its own
     *       invariants (detail {@code invariant}: see {@link #brokenInvariants});
     *   <li>{@code correspondence.restore.reply-link}: a reply link that does not hold both ways
     *       between an outgoing entry of the register and incoming or internal mail;
     *   <li>{@code kernel.range.instant}, {@code kernel.range.date},
     *       {@code kernel.range.working-days}: an entry registered, received or given a time limit
     *       outside the supported range, which no registration accepts.
     * </ul>
     * Entry problems carry the detail {@code entry}. Costs a pass over the entries.
     */
    List<Problem> restoreProblems(RegisterSnapshot s) {
        List<Problem> problems = new ArrayList<>();
        if (!s.register().equals(settings.id())) {
            problems.add(Problem.of("correspondence.restore.other-register",
                    "The snapshot is of register " + s.register() + ", not " + settings.id()).with("register", s.register()));
        }
        Map<EntryId, Entry> byId = new HashMap<>();
        Set<Numbered> numbers = new HashSet<>();
        Map<String, List<Long>> sequences = new HashMap<>(); // per series, in register order
        long expected = 1;
        for (Entry e : s.entries()) {
            if (!e.register().equals(settings.id())) {
                problems.add(Problem.of("correspondence.restore.other-register",
                        "Entry " + e.number() + " belongs to register " + e.register() + ", not " + settings.id())
                        .with("entry", e.id()).with("register", e.register()));
            }
            if (e.position() != expected) {
                problems.add(Problem.of("correspondence.restore.out-of-order",
                        "Entry " + e.number() + " is not at position " + expected + " of register " + settings.id())
                        .with("entry", e.id()).with("position", e.position()));
            }
            if (byId.putIfAbsent(e.id(), e) != null) {
                problems.add(Problem.of("correspondence.restore.duplicate", "Entry " + e.id() + " appears twice")
                        .with("entry", e.id()));
            }
            if (!numbers.add(new Numbered(e.number().series(), e.number().sequence()))) {
                problems.add(Problem.of("correspondence.restore.duplicate-number",
                        "Number " + e.number() + " is used twice").with("entry", e.id()).with("number", e.number()));
            }
            sequences.computeIfAbsent(e.number().series(), k -> new ArrayList<>()).add(e.number().sequence());
            outOfRange(e).ifPresent(p -> problems.add(p.with("entry", e.id())));
            for (String invariant : brokenInvariants(e)) {
                problems.add(Problem.of("correspondence.restore.invalid-entry",
                        "Entry " + e.number() + " breaks the rule '" + invariant + "' its register keeps")
                        .with("entry", e.id()).with("invariant", invariant));
            }
            expected++;
        }
        problems.addAll(numberingProblems(sequences, s.counters()));
        for (Entry e : s.entries()) {
            replyLinkProblem(e, byId).ifPresent(problems::add);
        }
        return List.copyOf(problems);
    }

    /** A place in a series, whatever the number's text. */
    private record Numbered(String series, long sequence) {}

    /** Gaps, disorder and counters out of step, per series. */
    private static List<Problem> numberingProblems(Map<String, List<Long>> sequences, Map<String, Long> counters) {
        List<Problem> problems = new ArrayList<>();
        Set<String> series = new java.util.TreeSet<>(sequences.keySet());
        series.addAll(counters.keySet());
        for (String k : series) {
            List<Long> seq = sequences.getOrDefault(k, List.of());
            long highest = seq.stream().mapToLong(Long::longValue).max().orElse(0);
            Set<Long> distinct = new HashSet<>(seq);
            for (long n = 1; n <= highest; n++) {
                if (!distinct.contains(n)) {
                    problems.add(Problem.of("correspondence.restore.number-gap",
                            "Number " + n + " of series " + k + " is missing below " + highest)
                            .with("series", k).with("missing", n));
                    break;
                }
            }
            for (int i = 1; i < seq.size(); i++) {
                if (seq.get(i) <= seq.get(i - 1)) {
                    problems.add(Problem.of("correspondence.restore.number-out-of-order",
                            "The numbers of series " + k + " do not rise in register order")
                            .with("series", k).with("sequence", seq.get(i)));
                    break;
                }
            }
            long counter = counters.getOrDefault(k, 0L);
            if (counter < highest) {
                problems.add(Problem.of("correspondence.restore.counter-behind",
                        "The counter of series " + k + " is at " + counter + ", behind its highest number " + highest
                                + ": that number would be given again")
                        .with("series", k).with("counter", counter).with("highest", highest));
            } else if (counter > highest) {
                problems.add(Problem.of("correspondence.restore.counter-ahead",
                        "The counter of series " + k + " is at " + counter + " but no entry holds a number above "
                                + highest + ": numbers were given that the register lost")
                        .with("series", k).with("counter", counter).with("highest", highest));
            }
        }
        return problems;
    }

    /** The problem with the reply links of {@code e}, if they do not hold both ways. */
    private static Optional<Problem> replyLinkProblem(Entry e, Map<EntryId, Entry> byId) {
        for (EntryId r : e.answeredBy()) {
            Entry reply = byId.get(r);
            if (reply == null || reply.direction() != Direction.OUTGOING || !reply.answers().contains(e.id())) {
                return Optional.of(brokenLink(e, r));
            }
        }
        for (EntryId a : e.answers()) {
            Entry answered = byId.get(a);
            if (answered == null || answered.direction() == Direction.OUTGOING || !answered.answeredBy().contains(e.id())) {
                return Optional.of(brokenLink(e, a));
            }
        }
        return Optional.empty();
    }

    private static Problem brokenLink(Entry e, EntryId other) {
        return Problem.of("correspondence.restore.reply-link",
                "Entry " + e.number() + " and " + other + " are not linked as a reply and the mail it answers")
                .with("entry", e.id()).with("other", other);
    }

    /**
     * The rules an entry of this register keeps, whatever happened to it, that it breaks:
     * {@code id} (its id is its register's id, a slash and its number), {@code subject} (opened
     * mail has a subject: a redacted entry is not one the register holds), {@code unopened} (only
     * mail addressed by name or graded is passed on unopened), {@code reply-due} (incoming and
     * internal mail has a reply deadline and its time limit, outgoing mail neither),
     * {@code acknowledgement} (only incoming mail is acknowledged), {@code handlers} (at most one
     * active assignment for action), {@code answers} (only outgoing mail answers, only other mail
     * is answered, the first reply's instant is kept, a cancelled entry answers nothing),
     * {@code closed} (an entry has a closing instant if and only if it is closed).
     */
    List<String> brokenInvariants(Entry e) {
        List<String> broken = new ArrayList<>(0);
        if (!e.id().value().equals(e.register().value() + "/" + e.number().text())) {
            broken.add("id");
        }
        if (!e.unopened() && e.subject().filter(t -> !t.isBlank()).isEmpty()) {
            broken.add("subject");
        }
        if (e.unopened() && e.addressee().isEmpty() && !e.confidentiality().isClassified()) {
            broken.add("unopened");
        }
        boolean outgoing = e.direction() == Direction.OUTGOING;
        if (e.replyDue().isPresent() == outgoing || e.replyWithinWorkingDays().isPresent() != e.replyDue().isPresent()) {
            broken.add("reply-due");
        }
        if (e.direction() != Direction.INCOMING && (e.acknowledgedAt().isPresent() || e.acknowledgementDue().isPresent())) {
            broken.add("acknowledgement");
        }
        if (e.assignments().stream().filter(a -> a.isActive() && a.purpose() == Assignment.Purpose.ACTION).count() > 1) {
            broken.add("handlers");
        }
        if (!outgoing && !e.answers().isEmpty() || outgoing && !e.answeredBy().isEmpty()
                || e.answeredBy().isEmpty() == e.answeredAt().isPresent() || e.isCancelled() && !e.answers().isEmpty()) {
            broken.add("answers");
        }
        if (e.closedAt().isPresent() != (e.status() == EntryStatus.CLOSED)) {
            broken.add("closed");
        }
        return broken;
    }

    /** The problem of an entry no registration accepts: registered, received or timed outside the supported range. */
    static Optional<Problem> outOfRange(Entry e) {
        return Limits.checkInstant("registration time", e.registeredAt())
                .or(() -> Limits.checkDate("arrival date", e.receivedOn()))
                .or(() -> e.replyWithinWorkingDays().flatMap(d -> Limits.checkWorkingDays("reply time limit", d)));
    }

    // ------------------------------------------------------------------ helpers

    private static <T> Either<Problem, T> outOfRange(Context ctx) {
        return Either.left(Limits.checkInstant("decision time", ctx.at()).orElseThrow());
    }

    /** Adds the problem of a text that breaks the {@link Text} rules of its kind. */
    private static void text(String what, String value, Text.Kind kind, List<Problem> problems) {
        Text.check(what, value, kind).peekLeft(problems::add);
    }

    /** The problem of an optional text, or of an assignee that is neither a person nor a unit. */
    private static Optional<Problem> badInput(String what, Optional<String> text, Identifier assignee) {
        if (!(assignee instanceof PersonId) && !(assignee instanceof OrgUnitId)) {
            return Optional.of(Problem.of("correspondence.assignment.bad-assignee",
                    "Mail is assigned to a person or a unit, not to a " + assignee.getClass().getSimpleName())
                    .with("assignee", assignee));
        }
        return text.flatMap(t -> Text.check(what, t, Text.Kind.NOTE).swap().toJavaOptional());
    }

    private Either<Problem, Entry> existing(Register state, EntryId id) {
        return state.entry(id).<Either<Problem, Entry>>map(Either::right).orElseGet(() -> Either.left(
                Problem.of("correspondence.entry.unknown", "No entry " + id + " in register " + settings.id())
                        .with("entry", id)));
    }

    private static Either<Problem, Entry> notCancelled(Entry e) {
        return e.isCancelled()
                ? Either.left(Problem.of("correspondence.entry.cancelled", "Entry " + e.number() + " is cancelled")
                        .with("entry", e.id()))
                : Either.right(e);
    }

    private Either<Problem, Entry> editable(Register state, EntryId id) {
        return existing(state, id).flatMap(RegisterRules::notCancelled).flatMap(e ->
                e.status() == EntryStatus.CLOSED || e.status() == EntryStatus.SENT
                        ? Either.left(Problem.of("correspondence.entry.closed",
                                "Entry " + e.number() + " is " + e.status() + " and can no longer change").with("entry", e.id()))
                        : Either.right(e));
    }
}
