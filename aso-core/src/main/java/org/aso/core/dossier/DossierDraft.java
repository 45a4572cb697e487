package org.aso.core.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A mutable copy of a dossier's changing parts, turned back into a {@link Dossier} in one build,
 * so that a decision that changes several attributes together (status, closing instant and
 * retention; items and volumes) is checked once, in its final state. Package-private: used by
 * {@link DossierHistory} only, one draft per event, never shared.
 */
final class DossierDraft {
    private final Dossier base;
    String title;
    String subject;
    ClassificationCode classification;
    DossierStatus status;
    Instant lastChangedAt;
    final List<Movement> movements;
    final List<Item> items;
    final List<ActionItem> actions;
    final SortedSet<String> tags;
    final List<Volume> volumes;
    Optional<Instant> closedAt;
    Optional<RetentionOutcome> retention;
    Optional<LegalHold> legalHold;
    Optional<Instant> disposedAt;

    DossierDraft(Dossier base, Instant at) {
        this.base = base;
        this.title = base.title();
        this.subject = base.subject();
        this.classification = base.classification();
        this.status = base.status();
        this.lastChangedAt = at;
        this.movements = new ArrayList<>(base.movements());
        this.items = new ArrayList<>(base.items());
        this.actions = new ArrayList<>(base.actions());
        this.tags = new TreeSet<>(base.tags());
        this.volumes = new ArrayList<>(base.volumes());
        this.closedAt = base.closedAt();
        this.retention = base.retention();
        this.legalHold = base.legalHold();
        this.disposedAt = base.disposedAt();
    }

    Dossier build() {
        return Dossier.builder()
                .id(base.id()).reference(base.reference()).title(title).subject(subject)
                .classification(classification).ownerUnit(base.ownerUnit())
                .confidentiality(base.confidentiality()).addAllCompartments(base.compartments())
                .openedAt(base.openedAt())
                .status(status).lastChangedAt(lastChangedAt)
                .addAllMovements(movements).addAllItems(items).addAllActions(actions).addAllTags(tags)
                .addAllVolumes(volumes)
                .closedAt(closedAt).retention(retention).legalHold(legalHold).disposedAt(disposedAt)
                .build();
    }
}
