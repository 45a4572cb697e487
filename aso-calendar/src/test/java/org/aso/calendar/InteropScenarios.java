package org.aso.calendar;

import static org.aso.calendar.InteropFixtures.STAMP;
import static org.aso.calendar.InteropFixtures.YEAR_2026;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Meeting;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;

/**
 * The interop scenarios: each a calendar text written through the facade {@link Ics}, what we
 * expect the independent tools to find in it, and the meeting behind it.
 *
 * <p>Until the facade's writer is in ({@code Messages} still throws UnsupportedOperationException),
 * each scenario falls back to a hand-written text in the shared format (see {@link #ours}), so the
 * harness runs; {@link Scenario#writtenBy()} says which text was used.
 */
final class InteropScenarios {
    private InteropScenarios() {}

    /**
     * One file to give the tools.
     *
     * @param name the scenario's name (also the Radicale collection)
     * @param text the iCalendar text
     * @param writtenBy "Ics" (our writer) or "hand-written" (the writer is not in yet)
     * @param occurrences the occurrences we find in {@link InteropFixtures#YEAR_2026}, when the
     *     tools' expansion is to be compared with ours (not for CANCEL and REPLY messages)
     * @param method the METHOD expected ("" for none)
     * @param events how many VEVENTs (masters and overrides)
     * @param summary the first VEVENT's SUMMARY
     * @param attendees how many ATTENDEEs the first VEVENT has
     * @param status the first VEVENT's STATUS expected, "" to not check it
     * @param uids how many different UIDs the text holds (several: PUT as a whole calendar)
     * @param stored false for a message a CalDAV server does not store as it is (one occurrence
     *     without its series: Radicale refuses it, "Main component missing"; a client applies it to
     *     the series it holds instead, as {@code series-with-cancelled-occurrence} shows)
     */
    record Scenario(String name, String text, String writtenBy, Optional<Set<Span>> occurrences, String method,
                    int events, String summary, int attendees, String status, int uids, boolean stored) {
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
        out.add(request(ics, "weekly-across-dst", weekly, HandWritten.weekly(weekly)));
        out.add(request(ics, "series-with-exdate", exdate, HandWritten.exdate(exdate)));
        out.add(request(ics, "series-with-moved-occurrence", moved, HandWritten.moved(moved)));
        out.add(request(ics, "series-with-cancelled-occurrence", cancelled, HandWritten.cancelled(cancelled)));
        out.add(request(ics, "all-day", allDay, HandWritten.allDay(allDay)));
        out.add(request(ics, "all-day-series", allDaySeries, HandWritten.allDaySeries(allDaySeries)));
        out.add(request(ics, "zone-without-dst", tokyo, HandWritten.tokyo(tokyo)));
        out.add(request(ics, "cyrillic-and-accents", text, HandWritten.text(text)));
        out.add(request(ics, "twenty-attendees", twenty, HandWritten.twenty(twenty)));

        List<Meeting> feed = List.of(weekly, exdate, moved, cancelled, allDay, allDaySeries, tokyo, text, twenty);
        Written published = ours(() -> ics.publish(feed, STAMP), () -> HandWritten.publish(feed));
        Set<Span> all = new TreeSet<>();
        feed.forEach(m -> all.addAll(occurrences(m)));
        out.add(new Scenario("publish-feed", published.text(), published.by(), Optional.of(all), "PUBLISH",
                feed.stream().mapToInt(InteropScenarios::events).sum(), weekly.title(), 0, "", feed.size(), true));

        HolidayCalendar holidays = FrenchHolidays.metropolitan();
        Set<Span> days = holidays.holidaysIn(2026).stream().map(h -> Span.days(h.date(), h.date().plusDays(1)))
                .collect(Collectors.toCollection(TreeSet::new));
        out.add(new Scenario("holidays-feed", Ics.holidays(holidays, 2026, 2026, STAMP), "Ics", Optional.of(days), "",
                days.size(), holidays.holidaysIn(2026).get(0).name(), 0, "", days.size(), true));

        // the messages of the agenda's own events (Ics.message), as they go out by mail
        Agenda.Change called = InteropFixtures.weeklyCancelled();
        Written cancel = ours(() -> ics.message(called.events().get(0), STAMP), () -> HandWritten.cancel(called.meeting()));
        out.add(new Scenario("cancel-meeting", cancel.text(), cancel.by(), Optional.empty(), "CANCEL", 1,
                weekly.title(), weekly.attendees().size(), "CANCELLED", 1, true));

        Agenda.Change eleventh = InteropFixtures.eleventhCancelled();
        Written cancelOne = ours(() -> ics.message(eleventh.events().get(0), STAMP),
                () -> HandWritten.cancelOccurrence(eleventh.meeting()));
        out.add(new Scenario("cancel-one-occurrence", cancelOne.text(), cancelOne.by(), Optional.empty(), "CANCEL", 1,
                cancelled.title(), cancelled.attendees().size(), "CANCELLED", 1, false));

        Written uninvite = ours(() -> ics.uninvite(weekly, InteropFixtures.ELOISE, STAMP), () -> HandWritten.uninvite(weekly));
        out.add(new Scenario("uninvite", uninvite.text(), uninvite.by(), Optional.empty(), "CANCEL", 1, weekly.title(),
                1, "CANCELLED", 1, true));

        Agenda.Change answered = InteropFixtures.annaAccepts();
        Written reply = ours(() -> ics.message(answered.events().get(0), STAMP), () -> HandWritten.reply(answered.meeting()));
        out.add(new Scenario("reply", reply.text(), reply.by(), Optional.empty(), "REPLY", 1, answered.meeting().title(),
                1, "", 1, true));
        return List.copyOf(out);
    }

    private static Scenario request(Ics ics, String name, Meeting m, String handWritten) {
        Written w = ours(() -> ics.request(m, STAMP), () -> handWritten);
        return new Scenario(name, w.text(), w.by(), Optional.of(occurrences(m)), "REQUEST", events(m), m.title(),
                m.attendees().size(), m.status() == Meeting.Status.TENTATIVE ? "TENTATIVE" : "CONFIRMED", 1, true);
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

    /** A text and who wrote it. */
    record Written(String text, String by) {}

    /**
     * The facade's text, or the hand-written one while the facade's writer is a placeholder
     * (UnsupportedOperationException). A problem from the facade fails the scenario.
     */
    static Written ours(Supplier<Either<Problem, Ics.Message>> facade, Supplier<String> handWritten) {
        try {
            Ics.Message message = facade.get().getOrElseThrow(p -> new AssertionError("the facade refused: " + p));
            return new Written(message.text(), "Ics");
        } catch (UnsupportedOperationException notYet) {
            return new Written(handWritten.get(), "hand-written");
        }
    }

    // ---------------------------------------------------------------- hand-written texts

    /**
     * Texts in the shared format, written by hand from the scenarios' meetings (their times are
     * literal here, not computed), used until the writer is in.
     */
    static final class HandWritten {
        private HandWritten() {}

        static final List<String> PARIS = List.of(
                "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
                "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
                "END:VTIMEZONE");
        static final List<String> TOKYO = List.of(
                "BEGIN:VTIMEZONE", "TZID:Asia/Tokyo",
                "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD",
                "END:VTIMEZONE");
        static final String ORGANIZER = "ORGANIZER;CN=Claire Martin:mailto:claire.martin@example.gouv.fr";
        static final List<String> ANNA_AND_ELOISE = List.of(
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Анна Петрова:mailto:anna.petrova@example.org",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Éloïse Dupré-Lefèvre:mailto:eloise.dupre@example.fr");
        static final List<String> MARIANNE = List.of("LOCATION:Salle Marianne\\, Bâtiment B2\\, 3", "X-ASO-ROOM:B2-301");

        /** A whole calendar: header, METHOD (unless empty), the blocks, CRLF line ends, lines folded at 75 octets. */
        static String calendar(String method, List<List<String>> blocks) {
            List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "PRODID:" + Ics.PRODID, "VERSION:2.0",
                    "CALSCALE:GREGORIAN"));
            if (!method.isEmpty()) {
                lines.add("METHOD:" + method);
            }
            blocks.forEach(lines::addAll);
            lines.add("END:VCALENDAR");
            return lines.stream().map(HandWritten::fold).collect(Collectors.joining("\r\n", "", "\r\n"));
        }

        /** One content line folded at 75 octets, never inside a character. */
        static String fold(String line) {
            StringBuilder out = new StringBuilder();
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            return out.toString();
        }

        static List<String> event(Meeting m, String... lines) {
            return event(m, ANNA_AND_ELOISE, List.of(lines));
        }

        static List<String> event(Meeting m, List<String> lines) {
            return event(m, ANNA_AND_ELOISE, lines);
        }

        static List<String> event(Meeting m, List<String> attendees, List<String> lines) {
            List<String> out = new ArrayList<>(List.of("BEGIN:VEVENT", "UID:" + m.id().value() + "@interop.example",
                    "DTSTAMP:20260105T080000Z", "SEQUENCE:" + m.sequence(), "SUMMARY:" + m.title()));
            out.addAll(lines);
            out.add(ORGANIZER);
            out.addAll(attendees);
            out.add("END:VEVENT");
            return out;
        }

        static String weekly(Meeting m) {
            return calendar("REQUEST", List.of(PARIS, event(m, concat(List.of(
                    "DTSTART;TZID=Europe/Paris:20260316T100000", "DTEND;TZID=Europe/Paris:20260316T110000",
                    "RRULE:FREQ=WEEKLY;COUNT=6", "STATUS:CONFIRMED"), MARIANNE))));
        }

        static String exdate(Meeting m) {
            return calendar("REQUEST", List.of(PARIS, event(m, concat(List.of(
                    "DTSTART;TZID=Europe/Paris:20260901T140000", "DTEND;TZID=Europe/Paris:20260901T153000",
                    "RRULE:FREQ=WEEKLY;COUNT=5", "EXDATE;TZID=Europe/Paris:20260915T140000", "STATUS:CONFIRMED"), MARIANNE))));
        }

        static String moved(Meeting m) {
            return calendar("REQUEST", List.of(PARIS,
                    event(m, concat(List.of("DTSTART;TZID=Europe/Paris:20261015T093000", "DTEND;TZID=Europe/Paris:20261015T103000",
                            "RRULE:FREQ=WEEKLY;COUNT=4", "STATUS:CONFIRMED"), MARIANNE)),
                    event(m, concat(List.of("RECURRENCE-ID;TZID=Europe/Paris:20261022T093000",
                            "DTSTART;TZID=Europe/Paris:20261023T110000", "DTEND;TZID=Europe/Paris:20261023T120000",
                            "STATUS:CONFIRMED"), MARIANNE))));
        }

        static String cancelled(Meeting m) {
            return calendar("REQUEST", List.of(PARIS, event(m, concat(List.of(
                    "DTSTART;TZID=Europe/Paris:20261104T160000", "DTEND;TZID=Europe/Paris:20261104T170000",
                    "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=Europe/Paris;X-ASO-CANCELLED=TRUE:20261111T160000",
                    "STATUS:CONFIRMED"), MARIANNE))));
        }

        static String allDay(Meeting m) {
            return calendar("REQUEST", List.of(event(m, "DTSTART;VALUE=DATE:20260328", "DTEND;VALUE=DATE:20260330",
                    "STATUS:CONFIRMED", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE")));
        }

        static String allDaySeries(Meeting m) {
            return calendar("REQUEST", List.of(event(m, "DTSTART;VALUE=DATE:20261019", "DTEND;VALUE=DATE:20261020",
                    "RRULE:FREQ=WEEKLY;COUNT=3", "STATUS:CONFIRMED", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE")));
        }

        static String tokyo(Meeting m) {
            return calendar("REQUEST", List.of(TOKYO, event(m, "DTSTART;TZID=Asia/Tokyo:20260320T100000",
                    "DTEND;TZID=Asia/Tokyo:20260320T110000", "RRULE:FREQ=WEEKLY;COUNT=3", "STATUS:CONFIRMED")));
        }

        static String text(Meeting m) {
            List<String> attendees = concat(ANNA_AND_ELOISE, List.of(
                    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jürgen Groß:mailto:juergen.gross@example.de"));
            return calendar("REQUEST", List.of(PARIS, event(m, attendees, concat(List.of(
                    "DTSTART;TZID=Europe/Paris:20260610T150000", "DTEND;TZID=Europe/Paris:20260610T160000",
                    "STATUS:CONFIRMED",
                    "DESCRIPTION:Ordre du jour :\\n1. Бюджет 2027: предложения отделов (Анна Петрова\\, 20 min)\\n"
                            + "2. Synthèse des crédits\\, état des lieux\\; arbitrages (Éloïse Dupré-Lefèvre\\, 25 min)\\n"
                            + "3. Größere Anschaffungen (Jürgen Groß\\, 15 min)\\nDocuments :\\n"
                            + "- Note n° 2026-117 « Crédits »\\n- Отчёт-2026.pdf",
                    "CATEGORIES:Réunion"), MARIANNE))));
        }

        static String twenty(Meeting m) {
            List<String> attendees = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                attendees.add("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=" + (i == 1 ? "CHAIR" : "REQ-PARTICIPANT")
                        + ";PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Agent n° " + i + ":mailto:agent" + i + "@example.gouv.fr");
            }
            return calendar("REQUEST", List.of(PARIS, event(m, attendees, concat(List.of(
                    "DTSTART;TZID=Europe/Paris:20260520T090000", "DTEND;TZID=Europe/Paris:20260520T120000",
                    "STATUS:CONFIRMED", "URL:https://visio.example.gouv.fr/assemblee-du-service"), MARIANNE))));
        }

        /** The REQUEST texts of {@code feed} as one PUBLISH: their time zones once, their events without ATTENDEE. */
        static String publish(List<Meeting> feed) {
            List<List<String>> blocks = new ArrayList<>(List.of(TOKYO, PARIS));
            for (Meeting m : feed) {
                String request = switch (m.id().value()) {
                    case "weekly-dst" -> weekly(m);
                    case "exdate" -> exdate(m);
                    case "moved" -> moved(m);
                    case "cancelled" -> cancelled(m);
                    case "all-day" -> allDay(m);
                    case "all-day-series" -> allDaySeries(m);
                    case "tokyo" -> tokyo(m);
                    case "text" -> text(m);
                    case "twenty" -> twenty(m);
                    default -> throw new IllegalArgumentException(m.id().value());
                };
                blocks.add(eventsOf(request.replace("\r\n ", "")));
            }
            return calendar("PUBLISH", blocks);
        }

        private static List<String> eventsOf(String unfolded) {
            List<String> out = new ArrayList<>();
            boolean in = false;
            for (String line : unfolded.split("\r\n")) {
                in |= line.equals("BEGIN:VEVENT");
                if (in && !line.startsWith("ATTENDEE")) {
                    out.add(line);
                }
                in &= !line.equals("END:VEVENT");
            }
            return out;
        }

        static String cancel(Meeting m) {
            return calendar("CANCEL", List.of(PARIS, event(m, concat(List.of(
                    "DTSTART;TZID=Europe/Paris:20260316T100000", "DTEND;TZID=Europe/Paris:20260316T110000",
                    "RRULE:FREQ=WEEKLY;COUNT=6", "STATUS:CANCELLED"), MARIANNE))));
        }

        static String uninvite(Meeting m) {
            return calendar("CANCEL", List.of(PARIS, event(m, List.of(ANNA_AND_ELOISE.get(1)), concat(List.of(
                    "DTSTART;TZID=Europe/Paris:20260316T100000", "DTEND;TZID=Europe/Paris:20260316T110000",
                    "RRULE:FREQ=WEEKLY;COUNT=6", "STATUS:CANCELLED"), MARIANNE))));
        }

        static String cancelOccurrence(Meeting m) {
            return calendar("CANCEL", List.of(PARIS, event(m, concat(List.of(
                    "RECURRENCE-ID;TZID=Europe/Paris:20261111T160000",
                    "DTSTART;TZID=Europe/Paris:20261111T160000", "DTEND;TZID=Europe/Paris:20261111T170000",
                    "STATUS:CANCELLED"), MARIANNE))));
        }

        static String reply(Meeting m) {
            return calendar("REPLY", List.of(PARIS, event(m, List.of(
                    "ATTENDEE;PARTSTAT=ACCEPTED;CN=Анна Петрова:mailto:anna.petrova@example.org"), List.of(
                    "DTSTART;TZID=Europe/Paris:20260316T100000", "DTEND;TZID=Europe/Paris:20260316T110000"))));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            return Stream.concat(a.stream(), b.stream()).toList();
        }
    }
}
