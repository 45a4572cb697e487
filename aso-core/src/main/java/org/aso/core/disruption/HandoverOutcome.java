package org.aso.core.disruption;

import java.util.List;
import java.util.Objects;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Outcome;
import org.aso.core.priority.Escalation;

/**
 * What a {@link Handover} did: the registers, book and tasks after it, the note, the deputy the
 * escalation now sends the person's notices to, and the events of the aggregates it changed.
 *
 * <p>{@link #events()} are the register's {@code EntryEvent.Redirected} and the book's
 * {@code DossierEvent.Transferred} events, letters first, then dossiers, each in ref order: a host
 * that stores events appends each to its own aggregate's history (tasks have none: the host stores
 * {@code state().tasks()}, and the note records from whom they came). {@link #state()} and the
 * events are for the host to store; {@link #note()} is what the actor may see.
 *
 * @param state the registers, book and tasks after the handover
 * @param note the handover note
 * @param escalation the escalation given, with the deputy named ({@link Escalation#withDeputy})
 * @param events the events of the registers and the book, in the order they were decided
 */
public record HandoverOutcome(HandoverState state, HandoverNote note, Escalation escalation,
                              List<DomainEvent> events) implements Outcome<HandoverState> {

    /**
     * An outcome.
     *
     * @param state the state after; not null
     * @param note the note; not null
     * @param escalation the escalation with the deputy; not null
     * @param events the events; not null, no null element (copied)
     * @throws NullPointerException if an argument or an event is null
     */
    public HandoverOutcome {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(escalation, "escalation");
        events = List.copyOf(events);
    }

    /** {@return who receives the person's notices while they are away: keep it and name it on the escalation the host evaluates} */
    public Escalation.Deputy deputy() {
        return new Escalation.Deputy(note.from(), note.deputy(), note.absence().interval());
    }
}
