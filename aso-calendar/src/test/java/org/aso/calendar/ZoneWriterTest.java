package org.aso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ZoneWriterTest {
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2031-01-01T00:00:00Z");

    /**
     * The offsets ical4j reads from our VTIMEZONE: the text is parsed by {@link CalendarBuilder},
     * each observance's onsets are listed by ical4j's recurrence engine from its DTSTART and RRULE
     * (or are its DTSTART alone), each onset is an instant through its TZOFFSETFROM, and the
     * offset at a moment is the TZOFFSETTO of the last onset before it (RFC 5545, 3.6.5).
     *
     * <p>Not ical4j's own {@code ZoneRulesBuilder} (what {@code CalendarBuilder} gives a TZID):
     * it reads {@code BYDAY=2SU} as "the Sunday on or after the 2nd", so New York's clocks change a
     * week early in 2027 by its reading of any VTIMEZONE in the RFC's form, ours or Outlook's.
     * {@link #vtimezone_ical4jZoneRules_agreeForLastAndFirstWeekdayRules} checks that path where it is right.
     */
    static java.util.NavigableMap<Instant, ZoneOffset> onsetsByIcal4j(ZoneId zone) throws Exception {
        String text = "BEGIN:VCALENDAR\r\nPRODID:-//test//EN\r\nVERSION:2.0\r\n" + ZoneWriter.vtimezone(zone) + "END:VCALENDAR\r\n";
        Calendar c = new CalendarBuilder().build(new StringReader(text));
        net.fortuna.ical4j.model.component.VTimeZone vtz = c.<net.fortuna.ical4j.model.component.VTimeZone>getComponents(
                Component.VTIMEZONE).get(0);
        java.util.NavigableMap<Instant, ZoneOffset> onsets = new java.util.TreeMap<>();
        for (net.fortuna.ical4j.model.component.Observance o : vtz.getObservances()) {
            LocalDateTime start = (LocalDateTime) o.<net.fortuna.ical4j.model.property.DtStart<?>>getProperty("DTSTART").get().getDate();
            ZoneOffset from = o.<net.fortuna.ical4j.model.property.TzOffsetFrom>getProperty("TZOFFSETFROM").get().getOffset();
            ZoneOffset to = o.<net.fortuna.ical4j.model.property.TzOffsetTo>getProperty("TZOFFSETTO").get().getOffset();
            List<LocalDateTime> starts = new ArrayList<>(List.of(start));
            java.util.Optional<net.fortuna.ical4j.model.property.RRule<LocalDateTime>> rrule = o.getProperty("RRULE");
            if (rrule.isPresent()) {
                starts.addAll(rrule.get().getRecur().getDates(start, LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2032, 1, 1, 0, 0)));
            }
            for (LocalDateTime s : starts) {
                onsets.put(s.toInstant(from), to);
            }
        }
        return onsets;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Tokyo", "America/Sao_Paulo",
            "Asia/Tehran", "Pacific/Chatham", "Europe/Dublin", "Asia/Jerusalem", "Pacific/Auckland", "America/Santiago",
            "Africa/Casablanca", "Asia/Kolkata", "Etc/UTC", "+02:00", "-03:30"})
    void vtimezone_offsetsReadByIcal4j_equalJavaTime_everyHourOf2025To2030(String id) throws Exception {
        // given
        ZoneId zone = ZoneId.of(id);
        ZoneRules rules = zone.getRules();
        java.util.NavigableMap<Instant, ZoneOffset> ical4j = onsetsByIcal4j(zone);
        // when: every hour, and each side of every clock change
        for (Instant t : instants(rules)) {
            // then
            assertThat(ical4j.floorEntry(t).getValue()).as("%s at %s", id, t).isEqualTo(rules.getOffset(t));
        }
    }

    /** Every hour of 2025-2030, and the second before and the instant of each clock change. */
    private static List<Instant> instants(ZoneRules rules) {
        List<Instant> instants = new ArrayList<>();
        for (Instant t = FROM; t.isBefore(TO); t = t.plusSeconds(3600)) {
            instants.add(t);
        }
        for (ZoneOffsetTransition tr = rules.nextTransition(FROM); tr != null && tr.getInstant().isBefore(TO);
                tr = rules.nextTransition(tr.getInstant())) {
            instants.add(tr.getInstant().minusSeconds(1));
            instants.add(tr.getInstant());
        }
        return instants;
    }

    /** The zone ical4j's {@code CalendarBuilder} makes of our VTIMEZONE for an event in that zone. */
    static ZoneRules zoneRulesByIcal4j(ZoneId zone) throws Exception {
        ContentLines event = new ContentLines();
        event.begin("VEVENT");
        event.textLine("UID", "zone-test");
        event.name("DTSTAMP").value("20250101T000000Z");
        event.name("DTSTART").param("TZID", zone.getId()).value("20260101T120000");
        event.end("VEVENT");
        String text = Messages.calendar(Ics.Method.PUBLISH, java.util.Set.of(zone), event, null);
        Calendar c = new CalendarBuilder().build(new StringReader(text));
        VEvent e = c.<VEvent>getComponents(Component.VEVENT).get(0);
        ZoneId read = ((ZonedDateTime) e.getDateTimeStart().getDate()).getZone();
        assertThat(read.getId()).startsWith("ical4j-local-");
        return read.getRules();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "Australia/Sydney", "Asia/Tokyo", "Pacific/Chatham", "Europe/London",
            "Asia/Kolkata"})
    void vtimezone_ical4jZoneRules_agreeForLastAndFirstWeekdayRules(String id) throws Exception {
        ZoneId zone = ZoneId.of(id);
        ZoneRules ical4j = zoneRulesByIcal4j(zone);
        for (Instant t : instants(zone.getRules())) {
            assertThat(ical4j.getOffset(t)).as("%s at %s", id, t).isEqualTo(zone.getRules().getOffset(t));
        }
    }

    @Test
    void vtimezone_paris_isOneStandardAndOneDaylightWithYearlyRules() {
        String text = ZoneWriter.vtimezone(ZoneId.of("Europe/Paris"));
        assertThat(text).isEqualTo("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
                + "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n");
    }

    @Test
    void vtimezone_withoutClockChanges_isOneStandard() {
        assertThat(ZoneWriter.vtimezone(ZoneId.of("Asia/Tokyo"))).isEqualTo("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\n"
                + "END:STANDARD\r\nEND:VTIMEZONE\r\n");
        assertThat(ZoneWriter.vtimezone(ZoneId.of("America/Sao_Paulo"))).contains("TZOFFSETTO:-0300").doesNotContain("DAYLIGHT");
    }

    @Test
    void vtimezone_newYorkAndSydney_haveTheirNthSundays() {
        assertThat(ZoneWriter.vtimezone(ZoneId.of("America/New_York")))
                .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU").contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
        assertThat(ZoneWriter.vtimezone(ZoneId.of("Australia/Sydney")))
                .contains("RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU").contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU");
        assertThat(ZoneWriter.vtimezone(ZoneId.of("Asia/Jerusalem")))
                .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR");
    }

    @Test
    void offset_formats() {
        assertThat(ZoneWriter.offset(ZoneOffset.ofHoursMinutes(12, 45))).isEqualTo("+1245");
        assertThat(ZoneWriter.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
        assertThat(ZoneWriter.offset(ZoneOffset.ofTotalSeconds(561))).isEqualTo("+000921");
        assertThat(ZoneWriter.offset(ZoneOffset.UTC)).isEqualTo("+0000");
    }
}
