package org.aso.benchmarks;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.EntryId;
import org.aso.core.correspondence.PhoneLog;
import org.aso.core.correspondence.PhoneLogEvent;
import org.aso.core.correspondence.PhoneLogId;
import org.aso.core.correspondence.TransmissionSlipEvent;
import org.aso.core.correspondence.TransmissionSlips;
import org.aso.core.correspondence.TransmissionSlipsId;
import org.aso.core.correspondence.VisitorLog;
import org.aso.core.correspondence.VisitorLogEvent;
import org.aso.core.correspondence.VisitorLogId;
import org.aso.core.dossier.ClassificationCode;
import org.aso.core.dossier.DisposalAction;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierCommand;
import org.aso.core.dossier.DossierEvent;
import org.aso.core.dossier.DossierId;
import org.aso.core.dossier.DossierPolicy;
import org.aso.core.dossier.DossierRules;
import org.aso.core.dossier.FilingPlan;
import org.aso.core.dossier.FilingPlanEntry;
import org.aso.core.dossier.OpenDossier;
import org.aso.core.dossier.RetentionRule;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.numbering.ReferenceNumber;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.EscalationEvent;
import org.aso.core.priority.EscalationLadder;
import org.aso.core.priority.EscalationPolicy;
import org.aso.core.priority.EscalationRound;
import org.aso.core.priority.NoticeLog;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;

/**
 * Events of every family of aso-core, made by real decisions of a section's working weeks (seeded, so
 * the same every run): a register's mail ({@link RegisterHistory}), a book of dossiers, an agenda, the
 * escalation of overdue tasks, the phone and visitor logs and a book of transmission slips. The mix
 * weighs them as a section produces them: half register events, then dossiers and meetings.
 */
final class EventMix {
    /**
     * An event with the family it is read back as.
     *
     * @param event the event
     * @param family its sealed family
     */
    record Sample(DomainEvent event, Class<? extends DomainEvent> family) {}

    private static final BusinessCalendar CALENDAR = RegisterData.settings().calendar();
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, RegisterData.PARIS);
    private static final List<PersonId> PEOPLE = List.of(PersonId.of("p-17"), PersonId.of("p-3"), PersonId.of("p-40"),
            PersonId.of("p-52"), PersonId.of("p-61"), PersonId.of("p-77"), PersonId.of("p-80"), PersonId.of("p-93"));

    private EventMix() {}

    /** The families and their share of {@link #mix}, in thousandths. */
    static final List<Class<? extends DomainEvent>> FAMILIES = List.of(EntryEvent.class, DossierEvent.class,
            MeetingEvent.class, EscalationEvent.class, PhoneLogEvent.class, VisitorLogEvent.class, TransmissionSlipEvent.class);
    private static final int[] SHARES = {500, 150, 150, 50, 50, 50, 50};

    /**
     * {@return {@code size} events in a seeded shuffle, of the families in their shares}
     *
     * @param size how many
     */
    static List<Sample> mix(int size) {
        List<Sample> out = new ArrayList<>();
        for (int f = 0; f < FAMILIES.size(); f++) {
            out.addAll(of(FAMILIES.get(f), (int) Math.ceil(size * SHARES[f] / 1000.0)));
        }
        Collections.shuffle(out, new java.util.Random(42));
        return List.copyOf(out.subList(0, size));
    }

    /**
     * {@return the first {@code size} events one family's decisions recorded}
     *
     * @param family the family
     * @param size how many (the decisions go on until there are that many)
     */
    static List<Sample> of(Class<? extends DomainEvent> family, int size) {
        List<? extends DomainEvent> events;
        if (family == EntryEvent.class) {
            // the register's last events, once replies, closures and cancellations follow the registrations
            List<EntryEvent> all = RegisterHistory.build(Math.max(6_000, size)).events();
            events = all.subList(all.size() - size, all.size());
        } else if (family == DossierEvent.class) {
            events = dossiers(size);
        } else if (family == MeetingEvent.class) {
            events = meetings(size);
        } else if (family == EscalationEvent.class) {
            events = escalations(size);
        } else if (family == PhoneLogEvent.class) {
            events = phoneMessages(size);
        } else if (family == VisitorLogEvent.class) {
            events = visits(size);
        } else if (family == TransmissionSlipEvent.class) {
            events = slips(size);
        } else {
            throw new IllegalArgumentException("not a family of aso-core: " + family);
        }
        if (events.size() < size) {
            throw new IllegalStateException(family.getSimpleName() + ": only " + events.size() + " events");
        }
        return events.subList(0, size).stream().map(e -> new Sample(e, family)).toList();
    }

    private static Context ctx(Instant at, PersonId who) {
        return Context.of(at, who, Clearance.of(Confidentiality.CONFIDENTIAL));
    }

    private static <T> T orThrow(Either<Problem, T> result) {
        return RegisterHistory.orThrow(result);
    }

    // ------------------------------------------------------------------ dossiers

    static DossierRules dossierRules() {
        FilingPlan plan = orThrowAll(FilingPlan.of(List.of(
                planEntry("1", "Administration générale", null,
                        RetentionRule.of(Period.ofYears(2), Period.ofYears(5), DisposalAction.DESTROY)),
                planEntry("1.1", "Courrier général", "1", null),
                planEntry("1.2", "Budget et subventions", "1",
                        RetentionRule.of(Period.ofYears(1), Period.ofYears(10), DisposalAction.TRANSFER_TO_ARCHIVES)),
                planEntry("2", "Affaires juridiques", null, RetentionRule.permanent(Period.ofYears(10))),
                planEntry("2.1", "Contentieux", "2", null))));
        return DossierRules.of(plan, DossierPolicy.of(CALENDAR).withNumbering(NumberingScheme.indianFileNumber()));
    }

    private static FilingPlanEntry planEntry(String code, String title, String parent, RetentionRule rule) {
        FilingPlanEntry.Builder b = FilingPlanEntry.builder();
        b.code(ClassificationCode.of(code)).title(title);
        if (parent != null) {
            b.parent(ClassificationCode.of(parent));
        }
        if (rule != null) {
            b.retention(rule);
        }
        return b.build();
    }

    private static <T> T orThrowAll(Either<List<Problem>, T> result) {
        return result.getOrElseThrow(ps -> new IllegalStateException(ps.get(0).code() + ": " + ps.get(0).message()));
    }

    /** A section's dossiers: opened, passed between officers, filled with letters, notes and action items, closed, archived. */
    static List<DossierEvent> dossiers(int size) {
        DossierBook book = DossierBook.empty(dossierRules());
        SplittableRandom rnd = new SplittableRandom(3);
        String[] codes = {"1.1", "1.1", "1.2", "2.1"};
        String[] titles = {"Subvention à l'association des usagers", "Recours de M. Lefèvre", "Convention avec la région",
                "Rapport d'activité", "Contrôle de la chambre régionale des comptes", "Réorganisation du service courrier"};
        List<DossierEvent> events = new ArrayList<>();
        Instant t = MONDAY.toInstant();
        int opened = 0;
        while (events.size() < size) {
            t = t.plus(Duration.ofMinutes(20 + rnd.nextInt(200)));
            PersonId who = PEOPLE.get(rnd.nextInt(3));
            Either<Problem, DossierBook.Change> c;
            if (opened == 0 || rnd.nextInt(6) == 0) {
                opened++;
                c = book.open(OpenDossier.builder().id(DossierId.of("d-" + opened))
                        .title(titles[opened % titles.length] + " (" + opened + ")")
                        .classification(ClassificationCode.of(codes[rnd.nextInt(codes.length)]))
                        .ownerUnit(OrgUnitId.of("S2")).holder(who)
                        .confidentiality(rnd.nextInt(5) == 0 ? Confidentiality.CONFIDENTIAL : Confidentiality.PUBLIC)
                        .build(), ctx(t, who));
            } else {
                DossierId id = DossierId.of("d-" + (1 + rnd.nextInt(opened)));
                int n = rnd.nextInt(1, 999);
                DossierCommand cmd = switch (rnd.nextInt(12)) {
                    case 0, 1 -> new DossierCommand.Transfer(PEOPLE.get(rnd.nextInt(PEOPLE.size())), "Pour avis",
                            Clearance.of(Confidentiality.CONFIDENTIAL));
                    case 2, 3 -> DossierCommand.AddItem.correspondence(EntryId.of("e-" + n), "Lettre du " + n + " mars", 2);
                    case 4 -> DossierCommand.AddItem.document("Projet de réponse v" + n, 4, "doc-" + n);
                    case 5 -> DossierCommand.AddItem.note("Note au directeur", "Vu, à discuter en réunion de service.", 1);
                    case 6 -> DossierCommand.AddActionItem.of("Préparer la réponse", LocalDate.of(2026, 4, 1).plusDays(n % 60),
                            PEOPLE.get(n % PEOPLE.size()));
                    case 7 -> new DossierCommand.CompleteActionItem(1 + n % 3);
                    case 8 -> new DossierCommand.AddTag(n % 2 == 0 ? "urgent" : "audit");
                    case 9 -> new DossierCommand.StartWork();
                    case 10 -> new DossierCommand.AwaitReply("Attente de l'avis juridique");
                    default -> rnd.nextBoolean() ? new DossierCommand.Close() : new DossierCommand.Archive();
                };
                c = book.decide(id, cmd, ctx(t, who));
            }
            if (c.isRight()) {
                book = c.get().book();
                events.addAll(c.get().events());
            }
        }
        return events;
    }

    // ------------------------------------------------------------------ meetings

    static List<Room> rooms() {
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rooms.add(Room.builder().id(RoomId.of("B2-" + (101 + i))).name("Salle " + (char) ('A' + i)).building("B2")
                    .floor(Integer.toString(1 + i / 2)).capacity(6 + 4 * i).addEquipment("screen").build());
        }
        return rooms;
    }

    static List<Equipment> equipment() {
        return List.of(Equipment.builder().id(EquipmentId.of("projector-1")).kind("projector").name("Vidéoprojecteur").build());
    }

    /** A section's agenda over some weeks: meetings booked in six rooms, answered, moved, a few cancelled. */
    static List<MeetingEvent> meetings(int size) {
        Agenda agenda = orThrowAll(Agenda.of(rooms(), equipment()));
        SplittableRandom rnd = new SplittableRandom(5);
        String[] titles = {"Réunion de service", "Point budgétaire", "Comité de pilotage", "Préparation du conseil",
                "Entretien annuel", "Revue des courriers en retard"};
        List<MeetingEvent> events = new ArrayList<>();
        List<MeetingId> booked = new ArrayList<>();
        int slot = 0;
        Instant decidedAt = MONDAY.minusDays(7).toInstant();
        while (events.size() < size) {
            decidedAt = decidedAt.plusSeconds(600);
            PersonId organizer = PEOPLE.get(rnd.nextInt(PEOPLE.size()));
            Either<Problem, Agenda.Change> c;
            int roll = rnd.nextInt(10);
            if (booked.isEmpty() || roll < 4) {
                slot++;
                // one meeting an hour in each room, working days only, 09:00 to 17:00
                int room = slot % 6;
                int hour = (slot / 6) % 8;
                int day = slot / 48;
                ZonedDateTime start = MONDAY.plusDays(day / 5 * 7 + day % 5).plusHours(hour);
                MeetingRequest.Builder b = MeetingRequest.builder();
                b.id(MeetingId.of("m-" + slot)).title(titles[slot % titles.length]).organizer(organizer)
                        .room(RoomId.of("B2-" + (101 + room))).start(start).end(start.plusMinutes(30 + 15 * rnd.nextInt(3)));
                for (int a = 0; a < 2 + rnd.nextInt(4); a++) {
                    PersonId p = PEOPLE.get((slot + a) % PEOPLE.size());
                    if (!p.equals(organizer)) {
                        b.addAttendees(Attendee.of(p, a == 3 ? Attendee.Role.OPTIONAL : Attendee.Role.REQUIRED));
                    }
                }
                c = agenda.book(b.build(), ctx(decidedAt, organizer));
                if (c.isRight()) {
                    booked.add(c.get().meeting().id());
                }
            } else {
                MeetingId id = booked.get(rnd.nextInt(booked.size()));
                Meeting m = agenda.meeting(id).orElseThrow();
                if (roll < 8 && !m.attendees().isEmpty()) {
                    Attendee who = m.attendees().get(rnd.nextInt(m.attendees().size()));
                    Attendee.Response[] answers = {Attendee.Response.ACCEPTED, Attendee.Response.ACCEPTED,
                            Attendee.Response.DECLINED, Attendee.Response.TENTATIVE};
                    c = agenda.respond(id, who.person(), answers[rnd.nextInt(answers.length)], ctx(decidedAt, who.person()));
                } else if (roll == 8) {
                    c = agenda.move(id, m.start().plusMinutes(30), m.end().plusMinutes(30), ctx(decidedAt, m.organizer()));
                } else {
                    c = agenda.cancel(id, "Reportée à une date ultérieure", ctx(decidedAt, m.organizer()));
                }
            }
            if (c.isRight()) {
                agenda = c.get().agenda();
                events.addAll(c.get().events());
            }
        }
        return events;
    }

    // ------------------------------------------------------------------ escalation

    /** Notices of overdue tasks: a section's 40 tasks evaluated twice a working day over two months, with some resets. */
    static List<EscalationEvent> escalations(int size) {
        OrgChart chart = orThrowAll(OrgChart.of(List.of(
                unit("DIR", null, "director"), unit("SD", "DIR", "deputy-director"), unit("S2", "SD", "head-s2"))));
        Escalation escalation = Escalation.of(EscalationPolicy.defaults()
                .withLadder("very-urgent", EscalationLadder.of(1, 0, 1)).withLadder("normal", EscalationLadder.of(2, 3, 10)),
                CALENDAR, chart);
        List<PriorityGrade> grades = PriorityGrade.frenchMailRoom();
        SplittableRandom rnd = new SplittableRandom(9);
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tasks.add(Task.builder().id(TaskId.of("t-" + i)).title("Répondre au courrier n° " + (100 + i))
                    .assignee(PEOPLE.get(i % PEOPLE.size())).unit(OrgUnitId.of("S2")).grade(grades.get(rnd.nextInt(grades.size())))
                    .dueDate(LocalDate.of(2026, 3, 4).plusDays(rnd.nextInt(50)))
                    .createdAt(MONDAY.toInstant()).build());
        }
        NoticeLog log = NoticeLog.empty();
        List<EscalationEvent> events = new ArrayList<>();
        ZonedDateTime at = MONDAY;
        int rounds = 0;
        while (events.size() < size) {
            if (++rounds > 2_000) {
                throw new IllegalStateException("the escalation produced only " + events.size() + " events");
            }
            at = rounds % 2 == 0 ? at.plusHours(6) : CALENDAR.plusWorkingDays(at.toLocalDate(), 1).atTime(9, 0)
                    .atZone(RegisterData.PARIS);
            Context by = ctx(at.toInstant(), PersonId.of("head-s2"));
            if (rounds % 7 == 0) {
                NoticeLog.Change reset = orThrow(log.reset(TaskId.of("t-" + rnd.nextInt(40)), by));
                log = reset.log();
                events.addAll(reset.events());
            }
            EscalationRound round = orThrow(escalation.evaluate(log, tasks, by));
            log = round.state();
            events.addAll(round.events());
            if (rounds % 30 == 0) { // a new month's tasks
                List<Task> next = new ArrayList<>();
                for (Task t : tasks) {
                    next.add(t.withDueDate(t.dueDate().orElseThrow().plusDays(45)));
                }
                tasks = next;
            }
        }
        return events;
    }

    private static OrgUnit unit(String id, String parent, String head) {
        OrgUnit.Builder b = OrgUnit.builder();
        b.id(OrgUnitId.of(id)).code(id).name("Unité " + id).head(PersonId.of(head));
        if (parent != null) {
            b.parent(OrgUnitId.of(parent));
        }
        return b.build();
    }

    // ------------------------------------------------------------------ logs

    /** The phone log of a section: messages taken for the officers, most of them dealt with later. */
    static List<PhoneLogEvent> phoneMessages(int size) {
        PhoneLog log = PhoneLog.empty(PhoneLogId.of("S2-phone"));
        SplittableRandom rnd = new SplittableRandom(13);
        String[] callers = {"M. Dupont", "Mme Leroy", "Secrétariat du préfet", "M. Nguyen", "Mme Da Silva"};
        String[] texts = {"Rappeler au sujet de la subvention", "Demande un rendez-vous avant vendredi",
                "A reçu le courrier, merci", "Souhaite connaître l'état de son dossier"};
        List<PhoneLogEvent> events = new ArrayList<>();
        Instant t = MONDAY.toInstant();
        while (events.size() < size) {
            t = t.plusSeconds(300 + rnd.nextInt(1800));
            PersonId clerk = PEOPLE.get(rnd.nextInt(2));
            Either<Problem, PhoneLog.Change> c;
            if (log.messages().isEmpty() || rnd.nextInt(3) > 0) {
                PhoneLog.Message.Builder m = PhoneLog.Message.builder().caller(callers[rnd.nextInt(callers.length)])
                        .forWhom(PEOPLE.get(rnd.nextInt(PEOPLE.size()))).text(texts[rnd.nextInt(texts.length)])
                        .callbackWanted(rnd.nextBoolean());
                if (rnd.nextBoolean()) {
                    m.number(PhoneNumber.of("04 72 10 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89))));
                }
                if (rnd.nextInt(3) == 0) {
                    m.organisation("Mairie de Lyon");
                }
                c = log.record(m, ctx(t, clerk));
            } else {
                c = log.markDone(1 + rnd.nextInt(log.messages().size()), ctx(t, clerk));
            }
            if (c.isRight()) {
                log = c.get().log();
                events.add(c.get().event());
            }
        }
        return events;
    }

    /** The reception desk: visitors arriving with a badge to see an officer, and leaving. */
    static List<VisitorLogEvent> visits(int size) {
        VisitorLog log = VisitorLog.empty(VisitorLogId.of("reception"));
        SplittableRandom rnd = new SplittableRandom(17);
        String[] names = {"Mme Petit", "M. Martin", "Dr Nguyen", "M. Benali", "Mme Moreau"};
        List<VisitorLogEvent> events = new ArrayList<>();
        Instant t = MONDAY.toInstant();
        int badge = 0;
        while (events.size() < size) {
            t = t.plusSeconds(300 + rnd.nextInt(1200));
            Either<Problem, VisitorLog.Change> c;
            if (log.onSite().isEmpty() || rnd.nextBoolean()) {
                VisitorLog.Visitor v = VisitorLog.Visitor.named(names[rnd.nextInt(names.length)]);
                if (rnd.nextInt(3) == 0) {
                    v = v.from("Cour des comptes");
                }
                v = v.wearing("V-" + (++badge % 50 + 1));
                c = log.arrive(v, PEOPLE.get(rnd.nextInt(PEOPLE.size())), ctx(t, PersonId.of("reception")));
            } else {
                c = log.depart(log.onSite().get(rnd.nextInt(log.onSite().size())).sequence(), ctx(t, PersonId.of("reception")));
            }
            if (c.isRight()) {
                log = c.get().log();
                events.add(c.get().event());
            }
        }
        return events;
    }

    /** Transmission slips between three sections, most acknowledged on receipt. */
    static List<TransmissionSlipEvent> slips(int size) {
        TransmissionSlips book = TransmissionSlips.of(TransmissionSlipsId.of("S2-slips"),
                orThrowAll(NumberingScheme.parse("BE-{code}-{year}-{counter:4}", NumberingScheme.Reset.YEARLY)), "S2",
                RegisterData.PARIS);
        List<OrgUnit> units = List.of(section("S2"), section("S3"), section("S4"));
        String[] documents = {"2026-A-000012", "Note DGA/2026/45", "Rapport annuel", "Annexe 3", "Projet de convention"};
        SplittableRandom rnd = new SplittableRandom(19);
        List<TransmissionSlipEvent> events = new ArrayList<>();
        List<ReferenceNumber> open = new ArrayList<>();
        Instant t = MONDAY.toInstant();
        while (events.size() < size) {
            t = t.plusSeconds(600 + rnd.nextInt(3600));
            Either<Problem, TransmissionSlips.Change> c;
            if (open.isEmpty() || rnd.nextInt(5) < 3) {
                int from = rnd.nextInt(3);
                int to = (from + 1 + rnd.nextInt(2)) % 3;
                List<String> docs = List.of(documents).subList(0, 1 + rnd.nextInt(documents.length));
                c = rnd.nextBoolean()
                        ? book.send(units.get(from), units.get(to), docs, "Pour avis", ctx(t, PEOPLE.get(0)))
                        : book.send(units.get(from), units.get(to), docs, ctx(t, PEOPLE.get(0)));
                if (c.isRight()) {
                    open.add(c.get().slip().number());
                }
            } else {
                c = book.acknowledge(open.remove(rnd.nextInt(open.size())), ctx(t, PEOPLE.get(1)));
            }
            if (c.isRight()) {
                book = c.get().slips();
                events.add(c.get().event());
            }
        }
        return events;
    }

    private static OrgUnit section(String code) {
        return OrgUnit.builder().id(OrgUnitId.of(code)).code(code).name("Section " + code.substring(1)).build();
    }
}
