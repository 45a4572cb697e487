package org.aso.docs;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.kernel.PersonId;

/**
 * A meeting's agenda, sent as its notice (convocation), or, with {@link #asAttendanceSheet()}, its
 * attendance sheet: day and time in the meeting's zone, place, who is invited, the items with their
 * presenter and time, the documents to prepare.
 *
 * @param meeting the meeting
 * @param place where it is held (a room's name, an address), shown as given; the online link is added
 * @param names the people's names to print, by id (an id without a name prints as itself)
 * @param attendanceSheet true for the attendance sheet (feuille d'émargement), false for the notice
 */
public record MeetingAgenda(Meeting meeting, String place, Map<PersonId, String> names, boolean attendanceSheet)
        implements Draft {
    /**
     * Checks the components and copies the map.
     *
     * @param meeting the meeting
     * @param place the place
     * @param names the names
     * @param attendanceSheet whether it is the attendance sheet
     */
    public MeetingAgenda {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(place, "place");
        names = Map.copyOf(names);
    }

    /** {@return the attendance sheet of the same meeting} */
    public MeetingAgenda asAttendanceSheet() {
        return new MeetingAgenda(meeting, place, names, true);
    }

    @Override
    public DocumentKind kind() {
        return attendanceSheet ? DocumentKind.ATTENDANCE_SHEET : DocumentKind.MEETING_AGENDA;
    }

    @Override
    public String title() {
        return meeting.title();
    }

    @Override
    public Map<String, Object> values(Locale locale) {
        Map<String, Object> v = Texts.meetingHead(meeting, locale);
        v.put("place", place);
        v.put("online", meeting.onlineLink().orElse(""));
        v.put("chair", name(meeting.organizer()));
        v.put("attendees", meeting.attendees().stream().map(a -> Map.of("name", name(a.person()),
                "role", Texts.labels(locale).getOrDefault("role." + a.role().name(), a.role().name()),
                "required", a.role() != Attendee.Role.OPTIONAL)).toList());
        v.put("items", meeting.agenda().stream().map(i -> Map.of("title", i.title(),
                "presenter", i.presenter().map(this::name).orElse(""), "minutes", String.valueOf(i.plannedMinutes()))).toList());
        v.put("documents", meeting.documents());
        return java.util.Collections.unmodifiableMap(v);
    }

    private String name(PersonId id) {
        return names.getOrDefault(id, id.value());
    }
}
