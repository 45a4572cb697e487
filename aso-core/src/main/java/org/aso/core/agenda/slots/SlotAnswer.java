package org.aso.core.agenda.slots;

import java.util.List;
import org.immutables.value.Value;

/**
 * The answer of {@link SlotFinder}: ranked suggestions, or, when nothing fits, why (the
 * blockers) and what to change (the relaxations).
 *
 * <pre>{@code
 * SlotAnswer a = SlotFinder.find(agenda, availabilities, request, now).get();
 * if (a.isFound()) {
 *     a.suggestions().get(0).interval();
 * } else {
 *     a.blockers();       // "p-2 is free in working hours for 0 of 96 candidate starts"
 *     a.relaxations();    // MakeOptional[person=p-2, slots=24, ...], Shorten[length=PT30M, slots=4, ...]
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SlotAnswer {
    SlotAnswer() {}

    /**
     * {@return the suggestions, earliest first; empty when nothing fits} Distinct choices come first: no
     * two overlap unless the window holds no other feasible slot (see {@link SlotFinder}).
     */
    public abstract List<Suggestion> suggestions();

    /** {@return when nothing fits: the constraints, those that leave fewest starts open first} */
    public abstract List<Blocker> blockers();

    /** {@return when nothing fits: the changes that would give slots, each with its count} */
    public abstract List<Relaxation> relaxations();

    /** {@return true if at least one slot was found} */
    public boolean isFound() {
        return !suggestions().isEmpty();
    }
}
