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
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.Page;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.aso.core.kernel.WorkingDayDeadline;
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
 * Either<Problem, Register.Registered> r = general.update(reg -> reg.register(letter, ctx));
 * r.get().entry().number();                         // 2026-A-000001
 * r.get().replyDeadline().get().explanation("received");
 * general.get().dueAt(clock.instant());             // what is due soon or overdue now
 * }</pre>
 *
 * <h2>State, rules, events</h2>
 * The register is the state: its entries in register order, its counters and two indexes (by id,
 * and the open entries by reply due day), with the queries. Each decision ({@link #register},
 * {@link #assign}, ...) asks the register's rules whether it may be taken and which
 * {@link EntryEvent}s say what it does, then applies those events to the register
 * ({@link #evolve}): the register a decision returns is the fold of its events, so a host that
 * stores events rebuilds exactly that register ({@link #replay}). A host that stores state saves
 * a {@link #snapshot()} and {@linkplain #restore restores} it, checked against the invariants the
 * decisions keep.
 *
 * <pre>{@code
 * eventStore.append(change.events());                              // or store register.snapshot()
 * Register again = Register.replay(settings, eventStore.load()).get();
 * again.equals(change.register());                                 // true
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
    private final RegisterRules rules;
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

    private Register(RegisterRules rules, Numbering numbering, Vector<Entry> entries,
                     HashMap<EntryId, Integer> indexById, TreeSet<Due> dueIndex) {
        this.rules = rules;
        this.numbering = numbering;
        this.entries = entries;
        this.indexById = indexById;
        this.dueIndex = dueIndex;
    }

    /**
     * {@return an empty register with fresh counters}
     *
     * @param settings the register's settings
     */
    public static Register of(RegisterSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new Register(new RegisterRules(settings), Numbering.of(settings.numbering()), Vector.empty(),
                HashMap.empty(), TreeSet.empty());
    }

    // ------------------------------------------------------------------ rebuilding

    /**
     * The register that the decisions producing {@code events} left, from an empty one with
     * {@code settings}: each event applied in turn ({@link #evolve}). Counters, entries and
     * indexes come out as the decisions made them.
     *
     * @param settings the register's settings
     * @param events the register's events, oldest first (events of other registers do not fit)
     * @return the register, or the first event that does not fit:
     *     {@code correspondence.replay.inconsistent} with the details of {@link #evolve} and
     *     {@code index} (its place in {@code events}, from 0)
     */
    public static Either<Problem, Register> replay(RegisterSettings settings, Iterable<? extends EntryEvent> events) {
        Objects.requireNonNull(events, "events");
        Register r = of(settings);
        int index = 0;
        for (EntryEvent e : events) {
            Either<Problem, Register> next = r.evolve(e);
            if (next.isLeft()) {
                return Either.left(next.getLeft().with("index", index));
            }
            r = next.get();
            index++;
        }
        return Either.right(r);
    }

    /**
     * This register with one more event applied: the state the decision that emitted it left.
     * Events are facts: the rules that refused or accepted the decision are not asked again; what
     * is checked is that the event can follow this state (a registration numbered next in its
     * series at the next position; a change to an entry the register holds, with that number,
     * that has not been cancelled, closed or sent, from the status or handler the event says) and
     * that the entry keeps the invariants of a register ({@link #restore}).
     *
     * @param event the next event
     * @return the register after the event, or {@code correspondence.replay.inconsistent} (details
     *     {@code action}, {@code entry}, {@code reason}) if the event does not fit
     */
    public Either<Problem, Register> evolve(EntryEvent event) {
        Objects.requireNonNull(event, "event");
        if (!event.register().equals(settings().id())) {
            return misfit(event, "it is about register " + event.register() + ", not " + settings().id());
        }
        if (event instanceof EntryEvent.MailRegistered m) {
            return added(m);
        }
        Optional<Entry> found = entry(event.entry());
        if (found.isEmpty()) {
            return misfit(event, "the register holds no such entry");
        }
        Entry e = found.get();
        if (!e.number().equals(event.number())) {
            return misfit(event, "the entry's number is " + e.number() + ", not " + event.number());
        }
        if (e.isCancelled() || e.status() == EntryStatus.CLOSED || e.status() == EntryStatus.SENT) {
            return misfit(event, "the entry is " + (e.isCancelled() ? "cancelled" : e.status()) + " and no longer changes");
        }
        Register base = this;
        ImmutableEntry changed = im(e);
        try {
            if (event instanceof EntryEvent.Assigned a) {
                changed = changed.withAssignments(append(e.assignments(), Assignment.builder().assignee(a.assignee())
                        .purpose(a.purpose()).at(a.at()).by(a.actor()).note(a.note()).build()));
                if (a.purpose() == Assignment.Purpose.ACTION && e.status() == EntryStatus.REGISTERED) {
                    changed = changed.withStatus(EntryStatus.ASSIGNED);
                }
            } else if (event instanceof EntryEvent.Redirected r) {
                if (!e.handler().equals(r.from())) {
                    return misfit(event, "the entry's handler is " + e.handler().map(Identifier::value).orElse("none"));
                }
                List<Assignment> list = new ArrayList<>();
                for (Assignment a : e.assignments()) {
                    list.add(a.isActive() && a.purpose() == Assignment.Purpose.ACTION ? a.withEndedAt(r.at()) : a);
                }
                list.add(Assignment.builder().assignee(r.to()).purpose(Assignment.Purpose.ACTION).at(r.at())
                        .by(r.actor()).note(r.reason()).build());
                changed = changed.withAssignments(list);
                if (e.status() == EntryStatus.REGISTERED) {
                    changed = changed.withStatus(EntryStatus.ASSIGNED);
                }
            } else if (event instanceof EntryEvent.StatusChanged s) {
                if (e.status() != s.from() || !s.from().mayBecome(s.to())) {
                    return misfit(event, "the entry is " + e.status() + ": it cannot go from " + s.from() + " to " + s.to());
                }
                changed = changed.withStatus(s.to());
                if (s.to() == EntryStatus.CLOSED) {
                    changed = changed.withClosedAt(s.at());
                }
            } else if (event instanceof EntryEvent.ReplyLinked l) {
                Optional<Entry> reply = entry(l.reply());
                if (reply.isEmpty() || !reply.get().number().equals(l.replyNumber()) || reply.get().isCancelled()
                        || reply.get().direction() != Direction.OUTGOING || e.answeredBy().contains(l.reply())) {
                    return misfit(event, "its reply is not an outgoing entry of the register that does not answer it yet");
                }
                changed = changed.withAnsweredBy(append(e.answeredBy(), l.reply()))
                        .withAnsweredAt(e.answeredAt().orElse(l.at()));
                if (e.status().isOpen()) {
                    changed = changed.withStatus(EntryStatus.ANSWERED);
                }
                base = replace(reply.get(), im(reply.get()).withAnswers(append(reply.get().answers(), e.id())));
            } else if (event instanceof EntryEvent.Acknowledged a) {
                if (e.acknowledgedAt().isPresent()) {
                    return misfit(event, "the entry was acknowledged already");
                }
                changed = changed.withAcknowledgedAt(a.at());
            } else if (event instanceof EntryEvent.ContentRecorded c) {
                if (!e.unopened()) {
                    return misfit(event, "the entry was opened at registration");
                }
                changed = changed.withSubject(c.subjectMatter()).withSummary(c.summary()).withAttachments(c.attachments());
            } else if (event instanceof EntryEvent.DelayExplained d) {
                changed = changed.withDelayReason(d.reason());
            } else if (event instanceof EntryEvent.Cancelled c) {
                changed = changed.withCancellation(Cancellation.of(c.at(), c.actor(), c.reason()));
            } else {
                throw new IllegalStateException("Unknown event " + event.getClass()); // the type is sealed
            }
        } catch (IllegalArgumentException bad) {
            return misfit(event, bad.getMessage());
        }
        List<String> broken = rules.brokenInvariants(changed);
        if (!broken.isEmpty()) {
            return misfit(event, "the entry would break " + broken);
        }
        return Either.right(base.replace(e, changed));
    }

    /** This register with a newly registered entry, if it fits: next position, next number of its series, as registered. */
    private Either<Problem, Register> added(EntryEvent.MailRegistered event) {
        Entry e = event.mail();
        long next = numbering.last(e.number().series()) + 1;
        if (e.position() != entries.size() + 1L) {
            return misfit(event, "its position is " + e.position() + ", the register's next is " + (entries.size() + 1));
        }
        if (indexById.containsKey(e.id())) {
            return misfit(event, "the register holds that entry already");
        }
        if (e.number().sequence() != next) {
            return misfit(event, "its number is " + e.number().sequence() + " of series " + e.number().series()
                    + ", whose next is " + next);
        }
        Optional<Problem> range = RegisterRules.outOfRange(e);
        if (range.isPresent()) {
            return misfit(event, range.get().message());
        }
        List<String> broken = rules.brokenInvariants(e);
        if (!broken.isEmpty()) {
            return misfit(event, "the entry breaks " + broken);
        }
        if (e.status() != EntryStatus.initial(e.direction()) || !e.assignments().isEmpty() || e.isCancelled()
                || e.acknowledgedAt().isPresent() || !e.answeredBy().isEmpty() || !e.answers().isEmpty()
                || e.delayReason().isPresent() || e.closedAt().isPresent()) {
            return misfit(event, "the entry is not as a registration leaves it");
        }
        return Either.right(new Register(rules, numbering.after(e.number()), entries, indexById, dueIndex).append(e));
    }

    private static Either<Problem, Register> misfit(EntryEvent event, String reason) {
        return Either.left(Problem.of("correspondence.replay.inconsistent",
                        "Event " + event.action() + " on " + event.entry() + " does not fit the register: " + reason)
                .with("action", event.action()).with("entry", event.entry()).with("reason", reason));
    }

    /**
     * {@return what the register holds, for a host to store: its entries whole and its counters (the
     * settings are the host's, given again to {@link #restore})} Costs a copy of the entry list.
     */
    public RegisterSnapshot snapshot() {
        return new RegisterSnapshot(settings().id(), entries.asJava(), numbering.snapshot());
    }

    /**
     * The register a snapshot holds, checked against the invariants the decisions keep, every
     * problem at once. Costs a pass over the entries.
     *
     * @param settings the register's settings (its numbering scheme reads the counters)
     * @param snapshot what the host stored
     * @return the register, equal to the one the snapshot was taken of; or every problem found:
     *     {@code correspondence.restore.other-register} (the snapshot or an entry is of another
     *     register), {@code .out-of-order} (an entry's position is not its place),
     *     {@code .duplicate} (an id twice), {@code .duplicate-number} (a number used twice),
     *     {@code .number-gap} (a number of a series missing below its highest; details
     *     {@code series}, {@code missing}), {@code .number-out-of-order} (a series' numbers not
     *     rising in register order), {@code .counter-behind} (a counter below the highest number of
     *     its series, or negative), {@code .counter-ahead} (a counter above it: numbers given that
     *     no entry holds), {@code .invalid-entry} (an entry breaking one of its own invariants,
     *     named by the detail {@code invariant}: {@code id}, {@code subject} (opened mail without
     *     a subject, as a redacted entry is), {@code unopened}, {@code reply-due},
     *     {@code acknowledgement}, {@code handlers} (more than one active handler), {@code answers},
     *     {@code closed}), {@code .reply-link} (a reply link that does not hold both ways), and
     *     {@code kernel.range.*} for an entry registered, received or given a time limit outside
     *     the supported range, which no registration accepts; entry problems have the detail
     *     {@code entry}
     */
    public static Either<List<Problem>, Register> restore(RegisterSettings settings, RegisterSnapshot snapshot) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(snapshot, "snapshot");
        RegisterRules rules = new RegisterRules(settings);
        List<Problem> problems = rules.restoreProblems(snapshot);
        if (!problems.isEmpty()) {
            return Either.left(problems);
        }
        Register r = new Register(rules, Numbering.resume(settings.numbering(), snapshot.counters()), Vector.empty(),
                HashMap.empty(), TreeSet.empty());
        for (Entry e : snapshot.entries()) {
            r = r.append(e);
        }
        return Either.right(r);
    }

    // ------------------------------------------------------------------ outcomes

    /**
     * A registration: the new register, the entry with its number and due days, and the events;
     * the deadlines' explanations on request. The entry is as the registrar may see it (see
     * {@link Change}); the register holds it whole.
     */
    public record Registered(Register register, Entry entry, List<EntryEvent> events) implements Outcome<Register> {
        /** The register after the decision, as {@link Outcome#state()}: the same as {@link #register()}. */
        @Override
        public Register state() {
            return register;
        }

        /** {@return the reply deadline with its explanation (worked out on request: registering stays cheap)} */
        public Optional<WorkingDayDeadline> replyDeadline() {
            return register.replyDeadline(entry.id());
        }

        /** {@return the acknowledgement deadline with its explanation} */
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
     * read paths ({@link #find}, {@link #dueAt(Instant, Context)}) show it. {@code register} and
     * {@code events} are for the host to store and hold the content: they are not for display
     * ({@link EntryEvent}).
     */
    public record Change(Register register, Entry entry, List<EntryEvent> events) implements Outcome<Register> {
        /** The register after the decision, as {@link Outcome#state()}: the same as {@link #register()}. */
        @Override
        public Register state() {
            return register;
        }
    }

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
     *
     * @param r the registration
     * @param ctx when, by whom, with what clearance
     * @return every problem found, empty if none
     */
    public List<Problem> validate(Registration r, Context ctx) {
        return rules.validate(r, ctx);
    }

    /**
     * Registers a piece of mail: gives it the next number of its series, computes its deadlines and
     * records who registered it and when ({@link Context}). Nothing is numbered if the
     * registration is refused. Emits one {@link EntryEvent.MailRegistered}.
     *
     * @param r the registration
     * @param ctx when, by whom, with what clearance
     * @return the registration, or the problem (several input problems come as one
     *     {@code correspondence.registration.invalid} whose details list them; see {@link #validate}),
     *     or the numbering's problem ({@code numbering.request.*}), or
     *     {@code correspondence.registration.number-too-long}, or {@code kernel.range.instant} alone
     *     when the instant is outside the supported range
     */
    public Either<Problem, Registered> register(Registration r, Context ctx) {
        return rules.register(this, r, ctx).map(event ->
                new Registered(applied(event), shown(event.mail(), ctx), List.of(event)));
    }

    /**
     * Gives an entry to a person or unit for a purpose. An assignment for action makes a
     * registered entry {@link EntryStatus#ASSIGNED}; use {@link #redirect} to change the handler.
     * Emits one {@link EntryEvent.Assigned}, without a note.
     *
     * @return the change, or {@code correspondence.entry.unknown}, {@code .cancelled}, {@code .closed},
     *     {@code correspondence.assignment.bad-assignee} (neither a {@link PersonId} nor an {@link OrgUnitId}),
     *     {@code kernel.text.*} (the note breaks the {@link Text} rules of a {@link Text.Kind#NOTE}),
     *     {@code correspondence.assignment.already-handled} (an active handler exists: redirect instead),
     *     {@code kernel.range.instant}
     * @param id the entry; not null
     * @param assignee a {@link PersonId} or an {@link OrgUnitId}; not null
     * @param purpose for action or for information; not null
     * @param ctx who assigns it, and when; not null
     */
    public Either<Problem, Change> assign(EntryId id, Identifier assignee, Assignment.Purpose purpose, Context ctx) {
        return assign(id, assignee, purpose, Optional.empty(), ctx);
    }

    /**
     * Gives an entry to a person or unit for a purpose, with a note for them; otherwise as
     * {@link #assign(EntryId, Identifier, Assignment.Purpose, Context)}.
     *
     * @param note what the assignee should know or do; not null
     * @return the change, or the refusals of {@link #assign(EntryId, Identifier, Assignment.Purpose, Context)}
     * @param id the entry; not null
     * @param assignee a {@link PersonId} or an {@link OrgUnitId}; not null
     * @param purpose for action or for information; not null
     * @param ctx who assigns it, and when; not null
     */
    public Either<Problem, Change> assign(EntryId id, Identifier assignee, Assignment.Purpose purpose, String note,
                                          Context ctx) {
        return assign(id, assignee, purpose, Optional.of(Objects.requireNonNull(note, "note")), ctx);
    }

    private Either<Problem, Change> assign(EntryId id, Identifier assignee, Assignment.Purpose purpose,
                                           Optional<String> note, Context ctx) {
        return rules.assign(this, id, assignee, purpose, note, ctx).map(event -> change(List.of(event), id, ctx));
    }

    /**
     * Gives an entry to another handler, keeping the history: the active action assignment ends
     * and a new one starts. Emits one {@link EntryEvent.Redirected}.
     *
     * @param id the entry's id
     * @param newHandler the person or unit it goes to
     * @param reason why
     * @param ctx when, by whom, with what clearance
     * @return the change, or {@code correspondence.entry.*}, {@code correspondence.redirect.same-handler},
     *     {@code correspondence.redirect.missing-reason}, {@code correspondence.assignment.bad-assignee},
     *     {@code kernel.text.*} (the reason breaks the {@link Text} rules of a {@link Text.Kind#NOTE}),
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> redirect(EntryId id, Identifier newHandler, String reason, Context ctx) {
        return rules.redirect(this, id, newHandler, reason, ctx).map(event -> change(List.of(event), id, ctx));
    }

    /**
     * Moves an entry to another status along its lifecycle ({@link EntryStatus#mayBecome}).
     * Emits one {@link EntryEvent.StatusChanged}.
     *
     * @param id the entry's id
     * @param next the new status
     * @param ctx when, by whom, with what clearance
     * @return the change, or {@code correspondence.entry.*}, {@code correspondence.status.not-allowed},
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> changeStatus(EntryId id, EntryStatus next, Context ctx) {
        return rules.changeStatus(this, id, next, ctx).map(event -> change(List.of(event), id, ctx));
    }

    /**
     * Links a reply: the outgoing entry answers the incoming ones, whose clocks stop. Open
     * incoming entries become {@link EntryStatus#ANSWERED}; closed ones cannot be answered any more.
     * A reply already sent may still be linked. Emits one {@link EntryEvent.ReplyLinked} per entry
     * not yet answered by this reply.
     *
     * @param outgoing the outgoing entry, the reply
     * @param incoming the entries it answers
     * @param ctx when, by whom, with what clearance
     * @return the change of the outgoing entry (the register holds every changed entry), or
     *     {@code correspondence.entry.*}, {@code correspondence.reply.not-outgoing},
     *     {@code correspondence.reply.not-incoming}, {@code correspondence.reply.nothing-to-answer},
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> linkReply(EntryId outgoing, Collection<EntryId> incoming, Context ctx) {
        return rules.linkReply(this, outgoing, incoming, ctx).map(events -> change(events, outgoing, ctx));
    }

    /**
     * Cancels an entry: it stays in the register, marked, and its number is not given again.
     * Emits one {@link EntryEvent.Cancelled}.
     *
     * @param id the entry's id
     * @param reason why
     * @param ctx when, by whom, with what clearance
     * @return the change, or {@code correspondence.entry.unknown}, {@code .cancelled}, {@code .closed}
     *     (closed or sent mail is not cancelled), {@code correspondence.cancel.missing-reason},
     *     {@code kernel.text.*} (the reason breaks the {@link Text} rules of a {@link Text.Kind#NOTE}),
     *     {@code correspondence.cancel.reply-linked} (a reply linked to the mail it answers),
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> cancel(EntryId id, String reason, Context ctx) {
        return rules.cancel(this, id, reason, ctx).map(event -> change(List.of(event), id, ctx));
    }

    /**
     * Records that the acknowledgement of receipt was sent. Emits one {@link EntryEvent.Acknowledged}.
     *
     * @param id the entry's id
     * @param ctx when, by whom, with what clearance
     * @return the change, or {@code correspondence.entry.*}, {@code correspondence.acknowledge.not-incoming},
     *     {@code correspondence.acknowledge.already}, {@code kernel.range.instant}
     */
    public Either<Problem, Change> acknowledge(EntryId id, Context ctx) {
        return rules.acknowledge(this, id, ctx).map(event -> change(List.of(event), id, ctx));
    }

    /**
     * The addressee (or someone cleared for its grading) records the content of mail passed on
     * unopened, without a summary. Emits one {@link EntryEvent.ContentRecorded}, which carries the
     * content.
     *
     * @return the change, or {@code correspondence.entry.*}, {@code correspondence.content.not-unopened},
     *     {@code correspondence.content.not-permitted},
     *     {@code correspondence.registration.missing-subject}, {@code kernel.text.*} (as {@link #validate}),
     *     {@code kernel.range.instant}
     * @param id the entry; not null
     * @param subject its subject; not null
     * @param attachments what came with it; not null
     * @param ctx who records it, and when; not null
     */
    public Either<Problem, Change> recordContent(EntryId id, String subject, List<String> attachments, Context ctx) {
        return recordContent(id, subject, Optional.empty(), attachments, ctx);
    }

    /**
     * Records the content of mail passed on unopened, with a summary; otherwise as
     * {@link #recordContent(EntryId, String, List, Context)}.
     *
     * @param summary what the mail says, in short; not null
     * @return the change, or the refusals of {@link #recordContent(EntryId, String, List, Context)}
     * @param id the entry; not null
     * @param subject its subject; not null
     * @param attachments what came with it; not null
     * @param ctx who records it, and when; not null
     */
    public Either<Problem, Change> recordContent(EntryId id, String subject, String summary, List<String> attachments,
                                                 Context ctx) {
        return recordContent(id, subject, Optional.of(Objects.requireNonNull(summary, "summary")), attachments, ctx);
    }

    private Either<Problem, Change> recordContent(EntryId id, String subject, Optional<String> summary,
                                                  List<String> attachments, Context ctx) {
        return rules.recordContent(this, id, subject, summary, attachments, ctx)
                .map(event -> change(List.of(event), id, ctx));
    }

    /**
     * Records why an entry is late (shown in the pendency report). Emits one
     * {@link EntryEvent.DelayExplained}.
     *
     * @param id the entry's id
     * @param reason why the entry is late
     * @param ctx when, by whom, with what clearance
     * @return the change, or {@code correspondence.entry.*}, {@code correspondence.delay.missing-reason},
     *     {@code kernel.text.*} (the reason breaks the {@link Text} rules of a {@link Text.Kind#NOTE}),
     *     {@code kernel.range.instant}
     */
    public Either<Problem, Change> explainDelay(EntryId id, String reason, Context ctx) {
        return rules.explainDelay(this, id, reason, ctx).map(event -> change(List.of(event), id, ctx));
    }

    // ------------------------------------------------------------------ queries

    /** {@return the settings} */
    public RegisterSettings settings() {
        return rules.settings();
    }

    /** {@return the counters (also in the {@link #snapshot()})} */
    public Numbering numbering() {
        return numbering;
    }

    /** {@return how many entries the register holds (cancelled ones included)} */
    public int size() {
        return entries.size();
    }

    /** {@return every entry in register order (an unmodifiable view; content is not redacted)} */
    public List<Entry> entries() {
        return entries.asJava();
    }

    /**
     * {@return the entry with this id}
     *
     * @param id the entry's id
     */
    public Optional<Entry> entry(EntryId id) {
        return indexById.get(id).map(entries::get).toJavaOptional();
    }

    /**
     * {@return the reply deadline of an entry with its explanation ("received ... + 30 working days: ...")}
     *
     * @param id the entry's id
     */
    public Optional<WorkingDayDeadline> replyDeadline(EntryId id) {
        return entry(id).flatMap(e -> e.replyWithinWorkingDays()
                .map(d -> settings().calendar().deadline(e.receivedOn(), d)));
    }

    /**
     * {@return the acknowledgement deadline of an entry with its explanation}
     *
     * @param id the entry's id
     */
    public Optional<WorkingDayDeadline> acknowledgementDeadline(EntryId id) {
        return entry(id).flatMap(e -> e.acknowledgementDue().flatMap(due -> settings().acknowledgeWithinWorkingDays()
                .filter(d -> d <= Limits.MAX_WORKING_DAYS).map(d -> settings().calendar().deadline(e.receivedOn(), d))));
    }

    /**
     * {@return what is due soon or overdue at {@code at}: open entries whose reply is due on or before the
     * day {@link RegisterSettings#alertLeadWorkingDays} working days after that day, in order of
     * due day then registration} Costs the size of the answer, not the register's. Entries are not
     * redacted: this is for the host's own use (reminders); show people {@link #dueAt(Instant, Context)}.
     * Any instant is answered, as of the nearest supported one ({@link #today}); a lead of more than
     * {@link Limits#MAX_WORKING_DAYS} working days warns as that many does (no reply is due later).
     *
     * @param at the instant to judge at
     */
    public List<Alert> dueAt(Instant at) {
        BusinessCalendar cal = settings().calendar();
        LocalDate today = today(at);
        LocalDate horizon = cal.plusWorkingDays(today, Math.min(settings().alertLeadWorkingDays(), Limits.MAX_WORKING_DAYS));
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
     * {@return {@link #dueAt(Instant)} as {@code viewer} may see it: entries whose content the viewer may
     * not see come redacted}
     *
     * @param at the instant to judge at
     * @param viewer who looks, with what clearance
     */
    public List<Alert> dueAt(Instant at, Context viewer) {
        return dueAt(at).stream().map(a -> a.entry().isContentVisibleTo(viewer.actor(), viewer.clearance()) ? a
                : Alert.of(a.entry().redacted(), a.kind(), a.due(), a.workingDaysLeft())).toList();
    }

    /** {@return how many open entries have a reply deadline (the size of the due index)} */
    public int openWithDeadline() {
        return dueIndex.size();
    }

    /**
     * Searches the register in register order, a page at a time. Entries whose content
     * {@code viewer} may not see come redacted, and the text criterion never matches them.
     *
     * @param q the criteria and the page
     * @param viewer who looks, with what clearance
     * @return the page of entries
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
        if (!q.registers().isEmpty() && !q.registers().contains(settings().id())) {
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
     * {@return the day of an instant in the register's zone; for an instant outside the supported range,
     * the day of the nearest supported instant ({@link Limits#clamp(Instant)})}
     *
     * @param at any instant
     */
    public LocalDate today(Instant at) {
        return rules.today(at);
    }

    // ------------------------------------------------------------------ internals

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
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

    /** This register after an event a decision of its rules emitted (which always fits). */
    private Register applied(EntryEvent event) {
        return evolve(event).getOrElseThrow(p -> new IllegalStateException("A decision emitted an event that does not fit: " + p));
    }

    /** The change made by {@code events}, handing back the entry {@code shown} as the actor may see it. */
    private Change change(List<? extends EntryEvent> events, EntryId shown, Context ctx) {
        Register next = this;
        for (EntryEvent e : events) {
            next = next.applied(e);
        }
        return new Change(next, shown(next.entry(shown).orElseThrow(), ctx), List.copyOf(events));
    }

    /** The entry as the actor of {@code ctx} may see it: redacted as the read paths are when they may not. */
    private static Entry shown(Entry e, Context ctx) {
        return e.isContentVisibleTo(ctx.actor(), ctx.clearance()) ? e : e.redacted();
    }

    private Register append(Entry e) {
        int index = entries.size();
        TreeSet<Due> due = indexed(e) ? dueIndex.add(new Due(e.replyDue().get(), index)) : dueIndex;
        return new Register(rules, numbering, entries.append(e), indexById.put(e.id(), index), due);
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
        return new Register(rules, numbering, entries.update(index, after), indexById, due);
    }

    private static boolean indexed(Entry e) {
        return e.isOpen() && e.replyDue().isPresent();
    }

    /**
     * True if {@code o} is a register with the same settings, counters and entries (and so the
     * same indexes). Costs a pass over the entries.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Register other && settings().equals(other.settings())
                && numbering.equals(other.numbering) && entries.equals(other.entries)
                && indexById.equals(other.indexById) && dueIndex.equals(other.dueIndex);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings(), numbering, entries);
    }

    @Override
    public String toString() {
        return "Register[" + settings().id() + ", " + entries.size() + " entries]";
    }
}
