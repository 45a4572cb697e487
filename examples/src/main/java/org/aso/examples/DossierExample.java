package org.aso.examples;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.dossier.ClassificationCode;
import org.aso.core.dossier.DisposalAction;
import org.aso.core.dossier.Dossier;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierCommand;
import org.aso.core.dossier.DossierEvent;
import org.aso.core.dossier.DossierId;
import org.aso.core.dossier.DossierPolicy;
import org.aso.core.dossier.DossierRules;
import org.aso.core.dossier.DossierView;
import org.aso.core.dossier.FilingPlan;
import org.aso.core.dossier.FilingPlanEntry;
import org.aso.core.dossier.HoldingAlert;
import org.aso.core.dossier.Movement;
import org.aso.core.dossier.OpenDossier;
import org.aso.core.dossier.RetentionRule;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.aso.core.kernel.SharedState;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.numbering.ReferenceNumber;

/** aso-core's dossiers: a file numbered the Indian way, moved from desk to desk, and its movement log. */
public final class DossierExample {
    private DossierExample() {}

    /** The section officer who opens the file. */
    public static final PersonId OFFICER = PersonId.of("officer");
    /** The under secretary. */
    public static final PersonId UNDER_SECRETARY = PersonId.of("under-secretary");
    /** The deputy secretary. */
    public static final PersonId DEPUTY_SECRETARY = PersonId.of("deputy-secretary");

    /** What the example did: the book of dossiers, the file's id, and the reminder due before its last move. */
    public record Outcome(DossierBook book, DossierId id, Optional<HoldingAlert> heldTooLong) {}

    /** A filing plan with one head: establishment matters, kept 10 years then destroyed. */
    public static FilingPlan plan() {
        return Problems.allOrThrow(FilingPlan.of(List.of(FilingPlanEntry.builder()
                .code(ClassificationCode.of("C-15012")).title("Establishment - appointments")
                .retention(RetentionRule.of(Period.ofYears(5), Period.ofYears(10), DisposalAction.DESTROY))
                .build())));
    }

    static Context at(BusinessCalendar cal, PersonId who, LocalDate day, int hour) {
        Instant at = day.atTime(LocalTime.of(hour, 0)).atZone(cal.zone()).toInstant();
        return Context.of(at, who, Clearance.of(Confidentiality.CONFIDENTIAL));
    }

    /** Opens a file in May 2026 and moves it: officer, under secretary (who keeps it), deputy secretary. */
    public static Outcome openAndMove(BusinessCalendar calendar) {
        // the book numbers files from the scheme in its policy: C-15012/1/2026-JTSECY
        DossierPolicy policy = DossierPolicy.of(calendar).withNumbering(NumberingScheme.indianFileNumber());
        SharedState<DossierBook> book = SharedState.of(DossierBook.empty(DossierRules.of(plan(), policy)));
        LocalDate opened = LocalDate.of(2026, 5, 4);
        DossierId id = DossierId.of("d-1");
        Problems.orThrow(book.update(b -> b.open(OpenDossier.builder().id(id)
                .title("Appointment of the section's new assistant").classification(ClassificationCode.of("C-15012"))
                .ownerUnit(OrgUnitId.of("JTSECY")).holder(OFFICER).build(), at(calendar, OFFICER, opened, 9))));
        Problems.orThrow(book.update(b -> b.decide(id, new DossierCommand.Transfer(UNDER_SECRETARY, "Note for approval"),
                at(calendar, OFFICER, LocalDate.of(2026, 5, 6), 11))));
        // the morning of 20 May: the under secretary has had it since 6 May
        Instant morning = at(calendar, OFFICER, LocalDate.of(2026, 5, 20), 9).at();
        Optional<HoldingAlert> alert = book.get().heldTooLong(morning).stream().findFirst();
        Problems.orThrow(book.update(b -> b.decide(id, new DossierCommand.Transfer(DEPUTY_SECRETARY, "Approved; for orders"),
                at(calendar, UNDER_SECRETARY, LocalDate.of(2026, 5, 20), 16))));
        return new Outcome(book.get(), id, alert);
    }

    /** What {@link #tour} did and saw. */
    public record Tour(Either<List<Problem>, FilingPlan> halfPlan, ReferenceNumber number, List<HoldingAlert> late,
                       String why, DossierBook.Change closed, DossierEvent.Closed event, boolean redacted,
                       boolean restored) {}

    /**
     * The README's tour of dossiers: a filing plan, a file opened and passed to the head of section
     * on 7 May 2026, still with them on 21 May, then closed.
     */
    public static Tour tour(BusinessCalendar paris, Person officer, Clock clock) {
        Context ctx = Context.at(clock, officer);
        // tag::dossier-plan[]
        FilingPlanEntry buildings = FilingPlanEntry.builder().code(ClassificationCode.of("1")).title("Buildings")
                .retention(RetentionRule.of(Period.ofYears(2), Period.ofYears(10), DisposalAction.TRANSFER_TO_ARCHIVES))
                .build();
        FilingPlanEntry works = FilingPlanEntry.builder().code(ClassificationCode.of("1.2")).title("Works")
                .parent(ClassificationCode.of("1")).build();            // keeps the rule of the code above

        // every problem at once: dossier.plan.duplicate-code, .unknown-parent, .cycle, .no-retention
        Either<List<Problem>, FilingPlan> halfPlan = FilingPlan.of(List.of(works));
        // => Left([dossier.plan.unknown-parent: Code 1.2 has an unknown parent 1 ...])
        FilingPlan plan = FilingPlan.of(List.of(buildings, works))
                .getOrElseThrow(problems -> new IllegalArgumentException("bad filing plan: " + problems));
        // end::dossier-plan[]
        // tag::dossier[]
        DossierRules rules = DossierRules.of(plan, DossierPolicy.of(paris)      // files held up to 7 working days
                .withNumbering(NumberingScheme.chronological()));               // the book numbers new files
        SharedState<DossierBook> book = SharedState.of(DossierBook.empty(rules));

        DossierId id = DossierId.of("d-42");
        DossierBook.Change opened = Problems.orThrow(book.update(b -> b.open(OpenDossier.builder()
                .id(id).title("Renovation of the archive room")
                .classification(ClassificationCode.of("1.2")).confidentiality(Confidentiality.RESTRICTED)
                .ownerUnit(OrgUnitId.of("S2")).holder(officer.id()).build(), ctx)));   // ProblemException if refused
        ReferenceNumber reference = opened.dossier().reference();              // => 2026-S2-000001
        Person head = Person.builder().id(PersonId.of("marc")).name("Marc Lefèvre")     // the head of section S2
                .clearance(Clearance.of(Confidentiality.RESTRICTED)).build();
        // a Person, whose clearance is checked: dossier.transfer.recipient-not-cleared if it falls short
        Problems.orThrow(book.update(b -> b.decide(id, DossierCommand.Transfer.of(head, "for signature"), ctx)));

        Instant may21 = ZonedDateTime.of(2026, 5, 21, 9, 0, 0, 0, paris.zone()).toInstant();
        List<HoldingAlert> late = book.get().heldTooLong(may21);
        String held = late.get(0).explanation();
        // => received Thu 7 May 2026 + 7 working days: skipped 8 May (Victoire 1945), 14 May (Ascension)
        //    and 4 weekend days -> Wed 20 May 2026; held 8 working days

        // refused with dossier.close.open-actions while action items are open, unless the policy allows it
        DossierBook.Change closed = Problems.orThrow(book.update(b -> b.decide(id, new DossierCommand.Close(),
                ctx.withInstant(may21))));
        DossierEvent.Closed event = (DossierEvent.Closed) closed.events().get(0);
        event.retention();
        // => RetentionOutcome{closedOn=2026-05-21, reviewOn=2028-05-21, disposalOn=2036-05-21,
        //    action=TRANSFER_TO_ARCHIVES}

        boolean redacted = DossierView.of(book.get().get(id).orElseThrow(), Clearance.none()).isRedacted();  // => true
        // the book again after a restart: DossierBook.replay(rules, storedEvents), or from a snapshot
        Either<List<Problem>, DossierBook> bookBack = DossierBook.restore(rules, book.get().snapshot());
        boolean sameBook = bookBack.get().equals(book.get());    // => true
        // end::dossier[]
        return new Tour(halfPlan, reference, late, held, closed, event, redacted, sameBook);
    }

    /** The file's movement log, one line per move, and where it is now. */
    public static List<String> movementLog(Dossier d, BusinessCalendar calendar) {
        List<String> lines = new ArrayList<>();
        lines.add("File " + d.reference() + " - " + d.title());
        for (Movement m : d.movements()) {
            lines.add("  " + m.at().atZone(calendar.zone()).toLocalDateTime() + "  "
                    + m.from().map(PersonId::value).orElse("(opened)") + " -> " + m.to() + "  (" + m.reason() + ")");
        }
        lines.add("  now with " + d.holder() + " since " + d.heldSince().atZone(calendar.zone()).toLocalDate());
        return lines;
    }
}
