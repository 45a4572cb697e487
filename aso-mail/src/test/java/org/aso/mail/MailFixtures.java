package org.aso.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.aso.calendar.Ics;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Meeting;
import org.aso.core.correspondence.Acknowledgement;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.Registration;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;

/** People, a meeting, letters and a {@link Mail} for the tests of aso-mail. */
final class MailFixtures {
    private MailFixtures() {}

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static final Person ORGANIZER = Person.builder().id(AgendaFixtures.ORGANIZER).name("Hélène Durand")
            .email(EmailAddress.of("helene.durand@prefecture.example")).build();
    static final Person ALICE = Person.builder().id(PersonId.of("alice")).name("Alice Lefèvre")
            .email(EmailAddress.of("alice.lefevre@prefecture.example")).build();
    static final Person BOB = Person.builder().id(PersonId.of("bob")).name("Bob Smith")
            .email(EmailAddress.of("bob@partner.example.org")).build();

    static Ics.Directory directory() {
        return Ics.Directory.of(List.of(ORGANIZER, ALICE, BOB), AgendaFixtures.rooms());
    }

    /** French for everyone but addresses under {@code example.org}. */
    static Mail.Builder builder() {
        return Mail.builder(directory()).domain("prefecture.example")
                .sender(EmailAddress.of("courrier@prefecture.example"), "Secrétariat général")
                .locale(Locale.FRENCH)
                .language(a -> a.domain().endsWith("example.org") ? Locale.ENGLISH : Locale.FRENCH)
                .zone(org.aso.core.fixtures.KernelFixtures.PARIS);
    }

    static Mail mail() {
        return builder().build();
    }

    /** A booked meeting m-1 in the large room, Alice and Bob invited, with an agenda point. */
    static Meeting meeting() {
        return booked().meeting();
    }

    /** The booking of {@link #meeting()}: the agenda after it and its event. */
    static org.aso.core.agenda.Agenda.Change booked() {
        var start = AgendaFixtures.STEPS_MONDAY.plusHours(1);
        var request = org.aso.core.agenda.MeetingRequest.builder().id(org.aso.core.agenda.MeetingId.of("m-1"))
                .title("Comité de pilotage <budget> & \"suivi\"").organizer(AgendaFixtures.ORGANIZER).room(AgendaFixtures.LARGE)
                .start(start).end(start.plusMinutes(90))
                .addAttendees(org.aso.core.agenda.Attendee.of(ALICE.id(), org.aso.core.agenda.Attendee.Role.REQUIRED))
                .addAttendees(org.aso.core.agenda.Attendee.of(BOB.id(), org.aso.core.agenda.Attendee.Role.OPTIONAL))
                .addAgenda(AgendaItem.of("Budget 2026", PersonId.of("alice"), 30))
                .addDocuments("Note de cadrage")
                .build();
        return AgendaFixtures.agenda().book(request, AgendaFixtures.STEPS_CONTEXT).get();
    }

    /** aso-calendar's facade over the same directory, UIDs under the same domain. */
    static Ics ics() {
        return Ics.builder(directory()).uidDomain("prefecture.example").locale(Locale.FRENCH).build();
    }

    /** A calendar text in the shape aso-calendar writes, for tests that do not need its writer. */
    static String calendarText(String method, int sequence) {
        return "BEGIN:VCALENDAR\r\nPRODID:" + Ics.PRODID + "\r\nVERSION:2.0\r\nMETHOD:" + method + "\r\n"
                + "BEGIN:VEVENT\r\nUID:m-1@prefecture.example\r\nSEQUENCE:" + sequence + "\r\nDTSTAMP:20260302T090000Z\r\n"
                + "DTSTART:20260309T080000Z\r\nDTEND:20260309T093000Z\r\nSUMMARY:Comité de pilotage\r\n"
                + "ORGANIZER;CN=Hélène Durand:mailto:helene.durand@prefecture.example\r\n"
                + "ATTENDEE;CN=Alice Lefèvre;PARTSTAT=NEEDS-ACTION:mailto:alice.lefevre@prefecture.example\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    static Ics.Message request(int sequence, Person... to) {
        return new Ics.Message(Ics.Method.REQUEST, "m-1@prefecture.example", sequence, ORGANIZER.email().get(),
                java.util.Arrays.stream(to).map(p -> p.email().get()).toList(), calendarText("REQUEST", sequence), List.of());
    }

    static Contact mayor(String address) {
        return Contact.builder().name("Jean Dupont").organisation("Mairie de Lyon")
                .email(EmailAddress.of(address)).build();
    }

    /** A registered outgoing letter to {@code to}. */
    static Entry outgoing(Contact to) {
        Registration r = Registration.builder().direction(Direction.OUTGOING).channel(Channel.EMAIL).receivedOn(DAY)
                .addRecipients(to).subject("Réponse à votre demande de subvention").build();
        return CorrespondenceFixtures.emptyGeneral().register(r, CorrespondenceFixtures.clerkOn(DAY)).get().entry();
    }

    /** A registered incoming letter from {@code from}. */
    static Entry incoming(Contact from) {
        Registration r = Registration.builder().direction(Direction.INCOMING).channel(Channel.EMAIL).receivedOn(DAY)
                .sender(from).subject("Demande de subvention").build();
        return CorrespondenceFixtures.emptyGeneral().register(r, CorrespondenceFixtures.clerkOn(DAY)).get().entry();
    }

    static Contact service() {
        return Contact.builder().name("Bureau des subventions").postalAddress("1 rue de Grenelle\n75007 Paris")
                .email(EmailAddress.of("subventions@prefecture.example")).phone(PhoneNumber.of("01 40 00 00 00")).build();
    }

    static Acknowledgement acknowledgement(Entry incoming) {
        return Acknowledgement.prepare(incoming, service(), Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2))).get();
    }

    /** The text of a part, with {@code \n} line ends. */
    static String body(jakarta.mail.Part part) throws Exception {
        return ((String) part.getContent()).replace("\r\n", "\n");
    }

    /** The message as a reader sees it. */
    static MimeMessage parse(Email email) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(email.content()));
    }
}
