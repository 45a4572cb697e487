package org.aso.core.dossier;

import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.ReferenceNumber;

/**
 * The dossiers of a section, as one immutable value: dossiers by id with their
 * {@link DossierRules}, the decisions applied through the book, and the usual queries. Hosts that
 * keep dossiers in one JVM hold a book in a {@link org.aso.core.kernel.SharedState}, so that
 * concurrent decisions on the same dossier each see the previous one's result:
 *
 * <pre>{@code
 * SharedState<DossierBook> book = SharedState.of(DossierBook.empty(rules));
 * book.update(b -> b.open(openCommand, ctx), DossierBook.Change::book);
 * book.update(b -> b.decide(id, DossierCommand.Transfer.of(head, "for signature"), ctx),
 *         DossierBook.Change::book);
 * book.get().heldTooLong(instant);   // files to chase
 * }</pre>
 *
 * <p>Queries scan the book and return unmodifiable lists ordered by dossier id. Immutable and
 * thread-safe.
 */
public final class DossierBook {
    private final DossierRules rules;
    private final TreeMap<DossierId, Dossier> byId;
    private final TreeMap<ReferenceNumber, DossierId> byReference;

    private DossierBook(DossierRules rules, TreeMap<DossierId, Dossier> byId,
                        TreeMap<ReferenceNumber, DossierId> byReference) {
        this.rules = rules;
        this.byId = byId;
        this.byReference = byReference;
    }

    /** An empty book deciding with {@code rules}. */
    public static DossierBook empty(DossierRules rules) {
        return new DossierBook(Objects.requireNonNull(rules, "rules"),
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
    public record Change(DossierBook book, DossierView dossier, List<DossierEvent> events) {
        /** A change. */
        public Change {
            Objects.requireNonNull(book, "book");
            Objects.requireNonNull(dossier, "dossier");
            events = List.copyOf(events);
        }
    }

    /** The rules the book decides with. */
    public DossierRules rules() {
        return rules;
    }

    /**
     * Opens a dossier in the book.
     *
     * @return {@code dossier.open.duplicate-id} or {@code dossier.open.duplicate-reference} if the
     *     book already has that id or reference number (the same place in the same series, as
     *     {@link ReferenceNumber#compareTo} orders them), any refusal of {@link DossierRules#open},
     *     or the change
     */
    public Either<Problem, Change> open(OpenDossier cmd, Context ctx) {
        if (byId.containsKey(cmd.id())) {
            return Either.left(Problem.of("dossier.open.duplicate-id", "The book already has dossier " + cmd.id())
                    .with("dossier", cmd.id()));
        }
        Optional<DossierId> sameReference = byReference.get(cmd.reference()).toJavaOptional();
        if (sameReference.isPresent()) {
            return Either.left(Problem.of("dossier.open.duplicate-reference",
                            "Reference " + cmd.reference() + " is already used by dossier " + sameReference.get())
                    .with("reference", cmd.reference()).with("dossier", sameReference.get()));
        }
        return rules.open(cmd, ctx).map(this::apply);
    }

    /**
     * Decides a command on the dossier {@code id}.
     *
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
        Dossier d = o.dossier();
        DossierBook next = new DossierBook(rules, byId.put(d.id(), d), byReference.put(d.reference(), d.id()));
        return new Change(next, o.view(), o.events());
    }

    /** The dossier with this id. */
    public Optional<Dossier> get(DossierId id) {
        return byId.get(id).toJavaOptional();
    }

    /** The dossier with this reference number (same series and place in it). */
    public Optional<Dossier> byReference(ReferenceNumber reference) {
        return byReference.get(reference).toJavaOptional().flatMap(this::get);
    }

    /** How many dossiers the book holds. */
    public int size() {
        return byId.size();
    }

    /** Every dossier, by id. */
    public List<Dossier> all() {
        return List.copyOf(byId.values().toJavaList());
    }

    /** The dossiers {@code person} has now. */
    public List<Dossier> heldBy(PersonId person) {
        return where(d -> d.holder().equals(person));
    }

    /** The dossiers owned by {@code unit}. */
    public List<Dossier> ownedBy(OrgUnitId unit) {
        return where(d -> d.ownerUnit().equals(unit));
    }

    /** The dossiers in {@code status}. */
    public List<Dossier> withStatus(DossierStatus status) {
        return where(d -> d.status() == status);
    }

    /** The dossiers filed under {@code code} or any code below it in the filing plan. */
    public List<Dossier> classifiedUnder(ClassificationCode code) {
        return where(d -> rules.plan().isWithin(d.classification(), code));
    }

    /** The alerts for active dossiers held longer than the policy's holding limit at {@code at}. */
    public List<HoldingAlert> heldTooLong(Instant at) {
        return byId.values().toJavaStream().flatMap(d -> rules.heldTooLong(d, at).stream()).toList();
    }

    /** The archived dossiers whose disposal date has come by {@code on} and that no legal hold keeps. */
    public List<Dossier> dueForDisposal(LocalDate on) {
        return where(d -> d.status() == DossierStatus.ARCHIVED && !d.isUnderLegalHold()
                && d.retention().filter(r -> r.isDisposalDue(on)).isPresent());
    }

    private List<Dossier> where(Predicate<Dossier> p) {
        return byId.values().toJavaStream().filter(p).toList();
    }

    @Override
    public String toString() {
        return "DossierBook" + byId.keySet().toJavaList();
    }
}
