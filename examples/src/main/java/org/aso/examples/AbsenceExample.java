package org.aso.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registers;
import org.aso.core.correspondence.Registration;
import org.aso.core.disruption.Absence;
import org.aso.core.disruption.AbsenceImpact;
import org.aso.core.disruption.Handover;
import org.aso.core.disruption.HandoverOutcome;
import org.aso.core.disruption.HandoverRequest;
import org.aso.core.disruption.HandoverState;
import org.aso.core.dossier.ClassificationCode;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierId;
import org.aso.core.dossier.DossierPolicy;
import org.aso.core.dossier.DossierRules;
import org.aso.core.dossier.OpenDossier;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problems;
import org.aso.core.kernel.Ref;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.EscalationPolicy;
import org.aso.core.priority.Notice;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;

/**
 * aso-core's handover: the officer falls ill on Monday 9 March 2026 for the week; what her absence
 * touches is listed, and the head of section hands her letter, files and task over to a deputy in
 * one decision, with a note.
 */
public final class AbsenceExample {
    private AbsenceExample() {}

    /** What the example computed. */
    public record Tour(AbsenceImpact impact, List<String> touched, HandoverOutcome done, List<Ref> handedOver,
                       String keptWhy, String note, List<Notice> reminders, boolean freeOnTuesday) {}

    /** Her desk on Monday 9 March 2026: a letter, two files, a task; and a meeting she chairs on Tuesday. */
    record Desk(HandoverState state, Agenda agenda) {}

    static Desk desk(BusinessCalendar paris, Person officer) {
        Instant march2 = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, paris.zone()).toInstant();
        Context clerk = Context.of(march2, CorrespondenceExample.CLERK, Clearance.of(Confidentiality.RESTRICTED));
        Register.Registered letter = Problems.orThrow(Register.of(CorrespondenceExample.general(paris))
                .register(Registration.builder().direction(Direction.INCOMING).channel(Channel.POST)
                        .receivedOn(LocalDate.of(2026, 3, 2)).sender(Contact.named("Mairie de Lyon"))
                        .subject("Demande de subvention").grade("urgent").build(), clerk));
        Register general = Problems.orThrow(letter.register().assign(letter.entry().id(), officer.id(),
                Assignment.Purpose.ACTION, clerk)).register();

        DossierRules rules = DossierRules.of(DossierExample.plan(), DossierPolicy.of(paris)
                .withNumbering(NumberingScheme.chronological()));
        Context her = Context.of(march2, officer.id(), officer.clearance());
        DossierBook book = DossierBook.empty(rules);
        book = Problems.orThrow(book.open(file("d-1", "Festival 2026", Confidentiality.PUBLIC, officer), her)).book();
        book = Problems.orThrow(book.open(file("d-2", "Recrutement du régisseur", Confidentiality.RESTRICTED, officer),
                her)).book();

        Task grant = Task.builder().id(TaskId.of("t-1")).title("Rédiger la convention de subvention")
                .assignee(officer.id()).unit(officer.unit().orElseThrow()).grade(PriorityGrade.frenchMailRoom().get(1))
                .dueDate(LocalDate.of(2026, 3, 11)).createdAt(march2).build();

        Agenda agenda = Problems.allOrThrow(Agenda.of(List.of(), List.of()));
        ZonedDateTime tuesday = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, paris.zone());
        agenda = Problems.orThrow(agenda.book(MeetingRequest.builder().id(MeetingId.of("m-1"))
                .title("Comité du festival").organizer(officer.id())
                .addAttendees(Attendee.of(officer.id(), Attendee.Role.CHAIR),
                        Attendee.of(PersonId.of("marc"), Attendee.Role.REQUIRED))
                .onlineLink("https://visio.example.org/festival").start(tuesday).end(tuesday.plusHours(1)).build(),
                her)).agenda();
        return new Desk(HandoverState.of(Registers.of(List.of(general)), book, List.of(grant)), agenda);
    }

    private static OpenDossier file(String id, String title, Confidentiality marking, Person holder) {
        return OpenDossier.builder().id(DossierId.of(id)).title(title).classification(ClassificationCode.of("C-15012"))
                .confidentiality(marking).ownerUnit(OrgUnitId.of("S2")).holder(holder.id()).build();
    }

    /**
     * The README's handover: Claire (the {@code officer}) is on sick leave for the week of 9 March
     * 2026; Marc, the head of section, lists what that touches and hands it over to Luc, who is not
     * cleared for restricted files.
     *
     * @param paris the office's calendar
     * @param officer the officer who falls ill
     * @param orgChart the section's chart (escalation climbs it)
     * @param clock the instant of the handover
     * @return what was computed
     */
    public static Tour tour(BusinessCalendar paris, Person officer, OrgChart orgChart, Clock clock) {
        Desk desk = desk(paris, officer);
        HandoverState state = desk.state();
        Agenda agenda = desk.agenda();
        // tag::absence[]
        Instant monday = ZonedDateTime.of(2026, 3, 9, 8, 0, 0, 0, paris.zone()).toInstant();
        Absence ill = Absence.of(officer.id(), Absence.Kind.SICK_LEAVE,
                Interval.of(monday, monday.plus(Duration.ofDays(5))));             // back on Saturday
        Escalation escalation = Escalation.of(EscalationPolicy.defaults(), paris, orgChart);
        Context head = Context.of(clock.instant(), PersonId.of("marc"), Clearance.of(Confidentiality.RESTRICTED));

        // state: her registers, dossier book and tasks; refused: disruption.absence.empty, kernel.range.*
        AbsenceImpact impact = Problems.orThrow(AbsenceImpact.of(ill, state, agenda, escalation, head));
        List<String> touched = impact.items().stream().map(i -> i.concern() + " " + i.ref()).toList();
        // => [NOTICE_DUE TASK t-1, CHAIRS_MEETING MEETING m-1, DOSSIER_HELD DOSSIER d-1, DOSSIER_HELD DOSSIER d-2,
        //    TASK_ASSIGNED TASK t-1, NOTICE_DUE TASK t-1, LETTER_HANDLED LETTER GEN/DGA/2026E00001]

        Person luc = Person.builder().id(PersonId.of("luc")).name("Luc Bernard").build();   // public files only
        HandoverOutcome done = Problems.orThrow(Handover.decide(state, escalation,
                HandoverRequest.of(ill, luc, impact.handOverable(), "Arrêt maladie de Claire"), head));
        List<Ref> handedOver = done.note().handedOver().stream().map(i -> i.ref()).toList();
        // => [LETTER GEN/DGA/2026E00001, DOSSIER d-1, TASK t-1]
        String keptWhy = done.note().kept().get(0).code();   // => dossier.transfer.recipient-not-cleared
        String note = done.note().toText(Locale.FRENCH, paris.zone());     // for aso-docs, or as it is
        // => Passation de claire (arrêt maladie, du lundi 9 mars 2026 à 8 h 00 au samedi 14 mars 2026 à 8 h 00)
        //    à luc, par marc le lundi 9 mars 2026 à 8 h 30 Confié (3) : - Courrier à traiter : LETTER GEN/DGA/2026E00001
        //    « Demande de subvention » (ASSIGNED), échéance le jeudi 12 mars 2026 - Dossier détenu : DOSSIER d-1
        //    « Festival 2026 » (OPEN), échéance le mercredi 18 mars 2026 - Tâche : TASK t-1 ... Non confié (1) :
        //    - Dossier détenu : DOSSIER d-2 « Recrutement du régisseur » (OPEN), échéance le mercredi 11 mars 2026 :
        //    la personne suppléante n’est pas habilitée pour ce dossier Les relances destinées à claire vont à luc
        //    jusqu’au samedi 14 mars 2026 à 8 h 00.
        // done.events(): to append to the register's and the book's histories; done.state(): the tasks

        escalation = done.escalation();                     // her notices go to Luc until she is back
        Task friday = state.tasks().get(0).withDueDate(LocalDate.of(2026, 3, 13));   // were one of hers due Friday
        List<Notice> reminders = Problems.orThrow(escalation.schedule(friday));     // what evaluate will give, and when
        // => [REMINDER t-1 -> luc since 2026-03-11T08:00:00Z: ..., OVERDUE t-1 -> luc ..., ESCALATION t-1 -> sophie ...,
        //    EXCEPTION_REPORT t-1 ...]
        Availability claire = Availability.of(officer.id(), paris).meetings(agenda, ill.interval())
                .outside(List.of(ill.outOfOffice())).build();      // FreeTime: ill.removeFrom(free)
        boolean freeOnTuesday = claire.isFree(Interval.of(monday.plus(Duration.ofDays(1)), Duration.ofHours(1)));
        // => false
        // end::absence[]
        return new Tour(impact, touched, done, handedOver, keptWhy, note, reminders, freeOnTuesday);
    }
}
