package org.aso.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.dossier.ClassificationCode;
import org.aso.core.dossier.DisposalAction;
import org.aso.core.dossier.Dossier;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierCommand;
import org.aso.core.dossier.DossierId;
import org.aso.core.dossier.DossierPolicy;
import org.aso.core.dossier.DossierRules;
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
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problems;
import org.aso.core.kernel.SharedState;
import org.aso.core.numbering.NumberingScheme;

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
