package org.aso.calendar;

import static org.aso.calendar.CalendarFixtures.ALICE;
import static org.aso.calendar.CalendarFixtures.BRUNO;
import static org.aso.calendar.CalendarFixtures.CHLOE;
import static org.aso.calendar.CalendarFixtures.MARIANNE;
import static org.aso.calendar.CalendarFixtures.PARIS;
import static org.aso.calendar.CalendarFixtures.STAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VFreeBusy;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.RoomId;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

class FreeBusyTest {
    static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 2, 0, 0, 0, 0, PARIS);
    static final Context CTX = Context.of(Instant.parse("2026-02-20T08:00:00Z"), ALICE, Clearance.none());

    static MeetingRequest.Builder request(String id, int hour, int minutes) {
        ZonedDateTime start = MONDAY.withHour(hour);
        return MeetingRequest.builder().id(MeetingId.of(id)).title("Réunion " + id).organizer(ALICE)
                .start(start).end(start.plusMinutes(minutes));
    }

    /** Monday: 9-10 confirmed in Marianne (Bruno accepted), 9:30-11 pencilled in (Bruno), 14-15 declined by Bruno, Chloé maybe at 16. */
    static Agenda agenda() {
        Agenda a = Agenda.of(CalendarFixtures.rooms(), List.of()).get();
        a = a.book(request("a", 9, 60).room(MARIANNE).addAttendees(Attendee.of(BRUNO, Attendee.Role.REQUIRED)).build(), CTX)
                .get().agenda();
        a = a.respond(MeetingId.of("a"), BRUNO, Attendee.Response.ACCEPTED, CTX).get().agenda();
        a = a.book(request("b", 9, 120).tentative(true).addAttendees(Attendee.of(BRUNO, Attendee.Role.REQUIRED)).build(), CTX)
                .get().agenda();
        a = a.book(request("c", 14, 60).addAttendees(Attendee.of(BRUNO, Attendee.Role.REQUIRED)).build(), CTX).get().agenda();
        a = a.respond(MeetingId.of("c"), BRUNO, Attendee.Response.DECLINED, CTX).get().agenda();
        a = a.book(request("d", 16, 30).addAttendees(Attendee.of(CHLOE, Attendee.Role.OPTIONAL)).build(), CTX).get().agenda();
        a = a.respond(MeetingId.of("d"), CHLOE, Attendee.Response.TENTATIVE, CTX).get().agenda();
        return a;
    }

    static List<String> periods(String text) throws Exception {
        Calendar c = MessagesTest.parse(text);
        VFreeBusy fb = c.<VFreeBusy>getComponents(Component.VFREEBUSY).get(0);
        return fb.<Property>getProperties("FREEBUSY").stream()
                .map(p -> MessagesTest.param(p, "FBTYPE") + " " + p.getValue()).toList();
    }

    @Test
    void freeBusy_person_mergesBusyAndTentative_inUtc() throws Exception {
        Interval day = Interval.of(MONDAY.toInstant(), MONDAY.plusDays(1).toInstant());
        String text = CalendarFixtures.ics().freeBusy(agenda(), BRUNO, day, STAMP).get();
        // 9:00-10:00 Paris (08:00Z-09:00Z) busy; the pencilled-in 9:00-11:00 is tentative only after it; 14:00 declined
        assertThat(periods(text)).containsExactly("BUSY 20260302T080000Z/20260302T090000Z",
                "BUSY-TENTATIVE 20260302T090000Z/20260302T100000Z");
        Calendar c = MessagesTest.parse(text);
        VFreeBusy fb = c.<VFreeBusy>getComponents(Component.VFREEBUSY).get(0);
        assertThat(MessagesTest.prop(c, "METHOD")).isEqualTo("PUBLISH");
        assertThat(MessagesTest.prop(fb, "ORGANIZER")).isEqualTo("mailto:bruno.petit@example.gouv.fr");
        assertThat(MessagesTest.prop(fb, "DTSTART")).isEqualTo("20260301T230000Z");
        assertThat(MessagesTest.prop(fb, "DTEND")).isEqualTo("20260302T230000Z");
        assertThat(c.validate().getEntries()).isEmpty();
    }

    @Test
    void freeBusy_person_organizerIsBusy_andAMaybeIsTentative() throws Exception {
        Interval day = Interval.of(MONDAY.toInstant(), MONDAY.plusDays(1).toInstant());
        assertThat(periods(CalendarFixtures.ics().freeBusy(agenda(), ALICE, day, STAMP).get())).containsExactly(
                "BUSY 20260302T080000Z/20260302T090000Z", "BUSY-TENTATIVE 20260302T090000Z/20260302T100000Z",
                "BUSY 20260302T130000Z/20260302T140000Z", "BUSY 20260302T150000Z/20260302T153000Z");
        assertThat(periods(CalendarFixtures.ics().freeBusy(agenda(), CHLOE, day, STAMP).get()))
                .containsExactly("BUSY-TENTATIVE 20260302T150000Z/20260302T153000Z");
    }

    @Test
    void freeBusy_room_isItsBookingsWithItsName() throws Exception {
        Interval day = Interval.of(MONDAY.toInstant(), MONDAY.plusDays(1).toInstant());
        String text = CalendarFixtures.ics().freeBusy(agenda(), MARIANNE, day, STAMP).get();
        assertThat(periods(text)).containsExactly("BUSY 20260302T080000Z/20260302T090000Z");
        assertThat(text).contains("COMMENT:Salle Marianne\\, B2\\, 3\r\n").contains("X-ASO-ROOM:B2-301\r\n")
                .doesNotContain("METHOD");
        assertThat(MessagesTest.parse(text).validate().getEntries()).isEmpty();
    }

    @Test
    void freeBusy_windowClipsPeriods() throws Exception {
        Interval part = Interval.of(MONDAY.withHour(9).withMinute(30).toInstant(), MONDAY.withHour(10).withMinute(30).toInstant());
        assertThat(periods(CalendarFixtures.ics().freeBusy(agenda(), BRUNO, part, STAMP).get())).containsExactly(
                "BUSY 20260302T083000Z/20260302T090000Z", "BUSY-TENTATIVE 20260302T090000Z/20260302T093000Z");
    }

    @Test
    void freeBusy_refusals() {
        Ics ics = CalendarFixtures.ics();
        Interval day = Interval.of(MONDAY.toInstant(), MONDAY.plusDays(1).toInstant());
        assertThat(ics.freeBusy(agenda(), PersonId.of("zoe"), day, STAMP).getLeft().code()).isEqualTo("calendar.person.unknown");
        assertThat(ics.freeBusy(agenda(), CalendarFixtures.NOMAIL, day, STAMP).getLeft().code()).isEqualTo("calendar.person.no-email");
        assertThat(ics.freeBusy(agenda(), RoomId.of("nowhere"), day, STAMP).getLeft().code()).isEqualTo("calendar.room.unknown");
        assertThat(ics.freeBusy(agenda(), BRUNO, Interval.of(MONDAY.toInstant(), Duration.ofDays(367)), STAMP).getLeft().code())
                .isEqualTo("calendar.freebusy.too-long");
        assertThatThrownBy(() -> ics.freeBusy(agenda(), MeetingId.of("a"), day, STAMP)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void merge_and_minus() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Interval w = Interval.of(t, Duration.ofHours(10));
        List<Interval> merged = FreeBusyWriter.merge(List.of(Interval.of(t.plusSeconds(7200), Duration.ofHours(1)),
                Interval.of(t.minusSeconds(3600), Duration.ofHours(2)), Interval.of(t.plusSeconds(3600), Duration.ofHours(1)),
                Interval.of(t.plusSeconds(36000), Duration.ofHours(1))), w);
        assertThat(merged).containsExactly(Interval.of(t, Duration.ofHours(3)));
        assertThat(FreeBusyWriter.minus(List.of(Interval.of(t, Duration.ofHours(5))),
                List.of(Interval.of(t.plusSeconds(3600), Duration.ofHours(1)), Interval.of(t.plusSeconds(4 * 3600), Duration.ofHours(3)))))
                .containsExactly(Interval.of(t, Duration.ofHours(1)), Interval.of(t.plusSeconds(7200), Duration.ofHours(2)));
    }
}
