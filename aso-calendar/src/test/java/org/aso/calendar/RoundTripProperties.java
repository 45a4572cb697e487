package org.aso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.Occurrence;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;

/**
 * Meeting, then {@link Ics#request} text, then {@link Ics#meeting}: the same meeting, on every field
 * the round trip documents (all of a meeting but its logistics checklist, which is not written). The
 * meetings are random: titles and names in several scripts with iCalendar's special characters,
 * zones with and without clock changes (and UTC and a fixed offset), series across the clock
 * changes with extra, removed, cancelled, moved, retitled, re-roomed and separately answered
 * occurrences, all-day meetings.
 */
class RoundTripProperties {
    private static final Ics ICS = ReadingFixtures.ics();
    private static final Instant STAMP = Instant.parse("2026-01-02T08:00:00Z");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Kolkata"), ZoneOffset.UTC, ZoneOffset.ofHours(2),
            ZoneId.of("UTC"));
    /** Days near the clock changes of 2026 in Europe, North America and Australia, and others. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 10, 20),
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 10, 28), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 6, 9),
            LocalDate.of(2027, 1, 12));
    private static final String[] WORDS = {"Comité", "budget", "Réunion", "d'équipe", "Совещание", "отдела", "会议",
            "预算", "🙂", "naïve", "ÆØÅ", "a,b", "x;y", "C:\\dossier", "\"quoted\"", "100 %", "ça", "Zoë", "über", "—"};
    private static final PersonId ORGANIZER = PersonId.of("organizer");

    @Property(tries = 300)
    void request_readBack_isTheSameMeeting(@ForAll long seed) {
        // given
        Meeting meeting = meeting(new Random(seed), false);
        // when
        String text = ICS.request(meeting, STAMP).get().text();
        // then
        assertThat(ICS.meeting(text).mapLeft(p -> p + "\n" + text).get()).isEqualTo(meeting);
    }

    @Property(tries = 100)
    void publish_readBack_isTheSameMeeting_withoutWhatAFeedLeavesOut(@ForAll long seed) {
        // when
        String text = ICS.publish(List.of(meeting(new Random(seed), false)), STAMP).get().text();
        // then: a feed names no attendee (RFC 5546), so no one's answers either
        Meeting expected = meeting(new Random(seed), true);
        assertThat(ICS.meeting(text).mapLeft(p -> p + "\n" + text).get()).isEqualTo(expected);
    }

    // ------------------------------------------------------------------ generator

    static Meeting meeting(Random r, boolean feed) {
        ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
        boolean allDay = r.nextInt(4) == 0;
        LocalDate day = r.nextBoolean() ? DAYS.get(r.nextInt(DAYS.size())) : LocalDate.of(2026, 1, 5).plusDays(r.nextInt(700));
        ZonedDateTime start = allDay ? day.atStartOfDay(zone)
                : ZonedDateTime.of(day, LocalTime.of(7 + r.nextInt(12), 15 * r.nextInt(4)), zone);
        ZonedDateTime end = allDay ? day.plusDays(1 + r.nextInt(3)).atStartOfDay(zone) : start.plusMinutes(15L * (1 + r.nextInt(16)));
        List<Person> people = ReadingFixtures.people().stream().filter(p -> !p.id().equals(ORGANIZER)).toList();
        List<Person> invited = new ArrayList<>(people);
        java.util.Collections.shuffle(invited, r);
        invited = invited.subList(0, r.nextInt(Math.min(6, invited.size())));
        List<Attendee> attendees = new ArrayList<>();
        if (r.nextBoolean()) {
            attendees.add(Attendee.of(ORGANIZER, Attendee.Role.CHAIR).withResponse(Attendee.Response.ACCEPTED));
        }
        for (int i = 0; i < invited.size(); i++) {
            Attendee a = Attendee.of(invited.get(i).id(), Attendee.Role.values()[r.nextInt(5)]);
            if (i + 1 < invited.size() && r.nextInt(6) == 0) {
                a = a.withDelegatedTo(invited.get(i + 1).id()).withResponse(Attendee.Response.DELEGATED);
            } else {
                a = a.withResponse(Attendee.Response.values()[r.nextInt(4)]);
            }
            attendees.add(a);
        }
        Meeting.Builder b = Meeting.builder().id(MeetingId.of("m-" + Integer.toHexString(r.nextInt())))
                .title(words(r, 1 + r.nextInt(6))).organizer(ORGANIZER).addAllAttendees(feed ? List.of() : attendees)
                .start(start).end(end).allDay(allDay)
                .status(Meeting.Status.values()[r.nextInt(3)]).sequence(r.nextInt(4));
        RoomId room = null;
        if (r.nextBoolean()) {
            room = r.nextBoolean() ? RoomId.of("B2-101") : RoomId.of("B2-301");
            b.room(room);
        }
        if (r.nextBoolean()) {
            b.onlineLink("https://visio.example.org/r/" + r.nextInt(1000) + "?pwd=a;b,c");
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            String title = words(r, 1 + r.nextInt(4));
            int minutes = r.nextInt(60);
            b.addAgenda(invited.isEmpty() || r.nextBoolean() ? AgendaItem.of(title, minutes)
                    : AgendaItem.of(title, invited.get(r.nextInt(invited.size())).id(), minutes));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addDocuments(words(r, 2) + ".pdf");
        }
        if (r.nextBoolean()) {
            b.addAbout(Ref.of(Ref.Kind.DOSSIER, "D-2026-" + r.nextInt(100)));
        }
        if (r.nextBoolean()) {
            b.addAbout(Ref.document(words(r, 2) + ", v2.pdf"));
        }
        if (r.nextBoolean()) {
            b.addEquipment(EquipmentId.of("projector-spare"));
        }
        if (r.nextInt(3) > 0) {
            b.recurrence(series(r, start, end, allDay, room, attendees, feed));
        }
        return b.build();
    }

    private static Recurrence series(Random r, ZonedDateTime start, ZonedDateTime end, boolean allDay, RoomId room,
                                     List<Attendee> attendees, boolean feed) {
        String[] rules = {"FREQ=WEEKLY;COUNT=" + (2 + r.nextInt(8)), "FREQ=DAILY;COUNT=" + (2 + r.nextInt(9)),
                "FREQ=WEEKLY;INTERVAL=2;COUNT=4", "FREQ=MONTHLY;COUNT=3", "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6",
                "FREQ=WEEKLY;UNTIL=" + untilOf(start, allDay, 3 + r.nextInt(5))};
        Recurrence.Builder rb = Recurrence.builder().start(start).duration(Duration.between(start, end))
                .rule(RecurrenceRule.parse(rules[r.nextInt(rules.length)]).get());
        if (r.nextInt(3) == 0) {
            rb.addRdates(allDay ? start.plusDays(40) : start.plusDays(40).plusHours(1));
        }
        Recurrence plain = rb.build();
        List<ZonedDateTime> originals = plain.occurrences(start.toInstant()).limit(10).map(Occurrence::originalStartInZone).toList();
        List<ZonedDateTime> exdates = new ArrayList<>();
        Map<Instant, OccurrenceChange> changes = new LinkedHashMap<>();
        for (ZonedDateTime o : originals.subList(1, originals.size())) {
            switch (r.nextInt(7)) {
                case 0 -> exdates.add(o);
                case 1 -> changes.put(o.toInstant(), OccurrenceChange.cancelled());
                case 2 -> {
                    ZonedDateTime to = allDay ? o.plusDays(1) : o.plusHours(2);
                    changes.put(o.toInstant(), OccurrenceChange.movedTo(Interval.of(to.toInstant(),
                            (allDay ? to.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate()))
                                    : to.plus(Duration.between(start, end)).plusMinutes(30)).toInstant())));
                }
                case 3 -> changes.put(o.toInstant(), OccurrenceChange.builder()
                        .title(words(r, 2) + " (bis)").room(room == null || room.value().equals("B2-301")
                                ? RoomId.of("B2-101") : RoomId.of("B2-301")).build());
                case 4 -> {
                    List<Attendee> answering = attendees.stream().filter(a -> a.response() != Attendee.Response.DELEGATED).toList();
                    if (!answering.isEmpty()) {
                        Attendee a = answering.get(r.nextInt(answering.size()));
                        Attendee.Response other = Attendee.Response.values()[(a.response().ordinal() + 1 + r.nextInt(3)) % 4];
                        if (!feed) {
                            changes.put(o.toInstant(), OccurrenceChange.builder().putResponse(a.person(), other).build());
                        }
                    }
                }
                default -> { }
            }
        }
        return rb.addAllExdates(exdates).putAllChanges(changes).build();
    }

    /** An UNTIL in the form the writer gives: UTC for a timed series, a date for an all-day one. */
    private static String untilOf(ZonedDateTime start, boolean allDay, int weeks) {
        ZonedDateTime last = start.plusWeeks(weeks);
        return allDay ? last.toLocalDate().toString().replace("-", "")
                : java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(last.withZoneSameInstant(ZoneOffset.UTC));
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
