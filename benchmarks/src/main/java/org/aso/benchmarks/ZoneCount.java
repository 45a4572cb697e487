package org.aso.benchmarks;

import java.time.ZoneId;

/**
 * What a host sees of java.time's zones: the first {@code ZoneId.of} (and how long it takes), then
 * how many zone ids there are and how many of them are ical4j's ({@code ical4j~...}). Uses
 * java.time only, so it runs with or without ical4j on the class path ({@code benchmarks/coldstart.sh}).
 */
public final class ZoneCount {
    private ZoneCount() {}

    /**
     * Prints the counts.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        ZoneId paris = ZoneId.of("Europe/Paris");
        long took = System.nanoTime() - start;
        long ical4j = ZoneId.getAvailableZoneIds().stream().filter(id -> id.startsWith("ical4j~")).count();
        System.out.println("first ZoneId.of(" + paris + "): " + took / 1_000_000 + " ms; zone ids: "
                + ZoneId.getAvailableZoneIds().size() + " (ical4j~...: " + ical4j + ")");
    }
}
