package org.aso.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registers;
import org.aso.core.correspondence.Registration;
import org.aso.core.disruption.Reorganisation;
import org.aso.core.disruption.ReorganisationOutcome;
import org.aso.core.disruption.ReorganisationPlan;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.OrgChartHistory;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problems;
import org.aso.core.numbering.ReferenceNumber;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.EscalationPolicy;
import org.aso.core.priority.NoticeKind;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;

/**
 * aso-core's reorganisation: sections 2 and 3 are merged into section 5, under a new
 * sub-directorate, from 1 April 2026; their open letters, tasks and people follow, the register
 * numbers on, and escalation climbs the chart in force when a notice is due.
 */
public final class ReorganisationExample {
    private ReorganisationExample() {}

    /** What the example computed. */
    public record Tour(ReorganisationOutcome done, List<Identifier> handlers, String summary,
                       Optional<PersonId> escalatedTo, Optional<PersonId> escalatedBefore, ReferenceNumber next) {}

    private static Register letter(Register r, String subject, OrgUnitId unit, Context clerk) {
        Register.Registered reg = Problems.orThrow(r.register(Registration.builder().direction(Direction.INCOMING)
                .channel(Channel.POST).receivedOn(LocalDate.of(2026, 3, 23)).sender(Contact.named("Mairie de Lyon"))
                .subject(subject).grade("normal").build(), clerk));
        return Problems.orThrow(reg.register().assign(reg.entry().id(), unit, Assignment.Purpose.ACTION, clerk)).register();
    }

    /**
     * The README's reorganisation: S2 (the {@code officer}'s section) and S3 are merged into S5 from
     * 1 April 2026; Sophie, head of the sub-directorate, takes the decision on 30 March.
     *
     * @param paris the office's calendar
     * @param officer the officer of S2
     * @param orgChart the chart in force until then (escalation climbs it)
     * @param clock the instant of the decision
     * @return what was computed
     */
    public static Tour tour(BusinessCalendar paris, Person officer, OrgChart orgChart, Clock clock) {
        Instant march23 = ZonedDateTime.of(2026, 3, 23, 10, 0, 0, 0, paris.zone()).toInstant();
        Context clerk = Context.of(march23, CorrespondenceExample.CLERK, Clearance.of(Confidentiality.RESTRICTED));
        Register general = Register.of(CorrespondenceExample.general(paris));
        general = letter(general, "Demande de subvention", OrgUnitId.of("S2"), clerk);
        general = letter(general, "Permis de stationnement", OrgUnitId.of("S3"), clerk);
        Registers registers = Registers.of(List.of(general));
        List<Task> tasks = List.of(Task.builder().id(TaskId.of("t-1")).title("Rédiger la convention")
                .assignee(officer.id()).unit(OrgUnitId.of("S2")).grade(PriorityGrade.frenchMailRoom().get(1))
                .dueDate(LocalDate.of(2026, 4, 2)).createdAt(march23).build());
        List<Person> people = List.of(officer);
        // tag::reorganisation[]
        Instant april = ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, paris.zone()).toInstant();
        List<OrgUnit> units = new ArrayList<>(orgChart.units());
        units.add(OrgUnit.builder().id(OrgUnitId.of("SD2")).code("SD2").name("Sub-directorate 2")
                .head(PersonId.of("paul")).build());
        units.add(OrgUnit.builder().id(OrgUnitId.of("S5")).code("S5").name("Section 5")
                .parent(OrgUnitId.of("SD2")).build());
        OrgChart after = Problems.allOrThrow(OrgChart.of(units));
        ReorganisationPlan merger = ReorganisationPlan.of(after, april, "Fusion des sections 2 et 3")
                .withMove(OrgUnitId.of("S2"), OrgUnitId.of("S5"))
                .withMove(OrgUnitId.of("S3"), OrgUnitId.of("S5"));   // a split: several moves, withItem, withPerson
        OrgChartHistory charts = OrgChartHistory.of(orgChart);        // the host keeps it, like the chart
        Context sophie = Context.of(clock.instant(), PersonId.of("sophie"), Clearance.of(Confidentiality.RESTRICTED));

        // registers, tasks and people as the host keeps them; refusals: disruption.reorganisation.*, ...
        ReorganisationOutcome done = Problems.orThrow(
                Reorganisation.decide(registers, tasks, people, charts, merger, sophie));
        Entry first = done.registers().all().get(0).entries().get(0);
        List<Identifier> handlers = first.assignments().stream().map(Assignment::assignee).toList();  // => [S2, S5]
        String summary = done.toText(Locale.FRENCH, paris.zone());
        // => Réorganisation décidée par sophie le lundi 30 mars 2026 à 10 h 00, nouvel organigramme en vigueur
        //    à partir du mercredi 1er avril 2026 à 0 h 00 - S2 vers S5 : 1 courrier, 1 tâche, 1 personne
        //    - S3 vers S5 : 1 courrier
        // done.events(): to append to the register's history; done.tasks(), done.people(): the host's to keep

        Escalation escalation = Escalation.of(EscalationPolicy.defaults(), paris, done.orgCharts());
        Optional<PersonId> escalatedTo = Problems.orThrow(escalation.schedule(done.tasks().get(0))).stream()
                .filter(n -> n.kind() == NoticeKind.ESCALATION).findFirst().orElseThrow().recipient();
        // => Optional[paul]
        Task march = tasks.get(0).withDueDate(LocalDate.of(2026, 3, 24));    // due before: the old chart's superior
        Optional<PersonId> escalatedBefore = Problems.orThrow(escalation.schedule(march)).stream()
                .filter(n -> n.kind() == NoticeKind.ESCALATION).findFirst().orElseThrow().recipient();
        // => Optional[sophie]

        Register numbered = done.registers().all().get(0);                 // numbers kept, the series goes on
        ReferenceNumber next = Problems.orThrow(numbered.register(Registration.builder()
                .direction(Direction.INCOMING).channel(Channel.EMAIL).receivedOn(LocalDate.of(2026, 3, 30))
                .sender(Contact.named("Préfecture")).subject("Première lettre de S5").build(), sophie)).entry().number();
        // => DGA/2026E00003
        // end::reorganisation[]
        return new Tour(done, handlers, summary, escalatedTo, escalatedBefore, next);
    }
}
