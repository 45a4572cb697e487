package org.aso.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;

/**
 * People, rooms and meetings for the calendar tests, small and general so every test of the
 * package can use them: an organizer and attendees with accented and Cyrillic names, one person
 * without an address, two rooms, a directory over them, and meetings (single, weekly across the
 * spring clock change, all-day) ready to change with {@code with*}.
 */
final class CalendarFixtures {
    private CalendarFixtures() {}

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant STAMP = Instant.parse("2026-02-20T08:00:00Z");

    static final PersonId ALICE = PersonId.of("alice");
    static final PersonId BRUNO = PersonId.of("bruno");
    static final PersonId CHLOE = PersonId.of("chloe");
    static final PersonId DMITRI = PersonId.of("dmitri");
    static final PersonId NOMAIL = PersonId.of("nomail");
    static final RoomId MARIANNE = RoomId.of("B2-301");
    static final RoomId VOLTAIRE = RoomId.of("B2-101");

    static Person person(PersonId id, String name, String email) {
        Person.Builder b = Person.builder().id(id).name(name);
        if (email != null) {
            b.email(EmailAddress.of(email));
        }
        return b.build();
    }

    /** Alice (organizer), Bruno, Chloé, Дмитрий, and a person without an address. */
    static List<Person> people() {
        return List.of(person(ALICE, "Alice Martin", "alice.martin@example.gouv.fr"),
                person(BRUNO, "Bruno Petit", "bruno.petit@example.gouv.fr"),
                person(CHLOE, "Chloé Lefèvre", "chloe.lefevre@example.gouv.fr"),
                person(DMITRI, "Дмитрий Иванов", "dmitri@example.org"),
                person(NOMAIL, "Sans Adresse", null));
    }

    static List<Room> rooms() {
        return List.of(Room.builder().id(MARIANNE).name("Salle Marianne").building("B2").floor("3").capacity(20).build(),
                Room.builder().id(VOLTAIRE).name("Salle Voltaire").building("B2").capacity(4).build());
    }

    static Ics.Directory directory() {
        return Ics.Directory.of(people(), rooms());
    }

    static Ics ics() {
        return Ics.builder(directory()).uidDomain("example.gouv.fr").build();
    }

    static Ics ics(Locale locale) {
        return Ics.builder(directory()).uidDomain("example.gouv.fr").locale(locale).build();
    }

    static Settings settings() {
        return new Settings(directory(), Locale.ENGLISH, "example.gouv.fr", Ics.Limits.DEFAULT, false);
    }

    /** A one-hour meeting in Paris on Monday 2 March 2026 at 09:30, room Marianne, with three attendees and an agenda. */
    static Meeting single() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 2, 9, 30, 0, 0, PARIS);
        return Meeting.builder().id(MeetingId.of("m-1")).title("Comité de suivi, budget; 2026")
                .organizer(ALICE).start(start).end(start.plusHours(1))
                .status(Meeting.Status.CONFIRMED).sequence(0)
                .addAttendees(Attendee.of(ALICE, Attendee.Role.CHAIR).withResponse(Attendee.Response.ACCEPTED),
                        Attendee.of(BRUNO, Attendee.Role.REQUIRED),
                        Attendee.of(CHLOE, Attendee.Role.OPTIONAL).withResponse(Attendee.Response.TENTATIVE),
                        Attendee.of(DMITRI, Attendee.Role.MINUTE_TAKER))
                .room(MARIANNE).onlineLink("https://visio.example.gouv.fr/m-1")
                .addAgenda(AgendaItem.of("Budget 2026", BRUNO, 20), AgendaItem.of("Questions diverses", 10))
                .addDocuments("Note DGA-2026-017")
                .build();
    }

    /** A weekly series on Mondays at 09:30 Paris, from 2 March 2026 (across the spring change), ten times. */
    static Meeting weekly() {
        Meeting m = single();
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO;COUNT=10").get();
        return copy(m).id(MeetingId.of("m-weekly"))
                .recurrence(Recurrence.of(m.start(), Duration.ofHours(1), rule)).build();
    }

    /** A copy of a meeting to change: set fields, then {@link Copy#build()}. */
    static Copy copy(Meeting m) {
        return new Copy(m);
    }

    /** The fields of a meeting, to change some and build again (core's builders are strict: no copies). */
    static final class Copy {
        MeetingId id;
        String title;
        PersonId organizer;
        List<Attendee> attendees;
        Optional<RoomId> room;
        Optional<String> onlineLink;
        ZonedDateTime start;
        ZonedDateTime end;
        List<AgendaItem> agenda;
        List<String> documents;
        List<org.aso.core.kernel.Ref> about;
        boolean allDay;
        Meeting.Status status;
        Optional<Recurrence> recurrence;
        int sequence;

        Copy(Meeting m) {
            id = m.id();
            title = m.title();
            organizer = m.organizer();
            attendees = m.attendees();
            room = m.room();
            onlineLink = m.onlineLink();
            start = m.start();
            end = m.end();
            agenda = m.agenda();
            documents = m.documents();
            about = m.about();
            allDay = m.allDay();
            status = m.status();
            recurrence = m.recurrence();
            sequence = m.sequence();
        }

        Copy id(MeetingId v) { id = v; return this; }
        Copy title(String v) { title = v; return this; }
        Copy organizer(PersonId v) { organizer = v; return this; }
        Copy attendees(List<Attendee> v) { attendees = v; return this; }
        Copy addAttendee(Attendee v) { attendees = new ArrayList<>(attendees); attendees.add(v); return this; }
        Copy room(Optional<RoomId> v) { room = v; return this; }
        Copy onlineLink(Optional<String> v) { onlineLink = v; return this; }
        Copy times(ZonedDateTime s, ZonedDateTime e) { start = s; end = e; return this; }
        Copy agenda(List<AgendaItem> v) { agenda = v; return this; }
        Copy documents(List<String> v) { documents = v; return this; }
        Copy about(List<org.aso.core.kernel.Ref> v) { about = v; return this; }
        Copy allDay(boolean v) { allDay = v; return this; }
        Copy status(Meeting.Status v) { status = v; return this; }
        Copy recurrence(Recurrence v) { recurrence = Optional.of(v); return this; }
        Copy sequence(int v) { sequence = v; return this; }

        Meeting build() {
            return Meeting.builder().id(id).title(title).organizer(organizer).addAllAttendees(attendees).room(room)
                    .onlineLink(onlineLink).start(start).end(end).addAllAgenda(agenda).addAllDocuments(documents).addAllAbout(about)
                    .allDay(allDay).status(status).recurrence(recurrence).sequence(sequence).build();
        }
    }

    /** {@code n} attendees, all required, with generated people in the directory returned next to them. */
    static List<Person> manyPeople(int n) {
        List<Person> out = new ArrayList<>(people());
        for (int i = 0; i < n; i++) {
            out.add(person(PersonId.of("p" + i), "Участник " + i + " 参加者 😀", "p" + i + "@example.org"));
        }
        return out;
    }
}
