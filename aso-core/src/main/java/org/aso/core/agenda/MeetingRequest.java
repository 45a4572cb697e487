package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.RecurrenceRule;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to book a meeting.
 *
 * <pre>{@code
 * MeetingRequest req = MeetingRequest.builder()
 *         .id(MeetingId.of("m-42")).title("Comité de pilotage").organizer(officer)
 *         .addAttendees(Attendee.of(director, Attendee.Role.CHAIR), Attendee.of(alice, Attendee.Role.REQUIRED))
 *         .room(RoomId.of("B2-301"))
 *         .start(ZonedDateTime.of(2026, 3, 10, 14, 0, 0, 0, paris)).end(...)
 *         .addEquipment(EquipmentId.of("projector-1"), EquipmentId.of("projector-spare"))
 *         .addLogistics(LogisticsItem.of("Order catering", 3))
 *         .build();
 * }</pre>
 *
 * <p>The fields it shares with the {@link Meeting} booked from it are those of {@link MeetingPlan}.
 * Immutable and thread-safe. Checked by {@link Agenda#book}.
 */
@Value.Immutable
public abstract non-sealed class MeetingRequest implements MeetingPlan {
    MeetingRequest() {}

    /** {@return the rule, to book a series whose first occurrence is {@link #start()}-{@link #end()}} */
    public abstract Optional<RecurrenceRule> recurrence();

    /** {@return true to book it pencilled in} */
    @Value.Default
    public boolean tentative() {
        return false;
    }

    /** {@return true for an all-day meeting: {@link MeetingPlan#allDay()}} */
    @Override
    @Value.Default
    public boolean allDay() {
        return false;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeetingRequest}: id, title, organizer, start and end are required. */
    public static class Builder extends ImmutableMeetingRequest.Builder {}
}
