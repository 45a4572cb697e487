package org.aso.benchmarks;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;

/**
 * The one invitation the cold-start programs write: a Paris meeting of 90 minutes with five
 * invitees, a room, a link and three agenda items. {@code benchmarks/coldstart.sh} runs
 * {@link ColdStartAso} and {@link ColdStartIcal4j} as whole processes.
 */
final class ColdStart {
    static final Instant STAMP = Instant.parse("2026-03-02T08:00:00Z");
    static final List<Person> PEOPLE = List.of(
            person("claire", "Claire Lefèvre", "claire.lefevre@example.gouv.fr"),
            person("bob", "Bob Martin", "bob.martin@example.gouv.fr"),
            person("zoe", "Zoé Béranger", "zoe.beranger@example.gouv.fr"),
            person("anais", "Anaïs Doré", "anais.dore@example.gouv.fr"),
            person("mary", "Mary O'Brien", "mary.obrien@example.org"),
            person("hanako", "佐藤 花子", "sato.hanako@example.org"));
    static final List<Room> ROOMS = List.of(Room.builder().id(RoomId.of("R101")).name("Salle Condorcet")
            .building("Bâtiment A – Ségur").floor("3").capacity(12).build());

    private ColdStart() {}

    static Meeting meeting() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, ZoneId.of("Europe/Paris"));
        return Meeting.builder().id(MeetingId.of("copil-2026-03")).title("Comité de pilotage « Transformation numérique »")
                .organizer(PersonId.of("claire")).start(start).end(start.plusMinutes(90))
                .status(Meeting.Status.CONFIRMED).sequence(0)
                .addAttendees(Attendee.of(PersonId.of("claire"), Attendee.Role.CHAIR).withResponse(Attendee.Response.ACCEPTED),
                        Attendee.of(PersonId.of("bob"), Attendee.Role.MINUTE_TAKER),
                        Attendee.of(PersonId.of("zoe"), Attendee.Role.REQUIRED),
                        Attendee.of(PersonId.of("anais"), Attendee.Role.REQUIRED),
                        Attendee.of(PersonId.of("mary"), Attendee.Role.OPTIONAL),
                        Attendee.of(PersonId.of("hanako"), Attendee.Role.FOR_INFORMATION))
                .room(RoomId.of("R101")).onlineLink("https://visio.example.gouv.fr/r/copil")
                .addAgenda(AgendaItem.of("Point d'avancement, écarts et risques", PersonId.of("zoe"), 30),
                        AgendaItem.of("Budget : état des engagements", PersonId.of("anais"), 40),
                        AgendaItem.of("Questions diverses", 20))
                .addDocuments("Note DGA/2026/0117")
                .build();
    }

    private static Person person(String id, String name, String email) {
        return Person.builder().id(PersonId.of(id)).name(name).email(EmailAddress.of(email)).build();
    }
}
