package org.aso.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.AgendaSnapshot;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;

/**
 * People, a room and the meetings of the interop scenarios, each booked (and changed) through
 * core's {@link Agenda}, so they are meetings the agenda really makes.
 */
final class InteropFixtures {
    private InteropFixtures() {}

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** The DTSTAMP of everything written, and the moment of every decision. */
    static final Instant STAMP = Instant.parse("2026-01-05T08:00:00Z");
    /** Every scenario takes place in 2026. */
    static final Interval YEAR_2026 = Interval.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

    static final PersonId ORGANIZER = PersonId.of("claire");
    static final PersonId ANNA = PersonId.of("anna");
    static final PersonId ELOISE = PersonId.of("eloise");
    static final PersonId JURGEN = PersonId.of("jurgen");
    static final RoomId MARIANNE = RoomId.of("B2-301");

    static final Context CTX = Context.of(STAMP, ORGANIZER, Clearance.none());

    /** The organizer, three people with Cyrillic and accented names, and twenty staff ({@link #staff}). */
    static List<Person> people() {
        List<Person> people = new ArrayList<>(List.of(
                person(ORGANIZER, "Claire Martin", "claire.martin@example.gouv.fr"),
                person(ANNA, "Анна Петрова", "anna.petrova@example.org"),
                person(ELOISE, "Éloïse Dupré-Lefèvre", "eloise.dupre@example.fr"),
                person(JURGEN, "Jürgen Groß", "juergen.gross@example.de")));
        for (int i = 1; i <= 20; i++) {
            people.add(person(staff(i), "Agent n° " + i, "agent" + i + "@example.gouv.fr"));
        }
        return List.copyOf(people);
    }

    /** The {@code i}-th of twenty staff members. */
    static PersonId staff(int i) {
        return PersonId.of("agent-" + i);
    }

    private static Person person(PersonId id, String name, String email) {
        return Person.builder().id(id).name(name).email(EmailAddress.of(email)).build();
    }

    /** One large room, bookable at any time. */
    static List<Room> rooms() {
        return List.of(Room.builder().id(MARIANNE).name("Salle Marianne").building("Bâtiment B2").floor("3")
                .capacity(40).build());
    }

    /** The facade over these people and rooms, in {@code locale}. */
    static Ics ics(java.util.Locale locale) {
        return Ics.builder(Ics.Directory.of(people(), rooms())).locale(locale).uidDomain("interop.example").build();
    }

    /** An empty agenda of {@link #rooms()}. */
    static Agenda agenda() {
        return Agenda.of(rooms(), List.of()).getOrElseThrow(p -> new IllegalStateException(p.toString()));
    }

    /** A request from the organizer, with Anna and Éloïse invited. */
    static MeetingRequest.Builder request(String id, String title, ZonedDateTime start, ZonedDateTime end) {
        return MeetingRequest.builder().id(MeetingId.of(id)).title(title).organizer(ORGANIZER).start(start).end(end)
                .addAttendees(Attendee.of(ANNA, Attendee.Role.REQUIRED), Attendee.of(ELOISE, Attendee.Role.OPTIONAL));
    }

    /** Books {@code request} in an empty agenda. */
    static Agenda.Change book(MeetingRequest request) {
        return agenda().book(request, CTX).getOrElseThrow(p -> new IllegalStateException(p.toString()));
    }

    static ZonedDateTime paris(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, PARIS);
    }

    private static RecurrenceRule rule(String text) {
        return RecurrenceRule.parse(text).getOrElseThrow(p -> new IllegalStateException(p.toString()));
    }

    // ---------------------------------------------------------------- the scenarios' meetings

    /** Mondays 10:00-11:00 in Paris, six times from 16 March 2026: across the change to summer time on 29 March. */
    static Meeting weeklyAcrossDst() {
        return book(request("weekly-dst", "Point hebdomadaire", paris(3, 16, 10, 0), paris(3, 16, 11, 0))
                .room(MARIANNE).recurrence(rule("FREQ=WEEKLY;COUNT=6")).build()).meeting();
    }

    /** Tuesdays 14:00-15:30 from 1 September 2026, five times, the third (15 September) an EXDATE of the series. */
    static Meeting seriesWithExdate() {
        Meeting booked = book(request("exdate", "Comité de suivi", paris(9, 1, 14, 0), paris(9, 1, 15, 30))
                .room(MARIANNE).recurrence(rule("FREQ=WEEKLY;COUNT=5")).build()).meeting();
        Recurrence series = booked.recurrence().orElseThrow();
        Recurrence recurrence = Recurrence.builder().start(series.start()).duration(series.duration())
                .rule(series.rule()).addExdates(paris(9, 15, 14, 0)).build();
        // a series with an EXDATE is one a host restores (the agenda itself cancels occurrences instead)
        Meeting withExdate = Meeting.builder().id(booked.id()).title(booked.title()).organizer(booked.organizer())
                .addAllAttendees(booked.attendees()).room(booked.room()).start(booked.start()).end(booked.end())
                .status(booked.status()).sequence(booked.sequence()).recurrence(recurrence).build();
        Agenda restored = Agenda.restore(new AgendaSnapshot(rooms(), List.of(), List.of(withExdate)))
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        return restored.meeting(withExdate.id()).orElseThrow();
    }

    /**
     * Thursdays 09:30-10:30 from 15 October 2026, four times, across the end of summer time on
     * 25 October; the second (22 October) moved to Friday 23 October 11:00-12:00.
     */
    static Meeting seriesWithMovedOccurrence() {
        Agenda.Change booked = book(request("moved", "Revue des dossiers", paris(10, 15, 9, 30), paris(10, 15, 10, 30))
                .room(MARIANNE).recurrence(rule("FREQ=WEEKLY;COUNT=4")).build());
        OccurrenceChange moved = OccurrenceChange.movedTo(
                Interval.of(paris(10, 23, 11, 0).toInstant(), paris(10, 23, 12, 0).toInstant()));
        return booked.agenda().changeOccurrence(booked.meeting().id(), paris(10, 22, 9, 30), moved, CTX)
                .getOrElseThrow(p -> new IllegalStateException(p.toString())).meeting();
    }

    /** Wednesdays 16:00-17:00 from 4 November 2026, four times, the second (11 November) cancelled. */
    static Meeting seriesWithCancelledOccurrence() {
        Agenda.Change booked = book(request("cancelled", "Point budget", paris(11, 4, 16, 0), paris(11, 4, 17, 0))
                .room(MARIANNE).recurrence(rule("FREQ=WEEKLY;COUNT=4")).build());
        return booked.agenda().changeOccurrence(booked.meeting().id(), paris(11, 11, 16, 0), OccurrenceChange.cancelled(), CTX)
                .getOrElseThrow(p -> new IllegalStateException(p.toString())).meeting();
    }

    /** Saturday 28 and Sunday 29 March 2026 all day in Paris (the second day is 23 hours long). */
    static Meeting allDay() {
        return book(request("all-day", "Séminaire de printemps", paris(3, 28, 0, 0), paris(3, 30, 0, 0))
                .allDay(true).build()).meeting();
    }

    /** Mondays all day from 19 October 2026, three times, across the end of summer time. */
    static Meeting allDaySeries() {
        return book(request("all-day-series", "Permanence", paris(10, 19, 0, 0), paris(10, 20, 0, 0))
                .allDay(true).recurrence(rule("FREQ=WEEKLY;COUNT=3")).build()).meeting();
    }

    /** Fridays 10:00-11:00 in Tokyo (no daylight saving time) from 20 March 2026, three times. */
    static Meeting tokyo() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 20, 10, 0, 0, 0, TOKYO);
        return book(request("tokyo", "Liaison Tokyo", start, start.plusHours(1))
                .recurrence(rule("FREQ=WEEKLY;COUNT=3")).build()).meeting();
    }

    /** A meeting with Cyrillic and accented text in its title, agenda items, documents and people. */
    static Meeting nonAsciiText() {
        return book(request("text", "Совещание о бюджете — révision générale", paris(6, 10, 15, 0), paris(6, 10, 16, 0))
                .room(MARIANNE)
                .addAttendees(Attendee.of(JURGEN, Attendee.Role.REQUIRED))
                .addAgenda(AgendaItem.of("Бюджет 2027: предложения отделов", ANNA, 20),
                        AgendaItem.of("Synthèse des crédits, état des lieux; arbitrages", ELOISE, 25),
                        AgendaItem.of("Größere Anschaffungen", JURGEN, 15))
                .addDocuments("Note n° 2026-117 « Crédits »", "Отчёт-2026.pdf")
                .build()).meeting();
    }

    // ---------------------------------------------------------------- the messages' decisions

    /** {@link #weeklyAcrossDst()} called off by the organizer: the change with its Cancelled event. */
    static Agenda.Change weeklyCancelled() {
        Agenda.Change booked = book(request("weekly-dst", "Point hebdomadaire", paris(3, 16, 10, 0), paris(3, 16, 11, 0))
                .room(MARIANNE).recurrence(rule("FREQ=WEEKLY;COUNT=6")).build());
        return booked.agenda().cancel(booked.meeting().id(), "Remplacé par la réunion de service", CTX)
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
    }

    /** The change that cancels 11 November in {@link #seriesWithCancelledOccurrence()}, with its OccurrenceChanged event. */
    static Agenda.Change eleventhCancelled() {
        Agenda.Change booked = book(request("cancelled", "Point budget", paris(11, 4, 16, 0), paris(11, 4, 17, 0))
                .room(MARIANNE).recurrence(rule("FREQ=WEEKLY;COUNT=4")).build());
        return booked.agenda().changeOccurrence(booked.meeting().id(), paris(11, 11, 16, 0), OccurrenceChange.cancelled(), CTX)
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
    }

    /** Anna accepts {@link #weeklyAcrossDst()}: the change with its Responded event. */
    static Agenda.Change annaAccepts() {
        Agenda.Change booked = book(request("weekly-dst", "Point hebdomadaire", paris(3, 16, 10, 0), paris(3, 16, 11, 0))
                .room(MARIANNE).recurrence(rule("FREQ=WEEKLY;COUNT=6")).build());
        return booked.agenda().respond(booked.meeting().id(), ANNA, Attendee.Response.ACCEPTED,
                        Context.of(STAMP, ANNA, Clearance.none()))
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
    }

    /** A meeting of the organizer with twenty staff, online. */
    static Meeting twentyAttendees() {
        MeetingRequest.Builder b = MeetingRequest.builder().id(MeetingId.of("twenty")).title("Assemblée du service")
                .organizer(ORGANIZER).start(paris(5, 20, 9, 0)).end(paris(5, 20, 12, 0)).room(MARIANNE)
                .onlineLink("https://visio.example.gouv.fr/assemblee-du-service");
        for (int i = 1; i <= 20; i++) {
            b.addAttendees(Attendee.of(staff(i), i == 1 ? Attendee.Role.CHAIR : Attendee.Role.REQUIRED));
        }
        return book(b.build()).meeting();
    }
}
