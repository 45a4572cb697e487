package org.aso.core.agenda.slots;

import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * Someone a slot is looked for: required (the slot must be free for them) or optional (their
 * absence lowers the slot's confidence and is reported), with a weight in the overall confidence.
 *
 * <pre>{@code
 * SlotAttendee.required(director);
 * SlotAttendee.optional(alice).withWeight(0.5);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SlotAttendee {
    SlotAttendee() {}

    /** {@return the person who should attend} */
    @Value.Parameter
    public abstract PersonId person();

    /** {@return true if the slot must be free for them} */
    @Value.Parameter
    public abstract boolean required();

    /** {@return their weight in the overall confidence (positive); 1 unless given} */
    @Value.Default
    public double weight() {
        return 1.0;
    }

    /**
     * {@return a required attendee of weight 1}
     *
     * @param person the attendee the slot must be free for; not null
     */
    public static SlotAttendee required(PersonId person) {
        return ImmutableSlotAttendee.of(person, true);
    }

    /**
     * {@return an optional attendee of weight 1}
     *
     * @param person an attendee who may miss the slot, lowering its confidence; not null
     */
    public static SlotAttendee optional(PersonId person) {
        return ImmutableSlotAttendee.of(person, false);
    }

    /**
     * {@return the same attendee with another weight}
     *
     * @param weight their weight in the overall confidence: positive and finite
     */
    public abstract SlotAttendee withWeight(double weight);

    @Value.Check
    void check() {
        if (!(weight() > 0) || Double.isInfinite(weight())) {
            throw new IllegalArgumentException("An attendee's weight is positive and finite: " + weight());
        }
    }
}
