package org.aso.core.dossier;

import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.NumberRequest;
import org.aso.core.numbering.Numbering;
import org.aso.core.numbering.ReferenceNumber;

/**
 * The dossiers of a section, as one immutable value: dossiers by id with their
 * {@link DossierRules}, the decisions applied through the book, and the usual queries. Hosts that
 * keep dossiers in one JVM hold a book in a {@link org.aso.core.kernel.SharedState}, so that
 * concurrent decisions on the same dossier each see the previous one's result:
 *
 * <pre>{@code
 * SharedState<DossierBook> book = SharedState.of(DossierBook.empty(rules));
 * book.update(b -> b.open(openCommand, ctx));
 * book.update(b -> b.decide(id, DossierCommand.Transfer.of(head, "for signature"), ctx));
 * book.get().heldTooLong(instant);   // files to chase
 * }</pre>
 *
 * <p>A host keeps a book across restarts in either of two ways, or both: it stores the events of
 * every accepted decision ({@link Change#events()}) and rebuilds the book with {@link #replay}, or
 * it stores a {@link #snapshot()} and {@link #restore restores} it; a snapshot plus the events
 * after it, applied with {@link #evolve}, gives the same book. Either way the book rebuilt equals
 * the book the decisions produced.
 *
 * <p>When the rules' policy has a {@linkplain DossierPolicy#numbering() numbering scheme}, the book
 * numbers the dossiers it opens and keeps the counters (in its snapshot, and rebuilt by a replay).
 *
 * <p>Queries scan the book and return unmodifiable lists ordered by dossier id. Immutable and
 * thread-safe; equal when the rules, the counters and every dossier are equal.
 */
public final class DossierBook {
    private final DossierRules rules;
    /** The counters of the policy's numbering scheme; null when the host numbers dossiers. */
    private final Numbering numbering;
    private final TreeMap<DossierId, Dossier> byId;
    private final TreeMap<ReferenceNumber, DossierId> byReference;

    private DossierBook(DossierRules rules, Numbering numbering, TreeMap<DossierId, Dossier> byId,
                        TreeMap<ReferenceNumber, DossierId> byReference) {
        this.rules = rules;
        this.numbering = numbering;
        this.byId = byId;
        this.byReference = byReference;
    }

    /**
     * {@return an empty book deciding with {@code rules}; its counters start at 1 if the rules number dossiers}
     *
     * @param rules the rules the book decides with, and the policy whose numbering scheme it keeps counters
     *     for; not null
     */
    public static DossierBook empty(DossierRules rules) {
        return new DossierBook(Objects.requireNonNull(rules, "rules"),
                rules.policy().numbering().map(Numbering::of).orElse(null),
                TreeMap.empty(Comparator.<DossierId>naturalOrder()),
                TreeMap.empty(Comparator.<ReferenceNumber>naturalOrder()));
    }

    /**
     * What an accepted decision on the book produced.
     *
     * @param book the book after the decision: the state to store, with the whole dossier
     *     ({@link #get})
     * @param dossier the dossier after the decision as the actor may see it: its content is present
     *     only if the actor's clearance permits it, as {@link DossierView#of} shows it
     * @param events what happened to it (see {@link DossierEvent} for what they carry)
     */
    public record Change(DossierBook book, DossierView dossier, List<DossierEvent> events) implements Outcome<DossierBook> {
        /** The book after the decision, as {@link Outcome#state()}: the same as {@link #book()}. */
        @Override
        public DossierBook state() {
            return book;
        }

        /**
         * A change.
         *
         * @param book the book after the decision: the state to store, with the whole dossier
         *     ({@link #get})
         * @param dossier the dossier after the decision as the actor may see it: its content is present
         *     only if the actor's clearance permits it, as {@link DossierView#of} shows it
         * @param events what happened to it (see {@link DossierEvent} for what they carry)
         */
        public Change {
            Objects.requireNonNull(book, "book");
            Objects.requireNonNull(dossier, "dossier");
            events = List.copyOf(events);
        }
    }

    /** {@return the rules the book decides with} */
    public DossierRules rules() {
        return rules;
    }

    /**
     * Opens a dossier in the book. When the rules' {@link DossierPolicy#numbering() policy} has a
     * numbering scheme, the book gives the dossier the next number of its series, as a register
     * numbers mail: the command carries no reference number, and the counters, part of the book,
     * move only when the dossier is opened (numbers stay unique and gapless, also through a
     * {@link org.aso.core.kernel.SharedState}). Otherwise the command carries the host's number.
     *
     * <pre>{@code
     * DossierBook.Change c = book.update(b -> b.open(OpenDossier.builder().id(id).title("Appointment")
     *         .classification(ClassificationCode.of("C-15012")).ownerUnit(OrgUnitId.of("JTSECY"))
     *         .holder(officer).build(), ctx)).get();
     * c.dossier().reference();   // C-15012/1/2026-JTSECY with NumberingScheme.indianFileNumber()
     * }</pre>
     *
     * @param cmd what to open
     * @param ctx when, by whom, with what clearance
     * @return {@code dossier.open.duplicate-id} or {@code dossier.open.duplicate-reference} if the
     *     book already has that id or reference number (the same place in the same series, as
     *     {@link ReferenceNumber#compareTo} orders them); {@code dossier.open.reference-given} if the
     *     book numbers dossiers and the command has a number, {@code dossier.open.no-reference} if
     *     it does not and the command has none; the scheme's {@code numbering.request.*} problem;
     *     any refusal of {@link DossierRules#open}; or the change
     */
    public Either<Problem, Change> open(OpenDossier cmd, Context ctx) {
        Objects.requireNonNull(cmd, "cmd");
        Objects.requireNonNull(ctx, "ctx");
        if (byId.containsKey(cmd.id())) {
            return Either.left(Problem.of("dossier.open.duplicate-id", "The book already has dossier " + cmd.id())
                    .with("dossier", cmd.id()));
        }
        if (numbering == null || !Limits.contains(ctx.at())) {
            return openAs(cmd, ctx, numbering);
        }
        if (cmd.reference().isPresent()) {
            return Either.left(Problem.of("dossier.open.reference-given",
                            "The book numbers its dossiers: dossier " + cmd.id() + " comes without a reference number")
                    .with("dossier", cmd.id()).with("reference", cmd.reference().get()));
        }
        NumberRequest request = NumberRequest.on(rules.day(ctx.at())).withCode(cmd.ownerUnit().value())
                .withClassification(cmd.classification().value());
        return numbering.next(request).flatMap(issued -> openAs(cmd.withReference(issued.number()), ctx,
                issued.numbering()));
    }

    private Either<Problem, Change> openAs(OpenDossier cmd, Context ctx, Numbering after) {
        if (cmd.reference().isPresent()) {
            Optional<DossierId> sameReference = byReference.get(cmd.reference().get()).toJavaOptional();
            if (sameReference.isPresent()) {
                return Either.left(Problem.of("dossier.open.duplicate-reference",
                                "Reference " + cmd.reference().get() + " is already used by dossier "
                                        + sameReference.get())
                        .with("reference", cmd.reference().get()).with("dossier", sameReference.get()));
            }
        }
        return rules.open(cmd, ctx).map(o -> new Change(withCounters(after).with(o.dossier()), o.view(), o.events()));
    }

    /**
     * Decides a command on the dossier {@code id}.
     *
     * @param id the dossier's id
     * @param cmd the command
     * @param ctx when, by whom, with what clearance
     * @return {@code dossier.unknown} if the book has no such dossier, any refusal of
     *     {@link DossierRules#decide}, or the change
     */
    public Either<Problem, Change> decide(DossierId id, DossierCommand cmd, Context ctx) {
        Optional<Dossier> d = get(id);
        if (d.isEmpty()) {
            return Either.left(Problem.of("dossier.unknown", "There is no dossier " + id).with("dossier", id));
        }
        return rules.decide(d.get(), cmd, ctx).map(this::apply);
    }

    private Change apply(DossierOutcome o) {
        return new Change(with(o.dossier()), o.view(), o.events());
    }

    // ------------------------------------------------------------- events and snapshots

    /**
     * The book after one more event, as a host that stores events rebuilds it: an
     * {@link DossierEvent.Opened} adds a dossier, any other event changes the dossier it names
     * exactly as the decision that emitted it did. The event is applied as a fact: the rules of its
     * decision (clearance, policy, filing plan) are not checked again, only that it fits.
     *
     * @param event the next event
     * @return the book after the event, or {@code dossier.replay.inconsistent} (details
     *     {@code dossier}, {@code action}) if the event does not fit: an opening of an id or a
     *     reference number already in the book, an event for a dossier not in it, an event dated
     *     before the dossier's last change, out of the dossier's lifecycle (closing a closed dossier,
     *     filing in an archived one, anything after disposal), out of numbering (an item, action item
     *     or volume that is not the next one), naming another holder or classification than the
     *     dossier's, or, when the book numbers dossiers, an opening whose reference is not the next
     *     number of its series (the counters move as the opening moved them)
     */
    public Either<Problem, DossierBook> evolve(DossierEvent event) {
        Objects.requireNonNull(event, "event");
        if (event instanceof DossierEvent.Opened opened) {
            if (byId.containsKey(opened.dossier())) {
                return Either.left(DossierHistory.inconsistent(event, "the book already has it"));
            }
            Optional<DossierId> sameReference = byReference.get(opened.reference()).toJavaOptional();
            if (sameReference.isPresent()) {
                return Either.left(DossierHistory.inconsistent(event,
                        "reference " + opened.reference() + " is already used by dossier " + sameReference.get()));
            }
            Numbering after = numbering;
            if (numbering != null) {
                ReferenceNumber given = opened.reference();
                long expected = numbering.last(given.series()) + 1;
                if (given.sequence() != expected) {
                    return Either.left(DossierHistory.inconsistent(event, "reference " + given
                            + " is not the next number of series " + given.series() + ", which is " + expected));
                }
                after = numbering.after(given);
            }
            return DossierHistory.open(opened).map(withCounters(after)::with);
        }
        Optional<Dossier> d = get(event.dossier());
        if (d.isEmpty()) {
            return Either.left(DossierHistory.inconsistent(event, "the book has no such dossier"));
        }
        return DossierHistory.evolve(d.get(), event).map(this::with);
    }

    /**
     * The book that {@code events} describe, oldest first, from an empty book deciding with
     * {@code rules}: the events of many dossiers, each dossier's own in the order they happened (the
     * events of different dossiers may interleave in any way), each dossier's opening first.
     * Replaying the events of the decisions taken on a book gives back that book, equal to it.
     *
     * <pre>{@code
     * DossierBook book = DossierBook.replay(rules, store.loadAll())
     *         .getOrElseThrow(p -> new IllegalStateException(p.toString()));
     * }</pre>
     *
     * <p>Costs one {@link #evolve} per event: time grows with the number of events, times the
     * logarithm of the number of dossiers. A host with long histories restores a
     * {@link #snapshot()} and replays only the events after it.
     *
     * @param rules the rules the book decides with afterwards
     * @param events the events, oldest first
     * @return the book, or the first event that does not fit ({@link #evolve}) as a
     *     {@code dossier.replay.inconsistent} problem with its {@code index} (from 0) in
     *     {@code events}
     */
    public static Either<Problem, DossierBook> replay(DossierRules rules, Iterable<? extends DossierEvent> events) {
        Objects.requireNonNull(events, "events");
        DossierBook book = empty(rules);
        int index = 0;
        for (DossierEvent e : events) {
            Either<Problem, DossierBook> next = book.evolve(e);
            if (next.isLeft()) {
                return Either.left(next.getLeft().with("index", index));
            }
            book = next.get();
            index++;
        }
        return Either.right(book);
    }

    /**
     * {@return the book's contents, every dossier by id and the counters of its numbering scheme (empty when
     * the host numbers dossiers), to store and {@link #restore} later}
     */
    public DossierBookSnapshot snapshot() {
        return new DossierBookSnapshot(all(), counters());
    }

    /**
     * The counters of the book's numbering scheme: each series with its last number given; empty
     * when the host numbers dossiers.
     *
     * @return an unmodifiable map from series to last number
     */
    public Map<String, Long> counters() {
        return numbering == null ? Map.of() : numbering.snapshot();
    }

    /**
     * The book holding the dossiers of {@code snapshot}, deciding with {@code rules}, if they keep the
     * invariants that the decisions keep; equal to the book the snapshot was taken of.
     *
     * <p>A {@link Dossier} value already keeps its own structure (see its class comment). Checked
     * here, every problem reported at once:
     * <ul>
     *   <li>{@code dossier.restore.duplicate-id}: two dossiers with one id (details
     *       {@code dossier});
     *   <li>{@code dossier.restore.duplicate-reference}: two dossiers with one reference number, the
     *       same place in the same series (details {@code reference}, {@code dossier},
     *       {@code other});
     *   <li>{@code kernel.range.instant}: a dossier opened or last changed outside the supported
     *       range (details as {@link org.aso.core.kernel.Limits#checkInstant}, and {@code dossier});
     *   <li>{@code dossier.restore.time-inconsistent}: an instant of the dossier (an item, action
     *       item, volume, closing, legal hold or disposal) before its opening or after its last
     *       change, items, action items or volumes out of time order, or a disposal before the
     *       closing (details {@code dossier}, {@code field});
     *   <li>{@code dossier.restore.volume-mismatch}: a volume whose item or page count is not that
     *       of the items filed in it, or items out of volume order (details {@code dossier},
     *       {@code volume});
     *   <li>{@code dossier.restore.disposed-under-hold}: a disposed dossier under legal hold
     *       (details {@code dossier});
     *   <li>when the rules number dossiers: {@code dossier.restore.bad-counter}, a counter below 0
     *       (details {@code series}, {@code counter}); {@code dossier.restore.counter-behind}, a
     *       dossier whose number is above the counter of its series, which would give it again
     *       (details {@code dossier}, {@code reference}, {@code series}, {@code counter}). The
     *       counters of a snapshot are ignored when the rules do not number dossiers.
     * </ul>
     * The rules' filing plan and policy are not checked against the dossiers, as a replay does not
     * check them: a plan or volume limits revised since a dossier was filed do not lock it out.
     * Costs time in proportion to the size of the snapshot.
     *
     * @param rules the rules the book decides with afterwards
     * @param snapshot what the host stored
     * @return the book, or every problem found
     */
    public static Either<List<Problem>, DossierBook> restore(DossierRules rules, DossierBookSnapshot snapshot) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(snapshot, "snapshot");
        List<Problem> problems = new ArrayList<>();
        DossierBook book = empty(rules);
        if (book.numbering != null) {
            snapshot.counters().forEach((series, counter) -> {
                if (counter < 0) {
                    problems.add(Problem.of("dossier.restore.bad-counter",
                            "The counter of series " + series + " is below 0: " + counter)
                            .with("series", series).with("counter", counter));
                }
            });
            if (problems.isEmpty()) {
                book = book.withCounters(Numbering.resume(rules.policy().numbering().get(), snapshot.counters()));
            }
        }
        boolean countersValid = problems.isEmpty();
        for (Dossier d : snapshot.dossiers()) {
            if (book.numbering != null && countersValid
                    && d.reference().sequence() > book.numbering.last(d.reference().series())) {
                problems.add(Problem.of("dossier.restore.counter-behind", "Dossier " + d.id() + " has number "
                                + d.reference() + ", above the counter of its series: it would be given again")
                        .with("dossier", d.id()).with("reference", d.reference())
                        .with("series", d.reference().series())
                        .with("counter", book.numbering.last(d.reference().series())));
            }
            problems.addAll(DossierChecks.of(d));
            if (book.byId.containsKey(d.id())) {
                problems.add(Problem.of("dossier.restore.duplicate-id", "Dossier " + d.id() + " is there twice")
                        .with("dossier", d.id()));
                continue;
            }
            Optional<DossierId> other = book.byReference.get(d.reference()).toJavaOptional();
            if (other.isPresent()) {
                problems.add(Problem.of("dossier.restore.duplicate-reference",
                                "Dossiers " + other.get() + " and " + d.id() + " have one reference " + d.reference())
                        .with("reference", d.reference()).with("dossier", d.id()).with("other", other.get()));
                continue;
            }
            book = book.with(d);
        }
        return problems.isEmpty() ? Either.right(book) : Either.left(List.copyOf(problems));
    }

    private DossierBook with(Dossier d) {
        return new DossierBook(rules, numbering, byId.put(d.id(), d), byReference.put(d.reference(), d.id()));
    }

    private DossierBook withCounters(Numbering counters) {
        return new DossierBook(rules, counters, byId, byReference);
    }

    // ------------------------------------------------------------- queries

    /**
     * {@return the dossier with this id}
     *
     * @param id the dossier's id
     */
    public Optional<Dossier> get(DossierId id) {
        return byId.get(id).toJavaOptional();
    }

    /**
     * {@return the dossier with this reference number (same series and place in it)}
     *
     * @param reference the reference number
     */
    public Optional<Dossier> byReference(ReferenceNumber reference) {
        return byReference.get(reference).toJavaOptional().flatMap(this::get);
    }

    /** {@return how many dossiers the book holds} */
    public int size() {
        return byId.size();
    }

    /** {@return every dossier, by id} */
    public List<Dossier> all() {
        return List.copyOf(byId.values().toJavaList());
    }

    /**
     * {@return the dossiers {@code person} has now}
     *
     * @param person the holder
     */
    public List<Dossier> heldBy(PersonId person) {
        return where(d -> d.holder().equals(person));
    }

    /**
     * {@return the dossiers owned by {@code unit}}
     *
     * @param unit the owning unit
     */
    public List<Dossier> ownedBy(OrgUnitId unit) {
        return where(d -> d.ownerUnit().equals(unit));
    }

    /**
     * {@return the dossiers in {@code status}}
     *
     * @param status the status
     */
    public List<Dossier> withStatus(DossierStatus status) {
        return where(d -> d.status() == status);
    }

    /**
     * {@return the dossiers filed under {@code code} or any code below it in the filing plan}
     *
     * @param code the classification code
     */
    public List<Dossier> classifiedUnder(ClassificationCode code) {
        return where(d -> rules.plan().isWithin(d.classification(), code));
    }

    /**
     * {@return the alerts for active dossiers held longer than the policy's holding limit at {@code at}}
     *
     * @param at the instant to judge at
     */
    public List<HoldingAlert> heldTooLong(Instant at) {
        return byId.values().toJavaStream().flatMap(d -> rules.heldTooLong(d, at).stream()).toList();
    }

    /**
     * {@return the archived dossiers whose disposal date has come by {@code on} and that no legal hold keeps}
     *
     * @param on the day to judge on
     */
    public List<Dossier> dueForDisposal(LocalDate on) {
        return where(d -> d.status() == DossierStatus.ARCHIVED && !d.isUnderLegalHold()
                && d.retention().filter(r -> r.isDisposalDue(on)).isPresent());
    }

    private List<Dossier> where(Predicate<Dossier> p) {
        return byId.values().toJavaStream().filter(p).toList();
    }

    /** Equal when the rules, the counters and every dossier are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DossierBook other && rules.equals(other.rules) && byId.equals(other.byId)
                && Objects.equals(numbering, other.numbering);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rules.hashCode() + byId.hashCode()) + Objects.hashCode(numbering);
    }

    @Override
    public String toString() {
        return "DossierBook" + byId.keySet().toJavaList();
    }
}
