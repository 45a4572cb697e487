package org.aso.core.dossier;

import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.aso.core.kernel.Problem;

/**
 * The fold of one dossier's events: what each {@link DossierEvent} does to a {@link Dossier}.
 * The one place where a dossier changes: {@link DossierRules} applies the events it emits here,
 * and {@link DossierBook#replay} applies stored ones, so a decision and its replay cannot differ.
 *
 * <p>An event is applied as a fact: the rules of the decision (clearance, policy, filing plan,
 * dates) are not checked again. What is checked is that the event fits the dossier: its place in
 * the lifecycle, the numbering of volumes, items and action items, the current holder and
 * classification it names, and that it is not dated before the dossier's last change. An event
 * that does not fit is a {@code dossier.replay.inconsistent} problem (details {@code dossier},
 * {@code action}), never an exception. Stateless and thread-safe.
 */
final class DossierHistory {
    /** The reason recorded on the first entry of every movement log. */
    static final String OPENING_REASON = "opened";

    private DossierHistory() {}

    /** The dossier an opening creates, or why the event does not make one. */
    static Either<Problem, Dossier> open(DossierEvent.Opened e) {
        return built(e, () -> Dossier.builder()
                .id(e.dossier()).reference(e.reference()).title(e.title()).subject(e.subjectMatter())
                .classification(e.classification()).ownerUnit(e.ownerUnit())
                .confidentiality(e.confidentiality()).addAllCompartments(e.compartments())
                .openedAt(e.at()).lastChangedAt(e.at())
                .addMovement(Movement.builder().to(e.holder()).at(e.at()).reason(OPENING_REASON).by(e.actor()).build())
                .addVolume(Volume.empty(1, e.at()))
                .addAllTags(e.tags())
                .build());
    }

    /** The dossier after one more event, or why the event does not fit it. */
    static Either<Problem, Dossier> evolve(Dossier state, DossierEvent event) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        Optional<String> misfit = misfit(state, event);
        if (misfit.isPresent()) {
            return Either.left(inconsistent(event, misfit.get()));
        }
        return built(event, () -> applied(state, event).build());
    }

    /** Why {@code event} cannot follow {@code d}, if it cannot. */
    private static Optional<String> misfit(Dossier d, DossierEvent event) {
        if (!event.dossier().equals(d.id())) {
            return why("it is about dossier " + event.dossier() + ", not " + d.id());
        }
        if (event instanceof DossierEvent.Opened) {
            return why("dossier " + d.id() + " is already open");
        }
        if (d.status() == DossierStatus.DISPOSED) {
            return why("dossier " + d.id() + " has been disposed of");
        }
        if (event.at().isBefore(d.lastChangedAt())) {
            return why("it is dated " + event.at() + ", before the dossier's last change at " + d.lastChangedAt());
        }
        boolean editsContent = !(event instanceof DossierEvent.Transferred || event instanceof DossierEvent.Reopened
                || event instanceof DossierEvent.Archived || event instanceof DossierEvent.LegalHoldPlaced
                || event instanceof DossierEvent.LegalHoldLifted || event instanceof DossierEvent.Disposed);
        if (editsContent && !d.isActive()) {
            return why("the dossier is " + d.status() + ": its content no longer changes");
        }
        if (event instanceof DossierEvent.Transferred e) {
            return unless(e.from().equals(d.holder()) && d.status() != DossierStatus.ARCHIVED,
                    "the file is " + d.status() + " with " + d.holder() + ", not with " + e.from());
        } else if (event instanceof DossierEvent.StatusChanged e) {
            return unless(e.from() == d.status() && e.to().isActive(),
                    "the dossier is " + d.status() + "; the event changes " + e.from() + " to " + e.to());
        } else if (event instanceof DossierEvent.VolumeStarted e) {
            return unless(e.volume() == d.volumes().size() + 1,
                    "volume " + e.volume() + " does not follow volume " + d.volumes().size());
        } else if (event instanceof DossierEvent.ItemAdded e) {
            return unless(e.item().number() == d.items().size() + 1 && e.item().volume() == d.volumes().size(),
                    "item " + e.item().number() + " in volume " + e.item().volume() + " does not follow item "
                            + d.items().size() + " in volume " + d.volumes().size());
        } else if (event instanceof DossierEvent.ActionItemAdded e) {
            return unless(e.item().number() == d.actions().size() + 1 && e.item().isOpen(),
                    "open action item " + e.item().number() + " does not follow " + d.actions().size());
        } else if (event instanceof DossierEvent.ActionItemCompleted e) {
            return unless(d.action(e.number()).filter(ActionItem::isOpen).isPresent(),
                    "there is no open action item " + e.number());
        } else if (event instanceof DossierEvent.Reclassified e) {
            return unless(e.from().equals(d.classification()),
                    "the dossier is filed under " + d.classification() + ", not " + e.from());
        } else if (event instanceof DossierEvent.Reopened || event instanceof DossierEvent.Archived) {
            return unless(d.status() == DossierStatus.CLOSED, "the dossier is " + d.status() + ", not CLOSED");
        } else if (event instanceof DossierEvent.LegalHoldPlaced) {
            return unless(d.legalHold().isEmpty(), "a legal hold already stands");
        } else if (event instanceof DossierEvent.LegalHoldLifted) {
            return unless(d.legalHold().isPresent(), "no legal hold stands");
        } else if (event instanceof DossierEvent.Disposed e) {
            return unless(d.status() == DossierStatus.ARCHIVED && d.legalHold().isEmpty()
                            && d.retention().map(RetentionOutcome::action).filter(e.disposal()::equals).isPresent(),
                    "the dossier is " + d.status() + (d.isUnderLegalHold() ? " under legal hold" : "")
                            + ", to be " + d.retention().map(r -> r.action().toString()).orElse("kept") + ", not disposed of by "
                            + e.disposal());
        }
        return Optional.empty();
    }

    /** The changes of {@code event}, which fits {@code state}, as a draft. */
    private static DossierDraft applied(Dossier state, DossierEvent event) {
        DossierDraft d = new DossierDraft(state, event.at());
        if (event instanceof DossierEvent.Transferred e) {
            d.movements.add(Movement.builder().from(e.from()).to(e.to()).at(e.at()).reason(e.reason())
                    .by(e.actor()).build());
        } else if (event instanceof DossierEvent.StatusChanged e) {
            d.status = e.to();
        } else if (event instanceof DossierEvent.VolumeStarted e) {
            d.volumes.add(Volume.empty(e.volume(), e.at()));
        } else if (event instanceof DossierEvent.ItemAdded e) {
            int last = d.volumes.size() - 1;
            d.volumes.set(last, d.volumes.get(last).plus(e.item().pages()));
            d.items.add(e.item());
        } else if (event instanceof DossierEvent.ActionItemAdded e) {
            d.actions.add(e.item());
        } else if (event instanceof DossierEvent.ActionItemCompleted e) {
            ActionItem a = state.action(e.number()).orElseThrow();
            d.actions.set(e.number() - 1, ActionItem.builder()
                    .number(a.number()).description(a.description()).due(a.due()).assignee(a.assignee())
                    .addedAt(a.addedAt()).completedAt(e.at()).completedBy(e.actor())
                    .build());
        } else if (event instanceof DossierEvent.TagsChanged e) {
            d.tags.clear();
            d.tags.addAll(e.tags());
        } else if (event instanceof DossierEvent.Retitled e) {
            d.title = e.title();
            d.subject = e.subjectMatter();
        } else if (event instanceof DossierEvent.Reclassified e) {
            d.classification = e.to();
        } else if (event instanceof DossierEvent.Closed e) {
            d.status = DossierStatus.CLOSED;
            d.closedAt = Optional.of(e.at());
            d.retention = Optional.of(e.retention());
        } else if (event instanceof DossierEvent.Reopened) {
            d.status = DossierStatus.IN_PROGRESS;
            d.closedAt = Optional.empty();
            d.retention = Optional.empty();
        } else if (event instanceof DossierEvent.Archived) {
            d.status = DossierStatus.ARCHIVED;
        } else if (event instanceof DossierEvent.LegalHoldPlaced e) {
            d.legalHold = Optional.of(
                    LegalHold.builder().reason(e.reason()).placedAt(e.at()).placedBy(e.actor()).build());
        } else if (event instanceof DossierEvent.LegalHoldLifted) {
            d.legalHold = Optional.empty();
        } else if (event instanceof DossierEvent.Disposed e) {
            d.status = DossierStatus.DISPOSED;
            d.disposedAt = Optional.of(e.at());
        } else {
            // Opened is refused by misfit; a new record of the sealed family must be handled above
            throw new IllegalStateException("No fold for " + event.getClass().getName());
        }
        return d;
    }

    /** The dossier built by {@code build}, or the structural rule it breaks as an inconsistency. */
    private static Either<Problem, Dossier> built(DossierEvent event, Supplier<Dossier> build) {
        try {
            return Either.right(build.get());
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Either.left(inconsistent(event, e.getMessage()));
        }
    }

    /** The problem of an event that does not fit. */
    static Problem inconsistent(DossierEvent event, String why) {
        return Problem.of("dossier.replay.inconsistent",
                        "Event " + event.action() + " does not fit dossier " + event.dossier() + ": " + why)
                .with("dossier", event.dossier()).with("action", event.action());
    }

    private static Optional<String> why(String reason) {
        return Optional.of(reason);
    }

    private static Optional<String> unless(boolean fits, String reason) {
        return fits ? Optional.empty() : Optional.of(reason);
    }
}
