package org.aso.examples;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.correspondence.Alert;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.EntryQuery;
import org.aso.core.correspondence.Pendency;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterId;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.correspondence.RegisterSnapshot;
import org.aso.core.correspondence.Registration;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Page;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.aso.core.kernel.SharedState;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.numbering.ReferenceNumber;

/** aso-core's correspondence register: letters in, numbers, deadlines, distribution, pendency. */
public final class CorrespondenceExample {
    private CorrespondenceExample() {}

    /** The mail-room clerk. */
    public static final PersonId CLERK = PersonId.of("clerk");
    /** An officer of section S2. */
    public static final PersonId ALICE = PersonId.of("alice");

    /** What the example did: the register, and one line per letter. */
    public record Outcome(Register register, List<String> lines) {}

    /** The general register of a Paris office, French mail-room numbers (DGA/2024E00001). */
    public static RegisterSettings general(BusinessCalendar paris) {
        // tag::register[]
        RegisterSettings settings = RegisterSettings.builder()
                .id(RegisterId.of("GEN")).code("DGA").name("Courrier général")
                .numbering(NumberingScheme.frenchMailRoom())
                .calendar(paris)                                   // deadlines in working days
                .acknowledgeWithinWorkingDays(5)
                .putReplyWithinByDocumentType("parliamentary-question", 10)
                .build();                                          // grades: normal 30, urgent 8, very urgent 4
        // end::register[]
        return settings;
    }

    /** What {@link #tour} did and saw. */
    public record Tour(Register.Registered registered, Register.Change assigned, ReferenceNumber number, String why,
                       List<EntryEvent> storedEvents, List<Alert> alerts,
                       Page<Entry> found, String report, Register register, boolean replayed, boolean restored,
                       Either<List<Problem>, Register> tampered) {}

    /**
     * The README's tour of the register: one letter registered on 2 May 2024 and assigned, what is
     * due on 14 May, a search, the pendency report, and the register rebuilt from its events and
     * from a snapshot.
     */
    public static Tour tour(BusinessCalendar paris, Person officer, Clock clock) {
        RegisterSettings settings = general(paris);
        Context ctx = Context.at(clock, officer);
        // tag::register[]
        SharedState<Register> general = SharedState.of(Register.of(settings));

        Register.Registered r = Problems.orThrow(general.update(reg -> reg.register(Registration.builder()
                .direction(Direction.INCOMING).channel(Channel.POST)
                .receivedOn(LocalDate.of(2024, 5, 2)).sender(Contact.named("Mairie de Lyon"))
                .subject("Demande de subvention").grade("urgent").build(), ctx)));   // ProblemException if refused
        ReferenceNumber number = r.entry().number();        // => DGA/2024E00001
        String replyWhy = r.replyDeadline().orElseThrow().explanation("received");
        // => received Thu 2 May 2024 + 8 working days: skipped 8 May (Victoire 1945), 9 May (Ascension)
        //    and 4 weekend days -> Thu 16 May 2024

        Register.Change assigned = Problems.orThrow(general.update(reg -> reg.assign(r.entry().id(), OrgUnitId.of("S2"),
                Assignment.Purpose.ACTION, ctx)));
        Instant may14 = ZonedDateTime.of(2024, 5, 14, 9, 0, 0, 0, paris.zone()).toInstant();
        List<Alert> alerts = general.get().dueAt(may14);    // due soon and overdue, from an index by due day
        // => [Alert{entry=Entry[DGA/2024E00001 INCOMING ASSIGNED], kind=DUE_SOON, due=2024-05-16, workingDaysLeft=2}]
        // a page at a time, in register order; content the reader may not see is redacted
        Page<Entry> found = general.get().find(EntryQuery.builder().text("subvention").build(), ctx);
        // => Page{items=[Entry[DGA/2024E00001 INCOMING ASSIGNED]], offset=0, total=1}
        String report = Pendency.of(general.get(), may14,
                person -> person.equals(officer.id()) ? officer.unit() : Optional.empty())  // your directory
                .toText();                                  // by unit, holder and age
        // end::register[]
        // tag::register-restore[]
        List<EntryEvent> storedEvents = new ArrayList<>(r.events());    // what your store kept, in order
        storedEvents.addAll(assigned.events());
        // the same numbers, counters and due index
        Register again = Register.replay(settings, storedEvents)
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        boolean replayed = again.equals(general.get());                 // => true
        RegisterSnapshot snapshot = general.get().snapshot();           // entries and counters, schema version 1
        Either<List<Problem>, Register> back = Register.restore(settings, snapshot);
        boolean restored = back.get().equals(general.get());            // => true

        RegisterSnapshot tampered = new RegisterSnapshot(snapshot.register(), List.of(), snapshot.counters());
        Either<List<Problem>, Register> refused = Register.restore(settings, tampered);
        // => Left([correspondence.restore.counter-ahead: ...])
        // end::register-restore[]
        return new Tour(r, assigned, number, replyWhy, storedEvents, alerts, found, report, general.get(), replayed, restored, refused);
    }

    static Context at(BusinessCalendar cal, PersonId who, LocalDate day, int hour) {
        Instant at = day.atTime(LocalTime.of(hour, 0)).atZone(cal.zone()).toInstant();
        return Context.of(at, who, Clearance.of(Confidentiality.RESTRICTED));
    }

    /** Registers four letters received in May 2024, assigns three of them, and explains their deadlines. */
    public static Outcome registerAndAssign(BusinessCalendar calendar) {
        SharedState<Register> register = SharedState.of(Register.of(general(calendar)));
        LocalDate thu2May = LocalDate.of(2024, 5, 2);
        Context clerk = at(calendar, CLERK, thu2May, 10);
        List<Registration> letters = List.of(
                letter(thu2May, "Mairie de Lyon", "Demande de subvention pour la médiathèque", "normal", null),
                letter(thu2May, "Mme Claire Petit", "Réclamation sur un remboursement", "urgent", null),
                letter(thu2May, "Assemblée nationale", "Question écrite n° 15321", "normal", "parliamentary-question"),
                letter(thu2May, "Préfecture du Rhône", "Convocation à la réunion de crise", "very-urgent", null));
        // the last one stays unassigned
        List<Optional<Identifier>> handlers = List.of(Optional.of(OrgUnitId.of("S2")), Optional.of(ALICE),
                Optional.of(OrgUnitId.of("S3")), Optional.empty());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            Registration letter = letters.get(i);
            Register.Registered r = register.update(reg -> reg.register(letter, clerk))
                    .getOrElseThrow(p -> new IllegalStateException(p.toString()));
            lines.add(r.entry().number() + "  " + r.entry().subject().orElse("") + "\n      "
                    + r.replyDeadline().get().explanation("received"));
            handlers.get(i).ifPresent(h -> register.update(reg -> reg.assign(r.entry().id(), h,
                    Assignment.Purpose.ACTION, "Please prepare a reply", clerk)).get());
        }
        return new Outcome(register.get(), lines);
    }

    /** The pendency report on a given day; alice works in S2. */
    public static Pendency pendency(Register register, LocalDate day) {
        Instant at = day.atTime(LocalTime.of(18, 0)).atZone(register.settings().calendar().zone()).toInstant();
        return Pendency.of(register, at, p -> p.equals(ALICE) ? Optional.of(OrgUnitId.of("S2")) : Optional.empty());
    }

    private static Registration letter(LocalDate day, String sender, String subject, String grade, String type) {
        Registration.Builder b = Registration.builder();
        b.direction(Direction.INCOMING).channel(Channel.POST).receivedOn(day)
                .sender(Contact.named(sender)).subject(subject).grade(grade);
        if (type != null) {
            b.documentType(type);
        }
        return b.build();
    }
}
