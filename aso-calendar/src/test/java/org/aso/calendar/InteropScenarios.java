package org.aso.calendar;

import static org.aso.calendar.InteropFixtures.STAMP;
import static org.aso.calendar.InteropFixtures.YEAR_2026;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Meeting;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Problem;

/**
 * The interop scenarios: each a calendar text written through the facade {@link Ics} (the
 * meetings booked and changed through core's agenda, see {@link InteropFixtures}), and what we
 * expect the independent tools to find in it.
 */
final class InteropScenarios {
    private InteropScenarios() {}

    /**
     * One file to give the tools.
     *
     * @param name the scenario's name (also the Radicale collection)
     * @param text the iCalendar text, as the facade wrote it
     * @param occurrences the occurrences we find in {@link InteropFixtures#YEAR_2026}, when the
     *     tools' expansion is to be compared with ours (not for CANCEL and REPLY messages)
     * @param method the METHOD expected
     * @param events how many VEVENTs (masters and overrides)
     * @param summary the first VEVENT's SUMMARY
     * @param attendees how many ATTENDEEs the first VEVENT has
     * @param status the first VEVENT's STATUS expected, "" to not check it
     * @param uids how many different UIDs the text holds (several: PUT as a whole calendar)
     * @param texts what python-icalendar must read, decoded, in the first VEVENT's summary,
     *     description, location or names (non-ASCII text survives escaping and folding)
     * @param stored false for a message a CalDAV server does not store as it is (one occurrence
     *     without its series: Radicale refuses it, "Main component missing"; a client applies it to
     *     the series it holds instead, as {@code series-with-cancelled-occurrence} shows)
     */
    record Scenario(String name, String text, Optional<Set<Span>> occurrences, String method,
                    int events, String summary, int attendees, String status, int uids, List<String> texts,
                    boolean stored) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every scenario, in a fixed order. */
    static List<Scenario> all() {
        Ics ics = InteropFixtures.ics(Locale.FRENCH);
        Meeting weekly = InteropFixtures.weeklyAcrossDst();
        Meeting exdate = InteropFixtures.seriesWithExdate();
        Meeting moved = InteropFixtures.seriesWithMovedOccurrence();
        Meeting cancelled = InteropFixtures.seriesWithCancelledOccurrence();
        Meeting allDay = InteropFixtures.allDay();
        Meeting allDaySeries = InteropFixtures.allDaySeries();
        Meeting tokyo = InteropFixtures.tokyo();
        Meeting text = InteropFixtures.nonAsciiText();
        Meeting twenty = InteropFixtures.twentyAttendees();
        List<Scenario> out = new ArrayList<>();
        out.add(request(ics, "weekly-across-dst", weekly));
        out.add(request(ics, "series-with-exdate", exdate));
        out.add(request(ics, "series-with-moved-occurrence", moved));
        out.add(request(ics, "series-with-cancelled-occurrence", cancelled));
        out.add(request(ics, "all-day", allDay));
        out.add(request(ics, "all-day-series", allDaySeries));
        out.add(request(ics, "zone-without-dst", tokyo));
        out.add(request(ics, "cyrillic-and-accents", text, "Бюджет 2027: предложения отделов", "Анна Петрова",
                "Éloïse Dupré-Lefèvre", "Jürgen Groß", "Synthèse des crédits, état des lieux; arbitrages",
                "Note n° 2026-117 « Crédits »", "Отчёт-2026.pdf", "Salle Marianne, Bâtiment B2"));
        out.add(request(ics, "twenty-attendees", twenty, "Agent n° 1", "Agent n° 20",
                "https://visio.example.gouv.fr/assemblee-du-service"));

        // feeds: PUBLISH (events without ATTENDEE, RFC 5546) of every meeting above, and the holidays
        List<Meeting> feed = List.of(weekly, exdate, moved, cancelled, allDay, allDaySeries, tokyo, text, twenty);
        Set<Span> all = new TreeSet<>();
        feed.forEach(m -> all.addAll(occurrences(m)));
        out.add(new Scenario("publish-feed", ours(() -> ics.publish(feed, STAMP)), Optional.of(all), "PUBLISH",
                feed.stream().mapToInt(InteropScenarios::events).sum(), weekly.title(), 0, "", feed.size(), List.of(), true));

        HolidayCalendar holidays = FrenchHolidays.metropolitan();
        Set<Span> days = holidays.holidaysIn(2026).stream().map(h -> Span.days(h.date(), h.date().plusDays(1)))
                .collect(Collectors.toCollection(TreeSet::new));
        out.add(new Scenario("holidays-feed", Ics.holidays(holidays, 2026, 2026, STAMP), Optional.of(days), "PUBLISH",
                days.size(), holidays.holidaysIn(2026).get(0).name(), 0, "", days.size(), List.of(), true));

        // the messages of the agenda's own events (Ics.message), as they go out by mail
        Agenda.Change called = InteropFixtures.weeklyCancelled();
        out.add(new Scenario("cancel-meeting", ours(() -> ics.message(called.events().get(0), STAMP)), Optional.empty(),
                "CANCEL", 1, weekly.title(), weekly.attendees().size(), "CANCELLED", 1, List.of(), true));

        Agenda.Change eleventh = InteropFixtures.eleventhCancelled();
        out.add(new Scenario("cancel-one-occurrence", ours(() -> ics.message(eleventh.events().get(0), STAMP)),
                Optional.empty(), "CANCEL", 1, cancelled.title(), cancelled.attendees().size(), "CANCELLED", 1, List.of(), false));

        out.add(new Scenario("uninvite", ours(() -> ics.uninvite(weekly, InteropFixtures.ELOISE, STAMP)), Optional.empty(),
                "CANCEL", 1, weekly.title(), 1, "CANCELLED", 1, List.of("Éloïse Dupré-Lefèvre"), true));

        Agenda.Change answered = InteropFixtures.annaAccepts();
        out.add(new Scenario("reply", ours(() -> ics.message(answered.events().get(0), STAMP)), Optional.empty(),
                "REPLY", 1, answered.meeting().title(), 1, "", 1, List.of("Анна Петрова"), true));
        return List.copyOf(out);
    }

    private static Scenario request(Ics ics, String name, Meeting m, String... texts) {
        return new Scenario(name, ours(() -> ics.request(m, STAMP)), Optional.of(occurrences(m)), "REQUEST", events(m),
                m.title(), m.attendees().size(), m.status() == Meeting.Status.TENTATIVE ? "TENTATIVE" : "CONFIRMED", 1,
                List.of(texts), true);
    }

    /** The VEVENTs a REQUEST of {@code m} holds: its master and one per changed, not cancelled, occurrence. */
    static int events(Meeting m) {
        return 1 + m.recurrence().map(r -> (int) r.changes().values().stream().filter(c -> !c.isCancelled()).count()).orElse(0);
    }

    /** Our occurrences of {@code m} in {@link InteropFixtures#YEAR_2026}: {@link Meeting#places}, days for an all-day meeting. */
    static Set<Span> occurrences(Meeting m) {
        return m.places(YEAR_2026).stream()
                .map(p -> m.allDay() ? Span.days(p.interval(), m.zone()) : Span.of(p.interval()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The text of a message from the facade; a problem fails the scenario. */
    static String ours(Supplier<Either<Problem, Ics.Message>> facade) {
        return facade.get().getOrElseThrow(p -> new AssertionError("the facade refused: " + p)).text();
    }
}
