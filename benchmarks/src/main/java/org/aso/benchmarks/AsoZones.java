package org.aso.benchmarks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aso.calendar.Ics;
import org.aso.core.kernel.Interval;

/**
 * What reading through the facade does to a host's zones: reads {@link Ical4jZones#TEXT} (an IANA
 * zone and an Outlook zone with its own VTIMEZONE) as busy time, prints the spans, then the number
 * of zone ids the JVM has ({@code benchmarks/coldstart.sh}).
 */
public final class AsoZones {
    private AsoZones() {}

    /**
     * Reads and prints.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Ics ics = Ics.builder(Ics.Directory.of(List.of(), List.of())).build();
        Interval march = Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        System.out.println(ics.busy(Ical4jZones.TEXT, march).map(spans -> spans.stream().map(s -> s.interval().toString()).toList()));
        long ical4j = ZoneId.getAvailableZoneIds().stream().filter(id -> id.startsWith("ical4j")).count();
        System.out.println("zone ids: " + ZoneId.getAvailableZoneIds().size() + " (ical4j...: " + ical4j + ")");
    }
}
