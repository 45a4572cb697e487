package org.aso.core.agenda.slots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.RoomId;
import org.aso.core.internal.Phrasebook;
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

    /** {@return when the meeting would take place, as an interval of instants} */
    public abstract Interval interval();

    /** {@return the room, if the request wanted one} */
    public abstract Optional<RoomId> room();

    /** {@return why this room (smallest adequate room free then, and which smaller ones were taken)} */
    public abstract Optional<String> roomReason();

    /** {@return mobile equipment to reserve, one item per kind asked for} */
    public abstract List<EquipmentId> equipment();

    /** {@return each attendee's confidence (0, 49 or 100), in the order of the request} */
    public abstract Map<PersonId, Integer> confidence();

    /** {@return the weighted average of {@link #confidence()}, from 0 to 100} */
    public abstract double overallConfidence();

    /** {@return optional attendees who cannot come (confidence 0)} */
    public abstract List<PersonId> missingOptional();

    /** {@return sentences a person can read (English, as the finder wrote them): why this slot, who may not come} */
    public abstract List<String> reasons();

    /** {@return how many required attendees are free then (all of them)} */
    public abstract int requiredAttendees();

    /** {@return attendees tentative then (confidence {@link #TENTATIVE}), in the order of the request} */
    public abstract List<PersonId> tentative();

    /** {@return attendees whose calendar is not known then (confidence {@link #TENTATIVE}), in the order of the request} */
    public abstract List<PersonId> calendarUnknown();

    /** {@return the seats the meeting needs, if a room was wanted} */
    public abstract Optional<Integer> seatsNeeded();

    /** {@return the seats of {@link #room()}, if a room was wanted} */
    public abstract Optional<Integer> roomCapacity();

    /** {@return smaller adequate rooms booked or closed then, smallest first} */
    public abstract List<RoomId> smallerRoomsTaken();

    /**
     * {@link #reasons()} for a reader of {@code locale} (French or English; another language gets
     * English), rendered from the typed fields, with their plurals: {@code "Les 3 participants
     * obligatoires sont libres en heures ouvrées"}, {@code "Free in working hours for the 1 required
     * attendee"}. Rooms are named by their id.
     *
     * @param locale the reader's locale
     * @return the sentences, in the order of {@link #reasons()}
     * @throws NullPointerException if {@code locale} is null
     */
    public List<String> reasons(Locale locale) {
        Phrasebook book = Phrasebook.of(locale);
        List<String> out = new ArrayList<>();
        out.add(requiredAttendees() == 0 ? book.text("suggestion.no-required")
                : book.text("suggestion.required-free", requiredAttendees()));
        room().ifPresent(r -> {
            String why = book.text("suggestion.room", r.value(), roomCapacity().orElse(0), seatsNeeded().orElse(0));
            out.add(smallerRoomsTaken().isEmpty() ? why : book.text("suggestion.room.smaller-taken", why,
                    book.and(smallerRoomsTaken().stream().map(RoomId::value).toList())));
        });
        if (!tentative().isEmpty()) {
            out.add(book.text("suggestion.tentative", names(book, tentative())));
        }
        if (!calendarUnknown().isEmpty()) {
            out.add(book.text("suggestion.calendar-unknown", names(book, calendarUnknown())));
        }
        if (!missingOptional().isEmpty()) {
            out.add(book.text("suggestion.optional-missing", missingOptional().size(), names(book, missingOptional())));
        }
        return List.copyOf(out);
    }

    private static String names(Phrasebook book, List<PersonId> people) {
        return book.and(people.stream().map(PersonId::value).toList());
    }
}
