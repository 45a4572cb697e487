package org.aso.examples;

import io.vavr.control.Either;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.aso.core.correspondence.Register;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.aso.core.kernel.SharedState;
import org.aso.mail.Email;
import org.aso.mail.IncomingDraft;
import org.aso.mail.IncomingMail;
import org.aso.mail.Mail;
import org.aso.mail.MailAddresses;
import org.aso.mail.Outbox;

/**
 * aso-mail: a booked meeting's invitations out through the durable outbox; an {@code .eml} in, a
 * draft register entry out; addresses between aso values and Jakarta Mail, with IDN domains and
 * bad input.
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

    /** An incoming e-mail as a mail server drops it into a folder: a request from a town hall. */
    public static byte[] townHallEml() {
        return String.join("\r\n",
                "Received: from mx.mairie-lyon.example by mx.prefecture.example; Mon, 2 Mar 2026 09:41:12 +0100",
                "From: =?UTF-8?Q?J=C3=A9r=C3=B4me_Dupont?= <jerome.dupont@mairie-lyon.example>",
                "To: courrier@prefecture.example",
                "Subject: =?UTF-8?Q?Demande_de_subvention_=E2=80=93_f=C3=AAte_du_quartier?=",
                "Date: Mon, 2 Mar 2026 09:40:00 +0100",
                "Message-ID: <20260302.0940.17@mairie-lyon.example>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "Madame, Monsieur,",
                "",
                "Je sollicite une subvention pour la fête du quartier du 13 juin.",
                "",
                "Jérôme Dupont",
                "").getBytes(StandardCharsets.UTF_8);
    }

    /** What {@link #mailIn} did: the mail read, its draft, the entry registered, and the second try. */
    public record MailIn(IncomingMail mail, IncomingDraft draft, Register.Registered registered,
                         Either<Problem, Register.Registered> again, Register register) {}

    /**
     * An {@code .eml} file read, made into a draft incoming entry and registered in the general
     * register; the same message a second time is refused.
     *
     * @param eml the file
     * @param paris the office's business calendar (the register's)
     * @param now the current instant
     * @return what was read, drafted and registered
     * @throws IOException if the file cannot be read
     */
    public static MailIn mailIn(Path eml, org.aso.core.kernel.BusinessCalendar paris, Instant now) throws IOException {
        Person clerk = Person.builder().id(PersonId.of("clerk")).name("Claire Martin")
                .email(EmailAddress.of("courrier@prefecture.example")).build();
        Ics.Directory directory = Ics.Directory.of(List.of(clerk), List.of());
        Mail mail = Mail.builder(directory).domain("prefecture.example")
                .sender(EmailAddress.of("courrier@prefecture.example"), "Secrétariat général")
                .locale(Locale.FRENCH).build();
        SharedState<Register> general = SharedState.of(Register.of(CorrespondenceExample.general(paris)));
        Context ctx = Context.of(now, clerk.id(), Clearance.none());
        // tag::mail-in[]
        // eml: a file your mail server dropped (mail.read(mimeMessage) takes one fetched over IMAP)
        IncomingMail in = Problems.orThrow(mail.read(Files.readAllBytes(eml)));   // within IntakeLimits
        in.subject();       // => Optional[Demande de subvention – fête du quartier]
        IncomingDraft draft = Problems.orThrow(mail.draft(general.get(), in, ctx));
        draft.registration();
        // => Registration{direction=INCOMING, channel=EMAIL, receivedOn=2026-03-02, letterDate=2026-03-02,
        //    theirReference=<20260302.0940.17@mairie-lyon.example>,
        //    sender=Contact{name=Jérôme Dupont, email=jerome.dupont@mairie-lyon.example}, ...
        //    subject=Demande de subvention – fête du quartier, summary=Madame, Monsieur, Je sollicite ..., ...}
        Register.Registered registered = Problems.orThrow(general.update(reg -> mail.register(reg, draft, ctx)));
        registered.entry();     // => Entry[DGA/2026E00001 INCOMING REGISTERED]
        // the same mail registered again (a second poll, another poller): refused
        Either<Problem, Register.Registered> again = general.update(reg -> mail.register(reg, draft, ctx));
        // => Left(mail.intake.duplicate: This e-mail is already registered as DGA/2026E00001 {...})
        // end::mail-in[]
        return new MailIn(in, draft, registered, again, general.get());
    }
}
