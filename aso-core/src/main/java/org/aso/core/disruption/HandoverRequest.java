package org.aso.core.disruption;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.Ref;

/**
 * What a {@link Handover} is asked to do: give the chosen items of a person away to a deputy, for
 * a reason.
 *
 * <pre>{@code
 * HandoverRequest r = HandoverRequest.of(absence, deputy, impact.handOverable(), "Sick leave: files to Marc");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param absence who is away, why and when
 * @param deputy who takes the items over, with the clearance the host's directory gives them (a
 *     file goes only to a deputy cleared for it)
 * @param items the letters, dossiers and tasks to hand over (copied, in {@link Ref} order)
 * @param reason why, recorded with each redirection and transfer: a note
 */
public record HandoverRequest(Absence absence, Person deputy, Set<Ref> items, String reason) {

    /**
     * A request.
     *
     * @param absence who is away; not null
     * @param deputy who takes over; not null
     * @param items what to hand over; not null, no null element
     * @param reason why; not null
     * @throws NullPointerException if an argument or an item is null
     */
    public HandoverRequest {
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(deputy, "deputy");
        Objects.requireNonNull(reason, "reason");
        items = Collections.unmodifiableSet(new TreeSet<>(items));
    }

    /**
     * {@return a request}
     *
     * @param absence who is away; not null
     * @param deputy who takes over; not null
     * @param items what to hand over; not null, no null element
     * @param reason why; not null
     */
    public static HandoverRequest of(Absence absence, Person deputy, Collection<Ref> items, String reason) {
        return new HandoverRequest(absence, deputy, Set.copyOf(items), reason);
    }
}
