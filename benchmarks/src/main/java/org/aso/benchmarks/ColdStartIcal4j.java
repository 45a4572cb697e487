package org.aso.benchmarks;

import java.util.List;

/**
 * A fresh JVM writes the same invitation with plain ical4j ({@link PlainIcal4j}: VEvent, the
 * zone's VTIMEZONE from ical4j's registry, {@code CalendarOutputter}) and prints its length.
 */
public final class ColdStartIcal4j {
    private ColdStartIcal4j() {}

    /**
     * Writes the invitation.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        String text = new PlainIcal4j(ColdStart.PEOPLE, ColdStart.ROOMS, "dga.example.gouv.fr")
                .requests(List.of(ColdStart.meeting()), ColdStart.STAMP).get(0);
        System.out.println(text.length());
    }
}
