package org.aso.core.agenda.recurrence;

import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.RoomId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * A change to one occurrence of a series (an iCalendar override with a {@code RECURRENCE-ID}):
 * moved to another time, cancelled, held in another room or under another title, and the answers
 * attendees gave for this occurrence alone. What is not changed stays as the series says.
 *
 * <pre>{@code
 * OccurrenceChange.cancelled();
 * OccurrenceChange.movedTo(Interval.of(newStart, Duration.ofHours(1)));
 * OccurrenceChange.builder().room(RoomId.of("B2-301")).title("Budget review (room change)").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OccurrenceChange {
    OccurrenceChange() {}

    /** {@return the new time of the occurrence, if it was moved} */
    public abstract Optional<Interval> movedTo();

    /** {@return true if the occurrence does not take place} */
    @Value.Default
    public boolean isCancelled() {
        return false;
    }

    /** {@return another room for this occurrence} */
    public abstract Optional<RoomId> room();

    /** {@return another title for this occurrence} */
    public abstract Optional<String> title();

    /**
     * {@return the answers given for this occurrence alone, by attendee (an attendee not listed
     * answers as for the whole series); never {@link Attendee.Response#DELEGATED}: a delegation is
     * for the whole meeting}
     */
    public abstract Map<PersonId, Attendee.Response> responses();

    /**
     * {@return this change with one more answer for the occurrence, replacing the attendee's earlier one}
     *
     * @param person the attendee; not null
     * @param response the answer, not {@link Attendee.Response#DELEGATED}; not null
     * @throws IllegalArgumentException for a {@code DELEGATED} answer
     */
    public OccurrenceChange withResponse(PersonId person, Attendee.Response response) {
        Map<PersonId, Attendee.Response> all = new LinkedHashMap<>(responses());
        all.put(Objects.requireNonNull(person, "person"), Objects.requireNonNull(response, "response"));
        return builder().movedTo(movedTo()).isCancelled(isCancelled()).room(room()).title(title()).putAllResponses(all)
                .build();
    }

    /** {@return the change "this occurrence is cancelled"} */
    public static OccurrenceChange cancelled() {
        return builder().isCancelled(true).build();
    }

    /**
     * {@return the change "this occurrence takes place at {@code when}"}
     *
     * @param when the new time of the occurrence; not null
     */
    public static OccurrenceChange movedTo(Interval when) {
        return builder().movedTo(when).build();
    }

    /**
     * {@return the change "this occurrence is held in {@code room}"}
     *
     * @param room the room it is held in instead of the series' room; not null
     */
    public static OccurrenceChange inRoom(RoomId room) {
        return builder().room(room).build();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OccurrenceChange}; every attribute is optional. */
    public static class Builder extends ImmutableOccurrenceChange.Builder {}

    @Value.Check
    void check() {
        if (title().isPresent() && title().get().isBlank()) {
            throw new IllegalArgumentException("A changed title must not be blank");
        }
        if (responses().containsValue(Attendee.Response.DELEGATED)) {
            throw new IllegalArgumentException("A delegation is for the whole meeting, not one occurrence");
        }
    }
}
