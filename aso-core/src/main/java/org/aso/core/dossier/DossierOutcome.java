package org.aso.core.dossier;

import java.util.List;
import java.util.Objects;

/**
 * What an accepted decision produced: the new dossier and the events that explain the change, in
 * the order they happened (at least one).
 *
 * <pre>{@code
 * rules.decide(dossier, cmd, ctx).map(DossierOutcome::dossier);
 * }</pre>
 *
 * @param dossier the dossier after the decision
 * @param events what happened, never empty
 */
public record DossierOutcome(Dossier dossier, List<DossierEvent> events) {
    /**
     * An outcome.
     *
     * @throws IllegalArgumentException if there is no event
     */
    public DossierOutcome {
        Objects.requireNonNull(dossier, "dossier");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A decision that changes a dossier says what happened");
        }
    }
}
