package org.aso.calendar;

import static org.aso.calendar.ReadingFixtures.ics;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.agenda.Meeting;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** TZIDs as clients send them, read into {@code java.time} zones. */
class ZonesTest {

    private static String event(String tzid, String... vtimezone) {
        return ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                "METHOD:REQUEST", String.join("\r\n", vtimezone).isEmpty() ? "X-NONE:1" : String.join("\r\n", vtimezone),
                "BEGIN:VEVENT", "UID:z@" + ReadingFixtures.DOMAIN, "DTSTAMP:20260301T080000Z", "SUMMARY:Zone",
                "DTSTART;TZID=" + tzid + ":20260706T100000", "DTEND;TZID=" + tzid + ":20260706T110000",
                "ORGANIZER:mailto:claire.dupont@example.org", "END:VEVENT", "END:VCALENDAR");
    }

    private static ZoneId zoneOf(String text) {
        Meeting m = ReadingFixtures.ics().meeting(text).getOrElseThrow(p -> new AssertionError(p.toString()));
        return m.zone();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Europe/Paris|Europe/Paris",
            "europe/paris|Europe/Paris",
            "Romance Standard Time|Europe/Paris",
            "\"W. Europe Standard Time\"|Europe/Berlin",
            "Eastern Standard Time|America/New_York",
            "\"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris\"|Europe/Paris",
            "\"(UTC-05:00) Eastern Time (US & Canada)\"|America/New_York",
            "\"(UTC+01:00) Amsterdam, Oslo\"|Europe/Amsterdam",
            "/mozilla.org/20050126_1/Europe/Paris|Europe/Paris",
            "/citadel.org/20190914_1/America/New_York|America/New_York",
            "\"+02:00\"|+02:00",
            "UTC|UTC"})
    void zone_byName_isResolvedWithoutTheTextsVtimezone(String tzid, String expected) {
        assertThat(zoneOf(event(tzid))).isEqualTo(ZoneId.of(expected));
    }

    @Test
    void zone_ofADisplayNameWhoseOffsetDisagrees_isNotGuessed() {
        Problem p = ReadingFixtures.ics().meeting(event("\"(UTC+05:00) Paris\"")).getLeft();
        assertThat(p.code()).isEqualTo("calendar.zone.unknown");
    }

    @Test
    void zone_unknown_isAProblemNamingTheTzid() {
        Problem p = ReadingFixtures.ics().meeting(event("Atlantis Standard Time")).getLeft();
        assertThat(p.code()).isEqualTo("calendar.zone.unknown");
        assertThat(p.detail("tzid")).contains("Atlantis Standard Time");
    }

    @Test
    void zone_ical4jsOwnIds_areNeverLookedUp() {
        Problem p = ReadingFixtures.ics().meeting(event("ical4j~b1e0a5d1-0000-0000-0000-000000000000")).getLeft();
        assertThat(p.code()).isEqualTo("calendar.zone.unknown");
    }

    @Test
    void zone_customVtimezone_isMatchedToTheZoneWhoseClockChangesAgree() {
        // given: Outlook's "Customized Time Zone" with the Paris rules
        String text = event("Customized Time Zone", "BEGIN:VTIMEZONE", "TZID:Customized Time Zone",
                "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE");
        // when
        ZoneId zone = zoneOf(text);
        // then: a zone with the same clock changes in 2026 (all of central Europe shares them)
        assertThat(zone.getRules().getOffset(ZonedDateTime.of(2026, 7, 6, 10, 0, 0, 0, zone).toInstant()))
                .isEqualTo(ZoneOffset.ofHours(2));
        assertThat(zone.getRules().nextTransition(java.time.Instant.parse("2026-01-01T00:00:00Z")).getInstant())
                .isEqualTo(java.time.Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(zone.getId()).contains("/");
    }

    @Test
    void zone_applesBymonthOnlyVtimezone_givesAZoneWithTheSameOffsetsAndMonths() {
        // given: RRULE without BYDAY: every 29 March and 25 October from the DTSTART (RFC 5545), not a Sunday rule
        String text = event("Custom/Paris", "BEGIN:VTIMEZONE", "TZID:Custom/Paris",
                "BEGIN:DAYLIGHT", "DTSTART:19810329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;BYMONTH=3", "TZNAME:CEST", "END:DAYLIGHT",
                "BEGIN:STANDARD", "DTSTART:19961027T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;BYMONTH=10", "TZNAME:CET", "END:STANDARD", "END:VTIMEZONE");
        // when
        ZoneId zone = zoneOf(text);
        // then
        assertThat(zone.getRules().getOffset(java.time.Instant.parse("2026-07-06T08:00:00Z"))).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(zone.getRules().getOffset(java.time.Instant.parse("2026-01-06T08:00:00Z"))).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void zone_vtimezoneWithoutClockChanges_isItsOffset() {
        String text = event("My Zone", "BEGIN:VTIMEZONE", "TZID:My Zone",
                "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:STANDARD",
                "END:VTIMEZONE");
        assertThat(zoneOf(text)).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    }

    @Test
    void windowsTable_everyMappingNamesAZoneJavaTimeKnows() throws Exception {
        try (var in = Zones.class.getResourceAsStream("windows-zones.txt")) {
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.startsWith("#") && l.contains("\t")).toList();
            assertThat(lines).hasSizeGreaterThan(100);
            for (String line : lines) {
                String name = line.substring(0, line.indexOf('\t'));
                name = name.startsWith("(") ? "(UTC+01:00) " + name.substring(1, name.length() - 1) : name;
                assertThat(Zones.known(name)).as(name).isPresent();
            }
        }
    }
}
