package org.aso.examples;

import io.vavr.control.Either;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.mail.Email;
import org.aso.mail.Mail;
import org.aso.mail.MailAddresses;
import org.aso.mail.Outbox;

/**
 * aso-mail: a booked meeting's invitations out through the durable outbox; addresses between aso
 * values and Jakarta Mail, with IDN domains and bad input.
 */
public final class MailExample {
    private MailExample() {}

    /** An address with an internationalised domain, as it goes on the wire. */
    public static InternetAddress prefecture() {
        // tag::mail[]
        InternetAddress to = MailAddresses.toInternetAddress(EmailAddress.of("courrier@préfecture-exemple.fr"), "Préfecture");
        to.getAddress();                 // => courrier@xn--prfecture-exemple-ctb.fr
        // end::mail[]
        return to;
    }

    /** Reads a To header from an incoming mail. */
    public static Either<List<Problem>, List<EmailAddress>> readRecipients(String header) {
        // tag::mail[]
        // header: the To header of an incoming mail, here "cabinet@example.gouv.fr, bureau@localhost"
        Either<List<Problem>, List<EmailAddress>> recipients = MailAddresses.parseList(header);
        // => Left([kernel.email.domain: The domain needs at least two labels (e.g. example.org) {input=bureau@localhost}])
        // end::mail[]
        return recipients;
    }

    /**
     * A meeting booked, its invitations composed and sent through the outbox; the transport here
     * is a pickup folder (a host gives {@code Mail.smtp(settings)}).
     *
     * @param outboxDir the outbox's directory
     * @param pickup the folder the messages are written to, as {@code .eml} files
     * @param now the current instant
     * @return what the outbox holds after delivering
     */
    public static List<Outbox.Item> invitationsOut(Path outboxDir, Path pickup, Instant now) {
        Person helene = Person.builder().id(PersonId.of("helene")).name("Hélène Durand")
                .email(EmailAddress.of("helene.durand@prefecture.example")).build();
        Person alice = Person.builder().id(PersonId.of("alice")).name("Alice Lefèvre")
                .email(EmailAddress.of("alice.lefevre@prefecture.example")).build();
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, ZoneId.of("Europe/Paris"));
        Agenda.Change booked = Agenda.of(List.of(), List.of()).get().book(MeetingRequest.builder().id(MeetingId.of("m-1"))
                .title("Comité de pilotage").organizer(helene.id()).start(start).end(start.plusHours(1))
                .addAttendees(Attendee.of(alice.id(), Attendee.Role.REQUIRED)).build(),
                Context.of(now, helene.id(), Clearance.none())).get();
        Ics.Directory directory = Ics.Directory.of(List.of(helene, alice), List.of());
        // tag::mail-out[]
        // booked: the agenda's change from agenda.book(...); directory: who is who (names, addresses, rooms)
        Ics ics = Ics.builder(directory).uidDomain("prefecture.example").locale(Locale.FRENCH).build();
        Mail mail = Mail.builder(directory).domain("prefecture.example")
                .sender(EmailAddress.of("courrier@prefecture.example"), "Secrétariat général")
                .locale(Locale.FRENCH).build();
        Ics.Message request = ics.message(booked.events().get(0), now).get();       // METHOD:REQUEST
        List<Email> invitations = mail.invitation(request, booked.meeting(), List.of(), now).get();
        invitations.get(0).messageId();     // => <meeting.m-1.0@prefecture.example>
        List<Outbox.Item> items;
        try (Outbox outbox = Outbox.open(outboxDir, Mail.pickupFolder(pickup), Outbox.Retry.DEFAULT).get()) {
            outbox.enqueueAll(invitations, now);    // on disk (forced) before anything is sent
            outbox.deliver(now);                    // again at outbox.nextAttempt() while some wait
            items = outbox.list();
            // => [Item[messageId=<meeting.m-1.0@prefecture.example>, status=SENT, attempts=1, ...]]
        }
        // end::mail-out[]
        return items;
    }
}
