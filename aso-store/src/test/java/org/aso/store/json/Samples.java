package org.aso.store.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.LogisticsItem;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.agenda.slots.Relaxation;
import org.aso.core.agenda.slots.RoomNeeds;
import org.aso.core.agenda.slots.SlotAttendee;
import org.aso.core.agenda.slots.SlotRequest;
import org.aso.core.audit.Checkpoint;
import org.aso.core.correspondence.EntryQuery;
import org.aso.core.correspondence.EntryStatus;
import org.aso.core.dossier.DossierCommand;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.LogFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.fixtures.RegisterCommands;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Holiday;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.HolidayRule;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;
import org.aso.core.kernel.TimeRange;
import org.aso.core.priority.Concerns;
import org.aso.core.priority.Overload;
import org.aso.core.priority.TaskId;
import org.aso.core.priority.TeamLoad;

/**
 * Values of the catalogued types, collected from real histories, core's fixtures and a few values made
 * here: each root is walked through its public accessors, and every aso-core value met is kept under
 * the class of its form.
 */
final class Samples {
    private static final int PER_CLASS = 12;

    private Samples() {
    }

    /** {@return sample values by form class} */
    static Map<Class<?>, List<Object>> collect(List<Object> roots) {
        Map<Class<?>, List<Object>> out = new LinkedHashMap<>();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object root : roots) {
            walk(root, out, seen, 0);
        }
        return out;
    }

    private static void walk(Object v, Map<Class<?>, List<Object>> out, IdentityHashMap<Object, Boolean> seen,
            int depth) {
        if (v == null || depth > 12 || seen.put(v, Boolean.TRUE) != null) {
            return;
        }
        if (v instanceof Optional<?> o) {
            o.ifPresent(x -> walk(x, out, seen, depth + 1));
            return;
        }
        if (v instanceof Collection<?> c) {
            c.forEach(x -> walk(x, out, seen, depth + 1));
            return;
        }
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> {
                walk(k, out, seen, depth + 1);
                walk(x, out, seen, depth + 1);
            });
            return;
        }
        Optional<Class<?>> form = Shapes.formClass(v.getClass());
        if (form.isEmpty()) {
            return;
        }
        List<Object> kept = out.computeIfAbsent(form.get(), k -> new ArrayList<>());
        if (kept.size() < PER_CLASS && !kept.contains(v)) {
            kept.add(v);
        }
        if (v.getClass().isEnum() || v instanceof org.aso.core.kernel.Identifier) {
            return;
        }
        for (Method m : form.get().getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class
                    && m.getDeclaringClass() != Object.class && !m.getName().startsWith("to")) {
                try {
                    walk(m.invoke(v), out, seen, depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not an accessor a walk can use
                }
            }
        }
    }

    /** Values of core's fixtures and a few made here, for the types the histories do not reach. */
    static List<Object> fixtures() {
        List<Object> roots = new ArrayList<>();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, KernelFixtures.PARIS);
        roots.addAll(List.of(KernelFixtures.paris(), KernelFixtures.newYork(), KernelFixtures.officer(),
                CorrespondenceFixtures.general(), RegisterCommands.questions(),
                CorrespondenceFixtures.letter(LocalDate.of(2026, 3, 2), "Demande").build(),
                DossierFixtures.plan(), DossierFixtures.policy(), DossierFixtures.rules(),
                DossierFixtures.openCommand("d-1", DossierFixtures.GENERAL).build(),
                AgendaFixtures.rooms(), AgendaFixtures.equipment(),
                AgendaFixtures.meeting("m-1", AgendaFixtures.SMALL, start, 45, "p1", "p2").build(),
                PriorityFixtures.orgChart(), PriorityFixtures.replyToDeputy(),
                PriorityFixtures.task("t-1", LocalDate.of(2026, 3, 4)), PriorityFixtures.item("t-2", 90).build(),
                PriorityFixtures.splittable("t-3", 120, at).build(), PriorityGrade.frenchMailRoom(),
                LogFixtures.S2, LogFixtures.SLIP_SCHEME, Problem.of("json.value.invalid", "Not a date")
                        .with("path", "/at").with("type", "Instant"),
                Context.of(at, PersonId.of("p-1"), Clearance.of(Confidentiality.CONFIDENTIAL)),
                Interval.of(at, at.plusSeconds(3600)), TimeRange.of(LocalTime.of(9, 0), LocalTime.of(12, 30)),
                HolidayCalendar.of("Test", List.of(new HolidayRule.Fixed(MonthDay.of(5, 1), "Fête du travail"),
                        new HolidayRule.EasterOffset(1, "Lundi de Pâques"),
                        new HolidayRule.Dated(Holiday.of(LocalDate.of(2026, 5, 8), "Victoire")))),
                new Ref(Ref.Kind.values()[0], "x-1"),
                new Concerns(org.aso.core.dossier.DossierId.of("d-1"), List.of(new Ref(Ref.Kind.values()[0], "e-1")), List.of(), List.of(), List.of()),
                new Overload(at, Duration.ofHours(3), Duration.ofHours(1), List.of(TaskId.of("t-1"))),
                new TeamLoad.Room(PersonId.of("p-1"), Duration.ofHours(2), Duration.ofHours(5)),
                Checkpoint.genesis(),
                new org.aso.core.agenda.Meeting.Place(Interval.of(at, at.plusSeconds(3600)),
                        Optional.of(RoomId.of("B2-101")), Optional.of(at.minusSeconds(86_400))),
                new org.aso.core.agenda.recurrence.RecurrenceRule.WeekdayNum(-1, java.time.DayOfWeek.FRIDAY),
                org.aso.core.correspondence.VisitorLog.Visitor.named("M. Martin").from("Préfecture").wearing("V-1"),
                org.aso.core.correspondence.VisitorLog.Visitor.named("Mme Leroy"),
                org.aso.core.numbering.NumberRequest.on(LocalDate.of(2026, 3, 2)).withCode("A")
                        .withDirection(org.aso.core.kernel.Direction.INCOMING).withClassification("1.2"),
                org.aso.core.priority.FreeTime.ofPeriods(List.of(Interval.of(at, at.plusSeconds(3600)),
                        Interval.of(at.plusSeconds(7200), at.plusSeconds(9000)))),
                org.aso.core.priority.EscalationLadder.of(1, 3, 10),
                org.aso.core.priority.Contribution.of(org.aso.core.priority.UrgencyTerm.values()[0], 0.75, 2.0,
                        "Échéance proche"),
                TeamLoad.of(List.of(TeamLoad.Member.of(PersonId.of("p-1"), List.of(PriorityFixtures.item("t-4", 60)
                        .build()), org.aso.core.priority.FreeTime.ofPeriods(List.of(Interval.of(at,
                        at.plusSeconds(3600)))))), at),
                new org.aso.core.priority.DayPlan.Block(TaskId.of("t-1"), Interval.of(at, at.plusSeconds(1800))),
                new org.aso.core.priority.DayPlan.Unplaced(TaskId.of("t-2"),
                        org.aso.core.priority.DayPlan.Reason.values()[0], Duration.ofMinutes(45)),
                EntryQuery.builder().addStatuses(EntryStatus.REGISTERED).build(),
                new Relaxation.MakeOptional(PersonId.of("p-2"), 3, "Sans p-2"),
                new Relaxation.ExtendWindow(at.plusSeconds(86_400), ZoneId.of("Europe/Paris"), 2, "Un jour de plus"),
                new Relaxation.Shorten(Duration.ofMinutes(30), 4, "Plus court"),
                new Relaxation.UseRoom(RoomId.of("B2-101"), 1, "Autre salle"),
                new Relaxation.DropEquipment("projector", true, 2, "Sans projecteur"),
                new Relaxation.DropSameDay(5, "Autre jour"),
                new Relaxation.DropTimeOfDay(6, "Autre heure"),
                AgendaItem.of("Budget", PersonId.of("p-1"), 20), AgendaItem.of("Divers", 10),
                LogisticsItem.of("Café", 2),
                RoomNeeds.builder().seats(6).addEquipment("screen").building("B2").build(),
                FreeBusy.of(Interval.of(at, at.plusSeconds(1800)), FreeBusy.State.values()[0]),
                SlotRequest.builder().addAttendees(SlotAttendee.required(PersonId.of("p-1")),
                        SlotAttendee.optional(PersonId.of("p-2")).withWeight(0.5)).duration(Duration.ofMinutes(30))
                        .window(Interval.of(at, at.plusSeconds(7 * 86_400))).build()));
        DossierFixtures.commands().sampleStream().limit(200).forEach(roots::add);
        for (DossierCommand c : List.of(new DossierCommand.StartWork(), new DossierCommand.Close(),
                new DossierCommand.Archive(), new DossierCommand.Dispose())) {
            roots.add(c);
        }
        roots.add(AgendaFixtures.meeting("m-2", AgendaFixtures.LARGE, start, 30, "p3").build());
        roots.addAll(handover(at));
        roots.addAll(reorganisation(at));
        roots.addAll(outOfService(start));
        return roots;
    }

    /**
     * The fixed projector out of service (org.aso.core.disruption): the proposals for the meeting it
     * hits (the spare, another room, other times), each kind of choice, and what became of the hit.
     */
    static List<Object> outOfService(ZonedDateTime start) {
        org.aso.core.kernel.Context ctx = AgendaFixtures.STEPS_CONTEXT;
        org.aso.core.agenda.Agenda booked = AgendaFixtures.agenda().book(AgendaFixtures.meeting("m-9", AgendaFixtures.LARGE,
                start, 60, "p1").addEquipment(AgendaFixtures.FIXED_PROJECTOR).build(), ctx).get().agenda();
        org.aso.core.agenda.Agenda.OutageChange out = booked.putOutOfService(AgendaFixtures.FIXED_PROJECTOR,
                Interval.of(start.toInstant(), Duration.ofDays(1)), "Lampe grillée", ctx).get();
        List<org.aso.core.agenda.slots.Availability> people = List.of(
                org.aso.core.agenda.slots.Availability.of(PersonId.of("p1"), KernelFixtures.paris()).build(),
                org.aso.core.agenda.slots.Availability.of(AgendaFixtures.ORGANIZER, KernelFixtures.paris()).build());
        List<org.aso.core.disruption.OutOfService.Options> options = org.aso.core.disruption.OutOfService.propose(
                out.agenda(), out.hits(), people, ctx);
        List<org.aso.core.disruption.OutOfService.Options> unsearched = org.aso.core.disruption.OutOfService.propose(
                out.agenda(), out.hits(), List.of(), ctx);
        org.aso.core.disruption.OutOfService.Choice spare = org.aso.core.disruption.OutOfService.Choice.take(
                options.get(0).proposals().get(0));
        org.aso.core.disruption.OutOfService.Resolution done = org.aso.core.disruption.OutOfService.apply(out.agenda(),
                out.hits(), Map.of(out.hits().get(0), spare), ctx).get();
        List<Object> roots = new ArrayList<>();
        roots.addAll(options);
        roots.addAll(unsearched);
        roots.addAll(done.resolved());
        roots.add(org.aso.core.disruption.OutOfService.Choice.cancel("Projecteur en panne"));
        roots.add(org.aso.core.disruption.OutOfService.Choice.keepWithout());
        return roots;
    }

    /** Every root: golden values, fixtures, histories of every aggregate, and each catalogued enum's constants. */
    static List<Object> roots(int histories) {
        List<Object> roots = new ArrayList<>(fixtures());
        for (Class<?> c : JsonTypes.all()) {
            if (c.isEnum()) {
                roots.addAll(List.of(c.getEnumConstants()));
            }
        }
        roots.addAll(GoldenValues.events().values());
        roots.addAll(GoldenValues.snapshots().values());
        Histories.any().sampleStream().limit(histories).forEach(h -> {
            roots.addAll(h.events());
            roots.add(h.snapshot());
        });
        return roots;
    }

    /** A person away, what it touches and the note of the handover (org.aso.core.disruption). */
    static List<Object> handover(Instant at) {
        org.aso.core.disruption.Absence away = org.aso.core.disruption.Absence.of(PersonId.of("p-17"),
                org.aso.core.disruption.Absence.Kind.SICK_LEAVE, Interval.of(at, at.plusSeconds(5 * 86_400)));
        org.aso.core.disruption.AbsenceItem file = new org.aso.core.disruption.AbsenceItem(
                org.aso.core.disruption.AbsenceItem.Concern.DOSSIER_HELD, org.aso.core.dossier.DossierId.of("d-1").ref(),
                Optional.of("Festival 2026"), "OPEN", Optional.of(LocalDate.of(2026, 3, 12)), Optional.empty());
        org.aso.core.disruption.AbsenceItem task = new org.aso.core.disruption.AbsenceItem(
                org.aso.core.disruption.AbsenceItem.Concern.TASK_ASSIGNED, TaskId.of("t-1").ref(), Optional.empty(),
                "TO_DO", Optional.empty(), Optional.of(at.plusSeconds(86_400)));
        return List.of(new org.aso.core.disruption.AbsenceImpact(away, List.of(file, task)),
                new org.aso.core.disruption.HandoverNote(away, PersonId.of("p-9"), at, PersonId.of("p-3"), List.of(task),
                        List.of(new org.aso.core.disruption.HandoverNote.Kept(file, "dossier.transfer.recipient-not-cleared"))),
                org.aso.core.disruption.HandoverRequest.of(away, KernelFixtures.officer(), List.of(file.ref(), task.ref()),
                        "Arrêt maladie"),
                new org.aso.core.priority.Escalation.Deputy(away.person(), PersonId.of("p-9"), away.interval()));
    }

    /** A move of a unit and what it moved, and the charts with their instants (org.aso.core.disruption, kernel). */
    static List<Object> reorganisation(Instant at) {
        org.aso.core.kernel.OrgChart chart = PriorityFixtures.orgChart();
        org.aso.core.kernel.OrgUnitId from = chart.units().iterator().next().id();
        org.aso.core.kernel.OrgUnitId to = chart.units().stream().skip(1).findFirst().orElseThrow().id();
        return List.of(new org.aso.core.disruption.ReorganisationPlan.Move(from, to),
                org.aso.core.kernel.OrgChartHistory.of(chart).then(at, chart),
                new org.aso.core.disruption.ReorganisationOutcome.Moved(
                        org.aso.core.disruption.ReorganisationOutcome.Kind.TASK, "t-1", from, to));
    }
}
