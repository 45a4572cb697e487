package org.aso.core.kernel;

/**
 * What an accepted decision produced, seen from the state it changed: every decision outcome of
 * core ({@code Register.Registered}, {@code Register.Change}, {@code DossierBook.Change},
 * {@code Agenda.Change}, {@code NoticeLog.Change}, {@code EscalationRound}, {@code Numbering.Issued},
 * ...) implements it, so that a {@link SharedState} can install the new state without being told
 * where it is:
 *
 * <pre>{@code
 * SharedState<Register> general = SharedState.of(Register.of(settings));
 * Either<Problem, Register.Registered> r = general.update(reg -> reg.register(letter, ctx));
 * }</pre>
 *
 * <p>Outcomes keep their own named accessors ({@code register()}, {@code book()}, {@code agenda()});
 * {@link #state()} returns the same value under one name, and {@link #events()} the events that
 * explain the change, which a durable store (aso-store) appends to the aggregate's history.
 *
 * @param <S> the type of the state the decision was taken on
 */
public interface Outcome<S> {
    /** {@return the state after the decision: the one it was taken on with the decision applied; never null} */
    S state();

    /**
     * {@return the events the decision recorded, oldest first: applying them to the state the decision
     * was taken on (each aggregate's {@code evolve}) gives {@link #state()}; empty when the decision
     * changed nothing that is kept (a {@code Numbering.Issued} has none: its numbering is kept by the
     * register or book that issued the number); never null}
     */
    java.util.List<? extends DomainEvent> events();
}
