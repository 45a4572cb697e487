package org.aso.benchmarks;

import java.io.StringReader;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * What ical4j needs of java.time's zones: parses an invitation whose DTSTARTs name an IANA zone
 * and an Outlook zone defined by its own VTIMEZONE, prints the starts ical4j reads, then the
 * number of zone ids the JVM has. {@code benchmarks/coldstart.sh} runs it with ical4j's jar as
 * published, with the jar's {@code ZoneRulesProvider} service entry removed, and from a class
 * loader of its own ({@link IsolatedIcal4j}).
 */
public final class Ical4jZones {
    static final String TEXT = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
            "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:outlook@example.org", "DTSTAMP:20260301T080000Z",
            "DTSTART;TZID=W. Europe Standard Time:20260310T100000", "DTEND;TZID=W. Europe Standard Time:20260310T113000",
            "SUMMARY:Outlook zone", "END:VEVENT",
            "BEGIN:VEVENT", "UID:iana@example.org", "DTSTAMP:20260301T080000Z",
            "DTSTART;TZID=Europe/Paris:20260310T100000", "DTEND;TZID=Europe/Paris:20260310T113000",
            "SUMMARY:IANA zone", "END:VEVENT", "END:VCALENDAR", "");

    private Ical4jZones() {}

    /**
     * Parses and prints.
     *
     * @param args ignored
     * @throws Exception whatever ical4j throws
     */
    public static void main(String[] args) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(TEXT));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        for (VEvent e : events) {
            try {
                Temporal start = e.getDateTimeStart().getDate();
                System.out.println(e.getUid().orElseThrow().getValue() + " starts " + start);
            } catch (RuntimeException ex) {
                System.out.println(e.getUid().orElseThrow().getValue() + " fails: " + ex);
            }
        }
        long ical4j = ZoneId.getAvailableZoneIds().stream().filter(id -> id.startsWith("ical4j~")).count();
        System.out.println("zone ids: " + ZoneId.getAvailableZoneIds().size() + " (ical4j~...: " + ical4j + ")");
    }
}
