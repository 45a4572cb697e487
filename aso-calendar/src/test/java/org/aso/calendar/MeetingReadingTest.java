package org.aso.calendar;

import static org.aso.calendar.ReadingFixtures.ics;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;
import org.junit.jupiter.api.Test;

/** {@link Ics#meeting}: our REQUEST format read back into a core meeting. */
class MeetingReadingTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static final String VTIMEZONE_PARIS = String.join("\r\n",
            "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
            "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE");

    /** A weekly series across the March clock change, one occurrence moved, one cancelled, one removed. */
    static String series() {
        return ics("BEGIN:VCALENDAR", "PRODID:-//ASO toolkit//aso-calendar//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:REQUEST", VTIMEZONE_PARIS,
                "BEGIN:VEVENT", "UID:copil@" + ReadingFixtures.DOMAIN, "DTSTAMP:20260301T080000Z", "SEQUENCE:2",
                "SUMMARY:Comité de pilotage\\, budget 2026 \\; «suite»",
                "DTSTART;TZID=Europe/Paris:20260317T100000", "DTEND;TZID=Europe/Paris:20260317T113000",
                "STATUS:TENTATIVE",
                "ORGANIZER;CN=Claire Dupont:mailto:claire.dupont@example.org",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Claire Dupont:mailto:claire.dupont@example.org",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Léger:mailto:AMELIE@EXAMPLE.ORG",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=DELEGATED;RSVP=TRUE;DELEGATED-TO=\"mailto:p1@example.org\";CN=Bruno:mailto:bruno@example.org",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;DELEGATED-FROM=\"mailto:bruno@example.org\";CN=P1:mailto:p1@example.org",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;X-ASO-ROLE=MINUTE-TAKER;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=\"Иван Петров\":mailto:ivan@example.ru",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=NON-PARTICIPANT;PARTSTAT=DECLINED;RSVP=FALSE;CN=Zoë:mailto:zoe@example.no",
                "LOCATION:Salle Marianne\\, B2\\, 3", "X-ASO-ROOM:B2-301",
                "URL:https://visio.example.org/copil?x=1",
                "DESCRIPTION:Ordre du jour\\n1. Budget",
                "X-ASO-AGENDA-ITEM;X-ASO-MINUTES=30;X-ASO-PRESENTER=\"mailto:amelie@example.org\":Budget\\, premier jet",
                "X-ASO-AGENDA-ITEM;X-ASO-MINUTES=0:Questions diverses",
                "X-ASO-DOCUMENT:note-budget-2026.pdf", "X-ASO-ABOUT:DOSSIER:D-2026-004", "X-ASO-EQUIPMENT:projector-spare",
                "CATEGORIES:Réunion", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                "RRULE:FREQ=WEEKLY;UNTIL=20260421T080000Z",
                "RDATE;TZID=Europe/Paris:20260430T140000",
                "EXDATE;TZID=Europe/Paris:20260407T100000",
                "EXDATE;TZID=Europe/Paris;X-ASO-CANCELLED=TRUE:20260414T100000",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:copil@" + ReadingFixtures.DOMAIN, "DTSTAMP:20260301T080000Z", "SEQUENCE:2",
                "RECURRENCE-ID;TZID=Europe/Paris:20260324T100000",
                "DTSTART;TZID=Europe/Paris:20260325T150000", "DTEND;TZID=Europe/Paris:20260325T163000",
                "SUMMARY:Comité de pilotage (décalé)", "X-ASO-ROOM:B2-101",
                "ORGANIZER;CN=Claire Dupont:mailto:claire.dupont@example.org",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:copil@" + ReadingFixtures.DOMAIN, "DTSTAMP:20260301T080000Z", "SEQUENCE:2",
                "RECURRENCE-ID;TZID=Europe/Paris:20260331T100000",
                "DTSTART;TZID=Europe/Paris:20260331T100000", "DTEND;TZID=Europe/Paris:20260331T113000",
                "SUMMARY:Comité de pilotage\\, budget 2026 \\; «suite»",
                "END:VEVENT",
                "END:VCALENDAR");
    }

    @Test
    void meeting_ofOurRequest_givesBackEveryDocumentedField() {
        // when
        Meeting m = ReadingFixtures.ics().meeting(series()).get();
        // then
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, PARIS);
        assertThat(m.id()).isEqualTo(MeetingId.of("copil"));
        assertThat(m.title()).isEqualTo("Comité de pilotage, budget 2026 ; «suite»");
        assertThat(m.start()).isEqualTo(start);
        assertThat(m.end()).isEqualTo(start.plusMinutes(90));
        assertThat(m.allDay()).isFalse();
        assertThat(m.status()).isEqualTo(Meeting.Status.TENTATIVE);
        assertThat(m.sequence()).isEqualTo(2);
        assertThat(m.organizer()).isEqualTo(PersonId.of("organizer"));
        assertThat(m.attendees()).containsExactly(
                Attendee.of(PersonId.of("organizer"), Attendee.Role.CHAIR).withResponse(Attendee.Response.ACCEPTED),
                Attendee.of(PersonId.of("a"), Attendee.Role.REQUIRED),
                Attendee.of(PersonId.of("b"), Attendee.Role.OPTIONAL).withDelegatedTo(PersonId.of("p1"))
                        .withResponse(Attendee.Response.DELEGATED),
                Attendee.of(PersonId.of("p1"), Attendee.Role.REQUIRED).withResponse(Attendee.Response.ACCEPTED),
                Attendee.of(PersonId.of("ivan"), Attendee.Role.MINUTE_TAKER).withResponse(Attendee.Response.TENTATIVE),
                Attendee.of(PersonId.of("zoe"), Attendee.Role.FOR_INFORMATION).withResponse(Attendee.Response.DECLINED));
        assertThat(m.room()).contains(RoomId.of("B2-301"));
        assertThat(m.onlineLink()).contains("https://visio.example.org/copil?x=1");
        assertThat(m.agenda()).containsExactly(AgendaItem.of("Budget, premier jet", PersonId.of("a"), 30),
                AgendaItem.of("Questions diverses", 0));
        assertThat(m.documents()).containsExactly("note-budget-2026.pdf");
        assertThat(m.about()).containsExactly(Ref.of(Ref.Kind.DOSSIER, "D-2026-004"));
        assertThat(m.equipment()).containsExactly(EquipmentId.of("projector-spare"));
        assertThat(m.logistics()).isEmpty();
    }

    @Test
    void meeting_ofASeries_givesRuleDatesAndChanges_inTheMeetingsZone() {
        // when
        Meeting m = ReadingFixtures.ics().meeting(series()).get();
        // then
        var r = m.recurrence().orElseThrow();
        assertThat(r.start()).isEqualTo(m.start());
        assertThat(r.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(r.rule().orElseThrow().toString()).isEqualTo("FREQ=WEEKLY;UNTIL=20260421T080000Z");
        assertThat(r.rdates()).containsExactly(ZonedDateTime.of(2026, 4, 30, 14, 0, 0, 0, PARIS));
        assertThat(r.exdates()).containsExactly(ZonedDateTime.of(2026, 4, 7, 10, 0, 0, 0, PARIS));
        Instant moved = ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, PARIS).toInstant();
        Instant cancelled = ZonedDateTime.of(2026, 4, 14, 10, 0, 0, 0, PARIS).toInstant();
        assertThat(r.changes()).containsOnlyKeys(moved, cancelled); // the unchanged override adds nothing
        assertThat(r.changes().get(cancelled)).isEqualTo(OccurrenceChange.cancelled());
        ZonedDateTime to = ZonedDateTime.of(2026, 3, 25, 15, 0, 0, 0, PARIS);
        assertThat(r.changes().get(moved)).isEqualTo(OccurrenceChange.builder()
                .movedTo(Interval.of(to.toInstant(), to.plusMinutes(90).toInstant()))
                .title("Comité de pilotage (décalé)").room(RoomId.of("B2-101")).build());
        // after the clock change the series stays at 10:00 in Paris
        assertThat(m.places(Interval.of(Instant.parse("2026-03-30T00:00:00Z"), Duration.ofDays(2))))
                .extracting(p -> p.interval().start()).containsExactly(Instant.parse("2026-03-31T08:00:00Z"));
    }

    @Test
    void meeting_allDay_isWholeDaysInTheZoneWritten() {
        // given
        String text = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "METHOD:PUBLISH", "X-WR-TIMEZONE:America/New_York",
                "BEGIN:VEVENT", "UID:seminar@" + ReadingFixtures.DOMAIN, "DTSTAMP:20260301T080000Z",
                "SUMMARY:Séminaire", "DTSTART;VALUE=DATE:20260330", "DTEND;VALUE=DATE:20260401",
                "X-ASO-ZONE:Europe/Paris", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
                "ORGANIZER:mailto:claire.dupont@example.org", "END:VEVENT", "END:VCALENDAR");
        // when
        Meeting m = ReadingFixtures.ics().meeting(text).get();
        // then
        assertThat(m.allDay()).isTrue();
        assertThat(m.start()).isEqualTo(LocalDate.of(2026, 3, 30).atStartOfDay(PARIS));
        assertThat(m.end()).isEqualTo(LocalDate.of(2026, 4, 1).atStartOfDay(PARIS));
        assertThat(m.status()).isEqualTo(Meeting.Status.CONFIRMED);
        // without X-ASO-ZONE, the calendar's X-WR-TIMEZONE
        Meeting there = ReadingFixtures.ics().meeting(text.replace("X-ASO-ZONE:Europe/Paris\r\n", "")).get();
        assertThat(there.start()).isEqualTo(LocalDate.of(2026, 3, 30).atStartOfDay(ZoneId.of("America/New_York")));
    }

    @Test
    void meeting_withoutMaster_orWithTwoMeetings_isRefused() {
        String override = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "METHOD:CANCEL",
                "BEGIN:VEVENT", "UID:copil@" + ReadingFixtures.DOMAIN, "DTSTAMP:20260301T080000Z",
                "RECURRENCE-ID:20260324T090000Z", "DTSTART:20260324T090000Z", "STATUS:CANCELLED",
                "END:VEVENT", "END:VCALENDAR");
        assertThat(ReadingFixtures.ics().meeting(override).getLeft().code()).isEqualTo("calendar.meeting.no-master");
        String two = series().replace("RECURRENCE-ID;TZID=Europe/Paris:20260331T100000\r\n", "")
                .replaceFirst("UID:copil@", "UID:other@").replaceFirst("UID:copil@(.*)\r\nDTSTAMP:20260301T080000Z\r\nSEQUENCE:2\r\nRECURRENCE-ID", "UID:copil@$1\r\nDTSTAMP:20260301T080000Z\r\nSEQUENCE:2\r\nRECURRENCE-ID");
        assertThat(ReadingFixtures.ics().meeting(two).getLeft().code()).isEqualTo("calendar.meeting.several");
    }

    @Test
    void meeting_withAnUnknownAttendee_namesTheAddress() {
        Problem p = ReadingFixtures.ics().meeting(series().replace("mailto:zoe@example.no", "mailto:nobody@example.net")).getLeft();
        assertThat(p.code()).isEqualTo("calendar.person.unknown");
        assertThat(p.detail("email")).contains("nobody@example.net");
    }

    @Test
    void meeting_ofAnotherDomain_keepsTheWholeUidAsId() {
        Meeting m = ReadingFixtures.ics().meeting(series().replace("UID:copil@" + ReadingFixtures.DOMAIN, "UID:040000008200E00074C5")).get();
        assertThat(m.id()).isEqualTo(MeetingId.of("040000008200E00074C5"));
        assertThat(m.recurrence().orElseThrow().changes()).hasSize(2);
    }

    @Test
    void meeting_withABadRule_givesTheRulesProblem_withItsLine() {
        Problem p = ReadingFixtures.ics().meeting(series().replace("RRULE:FREQ=WEEKLY;UNTIL=20260421T080000Z",
                "RRULE:FREQ=WEEKLY;COUNT=1000000000")).getLeft();
        assertThat(p.code()).startsWith("agenda.rrule.");
        assertThat(p.detail("line")).isPresent();
    }

    static List<String> lines(String text) {
        return List.of(text.split("\r\n"));
    }
}
