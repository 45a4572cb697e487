package org.aso.core.correspondence;

import io.vavr.collection.HashMap;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Page;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.aso.core.kernel.WorkingDayDeadline;
import org.aso.core.numbering.NumberRequest;
import org.aso.core.numbering.Numbering;

/**
 * A correspondence register: the chronological list of the mail a section receives and sends,
 * with its numbering counters. Every decision is a pure function from this register to a new one
 * (or a {@link Problem}); hosts that keep a register in one JVM share it through a
 * {@link org.aso.core.kernel.SharedState}, which keeps numbers unique and gapless under any
 * number of threads.
 *
 * <pre>{@code
 * SharedState<Register> general = SharedState.of(Register.of(settings));
 * Either<Problem, Register.Registered> r = general.update(reg -> reg.register(letter, ctx), Register.Registered::register);
 * r.get().entry().number();                         // 2026-A-000001
 * r.get().replyDeadline().get().explanation("received");
 * general.get().dueAt(clock.instant());             // what is due soon or overdue now
 * }</pre>
 *
 * <p>Open entries with a reply deadline are kept in an index ordered by due day, so "what is due
 * or overdue at T" costs the size of the answer, not of the register's history.
 *
 * <p>Every decision refuses a {@link Context} instant outside the supported range
 * ({@link Limits}) with {@code kernel.range.instant}; the queries answer for any instant, as of
 * the nearest supported one.
 *
 * <p>Immutable and thread-safe.
 */
public final class Register {
    private static final int MAX_AGE_YEARS = 10;
    private static final int MAX_LIST = 500;

    private final RegisterSettings settings;
    private final Numbering numbering;
    private final Vector<Entry> entries;
    private final HashMap<EntryId, Integer> indexById;
    private final TreeSet<Due> dueIndex;

    /** An open entry's reply due day and its index in {@code entries}. */
    private record Due(LocalDate date, int index) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = date.compareTo(o.date);
            return c != 0 ? c : Integer.compare(index, o.index);
        }
    }

    private Register(RegisterSettings settings, Numbering numbering, Vector<Entry> entries,
                     HashMap<EntryId, Integer> indexById, TreeSet<Due> dueIndex) {
        this.settings = settings;
        this.numbering = numbering;
        this.entries = entries;
        this.indexById = indexById;
        this.dueIndex = dueIndex;
    }

    /** An empty register with fresh counters. */
    public static Register of(RegisterSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new Register(settings, Numbering.of(settings.numbering()), Vector.empty(), HashMap.empty(),
                TreeSet.empty());
    }

    /**
     * A register rebuilt from a host's storage: its counters and its entries in register order.
     *
     * @return the register, or every problem found ({@code correspondence.restore.*}, and
     *     {@code kernel.range.*} for an entry registered, received or given a time limit outside
     *     the supported range, which no registration accepts)
     */
    public static Either<List<Problem>, Register> restore(RegisterSettings settings, Numbering numbering,
                                                          Collection<Entry> entries) {
        List<Problem> problems = new ArrayList<>();
        if (!numbering.scheme().equals(settings.numbering())) {
            problems.add(Problem.of("correspondence.restore.scheme-mismatch",
                    "The counters belong to another numbering scheme").with("scheme", numbering.scheme().template()));
        }
        Register r = new Register(settings, numbering, Vector.empty(), HashMap.empty(), TreeSet.empty());
        long expected = 1;
        for (Entry e : entries) {
            if (e.position() != expected || !e.register().equals(settings.id())) {
                problems.add(Problem.of("correspondence.restore.out-of-order",
                        "Entry " + e.number() + " is not at position " + expected + " of register " + settings.id())
                        .with("entry", e.id()).with("position", e.position()));
            } else if (r.indexById.containsKey(e.id())) {
                problems.add(Problem.of("correspondence.restore.duplicate", "Entry " + e.id() + " appears twice")
                        .with("entry", e.id()));
            } else if (outOfRange(e).isPresent()) {
                problems.add(outOfRange(e).get().with("entry", e.id()));
            } else if (numbering.last(e.number().series()) < e.number().sequence()) {
                problems.add(Problem.of("correspondence.restore.counter-behind",
                        "The counters are behind entry " + e.number() + ": its number would be given again")
                        .with("entry", e.id()));
            } else {
                r = r.append(e);
            }
            expected++;
        }
        return problems.isEmpty() ? Either.right(r) : Either.left(List.copyOf(problems));
    }

    // ------------------------------------------------------------------ outcomes

    /**
     * A registration: the new register, the entry with its number and due days, and the events;
     * the deadlines' explanations on request. The entry is as the registrar may see it (see
     * {@link Change}); the register holds it whole.
     */
    public record Registered(Register register, Entry entry, List<EntryEvent> events) {
        /** The reply deadline with its explanation (worked out on request: registering stays cheap). */
        public Optional<WorkingDayDeadline> replyDeadline() {
            return register.replyDeadline(entry.id());
        }

        /** The acknowledgement deadline with its explanation. */
        public Optional<WorkingDayDeadline> acknowledgementDeadline() {
            return register.acknowledgementDeadline(entry.id());
        }
    }

    /**
     * Any other decision: the new register, the entry as it now is, and the events.
     *
     * <p>{@code entry} is handed to the actor, so it is what the actor may see: when the
     * {@link Context} of the decision may not see the entry's content
     * ({@link Entry#isContentVisibleTo}), it comes {@linkplain Entry#redacted() redacted}, as the
     * read paths ({@link #find}, {@link #dueAt(Instant, Context)}) show it. {@code register} is the
     * state for the host to store and holds every entry whole: it is not for display. The events
     * carry no content of the entry ({@link EntryEvent}).
     */
    public record Change(Register register, Entry entry, List<EntryEvent> events) {}

    // ------------------------------------------------------------------ decisions

    /**
     * Every problem with a registration, before any number is given: subject missing
     * ({@code correspondence.registration.missing-subject}), mail passed on unopened without a
     * reason to be ({@code ...unopened-without-reason}) or with content the registrar cannot know
     * ({@code ...unopened-content}), unknown grade ({@code ...unknown-grade}), no sender for
     * incoming mail ({@code ...missing-sender}), no recipient for outgoing mail
     * ({@code ...missing-recipient}), a letter dated after its arrival
     * ({@code ...letter-after-arrival}), an arrival in the future ({@code ...future-date}),
     * a text that breaks the {@link Text} rules ({@code kernel.text.*}, detail {@code field}: the
     * subject is a title, the summary a note, their reference, the document type and each
     * attachment a name); and, against the supported range
     * ({@link Limits}), an instant outside it ({@code kernel.range.instant}), a date outside it
     * ({@code kernel.range.date}) and a reply or acknowledgement time limit (of the grade, document
     * type or register) of more than {@link Limits#MAX_WORKING_DAYS} working days
     * ({@code kernel.range.working-days}).
     */
    public List<Problem> validate(Registration r, Context ctx) {
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

    /** The reply time limit of incoming and internal mail: the grade's, or the document type's if shorter. */
    private Optional<Integer> replyWithin(Registration r, PriorityGrade grade) {
        if (r.direction() == Direction.OUTGOING) {
            return Optional.empty();
        }
        Integer byType = r.documentType().map(settings.replyWithinByDocumentType()::get).orElse(null);
        return Optional.of(byType == null ? grade.replyWithinWorkingDays() : Math.min(grade.replyWithinWorkingDays(), byType));
    }

    private static Optional<Problem> outOfRange(Entry e) {
        return Limits.checkInstant("registration time", e.registeredAt())
                .or(() -> Limits.checkDate("arrival date", e.receivedOn()))
                .or(() -> e.replyWithinWorkingDays().flatMap(d -> Limits.checkWorkingDays("reply time limit", d)));
    }

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

    /**
     * Registers a piece of mail: gives it the next number of its series, computes its deadlines and
     * records who registered it and when ({@link Context}). Nothing is numbered if the
     * registration is refused.
     *
     * @return the registration, or the problem (several input problems come as one
     *     {@code correspondence.registration.invalid} whose details list them; see {@link #validate}),
     *     or the numbering's problem ({@code numbering.request.*}), or
     *     {@code correspondence.registration.number-too-long}, or {@code kernel.range.instant} alone
     *     when the instant is outside the supported range
     */
    public Either<Problem, Registered> register(Registration r, Context ctx) {
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
        Either<Problem, Numbering.Issued> issued = numbering.next(request);
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
        var number = issued.get().number();
        String idText = settings.id().value() + "/" + number.text();
        if (idText.length() > org.aso.core.kernel.Identifier.MAX_LENGTH) {
            return Either.left(Problem.of("correspondence.registration.number-too-long",
                    "The register id and the number make an id longer than " + org.aso.core.kernel.Identifier.MAX_LENGTH
                            + " characters").with("number", number.text()));
        }
        if (indexById.containsKey(EntryId.of(idText))) {
            return Either.left(Problem.of("correspondence.registration.duplicate-number",
                    "Number " + number.text() + " is already in the register: the numbering scheme is ambiguous")
                    .with("number", number.text()));
        }
        Entry entry = ImmutableEntry.builder()
                .id(EntryId.of(idText))
                .register(settings.id())
                .number(number)
                .position(entries.size() + 1L)
                .direction(r.direction())
                .channel(r.channel())
                .registeredAt(ctx.at())
                .registeredBy(ctx.actor())
                .receivedOn(r.receivedOn())
                .letterDate(r.letterDate())
                .theirReference(r.theirReference())
                .sender(r.sender())
                .addAllRecipients(r.recipients())
                .subject(r.subject().map(String::strip))
                .summary(r.summary())
                .addAllAttachments(r.attachments())
                .grade(grade)
                .documentType(r.documentType())
                .confidentiality(r.confidentiality())
                .addressee(r.addressee())
                .unopened(r.unopened())
                .dossier(r.dossier())
                .status(EntryStatus.initial(r.direction()))
                .replyWithinWorkingDays(within)
                .replyDue(replyDue)
                .acknowledgementDue(ackDue)
                .build();
        Register next = new Register(settings, issued.get().numbering(), entries, indexById, dueIndex).append(entry);
        EntryEvent event = event(EntryEvent.Kind.REGISTERED, entry, ctx)
                .putDetail("direction", entry.direction().name())
                .putDetail("channel", entry.channel().name())
                .putDetail("grade", grade.code())
                .putDetail("replyDue", entry.replyDue().map(LocalDate::toString).orElse("none"))
                .build();
        return Either.right(new Registered(next, shown(entry, ctx), List.of(event)));
    }

    /**
     * Gives an entry to a person or unit for a purpose. An assignment for action makes a
     * registered entry {@link EntryStatus#ASSIGNED}; use {@link #redirect} to change the handler.
     *
     * @return the change, or {@code correspondence.entry.unknown}, {@code .cancelled}, {@code .closed},
     *     {@code correspondence.assignment.bad-assignee} (neither a {@link PersonId} nor an {@link OrgUnitId}),
     *     {@code kernel.text.*} (the note breaks the {@link Text} rules of a {@link Text.Kind#NOTE}),
     *     {@code correspondence.assignment.already-handled} (an active handler exists: redirect instead),
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> assign(EntryId id, Identifier assignee, Assignment.Purpose purpose,
                                          Optional<String> note, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(id).flatMap(e -> {
            Optional<Problem> bad = badInput("note", note, assignee);
            if (bad.isPresent()) {
                return Either.left(bad.get());
            }
            if (purpose == Assignment.Purpose.ACTION && e.handler().isPresent()) {
                return Either.left(Problem.of("correspondence.assignment.already-handled",
                        "Entry " + e.number() + " already has a handler: redirect it instead")
                        .with("entry", e.id()).with("handler", e.handler().get()));
            }
            Assignment a = Assignment.builder().assignee(assignee).purpose(purpose).at(ctx.at()).by(ctx.actor())
                    .note(note).build();
            ImmutableEntry changed = im(e).withAssignments(append(e.assignments(), a));
            if (purpose == Assignment.Purpose.ACTION && e.status() == EntryStatus.REGISTERED) {
                changed = changed.withStatus(EntryStatus.ASSIGNED);
            }
            EntryEvent ev = event(EntryEvent.Kind.ASSIGNED, e, ctx)
                    .putDetail("assignee", assignee.value()).putDetail("purpose", purpose.name()).build();
            return Either.right(change(e, changed, ev));
        }).map(c -> shown(c, ctx));
    }

    /**
     * Gives an entry to another handler, keeping the history: the active action assignment ends
     * and a new one starts.
     *
     * @return the change, or {@code correspondence.entry.*}, {@code correspondence.redirect.same-handler},
     *     {@code correspondence.redirect.missing-reason}, {@code correspondence.assignment.bad-assignee},
     *     {@code kernel.text.*} (the reason breaks the {@link Text} rules of a {@link Text.Kind#NOTE}),
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> redirect(EntryId id, Identifier newHandler, String reason, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(id).flatMap(e -> {
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
            List<Assignment> list = new ArrayList<>();
            for (Assignment a : e.assignments()) {
                list.add(a.isActive() && a.purpose() == Assignment.Purpose.ACTION ? a.withEndedAt(ctx.at()) : a);
            }
            list.add(Assignment.builder().assignee(newHandler).purpose(Assignment.Purpose.ACTION).at(ctx.at())
                    .by(ctx.actor()).note(reason).build());
            ImmutableEntry changed = im(e).withAssignments(list);
            if (e.status() == EntryStatus.REGISTERED) {
                changed = changed.withStatus(EntryStatus.ASSIGNED);
            }
            EntryEvent ev = event(EntryEvent.Kind.REDIRECTED, e, ctx)
                    .putDetail("from", e.handler().map(Identifier::value).orElse("none"))
                    .putDetail("to", newHandler.value()).putDetail("reason", reason).build();
            return Either.right(change(e, changed, ev));
        }).map(c -> shown(c, ctx));
    }

    /**
     * Moves an entry to another status along its lifecycle ({@link EntryStatus#mayBecome}).
     *
     * @return the change, or {@code correspondence.entry.*}, {@code correspondence.status.not-allowed},
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> changeStatus(EntryId id, EntryStatus next, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(id).flatMap(e -> {
            if (!e.status().mayBecome(next)) {
                return Either.left(Problem.of("correspondence.status.not-allowed",
                        "Entry " + e.number() + " cannot go from " + e.status() + " to " + next)
                        .with("entry", e.id()).with("from", e.status()).with("to", next));
            }
            ImmutableEntry changed = im(e).withStatus(next);
            if (next == EntryStatus.CLOSED) {
                changed = changed.withClosedAt(ctx.at());
            }
            EntryEvent ev = event(EntryEvent.Kind.STATUS_CHANGED, e, ctx)
                    .putDetail("from", e.status().name()).putDetail("to", next.name()).build();
            return Either.right(change(e, changed, ev));
        }).map(c -> shown(c, ctx));
    }

    /**
     * Links a reply: the outgoing entry answers the incoming ones, whose clocks stop. Open
     * incoming entries become {@link EntryStatus#ANSWERED}; closed ones cannot be answered any more.
     * A reply already sent may still be linked.
     *
     * @return the change of the outgoing entry (the register holds every changed entry), or
     *     {@code correspondence.entry.*}, {@code correspondence.reply.not-outgoing},
     *     {@code correspondence.reply.not-incoming}, {@code correspondence.reply.nothing-to-answer},
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> linkReply(EntryId outgoing, Collection<EntryId> incoming, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        if (incoming.isEmpty()) {
            return Either.left(Problem.of("correspondence.reply.nothing-to-answer", "Name the mail this reply answers"));
        }
        Either<Problem, Entry> out = existing(outgoing).flatMap(this::notCancelled);
        if (out.isLeft()) {
            return Either.left(out.getLeft());
        }
        Entry reply = out.get();
        if (reply.direction() != Direction.OUTGOING) {
            return Either.left(Problem.of("correspondence.reply.not-outgoing",
                    "Entry " + reply.number() + " is not outgoing mail").with("entry", reply.id()));
        }
        Register r = this;
        List<EntryEvent> events = new ArrayList<>();
        List<EntryId> answers = new ArrayList<>(reply.answers());
        for (EntryId inId : new java.util.LinkedHashSet<>(incoming)) {
            Either<Problem, Entry> in = r.editable(inId);
            if (in.isLeft()) {
                return Either.left(in.getLeft());
            }
            Entry e = in.get();
            if (e.direction() == Direction.OUTGOING) {
                return Either.left(Problem.of("correspondence.reply.not-incoming",
                        "Entry " + e.number() + " is outgoing mail: it cannot be answered").with("entry", e.id()));
            }
            if (e.answeredBy().contains(outgoing)) {
                continue;
            }
            ImmutableEntry changed = im(e).withAnsweredBy(append(e.answeredBy(), outgoing))
                    .withAnsweredAt(e.answeredAt().orElse(ctx.at()));
            if (e.status().isOpen()) {
                changed = changed.withStatus(EntryStatus.ANSWERED);
            }
            events.add(event(EntryEvent.Kind.ANSWERED, e, ctx).putDetail("reply", reply.number().text()).build());
            r = r.replace(e, changed);
            answers.add(inId);
        }
        Entry changedReply = im(reply).withAnswers(answers);
        r = r.replace(reply, changedReply);
        return Either.right(new Change(r, shown(changedReply, ctx), List.copyOf(events)));
    }

    /**
     * Cancels an entry: it stays in the register, marked, and its number is not given again.
     *
     * @return the change, or {@code correspondence.entry.unknown}, {@code .cancelled}, {@code .closed}
     *     (closed or sent mail is not cancelled), {@code correspondence.cancel.missing-reason},
     *     {@code kernel.text.*} (the reason breaks the {@link Text} rules of a {@link Text.Kind#NOTE}),
     *     {@code correspondence.cancel.reply-linked} (a reply linked to the mail it answers),
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> cancel(EntryId id, String reason, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(id).flatMap(e -> {
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
            Entry changed = im(e).withCancellation(Cancellation.of(ctx.at(), ctx.actor(), reason.strip()));
            EntryEvent ev = event(EntryEvent.Kind.CANCELLED, e, ctx).putDetail("reason", reason.strip()).build();
            return Either.right(change(e, changed, ev));
        }).map(c -> shown(c, ctx));
    }

    /**
     * Records that the acknowledgement of receipt was sent.
     *
     * @return the change, or {@code correspondence.entry.*}, {@code correspondence.acknowledge.not-incoming},
     *     {@code correspondence.acknowledge.already}, {@code kernel.range.instant}
     */
    public Either<Problem, Change> acknowledge(EntryId id, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(id).flatMap(e -> {
            if (e.direction() != Direction.INCOMING) {
                return Either.left(Problem.of("correspondence.acknowledge.not-incoming",
                        "Only incoming mail is acknowledged").with("entry", e.id()));
            }
            if (e.acknowledgedAt().isPresent()) {
                return Either.left(Problem.of("correspondence.acknowledge.already",
                        "Entry " + e.number() + " was acknowledged on " + e.acknowledgedAt().get()).with("entry", e.id()));
            }
            return Either.right(change(e, im(e).withAcknowledgedAt(ctx.at()),
                    event(EntryEvent.Kind.ACKNOWLEDGED, e, ctx).build()));
        }).map(c -> shown(c, ctx));
    }

    /**
     * The addressee (or someone cleared for its grading) records the content of mail passed on unopened.
     *
     * @return the change, or {@code correspondence.entry.*}, {@code correspondence.content.not-unopened},
     *     {@code correspondence.content.not-permitted},
     *     {@code correspondence.registration.missing-subject}, {@code kernel.text.*} (as {@link #validate}),
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> recordContent(EntryId id, String subject, Optional<String> summary,
                                                 List<String> attachments, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(id).flatMap(e -> {
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
            Entry changed = im(e).withSubject(subject.strip()).withSummary(summary)
                    .withAttachments(attachments);
            return Either.right(change(e, changed, event(EntryEvent.Kind.CONTENT_RECORDED, e, ctx).build()));
        }).map(c -> shown(c, ctx));
    }

    /**
     * Records why an entry is late (shown in the pendency report).
     *
     * @return the change, or {@code correspondence.entry.*}, {@code correspondence.delay.missing-reason},
     *     {@code kernel.text.*} (the reason breaks the {@link Text} rules of a {@link Text.Kind#NOTE}),
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> explainDelay(EntryId id, String reason, Context ctx) {
        if (!Limits.contains(ctx.at())) {
            return outOfRange(ctx);
        }
        return editable(id).flatMap(e -> {
            if (reason == null || reason.isBlank()) {
                return Either.left(Problem.of("correspondence.delay.missing-reason", "Say why the entry is late"));
            }
            Either<Problem, String> badReason = Text.check("reason", reason, Text.Kind.NOTE);
            if (badReason.isLeft()) {
                return Either.left(badReason.getLeft());
            }
            return Either.right(change(e, im(e).withDelayReason(reason.strip()),
                    event(EntryEvent.Kind.DELAY_EXPLAINED, e, ctx).putDetail("reason", reason.strip()).build()));
        }).map(c -> shown(c, ctx));
    }

    // ------------------------------------------------------------------ queries

    /** The settings. */
    public RegisterSettings settings() {
        return settings;
    }

    /** The counters, for a host to store. */
    public Numbering numbering() {
        return numbering;
    }

    /** How many entries the register holds (cancelled ones included). */
    public int size() {
        return entries.size();
    }

    /** Every entry in register order (an unmodifiable view; content is not redacted). */
    public List<Entry> entries() {
        return entries.asJava();
    }

    /** The entry with this id. */
    public Optional<Entry> entry(EntryId id) {
        return indexById.get(id).map(entries::get).toJavaOptional();
    }

    /** The reply deadline of an entry with its explanation ("received ... + 30 working days: ..."). */
    public Optional<WorkingDayDeadline> replyDeadline(EntryId id) {
        return entry(id).flatMap(e -> e.replyWithinWorkingDays()
                .map(d -> settings.calendar().deadline(e.receivedOn(), d)));
    }

    /** The acknowledgement deadline of an entry with its explanation. */
    public Optional<WorkingDayDeadline> acknowledgementDeadline(EntryId id) {
        return entry(id).flatMap(e -> e.acknowledgementDue().flatMap(due -> settings.acknowledgeWithinWorkingDays()
                .filter(d -> d <= Limits.MAX_WORKING_DAYS).map(d -> settings.calendar().deadline(e.receivedOn(), d))));
    }

    /**
     * What is due soon or overdue at {@code at}: open entries whose reply is due on or before the
     * day {@link RegisterSettings#alertLeadWorkingDays} working days after that day, in order of
     * due day then registration. Costs the size of the answer, not the register's. Entries are not
     * redacted: this is for the host's own use (reminders); show people {@link #dueAt(Instant, Context)}.
     * Any instant is answered, as of the nearest supported one ({@link #today}); a lead of more than
     * {@link Limits#MAX_WORKING_DAYS} working days warns as that many does (no reply is due later).
     */
    public List<Alert> dueAt(Instant at) {
        BusinessCalendar cal = settings.calendar();
        LocalDate today = today(at);
        LocalDate horizon = cal.plusWorkingDays(today, Math.min(settings.alertLeadWorkingDays(), Limits.MAX_WORKING_DAYS));
        List<Alert> alerts = new ArrayList<>();
        java.util.Map<LocalDate, Integer> left = new java.util.HashMap<>(); // due days repeat: count once each
        for (Due d : dueIndex) {
            if (d.date().isAfter(horizon)) {
                break;
            }
            Entry e = entries.get(d.index());
            boolean overdue = d.date().isBefore(today);
            alerts.add(Alert.of(e, overdue ? Alert.Kind.OVERDUE : Alert.Kind.DUE_SOON, d.date(),
                    left.computeIfAbsent(d.date(), due -> cal.workingDaysBetween(today, due))));
        }
        return List.copyOf(alerts);
    }

    /**
     * {@link #dueAt(Instant)} as {@code viewer} may see it: entries whose content the viewer may
     * not see come redacted.
     */
    public List<Alert> dueAt(Instant at, Context viewer) {
        return dueAt(at).stream().map(a -> a.entry().isContentVisibleTo(viewer.actor(), viewer.clearance()) ? a
                : Alert.of(a.entry().redacted(), a.kind(), a.due(), a.workingDaysLeft())).toList();
    }

    /** How many open entries have a reply deadline (the size of the due index). */
    public int openWithDeadline() {
        return dueIndex.size();
    }

    /**
     * Searches the register in register order, a page at a time. Entries whose content
     * {@code viewer} may not see come redacted, and the text criterion never matches them.
     */
    public Page<Entry> find(EntryQuery q, Context viewer) {
        List<Entry> page = new ArrayList<>();
        int matched = 0;
        for (Entry e : matching(q, viewer)) {
            if (matched >= q.offset() && page.size() < q.limit()) {
                page.add(e);
            }
            matched++;
        }
        return Page.of(page, Math.min(q.offset(), matched), matched);
    }

    /** Every entry matching the query's criteria (not its paging), redacted for the viewer, in register order. */
    Iterable<Entry> matching(EntryQuery q, Context viewer) {
        if (!q.registers().isEmpty() && !q.registers().contains(settings.id())) {
            return List.of();
        }
        Optional<String> needle = q.text().map(Register::fold).filter(s -> !s.isEmpty());
        Optional<LocalDate> overdueDay = q.overdueAt().map(this::today);
        return () -> entries.iterator().filter(e -> accepts(q, e, needle, overdueDay, viewer))
                .map(e -> e.isContentVisibleTo(viewer.actor(), viewer.clearance()) ? e : e.redacted());
    }

    private static boolean accepts(EntryQuery q, Entry e, Optional<String> needle, Optional<LocalDate> overdueDay,
                                   Context viewer) {
        if (!q.includeCancelled() && e.isCancelled()
                || q.period().isPresent() && !q.period().get().contains(e.registeredAt())
                || !q.statuses().isEmpty() && !q.statuses().contains(e.status())
                || q.direction().isPresent() && q.direction().get() != e.direction()
                || q.handler().isPresent() && !e.handler().equals(q.handler())
                || overdueDay.isPresent() && !e.isOverdueOn(overdueDay.get())) {
            return false;
        }
        // the text never matches content the viewer may not see
        return needle.isEmpty() || e.isContentVisibleTo(viewer.actor(), viewer.clearance())
                && e.subject().map(Register::fold).filter(s -> s.contains(needle.get())).isPresent();
    }

    /**
     * The day of an instant in the register's zone; for an instant outside the supported range,
     * the day of the nearest supported instant ({@link Limits#clamp(Instant)}).
     */
    public LocalDate today(Instant at) {
        return Limits.clamp(at).atZone(settings.calendar().zone()).toLocalDate();
    }

    // ------------------------------------------------------------------ internals

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private Either<Problem, Entry> existing(EntryId id) {
        return entry(id).<Either<Problem, Entry>>map(Either::right).orElseGet(() -> Either.left(
                Problem.of("correspondence.entry.unknown", "No entry " + id + " in register " + settings.id())
                        .with("entry", id)));
    }

    private Either<Problem, Entry> notCancelled(Entry e) {
        return e.isCancelled()
                ? Either.left(Problem.of("correspondence.entry.cancelled", "Entry " + e.number() + " is cancelled")
                        .with("entry", e.id()))
                : Either.right(e);
    }

    private Either<Problem, Entry> editable(EntryId id) {
        return existing(id).flatMap(this::notCancelled).flatMap(e ->
                e.status() == EntryStatus.CLOSED || e.status() == EntryStatus.SENT
                        ? Either.left(Problem.of("correspondence.entry.closed",
                                "Entry " + e.number() + " is " + e.status() + " and can no longer change").with("entry", e.id()))
                        : Either.right(e));
    }

    /** The generated implementation, whose {@code with} copies stay inside this package. */
    static ImmutableEntry im(Entry e) {
        return (ImmutableEntry) ImmutableEntry.copyOf(e);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }

    private EntryEvent.Builder event(EntryEvent.Kind kind, Entry e, Context ctx) {
        EntryEvent.Builder b = EntryEvent.builder();
        b.kind(kind).at(ctx.at()).actor(ctx.actor()).subject(e.id()).register(settings.id()).number(e.number().text());
        return b;
    }

    private Change change(Entry before, Entry after, EntryEvent event) {
        return new Change(replace(before, after), after, List.of(event));
    }

    /** The entry as the actor of {@code ctx} may see it: redacted as the read paths are when they may not. */
    private static Entry shown(Entry e, Context ctx) {
        return e.isContentVisibleTo(ctx.actor(), ctx.clearance()) ? e : e.redacted();
    }

    private static Change shown(Change c, Context ctx) {
        return new Change(c.register(), shown(c.entry(), ctx), c.events());
    }

    private Register append(Entry e) {
        int index = entries.size();
        TreeSet<Due> due = indexed(e) ? dueIndex.add(new Due(e.replyDue().get(), index)) : dueIndex;
        return new Register(settings, numbering, entries.append(e), indexById.put(e.id(), index), due);
    }

    private Register replace(Entry before, Entry after) {
        int index = indexById.get(before.id()).get();
        TreeSet<Due> due = dueIndex;
        if (indexed(before)) {
            due = due.remove(new Due(before.replyDue().get(), index));
        }
        if (indexed(after)) {
            due = due.add(new Due(after.replyDue().get(), index));
        }
        return new Register(settings, numbering, entries.update(index, after), indexById, due);
    }

    private static boolean indexed(Entry e) {
        return e.isOpen() && e.replyDue().isPresent();
    }

    @Override
    public String toString() {
        return "Register[" + settings.id() + ", " + entries.size() + " entries]";
    }

}
