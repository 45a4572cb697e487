package org.aso.store.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.AgendaSnapshot;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.audit.AuditTrail;
import org.aso.core.audit.AuditTrailSnapshot;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.EntryStatus;
import org.aso.core.correspondence.PhoneLog;
import org.aso.core.correspondence.PhoneLogEvent;
import org.aso.core.correspondence.PhoneLogSnapshot;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSnapshot;
import org.aso.core.correspondence.TransmissionSlipEvent;
import org.aso.core.correspondence.TransmissionSlips;
import org.aso.core.correspondence.TransmissionSlipsSnapshot;
import org.aso.core.correspondence.VisitorLog;
import org.aso.core.correspondence.VisitorLogEvent;
import org.aso.core.correspondence.VisitorLogSnapshot;
import org.aso.core.dossier.ActionItem;
import org.aso.core.dossier.ClassificationCode;
import org.aso.core.dossier.DisposalAction;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierBookSnapshot;
import org.aso.core.dossier.DossierEvent;
import org.aso.core.dossier.DossierId;
import org.aso.core.dossier.DossierStatus;
import org.aso.core.dossier.Item;
import org.aso.core.dossier.ItemKind;
import org.aso.core.dossier.RetentionOutcome;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.LogFixtures;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.numbering.ReferenceNumber;
import org.aso.core.priority.EscalationEvent;
import org.aso.core.priority.Notice;
import org.aso.core.priority.NoticeKind;
import org.aso.core.priority.NoticeLogSnapshot;
import org.aso.core.priority.TaskId;

/**
 * One value of every event record and every snapshot type, made in code, for the golden files: each
 * file must read to its value, and the value must write as the file.
 */
final class GoldenValues {
    private GoldenValues() {
    }

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    static final PersonId CLERK = PersonId.of("clerk");
    static final PersonId HEAD = PersonId.of("p-3");

    /** A letter registered in the general register of core's fixtures. */
    static Register.Registered registered() {
        return CorrespondenceFixtures.emptyGeneral().register(CorrespondenceFixtures.letter(LocalDate.of(2026, 3, 2),
                "Demande de subvention").confidentiality(Confidentiality.RESTRICTED).build(),
                CorrespondenceFixtures.clerkOn(LocalDate.of(2026, 3, 2))).get();
    }

    /** A weekly meeting booked in the agenda of core's fixtures. */
    static Agenda.Change booked() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, KernelFixtures.PARIS);
        return AgendaFixtures.agenda().book(AgendaFixtures.meeting("m-1", AgendaFixtures.LARGE, start, 60, "p1", "p2")
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build(), AgendaFixtures.STEPS_CONTEXT).get();
    }

    static Map<Class<?>, Object> events() {
        Map<Class<?>, Object> out = new LinkedHashMap<>();
        // correspondence
        Entry entry = registered().entry();
        ReferenceNumber number = entry.number();
        ReferenceNumber other = ReferenceNumber.of("2026-A-000002", "code=A|year=2026", 2);
        out.put(EntryEvent.MailRegistered.class, new EntryEvent.MailRegistered(entry));
        out.put(EntryEvent.Assigned.class, new EntryEvent.Assigned(entry.id(), entry.register(), number, AT, CLERK,
                OrgUnitId.of("S2"), Assignment.Purpose.values()[0], Optional.of("Pour réponse")));
        out.put(EntryEvent.Redirected.class, new EntryEvent.Redirected(entry.id(), entry.register(), number, AT, CLERK,
                Optional.of(OrgUnitId.of("S2")), PersonId.of("alice"), "Mieux placée"));
        out.put(EntryEvent.StatusChanged.class, new EntryEvent.StatusChanged(entry.id(), entry.register(), number, AT,
                CLERK, EntryStatus.REGISTERED, EntryStatus.CLOSED));
        out.put(EntryEvent.ReplyLinked.class, new EntryEvent.ReplyLinked(entry.id(), entry.register(), number, AT, CLERK,
                org.aso.core.correspondence.EntryId.of("GEN/2026-A-000002"), other));
        out.put(EntryEvent.Acknowledged.class, new EntryEvent.Acknowledged(entry.id(), entry.register(), number, AT,
                CLERK));
        out.put(EntryEvent.ContentRecorded.class, new EntryEvent.ContentRecorded(entry.id(), entry.register(), number,
                AT, PersonId.of("director"), "Subvention 2026", Optional.of("Demande de la mairie"),
                List.of("scan-1.pdf")));
        out.put(EntryEvent.DelayExplained.class, new EntryEvent.DelayExplained(entry.id(), entry.register(), number, AT,
                CLERK, "Avis du service attendu"));
        out.put(EntryEvent.Cancelled.class, new EntryEvent.Cancelled(entry.id(), entry.register(), number, AT, CLERK,
                "Doublon"));
        // dossier
        DossierId d = DossierId.of("d-1");
        PersonId officer = DossierFixtures.OFFICER;
        out.put(DossierEvent.Opened.class, new DossierEvent.Opened(d, AT, officer,
                ReferenceNumber.of("1.1/7/2026-S2", "1.1/2026-S2", 7), "Subvention de la mairie", "Demande 2026",
                DossierFixtures.GENERAL, DossierFixtures.S2, officer, Confidentiality.CONFIDENTIAL, List.of("budget"),
                List.of("urgent")));
        out.put(DossierEvent.Transferred.class, new DossierEvent.Transferred(d, AT, officer, officer, HEAD,
                "Pour signature"));
        out.put(DossierEvent.StatusChanged.class, new DossierEvent.StatusChanged(d, AT, officer, DossierStatus.OPEN,
                DossierStatus.IN_PROGRESS, "Travail commencé"));
        out.put(DossierEvent.ItemAdded.class, new DossierEvent.ItemAdded(d, AT, officer, Item.builder().number(1)
                .kind(ItemKind.NOTE).title("Note 1").pages(2).volume(1).addedAt(AT).addedBy(officer)
                .text("Vu, à discuter.").build()));
        out.put(DossierEvent.VolumeStarted.class, new DossierEvent.VolumeStarted(d, AT, officer, 2));
        out.put(DossierEvent.ActionItemAdded.class, new DossierEvent.ActionItemAdded(d, AT, officer,
                ActionItem.builder().number(1).description("Répondre à la mairie").due(LocalDate.of(2026, 4, 1))
                        .assignee(HEAD).addedAt(AT).build()));
        out.put(DossierEvent.ActionItemCompleted.class, new DossierEvent.ActionItemCompleted(d, AT, officer, 1));
        out.put(DossierEvent.TagsChanged.class, new DossierEvent.TagsChanged(d, AT, officer, List.of("budget", "urgent")));
        out.put(DossierEvent.Retitled.class, new DossierEvent.Retitled(d, AT, officer, "Nouveau titre", "Nouvel objet"));
        out.put(DossierEvent.Reclassified.class, new DossierEvent.Reclassified(d, AT, officer, DossierFixtures.GENERAL,
                ClassificationCode.of("1.2")));
        out.put(DossierEvent.Closed.class, new DossierEvent.Closed(d, AT, officer, RetentionOutcome.builder()
                .closedOn(LocalDate.of(2026, 3, 2)).reviewOn(LocalDate.of(2028, 3, 2))
                .disposalOn(LocalDate.of(2031, 3, 2)).action(DisposalAction.DESTROY).build(), 0));
        out.put(DossierEvent.Reopened.class, new DossierEvent.Reopened(d, AT, officer, "Nouvelle demande"));
        out.put(DossierEvent.Archived.class, new DossierEvent.Archived(d, AT, officer));
        out.put(DossierEvent.LegalHoldPlaced.class, new DossierEvent.LegalHoldPlaced(d, AT, officer, "Recours pendant"));
        out.put(DossierEvent.LegalHoldLifted.class, new DossierEvent.LegalHoldLifted(d, AT, officer, "Recours rejeté"));
        out.put(DossierEvent.Disposed.class, new DossierEvent.Disposed(d, AT, officer, DisposalAction.DESTROY));
        // agenda
        Meeting meeting = booked().meeting();
        PersonId organizer = AgendaFixtures.ORGANIZER;
        Instant previous = meeting.start().toInstant().minusSeconds(3600);
        out.put(MeetingEvent.Booked.class, new MeetingEvent.Booked(AT, organizer, meeting));
        out.put(MeetingEvent.Moved.class, new MeetingEvent.Moved(AT, organizer, meeting, previous,
                Optional.of(AgendaFixtures.SMALL)));
        out.put(MeetingEvent.Cancelled.class, new MeetingEvent.Cancelled(AT, organizer, meeting, "Reportée"));
        out.put(MeetingEvent.OccurrenceChanged.class, new MeetingEvent.OccurrenceChanged(AT, organizer, meeting,
                meeting.start().plusWeeks(1).toInstant(), OccurrenceChange.builder().room(AgendaFixtures.SMALL)
                        .title("Salle changée").build()));
        out.put(MeetingEvent.Responded.class, new MeetingEvent.Responded(AT, PersonId.of("p1"), meeting,
                PersonId.of("p1"), Attendee.Response.ACCEPTED, Optional.empty(), false, Optional.empty()));
        org.aso.core.kernel.Interval week = org.aso.core.kernel.Interval.of(meeting.start().toInstant().minusSeconds(86_400),
                meeting.start().toInstant().plusSeconds(6 * 86_400));
        out.put(org.aso.core.agenda.AgendaEvent.OutOfService.class, new org.aso.core.agenda.AgendaEvent.OutOfService(AT,
                officer, new org.aso.core.agenda.ResourceOutage(AgendaFixtures.FIXED_PROJECTOR, week, "Lampe grillée")));
        out.put(org.aso.core.agenda.AgendaEvent.BackInService.class, new org.aso.core.agenda.AgendaEvent.BackInService(AT,
                officer, AgendaFixtures.LARGE, week.start(), week.start().plusSeconds(3 * 86_400)));
        // priority
        out.put(EscalationEvent.NoticeIssued.class, new EscalationEvent.NoticeIssued(AT, officer, Notice.builder()
                .task(TaskId.of("t-1")).kind(NoticeKind.REMINDER).recipient(officer).dueSince(AT)
                .reason("Tâche due le 2026-03-04").build()));
        out.put(EscalationEvent.Evaluated.class, new EscalationEvent.Evaluated(AT, officer, 1));
        out.put(EscalationEvent.TaskReset.class, new EscalationEvent.TaskReset(AT, officer, TaskId.of("t-1")));
        // logs
        PhoneLog.Message message = message();
        out.put(PhoneLogEvent.MessageRecorded.class, new PhoneLogEvent.MessageRecorded(LogFixtures.PHONE, message));
        out.put(PhoneLogEvent.MessageDone.class, new PhoneLogEvent.MessageDone(LogFixtures.PHONE, 1, AT, CLERK));
        out.put(VisitorLogEvent.Arrived.class, new VisitorLogEvent.Arrived(LogFixtures.RECEPTION, visit(), CLERK));
        out.put(VisitorLogEvent.Left.class, new VisitorLogEvent.Left(LogFixtures.RECEPTION, 1, AT, CLERK));
        out.put(TransmissionSlipEvent.Sent.class, new TransmissionSlipEvent.Sent(LogFixtures.SLIPS, slip()));
        out.put(TransmissionSlipEvent.Received.class, new TransmissionSlipEvent.Received(LogFixtures.SLIPS,
                slip().number(), AT, CLERK));
        return out;
    }

    static PhoneLog.Message message() {
        return PhoneLog.Message.builder().sequence(1).at(AT).takenBy(CLERK).caller("M. Dupont")
                .organisation("Mairie").number(PhoneNumber.of("04 72 10 30 30")).forWhom(HEAD)
                .text("Rappeler au sujet de la subvention").callbackWanted(true).build();
    }

    static VisitorLog.Visit visit() {
        return VisitorLog.Visit.builder().sequence(1).visitor("M. Martin").organisation("Préfecture").host(HEAD)
                .arrival(AT).badge("V-12").build();
    }

    static TransmissionSlips.Slip slip() {
        return TransmissionSlips.Slip.builder().number(ReferenceNumber.of("BE-S2-2026-0001", "code=S2|year=2026", 1))
                .from(OrgUnitId.of("S2")).to(OrgUnitId.of("S4")).addDocuments("2026-A-000001").note("Pour avis")
                .sentAt(AT).sentBy(CLERK).build();
    }

    static Map<Class<?>, Object> snapshots() {
        Map<Class<?>, Object> out = new LinkedHashMap<>();
        Register.Registered r = registered();
        out.put(RegisterSnapshot.class, r.register().snapshot());
        DossierBook book = DossierBook.empty(DossierFixtures.rules()).open(DossierFixtures.openCommand("d-1",
                DossierFixtures.GENERAL).build(), DossierFixtures.ctx("2026-03-02T10:00")).get().book();
        out.put(DossierBookSnapshot.class, book.snapshot());
        Agenda agenda = booked().agenda();
        out.put(AgendaSnapshot.class, agenda.putOutOfService(AgendaFixtures.FIXED_PROJECTOR,
                org.aso.core.kernel.Interval.of(Instant.parse("2026-03-16T08:00:00Z"), Instant.parse("2026-03-17T17:00:00Z")),
                "Lampe grillée", AgendaFixtures.STEPS_CONTEXT).get().agenda().snapshot());
        out.put(NoticeLogSnapshot.class, new NoticeLogSnapshot(Map.of(TaskId.of("t-1"),
                Set.of(NoticeKind.REMINDER, NoticeKind.values()[NoticeKind.values().length - 1])), Optional.of(AT)));
        out.put(AuditTrailSnapshot.class, AuditTrail.empty().append(r.events().get(0)).get().snapshot());
        out.put(PhoneLogSnapshot.class, new PhoneLogSnapshot(LogFixtures.PHONE, List.of(message())));
        out.put(VisitorLogSnapshot.class, new VisitorLogSnapshot(LogFixtures.RECEPTION, List.of(visit())));
        out.put(TransmissionSlipsSnapshot.class, new TransmissionSlipsSnapshot(LogFixtures.SLIPS, LogFixtures.SLIP_SCHEME,
                LogFixtures.SLIP_CODE, KernelFixtures.PARIS, List.of(slip())));
        return out;
    }
}
