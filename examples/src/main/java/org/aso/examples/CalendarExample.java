package org.aso.examples;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.ProblemException;
import org.aso.core.kernel.Problems;
import org.aso.core.kernel.SharedState;

/**
 * aso-calendar: the agenda's meetings as iCalendar invitations, an answer read back into the
 * agenda, and the year's holidays as a file any calendar client can import.
 */
public final class CalendarExample {
    private CalendarExample() {}

    /** What {@link #invitationAndReply} wrote and read. */
    public record Exchange(Ics.Message invitation, Agenda.Change answered, Attendee.Response aliceSays,
                           Either<Problem, Agenda.Change> forged) {}

    /**
     * The README's calendar tour: the steering committee of the agenda tour, moved to Tuesday, goes
     * out as an updated invitation; Alice's Outlook accepts it and the answer is recorded; the same
     * answer sent by someone else is refused.
     */
    public static Exchange invitationAndReply(BusinessCalendar paris, Person officer, Clock clock) {
        AgendaExample.Tour tour = AgendaExample.tour(paris, officer, clock);
        SharedState<Agenda> agenda = SharedState.of(tour.moved().agenda());
        Agenda.Change moved = tour.moved();
        Context ctx = Context.at(clock, officer);
        PersonId director = PersonId.of("director");
        PersonId alice = PersonId.of("alice");
        // tag::calendar-invitation[]
        // who is who: the addresses calendar text is written with, and read back by
        Person claire = officer.withEmail(EmailAddress.of("claire.martin@prefecture-exemple.fr"));
        List<Person> people = List.of(claire,
                Person.builder().id(director).name("Hélène Roux").email(EmailAddress.of("helene.roux@prefecture-exemple.fr")).build(),
                Person.builder().id(alice).name("Alice Durand").email(EmailAddress.of("alice.durand@prefecture-exemple.fr")).build());
        Ics ics = Ics.builder(Ics.Directory.of(people, agenda.get().rooms()))
                .locale(Locale.FRENCH).uidDomain("prefecture-exemple.fr").build();

        // the committee was moved to Tuesday: its event becomes an updated invitation, with no lookup
        Ics.Message invitation = ics.message(moved.events().get(0), clock.instant())
                .getOrElseThrow(ProblemException::new);
        invitation.method();       // => REQUEST
        invitation.to();           // => [helene.roux@prefecture-exemple.fr, alice.durand@prefecture-exemple.fr]
        invitation.text();         // the text/calendar part aso-mail sends (iMIP, RFC 6047)
        // => BEGIN:VCALENDAR ... METHOD:REQUEST ... TZID:Europe/Paris ... UID:m-42@prefecture-exemple.fr
        //    ... SEQUENCE:1 ... DTSTART;TZID=Europe/Paris:20260519T100000 ...

        // Alice's Outlook accepts (it names the zone the Windows way; bare line ends are read too)
        String reply = """
                BEGIN:VCALENDAR
                PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
                VERSION:2.0
                METHOD:REPLY
                BEGIN:VEVENT
                UID:m-42@prefecture-exemple.fr
                SEQUENCE:1
                DTSTAMP:20260504T091500Z
                DTSTART;TZID="Romance Standard Time":20260519T100000
                ORGANIZER;CN="Claire Martin":mailto:claire.martin@prefecture-exemple.fr
                ATTENDEE;PARTSTAT=ACCEPTED;CN="Alice Durand":mailto:alice.durand@prefecture-exemple.fr
                END:VEVENT
                END:VCALENDAR
                """;
        EmailAddress from = EmailAddress.of("alice.durand@prefecture-exemple.fr");   // the mail's sender
        Agenda.Change answered = Problems.orThrow(agenda.update(a -> ics.applyReply(a, reply, from, ctx)));
        answered.meeting().attendee(alice).get().response();   // => ACCEPTED

        // only the attendee may answer for herself (RFC 6047, section 3)
        Either<Problem, Agenda.Change> forged = ics.applyReply(agenda.get(), reply,
                EmailAddress.of("mallory@example.org"), ctx);
        // => Left(calendar.reply.sender-mismatch: ...)
        // end::calendar-invitation[]
        return new Exchange(invitation, answered, answered.meeting().attendee(alice).get().response(), forged);
    }

    /** The French holidays of {@code year}, Alsace-Moselle included, as iCalendar text stamped at the clock's instant. */
    public static String holidaysIcs(int year, Clock clock) {
        // tag::calendar[]
        // the holidays of a year (2026, say) for any calendar client; the clock gives the DTSTAMP
        String ics = Ics.holidays(FrenchHolidays.withAlsaceMoselle(), year, year, clock.instant());
        // => BEGIN:VCALENDAR ... BEGIN:VEVENT ... END:VEVENT ... END:VCALENDAR
        // end::calendar[]
        return ics;
    }
}
