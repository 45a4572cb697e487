package org.aso.core.disruption;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registers;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.OpenDossier;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.numbering.ReferenceNumber;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.EscalationPolicy;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.aso.core.priority.TaskStatus;

/**
 * A section in Paris in March 2026: the officer p-17 falls ill for the week of Monday 9 March, with
 * letters, files, tasks and meetings; Marc (p-9) is her deputy, cleared for restricted files only.
 */
final class AwayFixtures {
    private AwayFixtures() {}

    static final PersonId OFFICER = DossierFixtures.OFFICER;
    static final PersonId OTHER = PersonId.of("p-40");
    static final Person MARC = Person.builder().id(PersonId.of("p-9")).name("Marc Petit")
            .clearance(Clearance.of(Confidentiality.RESTRICTED)).build();
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    /** Sick leave from Monday 9 March 08:00 to Saturday 14 March 00:00, Paris. */
    static final Absence SICK = Absence.of(OFFICER, Absence.Kind.SICK_LEAVE,
            Interval.of(DossierFixtures.paris("2026-03-09T08:00"), DossierFixtures.paris("2026-03-14T00:00")));

    /** The head of the section, confidential clearance, at 08:30 on Monday 9 March. */
    static final Context HEAD_ON_MONDAY = DossierFixtures.ctx("2026-03-09T08:30", DossierFixtures.HEAD,
            Clearance.of(Confidentiality.CONFIDENTIAL));

    static Escalation escalation() {
        return Escalation.of(EscalationPolicy.defaults(), KernelFixtures.paris(), PriorityFixtures.orgChart());
    }

    /**
     * The general register: e1 urgent (reply due Thu 12 March) for the officer, e2 normal (due in
     * April) for the officer, e3 urgent for p-40, e4 urgent and confidential for the officer.
     */
    static Register register() {
        Register r = CorrespondenceFixtures.emptyGeneral();
        r = letter(r, "Subsidy for the festival", "urgent", Confidentiality.PUBLIC, OFFICER);
        r = letter(r, "Annual report", "normal", Confidentiality.PUBLIC, OFFICER);
        r = letter(r, "Parking permits", "urgent", Confidentiality.PUBLIC, OTHER);
        r = letter(r, "Staff grievance", "urgent", Confidentiality.CONFIDENTIAL, OFFICER);
        return r;
    }

    static Register letter(Register r, String subject, String grade, Confidentiality c, PersonId handler) {
        Context clerk = CorrespondenceFixtures.clerkOn(MONDAY);
        Register.Registered reg = r.register(CorrespondenceFixtures.letter(MONDAY, subject).grade(grade)
                .confidentiality(c).build(), clerk).get();
        return reg.register().assign(reg.entry().id(), handler, Assignment.Purpose.ACTION, clerk).get().register();
    }

    /** d-1 public and d-2 confidential, held by the officer since 3 March; d-3 held by p-40. */
    static DossierBook book() {
        DossierBook b = DossierBook.empty(DossierFixtures.rules());
        b = open(b, "d-1", "Festival 2026", Confidentiality.PUBLIC, OFFICER, 1);
        b = open(b, "d-2", "Disciplinary case", Confidentiality.CONFIDENTIAL, OFFICER, 2);
        b = open(b, "d-3", "Car park", Confidentiality.PUBLIC, OTHER, 3);
        return b;
    }

    static DossierBook open(DossierBook b, String id, String title, Confidentiality c, PersonId holder, int n) {
        OpenDossier.Builder cmd = OpenDossier.builder();
        cmd.id(org.aso.core.dossier.DossierId.of(id)).reference(ReferenceNumber.of("2026-S2-" + n, "S2/2026", n))
                .title(title).classification(DossierFixtures.GENERAL).ownerUnit(DossierFixtures.S2).holder(holder)
                .confidentiality(c).holderClearance(Clearance.of(Confidentiality.CONFIDENTIAL));
        return b.open(cmd.build(), DossierFixtures.ctx("2026-03-03T09:00")).get().book();
    }

    /** t-1 due Wed 11 March, t-2 due 30 April, t-3 of p-40 due 10 March, t-4 done, due 10 March. */
    static List<Task> tasks() {
        List<Task> tasks = new ArrayList<>();
        tasks.add(task("t-1", "Draft the festival grant", OFFICER, LocalDate.of(2026, 3, 11)));
        tasks.add(task("t-2", "Annual report figures", OFFICER, LocalDate.of(2026, 4, 30)));
        tasks.add(task("t-3", "Renew the permits", OTHER, LocalDate.of(2026, 3, 10)));
        tasks.add(task("t-4", "Book the caterer", OFFICER, LocalDate.of(2026, 3, 10)).withStatus(TaskStatus.DONE));
        return tasks;
    }

    static Task task(String id, String title, PersonId who, LocalDate due) {
        return Task.builder().id(TaskId.of(id)).title(title).assignee(who).unit(OrgUnitId.of("S2"))
                .grade(PriorityFixtures.URGENT).dueDate(due).createdAt(Instant.parse("2026-03-02T09:00:00Z")).build();
    }

    static HandoverState desk() {
        return HandoverState.of(Registers.of(List.of(register())), book(), tasks());
    }

    /**
     * m-1 Tue 10 March (officer required), m-2 Wed 11 March (officer chairs), m-3 Mondays from 2 March
     * (4 times, officer required), m-4 Mon 16 March (after the absence), m-5 Thu 12 March (officer optional).
     */
    static Agenda agenda() {
        Context ctx = Context.of(DossierFixtures.paris("2026-02-20T09:00"), AgendaFixtures.ORGANIZER, Clearance.none());
        Agenda a = AgendaFixtures.agenda();
        a = a.book(AgendaFixtures.meeting("m-1", AgendaFixtures.SMALL, at("2026-03-10T10:00"), 60, "p-17", "p-40")
                .build(), ctx).get().agenda();
        a = a.book(AgendaFixtures.meeting("m-2", AgendaFixtures.LARGE, at("2026-03-11T14:00"), 90, "p-40")
                .addAttendees(Attendee.of(OFFICER, Attendee.Role.CHAIR)).build(), ctx).get().agenda();
        a = a.book(AgendaFixtures.meeting("m-3", AgendaFixtures.SMALL, at("2026-03-02T14:00"), 30, "p-17")
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build(), ctx).get().agenda();
        a = a.book(AgendaFixtures.meeting("m-4", AgendaFixtures.SMALL, at("2026-03-16T10:00"), 60, "p-17")
                .build(), ctx).get().agenda();
        a = a.book(AgendaFixtures.meeting("m-5", AgendaFixtures.SMALL, at("2026-03-12T10:00"), 60, "p-40")
                .addAttendees(Attendee.of(OFFICER, Attendee.Role.OPTIONAL)).build(), ctx).get().agenda();
        return a;
    }

    static ZonedDateTime at(String local) {
        return DossierFixtures.paris(local).atZone(KernelFixtures.PARIS);
    }
}
