package org.aso.core.agenda;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;

/**
 * What the organizer of a meeting decides: who, where, when (in a time zone), what for and what
 * to prepare. A {@link MeetingRequest} asks for a plan and the {@link Meeting} booked from it
 * holds it, so code that shows, drafts or exports either (an invitation, an agenda, an
 * attendance sheet) can take a {@code MeetingPlan}.
 *
 * <p>The rules a plan follows to be booked ({@link Agenda#book}) are those of a {@link Meeting}:
 * a title of one line, an end after the start in the same zone, each person invited once, texts
 * under the {@link org.aso.core.kernel.Text} rules. Only those two types are plans; both are immutable
 * and thread-safe.
 */
public sealed interface MeetingPlan permits Meeting, MeetingRequest {

    /** {@return the meeting's id} */
    MeetingId id();

    /** {@return its title: one line of at most 300 characters} */
    String title();

    /** {@return who organises it} */
    PersonId organizer();

    /** {@return the invitees, with their roles and answers; the organizer may be one of them} */
    List<Attendee> attendees();

    /** {@return the room, if any} */
    Optional<RoomId> room();

    /** {@return the online link, if any: no spaces or control characters, at most 2,000 characters} */
    Optional<String> onlineLink();

    /** {@return the start, in the meeting's zone; the first occurrence's for a series} */
    ZonedDateTime start();

    /** {@return the end, in the meeting's zone} */
    ZonedDateTime end();

    /** {@return the points of the agenda} */
    List<AgendaItem> agenda();

    /** {@return references of documents to prepare or read, as the host names them} */
    List<String> documents();

    /**
     * {@return what the meeting is about: the dossiers, letters, tasks or documents it concerns, as
     * typed {@link Ref refs}, in the order given; a dossier lists its meetings from them
     * ({@link Agenda#about(Ref)})}
     */
    List<Ref> about();

    /** {@return logistics tasks with their lead times in working days} */
    List<LogisticsItem> logistics();

    /** {@return equipment reserved with it (including spares)} */
    Set<EquipmentId> equipment();

    /**
     * {@return true for an all-day meeting (a seminar day, a closure): it starts and ends at the
     * start of a day in its zone, and calendars show it as whole days, without hours}
     */
    boolean allDay();

    /** {@return the meeting's zone: that of its start} */
    default ZoneId zone() {
        return start().getZone();
    }

    /** {@return when it takes place (its first occurrence, for a series), as an interval of instants} */
    default Interval interval() {
        return Interval.of(start().toInstant(), end().toInstant());
    }

    /** {@return its length (of each occurrence, for a series)} */
    default Duration duration() {
        return Duration.between(start(), end());
    }

    /**
     * {@return the attendee entry of {@code person}, if invited}
     *
     * @param person the person looked for; not null
     */
    default Optional<Attendee> attendee(PersonId person) {
        return attendees().stream().filter(a -> a.person().equals(person)).findFirst();
    }
}
