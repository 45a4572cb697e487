package org.aso.core.agenda;

import io.vavr.control.Either;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
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
 * <p>Immutable and thread-safe. Checked by {@link Agenda#book}.
 */
@Value.Immutable
public abstract class MeetingRequest {
    MeetingRequest() {}

    /** The new meeting's id. */
    public abstract MeetingId id();

    /** Its title. */
    public abstract String title();

    /** Who organises it. */
    public abstract PersonId organizer();

    /** The invitees. */
    public abstract List<Attendee> attendees();

    /** The room. */
    public abstract Optional<RoomId> room();

    /** The online link. */
    public abstract Optional<String> onlineLink();

    /** The start. */
    public abstract ZonedDateTime start();

    /** The end. */
    public abstract ZonedDateTime end();

    /** The agenda. */
    public abstract List<AgendaItem> agenda();

    /** Documents to prepare. */
    public abstract List<String> documents();

    /** Logistics tasks. */
    public abstract List<LogisticsItem> logistics();

    /** Equipment to reserve (including spares). */
    public abstract Set<EquipmentId> equipment();

    /** The rule, to book a series whose first occurrence is {@link #start()}-{@link #end()}. */
    public abstract Optional<RecurrenceRule> recurrence();

    /** True to book it pencilled in. */
    @Value.Default
    public boolean tentative() {
        return false;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeetingRequest}. */
    public static class Builder extends ImmutableMeetingRequest.Builder {}

    /** The longest title, in characters. */
    static final int MAX_TITLE = 300;
    /** The longest online link, in characters. */
    static final int MAX_LINK = 2_000;

    /**
     * The first text that breaks the {@link Text} rules: the title (one line of at most
     * {@value #MAX_TITLE}), the online link (one line of at most {@value #MAX_LINK}), then each
     * agenda item's title, document and logistics task (titles).
     */
    Optional<Problem> badText() {
        List<Either<Problem, String>> checks = new ArrayList<>();
        checks.add(Text.check("title", title(), Text.Kind.TITLE, MAX_TITLE));
        onlineLink().ifPresent(l -> checks.add(Text.check("online link", l, Text.Kind.TITLE, MAX_LINK)));
        agenda().forEach(i -> checks.add(Text.check("agenda item", i.title(), Text.Kind.TITLE)));
        documents().forEach(d -> checks.add(Text.check("document", d, Text.Kind.TITLE)));
        logistics().forEach(l -> checks.add(Text.check("logistics task", l.task(), Text.Kind.TITLE)));
        return checks.stream().filter(Either::isLeft).findFirst().map(Either::getLeft);
    }
}
