package org.aso.store.json;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aso.core.agenda.AgendaEvent;
import org.aso.core.agenda.AgendaSnapshot;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.RoomId;
import org.aso.core.audit.AuditTrailSnapshot;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.EntryId;
import org.aso.core.correspondence.PhoneLogEvent;
import org.aso.core.correspondence.PhoneLogId;
import org.aso.core.correspondence.PhoneLogSnapshot;
import org.aso.core.correspondence.RegisterId;
import org.aso.core.correspondence.RegisterSnapshot;
import org.aso.core.correspondence.TransmissionSlipEvent;
import org.aso.core.correspondence.TransmissionSlipsId;
import org.aso.core.correspondence.TransmissionSlipsSnapshot;
import org.aso.core.correspondence.VisitorLogEvent;
import org.aso.core.correspondence.VisitorLogId;
import org.aso.core.correspondence.VisitorLogSnapshot;
import org.aso.core.dossier.ClassificationCode;
import org.aso.core.dossier.DossierBookSnapshot;
import org.aso.core.dossier.DossierEvent;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.priority.EscalationEvent;
import org.aso.core.priority.NoticeLogSnapshot;
import org.aso.core.priority.TaskId;

/**
 * The catalogue of types that have a JSON form: every public value, event, command and snapshot
 * of aso-core. Aggregates ({@code Register}, {@code Agenda}, ...) have none of their own: they are
 * stored as their events and their snapshots.
 */
public final class JsonTypes {
    private static final Set<Class<?>> EVENT_FAMILIES = set(List.of(EntryEvent.class, DossierEvent.class,
            MeetingEvent.class, AgendaEvent.class, EscalationEvent.class, PhoneLogEvent.class, VisitorLogEvent.class,
            TransmissionSlipEvent.class));

    private static final Set<Class<?>> SNAPSHOTS = set(List.of(RegisterSnapshot.class, DossierBookSnapshot.class,
            AgendaSnapshot.class, NoticeLogSnapshot.class, AuditTrailSnapshot.class, PhoneLogSnapshot.class,
            VisitorLogSnapshot.class, TransmissionSlipsSnapshot.class));

    private static final Set<Class<?>> IDENTIFIERS = set(List.of(PersonId.class, OrgUnitId.class, DossierId.class,
            ClassificationCode.class, EntryId.class, RegisterId.class, PhoneLogId.class, VisitorLogId.class,
            TransmissionSlipsId.class, MeetingId.class, RoomId.class, EquipmentId.class, TaskId.class));

    private static final Set<Class<?>> WRITE_ONLY = set(List.of(
            org.aso.core.agenda.Meeting.DatedTask.class,
            org.aso.core.agenda.recurrence.Occurrence.class,
            org.aso.core.agenda.slots.Availability.class,
            org.aso.core.agenda.slots.Blocker.class,
            org.aso.core.agenda.slots.SlotAnswer.class,
            org.aso.core.agenda.slots.Suggestion.class,
            org.aso.core.audit.BrokenLink.class,
            org.aso.core.audit.Verification.class,
            org.aso.core.correspondence.Acknowledgement.class,
            org.aso.core.correspondence.Acknowledgement.Silence.class,
            org.aso.core.correspondence.Alert.class,
            org.aso.core.correspondence.Pendency.class,
            org.aso.core.correspondence.Pendency.Group.class,
            org.aso.core.correspondence.Pendency.Item.class,
            org.aso.core.correspondence.Pendency.Month.class,
            org.aso.core.dossier.DossierOutcome.class,
            org.aso.core.dossier.DossierView.class,
            org.aso.core.dossier.HoldingAlert.class,
            org.aso.core.kernel.SkippedDay.class,
            org.aso.core.kernel.WorkingDayDeadline.class,
            org.aso.core.kernel.WorkingTimeDeadline.class,
            org.aso.core.priority.DayPlan.class,
            org.aso.core.priority.Urgency.class));

    private static final Map<Class<?>, String> NOT_VALUES_BUT_BUILDERS;
    private static final Map<Class<?>, String> NOT_VALUES;

    static {
        Map<Class<?>, String> not = new LinkedHashMap<>();
        String aggregate = "an aggregate: kept as its events and its snapshot, which have a form";
        for (Class<?> c : List.of(org.aso.core.agenda.Agenda.class, org.aso.core.audit.AuditTrail.class,
                org.aso.core.correspondence.PhoneLog.class, org.aso.core.correspondence.Register.class,
                org.aso.core.correspondence.TransmissionSlips.class, org.aso.core.correspondence.VisitorLog.class,
                org.aso.core.dossier.DossierBook.class, org.aso.core.priority.NoticeLog.class)) {
            not.put(c, aggregate);
        }
        not.put(org.aso.core.correspondence.Registers.class,
                "several registers: each is kept as its own events and snapshot");
        not.put(org.aso.core.disruption.HandoverState.class,
                "registers, a dossier book and the host's tasks: the aggregates are kept as their own events and snapshots");
        not.put(org.aso.core.disruption.ReorganisationPlan.class,
                "a command the host makes in code for one decision (its rules per item are keyed by Ref); the outcome's moves have a form");
        not.put(org.aso.core.numbering.Numbering.class,
                "the counters of a register or a dossier book, kept in their snapshots (counters)");
        String outcome = "a decision's outcome holding the aggregate after it: its events have a form";
        for (Class<?> c : List.of(org.aso.core.agenda.Agenda.Change.class, org.aso.core.agenda.Agenda.OutageChange.class,
                org.aso.core.disruption.OutOfService.Resolution.class,
                org.aso.core.correspondence.PhoneLog.Change.class, org.aso.core.correspondence.Register.Change.class,
                org.aso.core.correspondence.Register.Registered.class,
                org.aso.core.correspondence.TransmissionSlips.Change.class,
                org.aso.core.correspondence.VisitorLog.Change.class, org.aso.core.dossier.DossierBook.Change.class,
                org.aso.core.priority.NoticeLog.Change.class, org.aso.core.numbering.Numbering.Issued.class,
                org.aso.core.priority.EscalationRound.class, org.aso.core.disruption.HandoverOutcome.class,
                org.aso.core.disruption.ReorganisationOutcome.class)) {
            not.put(c, outcome);
        }
        String service = "a service or policy a host makes in code from its configuration; it holds no data of its own";
        for (Class<?> c : List.of(org.aso.core.agenda.slots.SlotFinder.class, org.aso.core.priority.DayPlanner.class,
                org.aso.core.priority.Escalation.class, org.aso.core.priority.Triage.class,
                org.aso.core.disruption.Handover.class, org.aso.core.disruption.OutOfService.class,
                org.aso.core.disruption.Reorganisation.class)) {
            not.put(c, service);
        }
        not.put(org.aso.core.priority.EscalationPolicy.class,
                "a policy made in code (defaults, withLadder): its ladders per grade are not exposed to be written");
        not.put(org.aso.core.priority.UrgencyPolicy.class,
                "made from the host's settings (UrgencyPolicy.parse): the settings are the host's to keep");
        String contract = "an interface: the values implementing it have forms";
        for (Class<?> c : List.of(org.aso.core.kernel.DomainEvent.class, org.aso.core.kernel.Outcome.class,
                org.aso.core.dossier.DossierCommand.Visitor.class, org.aso.core.dossier.DossierCover.class)) {
            not.put(c, contract);
        }
        String helper = "static helpers and constants, never an instance";
        for (Class<?> c : List.of(org.aso.core.kernel.FrenchHolidays.class, org.aso.core.kernel.Limits.class,
                org.aso.core.kernel.Problems.class, org.aso.core.kernel.Text.class)) {
            not.put(c, helper);
        }
        not.put(org.aso.core.kernel.ProblemException.class, "an exception: its Problem has a form");
        not.put(org.aso.core.kernel.SharedState.class, "a mutable holder of shared state in one JVM");
        not.put(org.aso.core.kernel.Page.class,
                "a page of any values (generic): its items have forms, and a host writes its pages its own way");
        NOT_VALUES_BUT_BUILDERS = not;
    }

    /** A value's public builder, nested in it ({@code Room.Builder}). */
    private static java.util.Optional<Class<?>> nestedBuilder(Class<?> c) {
        for (Class<?> n : c.getClasses()) {
            if (n.getSimpleName().equals("Builder")) {
                return java.util.Optional.of(n);
            }
        }
        return java.util.Optional.empty();
    }

    private static final Set<Class<?>> ALL;

    static {
        Set<Class<?>> all = new LinkedHashSet<>(List.of(
            org.aso.core.agenda.AgendaEvent.class,
            org.aso.core.agenda.AgendaEvent.BackInService.class,
            org.aso.core.agenda.AgendaEvent.OutOfService.class,
            org.aso.core.agenda.AgendaItem.class,
            org.aso.core.agenda.AgendaSnapshot.class,
            org.aso.core.agenda.Attendee.class,
            org.aso.core.agenda.Attendee.Response.class,
            org.aso.core.agenda.Attendee.Role.class,
            org.aso.core.agenda.Equipment.class,
            org.aso.core.agenda.EquipmentId.class,
            org.aso.core.agenda.LogisticsItem.class,
            org.aso.core.agenda.Meeting.class,
            org.aso.core.agenda.Meeting.DatedTask.class,
            org.aso.core.agenda.Meeting.Place.class,
            org.aso.core.agenda.Meeting.Status.class,
            org.aso.core.agenda.MeetingEvent.class,
            org.aso.core.agenda.MeetingEvent.Booked.class,
            org.aso.core.agenda.MeetingEvent.Cancelled.class,
            org.aso.core.agenda.MeetingEvent.Moved.class,
            org.aso.core.agenda.MeetingEvent.OccurrenceChanged.class,
            org.aso.core.agenda.MeetingEvent.Responded.class,
            org.aso.core.agenda.MeetingId.class,
            org.aso.core.agenda.MeetingPlan.class,
            org.aso.core.agenda.MeetingRequest.class,
            org.aso.core.agenda.ResourceOutage.class,
            org.aso.core.agenda.ResourceOutage.Hit.class,
            org.aso.core.agenda.Room.class,
            org.aso.core.agenda.RoomId.class,
            org.aso.core.agenda.recurrence.Occurrence.class,
            org.aso.core.agenda.recurrence.OccurrenceChange.class,
            org.aso.core.agenda.recurrence.Recurrence.class,
            org.aso.core.agenda.recurrence.RecurrenceRule.class,
            org.aso.core.agenda.recurrence.RecurrenceRule.Frequency.class,
            org.aso.core.agenda.recurrence.RecurrenceRule.WeekdayNum.class,
            org.aso.core.agenda.slots.Availability.class,
            org.aso.core.agenda.slots.Blocker.class,
            org.aso.core.agenda.slots.Blocker.Kind.class,
            org.aso.core.agenda.slots.FreeBusy.class,
            org.aso.core.agenda.slots.FreeBusy.State.class,
            org.aso.core.agenda.slots.Relaxation.class,
            org.aso.core.agenda.slots.Relaxation.DropEquipment.class,
            org.aso.core.agenda.slots.Relaxation.DropSameDay.class,
            org.aso.core.agenda.slots.Relaxation.DropTimeOfDay.class,
            org.aso.core.agenda.slots.Relaxation.ExtendWindow.class,
            org.aso.core.agenda.slots.Relaxation.Kind.class,
            org.aso.core.agenda.slots.Relaxation.MakeOptional.class,
            org.aso.core.agenda.slots.Relaxation.Shorten.class,
            org.aso.core.agenda.slots.Relaxation.UseRoom.class,
            org.aso.core.agenda.slots.RoomNeeds.class,
            org.aso.core.agenda.slots.SlotAnswer.class,
            org.aso.core.agenda.slots.SlotAttendee.class,
            org.aso.core.agenda.slots.SlotRequest.class,
            org.aso.core.agenda.slots.Suggestion.class,
            org.aso.core.audit.AuditEntry.class,
            org.aso.core.disruption.OutOfService.Choice.class,
            org.aso.core.disruption.OutOfService.Choice.Cancel.class,
            org.aso.core.disruption.OutOfService.Choice.KeepWithout.class,
            org.aso.core.disruption.OutOfService.Choice.Take.class,
            org.aso.core.disruption.OutOfService.Kind.class,
            org.aso.core.disruption.OutOfService.Options.class,
            org.aso.core.disruption.OutOfService.Proposal.class,
            org.aso.core.disruption.OutOfService.Resolved.class,
            org.aso.core.audit.AuditTrailSnapshot.class,
            org.aso.core.audit.BrokenLink.class,
            org.aso.core.audit.BrokenLink.Reason.class,
            org.aso.core.audit.Checkpoint.class,
            org.aso.core.audit.Verification.class,
            org.aso.core.correspondence.Acknowledgement.class,
            org.aso.core.correspondence.Acknowledgement.Silence.class,
            org.aso.core.correspondence.Alert.class,
            org.aso.core.correspondence.Alert.Kind.class,
            org.aso.core.correspondence.Assignment.class,
            org.aso.core.correspondence.Assignment.Purpose.class,
            org.aso.core.correspondence.Cancellation.class,
            org.aso.core.correspondence.Channel.class,
            org.aso.core.correspondence.Entry.class,
            org.aso.core.correspondence.EntryEvent.class,
            org.aso.core.correspondence.EntryEvent.Acknowledged.class,
            org.aso.core.correspondence.EntryEvent.Assigned.class,
            org.aso.core.correspondence.EntryEvent.Cancelled.class,
            org.aso.core.correspondence.EntryEvent.ContentRecorded.class,
            org.aso.core.correspondence.EntryEvent.DelayExplained.class,
            org.aso.core.correspondence.EntryEvent.MailRegistered.class,
            org.aso.core.correspondence.EntryEvent.Redirected.class,
            org.aso.core.correspondence.EntryEvent.ReplyLinked.class,
            org.aso.core.correspondence.EntryEvent.StatusChanged.class,
            org.aso.core.correspondence.EntryId.class,
            org.aso.core.correspondence.EntryQuery.class,
            org.aso.core.correspondence.EntryStatus.class,
            org.aso.core.correspondence.Mail.class,
            org.aso.core.correspondence.Pendency.class,
            org.aso.core.correspondence.Pendency.Group.class,
            org.aso.core.correspondence.Pendency.Item.class,
            org.aso.core.correspondence.Pendency.Month.class,
            org.aso.core.correspondence.PhoneLog.Message.class,
            org.aso.core.correspondence.PhoneLogEvent.class,
            org.aso.core.correspondence.PhoneLogEvent.MessageDone.class,
            org.aso.core.correspondence.PhoneLogEvent.MessageRecorded.class,
            org.aso.core.correspondence.PhoneLogId.class,
            org.aso.core.correspondence.PhoneLogSnapshot.class,
            org.aso.core.correspondence.RegisterId.class,
            org.aso.core.correspondence.RegisterSettings.class,
            org.aso.core.correspondence.RegisterSettings.Kind.class,
            org.aso.core.correspondence.RegisterSnapshot.class,
            org.aso.core.correspondence.Registration.class,
            org.aso.core.correspondence.TransmissionSlipEvent.class,
            org.aso.core.correspondence.TransmissionSlipEvent.Received.class,
            org.aso.core.correspondence.TransmissionSlipEvent.Sent.class,
            org.aso.core.correspondence.TransmissionSlips.Slip.class,
            org.aso.core.correspondence.TransmissionSlipsId.class,
            org.aso.core.correspondence.TransmissionSlipsSnapshot.class,
            org.aso.core.correspondence.VisitorLog.Visit.class,
            org.aso.core.correspondence.VisitorLog.Visitor.class,
            org.aso.core.correspondence.VisitorLogEvent.class,
            org.aso.core.correspondence.VisitorLogEvent.Arrived.class,
            org.aso.core.correspondence.VisitorLogEvent.Left.class,
            org.aso.core.correspondence.VisitorLogId.class,
            org.aso.core.correspondence.VisitorLogSnapshot.class,
            org.aso.core.disruption.Absence.class,
            org.aso.core.disruption.Absence.Kind.class,
            org.aso.core.disruption.AbsenceImpact.class,
            org.aso.core.disruption.AbsenceItem.class,
            org.aso.core.disruption.AbsenceItem.Concern.class,
            org.aso.core.disruption.HandoverNote.class,
            org.aso.core.disruption.HandoverNote.Kept.class,
            org.aso.core.disruption.HandoverRequest.class,
            org.aso.core.disruption.ReorganisationOutcome.Kind.class,
            org.aso.core.disruption.ReorganisationOutcome.Moved.class,
            org.aso.core.disruption.ReorganisationPlan.Move.class,
            org.aso.core.dossier.ActionItem.class,
            org.aso.core.dossier.ClassificationCode.class,
            org.aso.core.dossier.DisposalAction.class,
            org.aso.core.dossier.Dossier.class,
            org.aso.core.dossier.DossierBookSnapshot.class,
            org.aso.core.dossier.DossierCommand.class,
            org.aso.core.dossier.DossierCommand.AddActionItem.class,
            org.aso.core.dossier.DossierCommand.AddItem.class,
            org.aso.core.dossier.DossierCommand.AddTag.class,
            org.aso.core.dossier.DossierCommand.Archive.class,
            org.aso.core.dossier.DossierCommand.AwaitReply.class,
            org.aso.core.dossier.DossierCommand.Close.class,
            org.aso.core.dossier.DossierCommand.CompleteActionItem.class,
            org.aso.core.dossier.DossierCommand.Dispose.class,
            org.aso.core.dossier.DossierCommand.LiftLegalHold.class,
            org.aso.core.dossier.DossierCommand.PlaceLegalHold.class,
            org.aso.core.dossier.DossierCommand.Reclassify.class,
            org.aso.core.dossier.DossierCommand.RemoveTag.class,
            org.aso.core.dossier.DossierCommand.Reopen.class,
            org.aso.core.dossier.DossierCommand.Retitle.class,
            org.aso.core.dossier.DossierCommand.StartWork.class,
            org.aso.core.dossier.DossierCommand.Transfer.class,
            org.aso.core.dossier.DossierEvent.class,
            org.aso.core.dossier.DossierEvent.ActionItemAdded.class,
            org.aso.core.dossier.DossierEvent.ActionItemCompleted.class,
            org.aso.core.dossier.DossierEvent.Archived.class,
            org.aso.core.dossier.DossierEvent.Closed.class,
            org.aso.core.dossier.DossierEvent.Disposed.class,
            org.aso.core.dossier.DossierEvent.ItemAdded.class,
            org.aso.core.dossier.DossierEvent.LegalHoldLifted.class,
            org.aso.core.dossier.DossierEvent.LegalHoldPlaced.class,
            org.aso.core.dossier.DossierEvent.Opened.class,
            org.aso.core.dossier.DossierEvent.Reclassified.class,
            org.aso.core.dossier.DossierEvent.Reopened.class,
            org.aso.core.dossier.DossierEvent.Retitled.class,
            org.aso.core.dossier.DossierEvent.StatusChanged.class,
            org.aso.core.dossier.DossierEvent.TagsChanged.class,
            org.aso.core.dossier.DossierEvent.Transferred.class,
            org.aso.core.dossier.DossierEvent.VolumeStarted.class,
            org.aso.core.dossier.DossierId.class,
            org.aso.core.dossier.DossierOutcome.class,
            org.aso.core.dossier.DossierPolicy.class,
            org.aso.core.dossier.DossierRules.class,
            org.aso.core.dossier.DossierStatus.class,
            org.aso.core.dossier.DossierView.class,
            org.aso.core.dossier.FilingPlan.class,
            org.aso.core.dossier.FilingPlanEntry.class,
            org.aso.core.dossier.HoldingAlert.class,
            org.aso.core.dossier.Item.class,
            org.aso.core.dossier.ItemKind.class,
            org.aso.core.dossier.LegalHold.class,
            org.aso.core.dossier.Movement.class,
            org.aso.core.dossier.OpenDossier.class,
            org.aso.core.dossier.RetentionOutcome.class,
            org.aso.core.dossier.RetentionRule.class,
            org.aso.core.dossier.RetentionStart.class,
            org.aso.core.dossier.Volume.class,
            org.aso.core.dossier.VolumeLimits.class,
            org.aso.core.kernel.BusinessCalendar.class,
            org.aso.core.kernel.Clearance.class,
            org.aso.core.kernel.Confidentiality.class,
            org.aso.core.kernel.Contact.class,
            org.aso.core.kernel.Context.class,
            org.aso.core.kernel.Direction.class,
            org.aso.core.kernel.EmailAddress.class,
            org.aso.core.kernel.Holiday.class,
            org.aso.core.kernel.HolidayCalendar.class,
            org.aso.core.kernel.HolidayRule.class,
            org.aso.core.kernel.HolidayRule.Dated.class,
            org.aso.core.kernel.HolidayRule.EasterOffset.class,
            org.aso.core.kernel.HolidayRule.Fixed.class,
            org.aso.core.kernel.Identifier.class,
            org.aso.core.kernel.Interval.class,
            org.aso.core.kernel.OrgChart.class,
            org.aso.core.kernel.OrgChartHistory.class,
            org.aso.core.kernel.OrgChartHistory.Version.class,
            org.aso.core.kernel.OrgUnit.class,
            org.aso.core.kernel.OrgUnitId.class,
            org.aso.core.kernel.Person.class,
            org.aso.core.kernel.PersonId.class,
            org.aso.core.kernel.PhoneNumber.class,
            org.aso.core.kernel.PriorityGrade.class,
            org.aso.core.kernel.Problem.class,
            org.aso.core.kernel.Ref.class,
            org.aso.core.kernel.Ref.Kind.class,
            org.aso.core.kernel.SkippedDay.class,
            org.aso.core.kernel.SkippedDay.Reason.class,
            org.aso.core.kernel.Text.Kind.class,
            org.aso.core.kernel.TimeRange.class,
            org.aso.core.kernel.WorkingDayDeadline.class,
            org.aso.core.kernel.WorkingTimeDeadline.class,
            org.aso.core.kernel.WorkingWeek.class,
            org.aso.core.numbering.NumberRequest.class,
            org.aso.core.numbering.NumberingScheme.class,
            org.aso.core.numbering.NumberingScheme.Reset.class,
            org.aso.core.numbering.ReferenceNumber.class,
            org.aso.core.priority.Concerns.class,
            org.aso.core.priority.Contribution.class,
            org.aso.core.priority.DayPlan.class,
            org.aso.core.priority.DayPlan.Block.class,
            org.aso.core.priority.DayPlan.Reason.class,
            org.aso.core.priority.DayPlan.Unplaced.class,
            org.aso.core.priority.Escalation.Deputy.class,
            org.aso.core.priority.EscalationEvent.class,
            org.aso.core.priority.EscalationEvent.Evaluated.class,
            org.aso.core.priority.EscalationEvent.NoticeIssued.class,
            org.aso.core.priority.EscalationEvent.TaskReset.class,
            org.aso.core.priority.EscalationLadder.class,
            org.aso.core.priority.FreeTime.class,
            org.aso.core.priority.Importance.class,
            org.aso.core.priority.Notice.class,
            org.aso.core.priority.NoticeKind.class,
            org.aso.core.priority.NoticeLogSnapshot.class,
            org.aso.core.priority.Overload.class,
            org.aso.core.priority.PlanItem.class,
            org.aso.core.priority.Quadrant.class,
            org.aso.core.priority.Sensitivity.class,
            org.aso.core.priority.Task.class,
            org.aso.core.priority.TaskId.class,
            org.aso.core.priority.TaskSource.class,
            org.aso.core.priority.TaskSource.Kind.class,
            org.aso.core.priority.TaskStatus.class,
            org.aso.core.priority.TeamLoad.class,
            org.aso.core.priority.TeamLoad.Member.class,
            org.aso.core.priority.TeamLoad.Room.class,
            org.aso.core.priority.Urgency.class,
            org.aso.core.priority.UrgencyTerm.class));
        ALL = Collections.unmodifiableSet(all);
        Map<Class<?>, String> not = new LinkedHashMap<>(NOT_VALUES_BUT_BUILDERS);
        String builder = "a builder (mutable): the value it builds has a form";
        for (Class<?> c : all) {
            nestedBuilder(c).ifPresent(b -> not.put(b, builder));
        }
        NOT_VALUES = Collections.unmodifiableMap(not);
    }

    private JsonTypes() {
    }

    private static Set<Class<?>> set(List<Class<?>> classes) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(classes));
    }

    /** {@return every type with a JSON form} */
    public static Set<Class<?>> all() {
        return ALL;
    }

    /** {@return the event families (sealed types whose records carry a schema version)} */
    public static Set<Class<?>> eventFamilies() {
        return EVENT_FAMILIES;
    }

    /** {@return the snapshot types} */
    public static Set<Class<?>> snapshots() {
        return SNAPSHOTS;
    }

    /**
     * {@return the computed results that have a form to be written (for a front end) but not read: only
     * aso-core makes them, from its own state, and offers no way to make one from outside}
     */
    public static Set<Class<?>> writeOnly() {
        return WRITE_ONLY;
    }

    /**
     * {@return the public types of aso-core that have no JSON form, each with the reason: aggregates
     * (kept as their events and snapshots), outcomes holding an aggregate, builders, services and
     * policies made in code, interfaces, helpers and exceptions}
     */
    public static Map<Class<?>, String> notValues() {
        return NOT_VALUES;
    }

    /** {@return the typed ids, each written as a string; where only {@code Identifier} is known, as {@code {"type","value"}}} */
    public static Set<Class<?>> identifiers() {
        return IDENTIFIERS;
    }
}
