package org.aso.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.mail.Delivery;
import org.aso.mail.Email;
import org.aso.mail.Mail;
import org.aso.mail.MailTransport;
import org.aso.mail.Outbox;
import org.aso.mail.SmtpSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1,000 meeting invitations (iMIP, written by aso-calendar, composed by aso-mail, about 4 kB
 * each) to a local SMTP server: over one connection, over a new connection per message, and
 * through the durable outbox (written to disk and forced, then sent over one connection).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class MailBenchmark {
    static final int COUNT = 1_000;
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    SmtpSink sink;
    List<Email> invitations;
    MailTransport oneConnection;
    MailTransport connectionPerMessage;
    Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        sink = new SmtpSink();
        invitations = compose(COUNT);
        SmtpSettings.Builder local = SmtpSettings.builder("127.0.0.1", sink.port())
                .security(SmtpSettings.Security.INSECURE_PLAINTEXT_FOR_TESTING);
        oneConnection = Mail.smtp(local.maxPerConnection(COUNT).build());
        connectionPerMessage = Mail.smtp(local.maxPerConnection(1).build());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        sink.close();
    }

    @Setup(Level.Invocation)
    public void freshOutbox() throws IOException {
        dir = Files.createTempDirectory("aso-outbox-bench");
    }

    @TearDown(Level.Invocation)
    public void removeOutbox() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** {@return 1,000 invitations to a meeting of six, each with its own Message-ID} */
    static List<Email> compose(int count) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Person organizer = Person.builder().id(PersonId.of("p-0")).name("Hélène Durand")
                .email(EmailAddress.of("helene.durand@prefecture.example")).build();
        List<Person> people = new ArrayList<>(List.of(organizer));
        String[] names = {"Alice Lefèvre", "Bruno Garçon", "Chloé Dubois", "Dmitri Ivanov", "Élise Martin"};
        for (int i = 0; i < names.length; i++) {
            people.add(Person.builder().id(PersonId.of("p-" + (i + 1))).name(names[i])
                    .email(EmailAddress.of("agent" + (i + 1) + "@prefecture.example")).build());
        }
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, paris);
        MeetingRequest.Builder request = MeetingRequest.builder().id(MeetingId.of("m-bench"))
                .title("Comité de pilotage du programme « Accueil des usagers »").organizer(organizer.id())
                .start(start).end(start.plusMinutes(90)).onlineLink("https://visio.prefecture.example/r/4242")
                .addAgenda(AgendaItem.of("Point budgétaire 2026", PersonId.of("p-1"), 30))
                .addAgenda(AgendaItem.of("Calendrier des travaux", PersonId.of("p-2"), 30))
                .addDocuments("Note de cadrage", "Tableau de suivi");
        for (Person p : people.subList(1, people.size())) {
            request.addAttendees(Attendee.of(p.id(), Attendee.Role.REQUIRED));
        }
        Context ctx = Context.of(NOW, organizer.id(), Clearance.none());
        Meeting meeting = Agenda.of(List.of(), List.of()).get().book(request.build(), ctx).get().meeting();
        Ics.Directory directory = Ics.Directory.of(people, List.of());
        Ics ics = Ics.builder(directory).uidDomain("prefecture.example").locale(Locale.FRENCH).build();
        Ics.Message base = ics.request(meeting, NOW).get();
        Mail mail = Mail.builder(directory).domain("prefecture.example")
                .sender(EmailAddress.of("courrier@prefecture.example"), "Secrétariat général").locale(Locale.FRENCH).build();
        List<Email> emails = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Ics.Message m = new Ics.Message(base.method(), base.uid(), i, base.from(), base.to(), base.text(), base.warnings());
            emails.add(mail.invitation(m, meeting, List.of(), NOW).get().get(0));
        }
        return emails;
    }

    /** {@return how many of 1,000 messages the server accepted over one connection} */
    @Benchmark
    public long smtp1000_oneConnection() {
        return oneConnection.send(invitations).stream().filter(Delivery::isAccepted).count();
    }

    /** {@return how many of 1,000 messages the server accepted, each over its own connection} */
    @Benchmark
    public long smtp1000_connectionPerMessage() {
        return connectionPerMessage.send(invitations).stream().filter(Delivery::isAccepted).count();
    }

    /** {@return how many of 1,000 messages the outbox wrote to disk, sent and recorded as sent} */
    @Benchmark
    public long outbox1000() {
        try (Outbox outbox = Outbox.open(dir, oneConnection, Outbox.Retry.DEFAULT).get()) {
            outbox.enqueueAll(invitations, NOW).get();
            outbox.deliver(NOW);
            return outbox.list().stream().filter(i -> i.status() == Outbox.Status.SENT).count();
        }
    }

    /** {@return the 1,000 invitations composed (MIME written), without sending} */
    @Benchmark
    public List<Email> compose1000() {
        return compose(COUNT);
    }
}
