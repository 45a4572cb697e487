package org.aso.core.agenda.slots;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.RoomId;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * One suggested slot, with its reasons: when, in which room and why that room, the mobile
 * equipment to reserve, and how likely each attendee is to come.
 *
 * <p>Confidence follows the scale of Microsoft Graph's {@code findMeetingTimes}: 100 for a free
 * attendee, 49 for a tentative one or one whose calendar is unknown, 0 for a busy one (busy, out of
 * office, outside their working hours, or within their minimum notice). The overall confidence is
 * the weighted average over all attendees.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Suggestion {
    Suggestion() {}

    /** Confidence of a free attendee. */
    public static final int FREE = 100;
    /** Confidence of a tentative attendee, or of one whose calendar is not known. */
    public static final int TENTATIVE = 49;
    /** Confidence of a busy attendee. */
    public static final int BUSY = 0;

    /** When. */
    public abstract Interval interval();

    /** The room, if the request wanted one. */
    public abstract Optional<RoomId> room();

    /** Why this room (smallest adequate room free then, and which smaller ones were taken). */
    public abstract Optional<String> roomReason();

    /** Mobile equipment to reserve, one item per kind asked for. */
    public abstract List<EquipmentId> equipment();

    /** Each attendee's confidence (0, 49 or 100), in the order of the request. */
    public abstract Map<PersonId, Integer> confidence();

    /** The weighted average of {@link #confidence()}, from 0 to 100. */
    public abstract double overallConfidence();

    /** Optional attendees who cannot come (confidence 0). */
    public abstract List<PersonId> missingOptional();

    /** Sentences a person can read: why this slot, who may not come. */
    public abstract List<String> reasons();
}
