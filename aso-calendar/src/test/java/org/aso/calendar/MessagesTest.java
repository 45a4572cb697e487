package org.aso.calendar;

import static org.aso.calendar.CalendarFixtures.ALICE;
import static org.aso.calendar.CalendarFixtures.BRUNO;
import static org.aso.calendar.CalendarFixtures.CHLOE;
import static org.aso.calendar.CalendarFixtures.DMITRI;
import static org.aso.calendar.CalendarFixtures.NOMAIL;
import static org.aso.calendar.CalendarFixtures.PARIS;
import static org.aso.calendar.CalendarFixtures.STAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Ics ics = CalendarFixtures.ics();

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static List<VEvent> events(Calendar c) {
        return c.getComponents(Component.VEVENT);
    }

    static String prop(net.fortuna.ical4j.model.PropertyContainer c, String name) {
        return c.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    static Instant instant(Object zoned) {
        return ((ZonedDateTime) zoned).toInstant();
    }

    static String param(Property p, String name) {
        return p.<Parameter>getParameter(name).map(Parameter::getValue).orElse(null);
    }

    @Test
    void request_single_parsesBackWithEveryField() throws Exception {
        // given
        Meeting m = CalendarFixtures.single();
        // when
        Ics.Message msg = ics.request(m, STAMP).get();
        Calendar c = parse(msg.text());
        // then
        assertThat(msg.method()).isEqualTo(Ics.Method.REQUEST);
        assertThat(msg.uid()).isEqualTo("m-1@example.gouv.fr");
        assertThat(msg.from()).isEqualTo(EmailAddress.of("alice.martin@example.gouv.fr"));
        assertThat(msg.to()).extracting(EmailAddress::toAscii)
                .containsExactly("bruno.petit@example.gouv.fr", "chloe.lefevre@example.gouv.fr", "dmitri@example.org");
        assertThat(msg.warnings()).isEmpty();
        assertThat(prop(c, "METHOD")).isEqualTo("REQUEST");
        assertThat(prop(c, "PRODID")).isEqualTo(Ics.PRODID);
        assertThat(c.getComponents(Component.VTIMEZONE)).hasSize(1);
        VEvent e = events(c).get(0);
        assertThat(events(c)).hasSize(1);
        assertThat(prop(e, "UID")).isEqualTo("m-1@example.gouv.fr");
        assertThat(prop(e, "SUMMARY")).isEqualTo("Comité de suivi, budget; 2026");
        assertThat(prop(e, "DTSTAMP")).isEqualTo("20260220T080000Z");
        assertThat(prop(e, "SEQUENCE")).isEqualTo("0");
        assertThat(prop(e, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(prop(e, "METHOD")).isNull();
        assertThat(instant(e.getDateTimeStart().getDate())).isEqualTo(ZonedDateTime.of(2026, 3, 2, 9, 30, 0, 0, PARIS).toInstant());
        assertThat(instant(e.getDateTimeEnd().getDate())).isEqualTo(ZonedDateTime.of(2026, 3, 2, 10, 30, 0, 0, PARIS).toInstant());
        assertThat(param(e.getProperty("DTSTART").get(), "TZID")).isEqualTo("Europe/Paris");
        assertThat(prop(e, "ORGANIZER")).isEqualTo("mailto:alice.martin@example.gouv.fr");
        assertThat(param(e.getProperty("ORGANIZER").get(), "CN")).isEqualTo("Alice Martin");
        List<Attendee> attendees = e.getProperties("ATTENDEE");
        assertThat(attendees).extracting(Property::getValue).containsExactly("mailto:alice.martin@example.gouv.fr",
                "mailto:bruno.petit@example.gouv.fr", "mailto:chloe.lefevre@example.gouv.fr", "mailto:dmitri@example.org");
        assertThat(attendees).extracting(a -> param(a, "ROLE"))
                .containsExactly("CHAIR", "REQ-PARTICIPANT", "OPT-PARTICIPANT", "REQ-PARTICIPANT");
        assertThat(attendees).extracting(a -> param(a, "PARTSTAT"))
                .containsExactly("ACCEPTED", "NEEDS-ACTION", "TENTATIVE", "NEEDS-ACTION");
        assertThat(attendees).extracting(a -> param(a, "CN"))
                .containsExactly("Alice Martin", "Bruno Petit", "Chloé Lefèvre", "Дмитрий Иванов");
        assertThat(attendees).extracting(a -> param(a, "RSVP")).containsOnly("TRUE");
        assertThat(param(attendees.get(3), "X-ASO-ROLE")).isEqualTo("MINUTE-TAKER");
        assertThat(prop(e, "LOCATION")).isEqualTo("Salle Marianne, B2, 3");
        assertThat(prop(e, "X-ASO-ROOM")).isEqualTo("B2-301");
        assertThat(prop(e, "URL")).isEqualTo("https://visio.example.gouv.fr/m-1");
        assertThat(prop(e, "DESCRIPTION")).isEqualTo("Agenda:\n1. Budget 2026 (Bruno Petit, 20 min)\n"
                + "2. Questions diverses (10 min)\n\nDocuments:\n- Note DGA-2026-017\n\nRoom: Salle Marianne, B2, 3\n\n"
                + "Join online: https://visio.example.gouv.fr/m-1");
        assertThat(prop(e, "CATEGORIES")).isEqualTo("Meeting");
        assertThat(e.<Property>getProperties("X-ASO-AGENDA-ITEM")).extracting(Property::getValue)
                .containsExactly("Budget 2026", "Questions diverses");
        assertThat(param(e.<Property>getProperties("X-ASO-AGENDA-ITEM").get(0), "X-ASO-PRESENTER"))
                .isEqualTo("mailto:bruno.petit@example.gouv.fr");
        assertThat(param(e.<Property>getProperties("X-ASO-AGENDA-ITEM").get(1), "X-ASO-MINUTES")).isEqualTo("10");
        assertThat(prop(e, "X-ASO-DOCUMENT")).isEqualTo("Note DGA-2026-017");
        assertThat(prop(e, "TRANSP")).isEqualTo("OPAQUE");
        assertThat(prop(e, "X-MICROSOFT-CDO-BUSYSTATUS")).isEqualTo("BUSY");
        assertThat(prop(e, "X-MICROSOFT-CDO-ALLDAYEVENT")).isNull();
        assertThat(c.validate().getEntries()).isEmpty();
    }

    @Test
    void request_french_writesFrenchTexts() throws Exception {
        Ics.Message msg = CalendarFixtures.ics(Locale.FRENCH).request(CalendarFixtures.single(), STAMP).get();
        VEvent e = events(parse(msg.text())).get(0);
        assertThat(prop(e, "CATEGORIES")).isEqualTo("Réunion");
        assertThat(prop(e, "DESCRIPTION")).startsWith("Ordre du jour :\n1. Budget 2026 (Bruno Petit, 20 min)")
                .contains("Documents :\n- Note DGA-2026-017").contains("Salle : Salle Marianne")
                .endsWith("Rejoindre en ligne : https://visio.example.gouv.fr/m-1");
    }

    @Test
    void request_series_writesRuleExdatesAndOverrides() throws Exception {
        // given: ten Mondays; the 2nd cancelled, the 3rd moved to Tuesday in another room, the 5th excluded
        Meeting weekly = CalendarFixtures.weekly();
        Recurrence r = weekly.recurrence().get();
        ZonedDateTime second = weekly.start().plusWeeks(1);
        ZonedDateTime third = weekly.start().plusWeeks(2);
        ZonedDateTime fifth = weekly.start().plusWeeks(4);
        ZonedDateTime tuesday = third.plusDays(1).withHour(14);
        r = r.withChange(second, OccurrenceChange.cancelled())
                .withChange(third, OccurrenceChange.builder().movedTo(Interval.of(tuesday.toInstant(), tuesday.plusHours(1).toInstant()))
                        .room(CalendarFixtures.VOLTAIRE).title("Comité (déplacé)").build());
        r = Recurrence.builder().start(r.start()).duration(r.duration()).rule(r.rule()).addExdates(fifth)
                .putAllChanges(r.changes()).build();
        Meeting m = CalendarFixtures.copy(weekly).recurrence(r).sequence(2).build();
        // when
        Ics.Message msg = ics.request(m, STAMP).get();
        Calendar c = parse(msg.text());
        // then
        List<VEvent> events = events(c);
        assertThat(events).hasSize(2);
        VEvent master = events.get(0);
        assertThat(prop(master, "RRULE")).isEqualTo("FREQ=WEEKLY;COUNT=10;BYDAY=MO");
        assertThat(msg.text()).contains("EXDATE;TZID=Europe/Paris:20260330T093000\r\n")
                .contains("EXDATE;TZID=Europe/Paris;X-ASO-CANCELLED=TRUE:20260309T093000\r\n");
        VEvent moved = events.get(1);
        assertThat(prop(moved, "UID")).isEqualTo(prop(master, "UID"));
        assertThat(prop(moved, "SEQUENCE")).isEqualTo("2");
        assertThat(prop(moved, "RECURRENCE-ID")).isEqualTo("20260316T093000");
        assertThat(instant(moved.getDateTimeStart().getDate())).isEqualTo(tuesday.toInstant());
        assertThat(prop(moved, "SUMMARY")).isEqualTo("Comité (déplacé)");
        assertThat(prop(moved, "X-ASO-ROOM")).isEqualTo("B2-101");
        assertThat(moved.<Property>getProperties("ATTENDEE")).hasSize(4);
        // the occurrences ical4j finds: 10 Mondays less the cancelled and the excluded, the 3rd moved
        net.fortuna.ical4j.model.Period<ZonedDateTime> year = new net.fortuna.ical4j.model.Period<>(
                ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, PARIS), ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, PARIS));
        assertThat(master.<ZonedDateTime>calculateRecurrenceSet(year)).hasSize(8);
    }

    @Test
    void request_allDay_writesDatesAndOutlookFlag() throws Exception {
        ZonedDateTime day = ZonedDateTime.of(2026, 6, 15, 0, 0, 0, 0, PARIS);
        Meeting m = CalendarFixtures.copy(CalendarFixtures.single()).allDay(true).times(day, day.plusDays(2)).build();
        String text = ics.request(m, STAMP).get().text();
        assertThat(text).contains("DTSTART;VALUE=DATE:20260615\r\n").contains("DTEND;VALUE=DATE:20260617\r\n")
                .contains("X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\n").doesNotContain("VTIMEZONE");
        VEvent e = events(parse(text)).get(0);
        assertThat(e.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void request_untilInEveryForm_isWrittenAsRfc5545Asks() {
        // a timed series: UNTIL in UTC, the same last occurrence (a date means up to the end of that day in the zone)
        Meeting m = CalendarFixtures.single();
        Meeting byDate = CalendarFixtures.copy(m).recurrence(Recurrence.of(m.start(), java.time.Duration.ofHours(1),
                org.aso.core.agenda.recurrence.RecurrenceRule.parse("FREQ=WEEKLY;UNTIL=20260330").get())).build();
        assertThat(ics.request(byDate, STAMP).get().text()).contains("RRULE:FREQ=WEEKLY;UNTIL=20260330T215959Z\r\n");
        Meeting floating = CalendarFixtures.copy(m).recurrence(Recurrence.of(m.start(), java.time.Duration.ofHours(1),
                org.aso.core.agenda.recurrence.RecurrenceRule.parse("FREQ=WEEKLY;UNTIL=20260330T093000").get())).build();
        assertThat(ics.request(floating, STAMP).get().text()).contains("RRULE:FREQ=WEEKLY;UNTIL=20260330T073000Z\r\n");
        // an all-day series: UNTIL, EXDATE and the cancelled occurrence as DATEs, no VTIMEZONE
        ZonedDateTime day = ZonedDateTime.of(2026, 6, 1, 0, 0, 0, 0, PARIS);
        Recurrence r = Recurrence.builder().start(day).duration(java.time.Duration.ofDays(1))
                .rule(org.aso.core.agenda.recurrence.RecurrenceRule.parse("FREQ=WEEKLY;UNTIL=20260629T220000Z").get())
                .addExdates(day.plusWeeks(1)).build().withChange(day.plusWeeks(2), OccurrenceChange.cancelled());
        Meeting allDay = CalendarFixtures.copy(m).allDay(true).times(day, day.plusDays(1)).recurrence(r).build();
        String text = ics.request(allDay, STAMP).get().text();
        assertThat(text).contains("RRULE:FREQ=WEEKLY;UNTIL=20260630\r\n").contains("EXDATE;VALUE=DATE:20260608\r\n")
                .contains("EXDATE;VALUE=DATE;X-ASO-CANCELLED=TRUE:20260615\r\n").doesNotContain("VTIMEZONE");
    }

    @Test
    void texts_haveEveryKeyInBothLanguages() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties fr = new java.util.Properties();
        en.load(new java.io.InputStreamReader(Texts.class.getResourceAsStream("texts.properties"), java.nio.charset.StandardCharsets.UTF_8));
        fr.load(new java.io.InputStreamReader(Texts.class.getResourceAsStream("texts_fr.properties"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fr.keySet()).isEqualTo(en.keySet());
        assertThat(en.keySet()).allSatisfy(k -> assertThat(Texts.get(true, (String) k)).isNotBlank());
        assertThat(Texts.get(true, "category.meeting")).isEqualTo("Réunion");
        assertThat(Texts.get(false, "category.meeting")).isEqualTo("Meeting");
    }

    @Test
    void request_utc_writesUtcTimesWithoutZone() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 2, 8, 30, 0, 0, java.time.ZoneOffset.UTC);
        Meeting m = CalendarFixtures.copy(CalendarFixtures.single()).times(start, start.plusHours(1)).build();
        String text = ics.request(m, STAMP).get().text();
        assertThat(text).contains("DTSTART:20260302T083000Z\r\n").doesNotContain("TZID").doesNotContain("VTIMEZONE");
    }

    @Test
    void cancel_whole_isTheMasterCancelled() throws Exception {
        Meeting m = CalendarFixtures.copy(CalendarFixtures.weekly()).status(Meeting.Status.CANCELLED).sequence(1).build();
        Ics.Message msg = ics.cancel(m, STAMP).get();
        Calendar c = parse(msg.text());
        assertThat(prop(c, "METHOD")).isEqualTo("CANCEL");
        VEvent e = events(c).get(0);
        assertThat(prop(e, "STATUS")).isEqualTo("CANCELLED");
        assertThat(prop(e, "SEQUENCE")).isEqualTo("1");
        assertThat(prop(e, "RRULE")).isNotNull();
        assertThat(prop(e, "X-MICROSOFT-CDO-BUSYSTATUS")).isEqualTo("FREE");
        assertThat(msg.to()).hasSize(3);
    }

    @Test
    void cancelOccurrence_isOneEventWithRecurrenceId() throws Exception {
        Meeting m = CalendarFixtures.weekly();
        Instant second = m.start().plusWeeks(1).toInstant();
        Ics.Message msg = ics.cancelOccurrence(m, second, STAMP).get();
        List<VEvent> events = events(parse(msg.text()));
        assertThat(events).hasSize(1);
        assertThat(prop(events.get(0), "RECURRENCE-ID")).isEqualTo("20260309T093000");
        assertThat(prop(events.get(0), "STATUS")).isEqualTo("CANCELLED");
        assertThat(prop(events.get(0), "RRULE")).isNull();
    }

    @Test
    void occurrence_notOfTheSeries_isRefused() {
        Meeting m = CalendarFixtures.weekly();
        Instant off = m.start().plusDays(1).toInstant();
        assertThat(ics.cancelOccurrence(m, off, STAMP).getLeft().code()).isEqualTo("calendar.occurrence.unknown");
        assertThat(ics.requestOccurrence(m, off, STAMP).getLeft().code()).isEqualTo("calendar.occurrence.unknown");
        assertThat(ics.cancelOccurrence(CalendarFixtures.single(), m.start().toInstant(), STAMP).getLeft().code())
                .isEqualTo("calendar.occurrence.unknown");
    }

    @Test
    void requestOccurrence_isTheOverride() throws Exception {
        Meeting weekly = CalendarFixtures.weekly();
        ZonedDateTime third = weekly.start().plusWeeks(2);
        Meeting m = CalendarFixtures.copy(weekly).recurrence(weekly.recurrence().get()
                .withChange(third, OccurrenceChange.inRoom(CalendarFixtures.VOLTAIRE))).build();
        List<VEvent> events = events(parse(ics.requestOccurrence(m, third.toInstant(), STAMP).get().text()));
        assertThat(events).hasSize(1);
        assertThat(prop(events.get(0), "RECURRENCE-ID")).isEqualTo("20260316T093000");
        assertThat(prop(events.get(0), "LOCATION")).isEqualTo("Salle Voltaire, B2");
    }

    @Test
    void uninvite_isCancelToThatAttendeeOnly() throws Exception {
        Ics.Message msg = ics.uninvite(CalendarFixtures.single(), CHLOE, STAMP).get();
        assertThat(msg.method()).isEqualTo(Ics.Method.CANCEL);
        assertThat(msg.to()).extracting(EmailAddress::toAscii).containsExactly("chloe.lefevre@example.gouv.fr");
        VEvent e = events(parse(msg.text())).get(0);
        assertThat(e.<Property>getProperties("ATTENDEE")).extracting(Property::getValue)
                .containsExactly("mailto:chloe.lefevre@example.gouv.fr");
        assertThat(ics.uninvite(CalendarFixtures.single(), PersonId.of("zoe"), STAMP).getLeft().code())
                .isEqualTo("calendar.attendee.unknown");
    }

    @Test
    void reply_carriesTheOneAttendeeAndHerAnswer() throws Exception {
        Meeting m = CalendarFixtures.single();
        Ics.Message msg = ics.reply(m, CHLOE, STAMP).get();
        assertThat(msg.method()).isEqualTo(Ics.Method.REPLY);
        assertThat(msg.from().toAscii()).isEqualTo("chloe.lefevre@example.gouv.fr");
        assertThat(msg.to()).extracting(EmailAddress::toAscii).containsExactly("alice.martin@example.gouv.fr");
        Calendar c = parse(msg.text());
        assertThat(prop(c, "METHOD")).isEqualTo("REPLY");
        VEvent e = events(c).get(0);
        assertThat(e.<Property>getProperties("ATTENDEE")).hasSize(1);
        assertThat(param(e.getProperty("ATTENDEE").get(), "PARTSTAT")).isEqualTo("TENTATIVE");
        assertThat(prop(e, "UID")).isEqualTo("m-1@example.gouv.fr");
        assertThat(prop(e, "ORGANIZER")).isEqualTo("mailto:alice.martin@example.gouv.fr");
        assertThat(ics.reply(m, PersonId.of("zoe"), STAMP).getLeft().code()).isEqualTo("calendar.attendee.unknown");
    }

    @Test
    void message_ofAnAnswerToOneOccurrence_isAReplyWithItsRecurrenceIdAndThatOccurrencesAnswer() throws Exception {
        // given: Chloé declined the second Monday only
        Meeting weekly = CalendarFixtures.weekly();
        Instant second = weekly.start().plusWeeks(1).toInstant();
        Meeting answered = CalendarFixtures.copy(weekly).recurrence(weekly.recurrence().get()
                .withChange(second.atZone(PARIS), OccurrenceChange.builder().build()
                        .withResponse(CHLOE, org.aso.core.agenda.Attendee.Response.DECLINED))).build();
        var event = new org.aso.core.agenda.MeetingEvent.Responded(STAMP, CHLOE, answered, CHLOE,
                org.aso.core.agenda.Attendee.Response.DECLINED, java.util.Optional.empty(), false,
                java.util.Optional.of(second));
        // when
        Ics.Message msg = ics.message(event, STAMP).get();
        // then
        assertThat(msg.method()).isEqualTo(Ics.Method.REPLY);
        VEvent e = events(parse(msg.text())).get(0);
        assertThat(instant(e.getProperty("RECURRENCE-ID").map(p -> ((net.fortuna.ical4j.model.property.RecurrenceId<?>) p)
                .getDate()).get())).isEqualTo(second);
        assertThat(param(e.getProperty("ATTENDEE").get(), "PARTSTAT")).isEqualTo("DECLINED");
        // the same answer to the whole series carries her series answer and no RECURRENCE-ID
        VEvent whole = events(parse(ics.reply(answered, CHLOE, STAMP).get().text())).get(0);
        assertThat(whole.getProperty("RECURRENCE-ID")).isEmpty();
        assertThat(param(whole.getProperty("ATTENDEE").get(), "PARTSTAT")).isNotEqualTo("DECLINED");
        assertThat(ics.replyToOccurrence(answered, CHLOE, second.plusSeconds(60), STAMP).getLeft().code())
                .isEqualTo("calendar.occurrence.unknown");
    }

    @Test
    void reply_delegated_namesTheDelegate() throws Exception {
        Meeting base = CalendarFixtures.single();
        Meeting m = CalendarFixtures.copy(base).attendees(List.of(base.attendees().get(0),
                base.attendees().get(1).withDelegatedTo(DMITRI).withResponse(org.aso.core.agenda.Attendee.Response.DELEGATED),
                base.attendees().get(3))).build();
        VEvent reply = events(parse(ics.reply(m, BRUNO, STAMP).get().text())).get(0);
        // RFC 5545 quotes a cal-address in DELEGATED-TO and DELEGATED-FROM; ical4j keeps the quotes in the value
        assertThat(reply.toString()).contains("DELEGATED-TO=\"mailto:dmitri@example.org\"");
        assertThat(param(reply.getProperty("ATTENDEE").get(), "DELEGATED-TO")).isEqualTo("\"mailto:dmitri@example.org\"");
        VEvent request = events(parse(ics.request(m, STAMP).get().text())).get(0);
        List<Property> attendees = request.getProperties("ATTENDEE");
        assertThat(param(attendees.get(2), "DELEGATED-FROM")).isEqualTo("\"mailto:bruno.petit@example.gouv.fr\"");
    }

    @Test
    void counter_and_declineCounter() throws Exception {
        Meeting m = CalendarFixtures.single();
        ZonedDateTime later = m.start().plusHours(2);
        Ics.Message counter = ics.counter(m, BRUNO, Interval.of(later.toInstant(), later.plusHours(1).toInstant()),
                "Plus tard, s'il vous plaît", STAMP).get();
        VEvent e = events(parse(counter.text())).get(0);
        assertThat(counter.method()).isEqualTo(Ics.Method.COUNTER);
        assertThat(instant(e.getDateTimeStart().getDate())).isEqualTo(later.toInstant());
        assertThat(prop(e, "COMMENT")).isEqualTo("Plus tard, s'il vous plaît");
        Ics.Message decline = ics.declineCounter(m, BRUNO, "Non", STAMP).get();
        VEvent d = events(parse(decline.text())).get(0);
        assertThat(prop(d, "COMMENT")).isEqualTo("Non");
        assertThat(decline.to()).extracting(EmailAddress::toAscii).containsExactly("bruno.petit@example.gouv.fr");
        assertThat(ics.counter(m, BRUNO, m.interval(), "bad\u0000", STAMP).getLeft().code()).startsWith("kernel.text.");
    }

    @Test
    void publish_hasNoAttendeesAndIsSorted() throws Exception {
        Meeting a = CalendarFixtures.single();
        Meeting b = CalendarFixtures.copy(a).id(MeetingId.of("m-0")).times(a.start().minusDays(1), a.end().minusDays(1)).build();
        Ics.Message msg = ics.publish(List.of(a, b), STAMP).get();
        Calendar c = parse(msg.text());
        assertThat(prop(c, "METHOD")).isEqualTo("PUBLISH");
        assertThat(events(c)).extracting(e -> prop(e, "UID")).containsExactly("m-0@example.gouv.fr", "m-1@example.gouv.fr");
        assertThat(msg.text()).doesNotContain("ATTENDEE");
        assertThat(c.getComponents(Component.VTIMEZONE)).hasSize(1);
    }

    @Test
    void people_unknownOrWithoutAddress_areProblems() {
        Meeting base = CalendarFixtures.single();
        Meeting unknown = CalendarFixtures.copy(base).addAttendee(org.aso.core.agenda.Attendee.of(PersonId.of("zoe"),
                org.aso.core.agenda.Attendee.Role.OPTIONAL)).build();
        Problem p = ics.request(unknown, STAMP).getLeft();
        assertThat(p.code()).isEqualTo("calendar.person.unknown");
        assertThat(p.detail("person")).contains("zoe");
        Meeting noMail = CalendarFixtures.copy(base).organizer(NOMAIL).build();
        assertThat(ics.request(noMail, STAMP).getLeft().code()).isEqualTo("calendar.person.no-email");
        assertThat(ics.publish(List.of(noMail), STAMP).getLeft().code()).isEqualTo("calendar.person.no-email");
    }

    @Test
    void everyMessageKind_passesIcal4jValidation_withItsMethodsRules() throws Exception {
        // given: a series, and every message the writer makes of it (and the holidays file)
        Meeting m = CalendarFixtures.weekly();
        Instant second = m.start().plusWeeks(1).toInstant();
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("request", ics.request(m, STAMP).get().text());
        texts.put("request occurrence", ics.requestOccurrence(m, second, STAMP).get().text());
        texts.put("cancel", ics.cancel(m, STAMP).get().text());
        texts.put("cancel occurrence", ics.cancelOccurrence(m, second, STAMP).get().text());
        texts.put("uninvite", ics.uninvite(m, CHLOE, STAMP).get().text());
        texts.put("reply", ics.reply(m, CHLOE, STAMP).get().text());
        texts.put("counter", ics.counter(m, BRUNO, m.interval(), "Plutôt jeudi", STAMP).get().text());
        texts.put("publish", ics.publish(List.of(m, CalendarFixtures.single()), STAMP).get().text());
        texts.put("holidays", Ics.holidays(org.aso.core.kernel.FrenchHolidays.metropolitan(), 2026, 2026, STAMP));
        // then: ical4j's validation, METHOD's table of RFC 5546 included, finds nothing
        for (var e : texts.entrySet()) {
            assertThat(parse(e.getValue()).validate().getEntries()).as(e.getKey()).isEmpty();
        }
        // DECLINECOUNTER: ical4j's table forbids the ATTENDEE that RFC 5546 (3.2.8) asks for; nothing else
        assertThat(parse(ics.declineCounter(m, BRUNO, "Non", STAMP).get().text()).validate().getEntries())
                .extracting(Object::toString).singleElement().asString().contains("MUST NOT be present: ATTENDEE");
    }

    @Test
    void sameInput_sameBytes() {
        Meeting m = CalendarFixtures.weekly();
        assertThat(ics.request(m, STAMP).get().text()).isEqualTo(CalendarFixtures.ics().request(m, STAMP).get().text());
    }

    @Test
    void message_routesEventsToTheRightMethod() {
        Meeting m = CalendarFixtures.single();
        Ics.Message booked = ics.message(new org.aso.core.agenda.MeetingEvent.Booked(STAMP, ALICE, m), STAMP).get();
        assertThat(booked.method()).isEqualTo(Ics.Method.REQUEST);
    }
}
