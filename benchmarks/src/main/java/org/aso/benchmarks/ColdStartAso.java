package org.aso.benchmarks;

import java.util.Locale;
import org.aso.calendar.Ics;

/** A fresh JVM writes one invitation (METHOD:REQUEST) through the facade and prints its length in characters. */
public final class ColdStartAso {
    private ColdStartAso() {}

    /**
     * Writes the invitation.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Ics ics = Ics.builder(Ics.Directory.of(ColdStart.PEOPLE, ColdStart.ROOMS)).locale(Locale.FRENCH)
                .uidDomain("dga.example.gouv.fr").build();
        Ics.Message invitation = ics.request(ColdStart.meeting(), ColdStart.STAMP)
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        System.out.println(invitation.text().length());
    }
}
