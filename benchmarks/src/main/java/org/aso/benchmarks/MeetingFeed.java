package org.aso.benchmarks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;

/**
 * A seeded directorate's meetings of 2026 for the calendar benchmarks: 600 people (French,
 * American and Japanese names, accented and non-Latin), 40 rooms, and {@code size} meetings in
 * Paris (half), New York (three in ten) and Tokyo (two in ten), each with 5 to 20 attendees
 * (a chair, required, optional, a minute-taker, some for information; mixed answers, a few
 * delegations), 2 to 6 agenda items with presenters, documents, a room or an online link or both.
 * One in ten is a weekly series of 10 to 30 occurrences (ending by COUNT or UNTIL) with one
 * EXDATE, one occurrence moved a day later, one cancelled and one in another room; one in fifty
 * is an all-day meeting. Titles contain the characters iCalendar escapes ({@code , ; \}).
 */
final class MeetingFeed {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final String UID_DOMAIN = "dga.example.gouv.fr";

    private static final String[] FRENCH_FIRST = {"Hélène", "Françoise", "Jérôme", "Zoé", "Loïc", "Bérénice",
        "Cécile", "Agnès", "Renée", "Noël", "Anaïs", "Gaëlle", "Clément", "Maëlys", "Thibault", "Amélie"};
    private static final String[] FRENCH_LAST = {"Lefèvre", "Dupré", "Béranger", "Châtelain", "Nuñez", "Garçon",
        "Mérieux", "Lemaître", "Doré", "Périer", "Ébrard", "Crémieux", "Fauré", "Lucchesi"};
    private static final String[] US_FIRST = {"Mary", "James", "Patricia", "Robert", "Jennifer", "Michael"};
    private static final String[] US_LAST = {"O'Brien", "Smith", "García", "Johnson", "Nguyen", "Kowalski"};
    private static final String[] JP_NAMES = {"佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健太", "渡辺 さくら", "伊藤 大輔"};
    private static final String[] JP_ASCII = {"sato.hanako", "suzuki.ichiro", "takahashi.misaki", "tanaka.kenta",
        "watanabe.sakura", "ito.daisuke"};
    private static final String[] TITLES = {
        "Comité de pilotage « Transformation numérique », lot %d",
        "Réunion d'équipe – point hebdomadaire n°%d",
        "Préparation du budget 2027 : arbitrages; séance %d",
        "Steering committee, Q%d review",
        "Revue des dossiers en instance (bureau %d)",
        "Coordination with the New York office, item %d",
        "定例会議 第%d回",
        "Séminaire \\ atelier « qualité de service » %d",
    };
    private static final String[] ITEMS = {
        "Approbation du compte rendu de la séance précédente", "Point d'avancement, écarts et risques",
        "Budget : état des engagements", "Questions diverses", "Recrutements en cours (catégorie A, B)",
        "Calendrier des échéances; priorités du trimestre", "Retour d'expérience — exercice de crise",
        "Budget review: commitments, forecasts", "予算の確認", "Courrier parlementaire : réponses à valider",
    };

    final List<Person> people;
    final List<Room> rooms;
    final List<Meeting> meetings;

    private MeetingFeed(List<Person> people, List<Room> rooms, List<Meeting> meetings) {
        this.people = List.copyOf(people);
        this.rooms = List.copyOf(rooms);
        this.meetings = List.copyOf(meetings);
    }

    /** The feed of {@code size} meetings from {@code seed}. */
    static MeetingFeed generate(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            people.add(person(i, random));
        }
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Room.Builder room = Room.builder().id(RoomId.of("R" + (100 + i)))
                    .name((i % 3 == 0 ? "Salle Condorcet " : i % 3 == 1 ? "Salle Émilie du Châtelet " : "Salle Gérard-Philipe ") + i)
                    .building(i < 20 ? "Bâtiment A – Ségur" : "Bâtiment B, Fontenoy")
                    .capacity(8 + (i % 6) * 6);
            if (i % 4 != 0) {
                room.floor(i % 4 == 1 ? "RDC" : Integer.toString(i % 7));
            }
            rooms.add(room.build());
        }
        List<Meeting> meetings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            meetings.add(meeting(i, random, people, rooms));
        }
        return new MeetingFeed(people, rooms, meetings);
    }

    private static Person person(int i, SplittableRandom random) {
        String name;
        String local;
        if (i % 10 < 6) {
            String first = FRENCH_FIRST[random.nextInt(FRENCH_FIRST.length)];
            String last = FRENCH_LAST[random.nextInt(FRENCH_LAST.length)];
            name = first + " " + last;
            local = ascii(first) + "." + ascii(last);
        } else if (i % 10 < 9) {
            String first = US_FIRST[random.nextInt(US_FIRST.length)];
            String last = US_LAST[random.nextInt(US_LAST.length)];
            name = first + " " + last;
            local = ascii(first) + "." + ascii(last);
        } else {
            int k = random.nextInt(JP_NAMES.length);
            name = JP_NAMES[k];
            local = JP_ASCII[k];
        }
        return Person.builder().id(PersonId.of("p" + i)).name(name)
                .email(EmailAddress.of(local + i + "@" + (i % 10 < 6 ? "example.gouv.fr" : "example.org"))).build();
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static Meeting meeting(int i, SplittableRandom random, List<Person> people, List<Room> rooms) {
        int z = random.nextInt(10);
        ZoneId zone = z < 5 ? PARIS : z < 8 ? NEW_YORK : TOKYO;
        LocalDate day = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(350));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        boolean allDay = i % 50 == 7;
        ZonedDateTime start;
        ZonedDateTime end;
        if (allDay) {
            start = day.atStartOfDay(zone);
            end = day.plusDays(1 + random.nextInt(2)).atStartOfDay(zone);
        } else {
            start = ZonedDateTime.of(day, LocalTime.of(8, 0).plusMinutes(30L * random.nextInt(20)), zone);
            end = start.plusMinutes(30L * (1 + random.nextInt(4)));
        }
        Person organizer = people.get(random.nextInt(people.size()));
        Meeting.Builder b = Meeting.builder().id(MeetingId.of(String.format("m-%05d", i)))
                .title(String.format(TITLES[random.nextInt(TITLES.length)], 1 + random.nextInt(40)))
                .organizer(organizer.id()).start(start).end(end).allDay(allDay)
                .status(random.nextInt(20) == 0 ? Meeting.Status.CANCELLED
                        : random.nextInt(10) == 0 ? Meeting.Status.TENTATIVE : Meeting.Status.CONFIRMED)
                .sequence(random.nextInt(4));
        // attendees: the organizer chairs, then 4 to 19 others
        Set<Integer> invited = new LinkedHashSet<>();
        int n = 5 + random.nextInt(16);
        int organizerIndex = Integer.parseInt(organizer.id().value().substring(1));
        invited.add(organizerIndex);
        while (invited.size() < n) {
            invited.add(random.nextInt(people.size()));
        }
        List<Attendee> attendees = new ArrayList<>();
        int k = 0;
        for (int p : invited) {
            PersonId id = people.get(p).id();
            Attendee.Role role = k == 0 ? Attendee.Role.CHAIR : k == 1 ? Attendee.Role.MINUTE_TAKER
                    : switch (random.nextInt(10)) {
                        case 0, 1 -> Attendee.Role.OPTIONAL;
                        case 2 -> Attendee.Role.FOR_INFORMATION;
                        default -> Attendee.Role.REQUIRED;
                    };
            Attendee a = Attendee.of(id, role);
            if (k == 0) {
                a = a.withResponse(Attendee.Response.ACCEPTED);
            } else {
                switch (random.nextInt(6)) {
                    case 0, 1 -> a = a.withResponse(Attendee.Response.ACCEPTED);
                    case 2 -> a = a.withResponse(Attendee.Response.TENTATIVE);
                    case 3 -> a = a.withResponse(Attendee.Response.DECLINED);
                    default -> { }
                }
            }
            attendees.add(a);
            k++;
        }
        if (random.nextInt(8) == 0) {
            // the last invitee sends someone else, who is on the list too
            int delegate = random.nextInt(people.size());
            PersonId to = people.get(delegate).id();
            if (!invited.contains(delegate)) {
                Attendee last = attendees.remove(attendees.size() - 1);
                attendees.add(last.withDelegatedTo(to).withResponse(Attendee.Response.DELEGATED));
                attendees.add(Attendee.of(to, last.role()));
            }
        }
        b.addAllAttendees(attendees);
        int items = 2 + random.nextInt(5);
        for (int t = 0; t < items; t++) {
            String title = ITEMS[random.nextInt(ITEMS.length)];
            int minutes = 5 + 5 * random.nextInt(9);
            b.addAgenda(random.nextInt(4) == 0 ? AgendaItem.of(title, minutes)
                    : AgendaItem.of(title, attendees.get(random.nextInt(attendees.size())).person(), minutes));
        }
        int docs = random.nextInt(4);
        for (int d = 0; d < docs; d++) {
            b.addDocuments(String.format("Note DGA/2026/%04d — version %d", random.nextInt(10_000), 1 + d));
        }
        if (random.nextInt(4) == 0) {
            b.addAbout(Ref.of(Ref.Kind.DOSSIER, String.format("DGA-2026-%04d", random.nextInt(5000))));
        }
        int where = random.nextInt(10);
        if (where < 7) {
            b.room(rooms.get(random.nextInt(rooms.size())).id());
        }
        if (where >= 5) {
            b.onlineLink("https://visio.example.gouv.fr/r/" + Long.toHexString(random.nextLong()) + "?lang=fr&pin=" + random.nextInt(10_000));
        }
        if (!allDay && i % 10 == 3) {
            b.recurrence(series(start, end, random, rooms));
        }
        return b.build();
    }

    /** Weekly on the start's weekday, 10 to 30 times; the 3rd left out, the 5th moved a day, the 7th cancelled, the 9th in another room. */
    private static Recurrence series(ZonedDateTime start, ZonedDateTime end, SplittableRandom random, List<Room> rooms) {
        int count = 10 + random.nextInt(21);
        String rule = "FREQ=WEEKLY;BYDAY=" + start.getDayOfWeek().name().substring(0, 2);
        if (random.nextBoolean()) {
            rule += ";COUNT=" + count;
        } else {
            // UNTIL in UTC, inclusive: the start of the count-th week
            rule += ";UNTIL=" + start.plusWeeks(count - 1L).withZoneSameInstant(ZoneId.of("UTC"))
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        }
        Duration length = Duration.between(start, end);
        String text = rule;
        Recurrence r = Recurrence.builder().start(start).duration(length)
                .rule(RecurrenceRule.parse(text).getOrElseThrow(p -> new IllegalStateException(text + " " + p)))
                .addExdates(start.plusWeeks(2)).build();
        ZonedDateTime moved = start.plusWeeks(4).plusDays(1);
        return r.withChange(start.plusWeeks(4), OccurrenceChange.movedTo(Interval.of(moved.toInstant(), moved.plus(length).toInstant())))
                .withChange(start.plusWeeks(6), OccurrenceChange.cancelled())
                .withChange(start.plusWeeks(8), OccurrenceChange.inRoom(rooms.get(random.nextInt(rooms.size())).id()));
    }
}
