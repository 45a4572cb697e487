package org.aso.core.dossier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rebuilds dossiers from their events, for hosts that store events rather than state:
 * {@code replay(events)} gives the dossier that the decisions producing those events returned.
 *
 * <pre>{@code
 * List<DossierEvent> stored = eventStore.load(id);      // DossierEvent.Opened first
 * Dossier d = DossierHistory.replay(stored);
 * Dossier next = DossierHistory.evolve(d, newEvent);
 * }</pre>
 *
 * <p>Events are applied as facts: the rules were checked when they were decided, and are not
 * checked again; only the structure of the resulting dossier is. Stateless and thread-safe.
 */
public final class DossierHistory {
    private DossierHistory() {}

    /**
     * The dossier described by {@code events}, oldest first.
     *
     * @throws IllegalArgumentException if the list is empty, does not start with a
     *     {@link DossierEvent.Opened}, or holds an event of another dossier or one that does not fit
     */
    public static Dossier replay(List<? extends DossierEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof DossierEvent.Opened opened)) {
            throw new IllegalArgumentException("A dossier's history starts with DossierEvent.Opened: " + events);
        }
        Dossier d = opened(opened);
        for (DossierEvent e : events.subList(1, events.size())) {
            d = evolve(d, e);
        }
        return d;
    }

    /**
     * The dossier after one more event.
     *
     * @throws IllegalArgumentException if the event is about another dossier, is an opening, or
     *     does not fit the dossier (e.g. completes an unknown action item)
     */
    public static Dossier evolve(Dossier state, DossierEvent event) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        if (!event.dossier().equals(state.id())) {
            throw new IllegalArgumentException("Event " + event.action() + " is about " + event.dossier()
                    + ", not " + state.id());
        }
        DossierDraft d = new DossierDraft(state, event.at());
        if (event instanceof DossierEvent.Opened) {
            throw new IllegalArgumentException("Dossier " + state.id() + " is already open");
        } else if (event instanceof DossierEvent.Transferred e) {
            d.movements.add(Movement.builder().from(e.from()).to(e.to()).at(e.at()).reason(e.reason())
                    .by(e.actor()).build());
        } else if (event instanceof DossierEvent.StatusChanged e) {
            d.status = e.to();
        } else if (event instanceof DossierEvent.VolumeStarted e) {
            d.volumes.add(Volume.empty(e.volume(), e.at()));
        } else if (event instanceof DossierEvent.ItemAdded e) {
            Item item = e.item();
            int v = item.volume() - 1;
            if (v < 0 || v >= d.volumes.size()) {
                throw new IllegalArgumentException(
                        "Item " + item.number() + " goes to an unknown volume " + item.volume());
            }
            d.volumes.set(v, d.volumes.get(v).plus(item.pages()));
            d.items.add(item);
        } else if (event instanceof DossierEvent.ActionItemAdded e) {
            d.actions.add(e.item());
        } else if (event instanceof DossierEvent.ActionItemCompleted e) {
            ActionItem a = state.action(e.number()).orElseThrow(() ->
                    new IllegalArgumentException("No action item " + e.number() + " in " + state.id()));
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
        } else if (event instanceof DossierEvent.Disposed) {
            d.status = DossierStatus.DISPOSED;
            d.disposedAt = Optional.of(event.at());
        }
        return d.build();
    }

    private static Dossier opened(DossierEvent.Opened e) {
        return Dossier.builder()
                .id(e.dossier()).reference(e.reference()).title(e.title()).subject(e.subjectMatter())
                .classification(e.classification()).ownerUnit(e.ownerUnit())
                .confidentiality(e.confidentiality()).addAllCompartments(e.compartments())
                .openedAt(e.at()).lastChangedAt(e.at())
                .addMovement(Movement.builder().to(e.holder()).at(e.at()).reason(OPENING_REASON).by(e.actor()).build())
                .addVolume(Volume.empty(1, e.at()))
                .addAllTags(e.tags())
                .build();
    }

    /** The reason recorded on the first entry of every movement log. */
    static final String OPENING_REASON = "opened";
}
