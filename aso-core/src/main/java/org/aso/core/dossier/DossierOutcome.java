package org.aso.core.dossier;

import java.util.List;
import java.util.Objects;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Outcome;

/**
 * What an accepted decision produced: the new dossier, the events that explain the change, in
 * the order they happened (at least one), and the dossier as the actor of the decision may see it.
 *
 * <pre>{@code
 * DossierOutcome o = rules.decide(dossier, cmd, ctx).get();
 * store.save(o.dossier(), o.events());   // the state: whole
 * show(ctx.actor(), o.view());           // what the actor may see: content only if cleared
 * }</pre>
 *
 * <p>A decision such as a transfer may be taken by someone not cleared for the content, so the
 * outcome keeps the two apart: {@code dossier} is the state for the host to store, not for
 * display; {@code view} is what may be handed back to the actor.
 *
 * @param dossier the dossier after the decision, whole: the state to store
 * @param events what happened, never empty (see {@link DossierEvent} for what they carry)
 * @param view the dossier after the decision as the actor may see it ({@link DossierView#of}
 *     with the actor's clearance): its content is present only if the actor is cleared for it
 */
public record DossierOutcome(Dossier dossier, List<DossierEvent> events, DossierView view) implements Outcome<Dossier> {
    /** The dossier after the decision, as {@link Outcome#state()}: the same as {@link #dossier()}. */
    @Override
    public Dossier state() {
        return dossier;
    }

    /**
     * An outcome.
     *
     * @param dossier the dossier after the decision, whole
     * @param events what happened
     * @param view the dossier as the actor may see it
     * @throws IllegalArgumentException if there is no event, or the view is of another dossier
     */
    public DossierOutcome {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(view, "view");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A decision that changes a dossier says what happened");
        }
        if (!view.id().equals(dossier.id())) {
            throw new IllegalArgumentException("The view of " + view.id() + " is not of dossier " + dossier.id());
        }
    }

    /** An outcome whose view shows no more than public information, until {@link #shownTo} says to whom. */
    DossierOutcome(Dossier dossier, List<DossierEvent> events) {
        this(dossier, events, DossierView.of(dossier, Clearance.none()));
    }

    /** The same outcome, viewed by someone with {@code clearance}. */
    DossierOutcome shownTo(Clearance clearance) {
        return new DossierOutcome(dossier, events, DossierView.of(dossier, clearance));
    }
}
