package org.aso.examples;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.ResourceOutage;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.agenda.slots.RoomNeeds;
import org.aso.core.agenda.slots.SlotAnswer;
import org.aso.core.agenda.slots.SlotAttendee;
import org.aso.core.agenda.slots.SlotFinder;
import org.aso.core.agenda.slots.SlotRequest;
import org.aso.core.agenda.slots.Suggestion;
import org.aso.core.correspondence.Acknowledgement;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.EntryId;
import org.aso.core.correspondence.EntryStatus;
import org.aso.core.correspondence.Pendency;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.correspondence.Registers;
import org.aso.core.correspondence.Registration;
import org.aso.core.disruption.Absence;
import org.aso.core.disruption.AbsenceImpact;
import org.aso.core.disruption.Handover;
import org.aso.core.disruption.HandoverOutcome;
import org.aso.core.disruption.HandoverRequest;
import org.aso.core.disruption.HandoverState;
import org.aso.core.disruption.OutOfService;
import org.aso.core.dossier.ClassificationCode;
import org.aso.core.dossier.DisposalAction;
import org.aso.core.dossier.Dossier;
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
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.priority.Contribution;
import org.aso.core.priority.DayPlan;
import org.aso.core.priority.DayPlanner;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.EscalationPolicy;
import org.aso.core.priority.EscalationRound;
import org.aso.core.priority.FreeTime;
import org.aso.core.priority.NoticeLog;
import org.aso.core.priority.Notice;
import org.aso.core.priority.PlanItem;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.aso.core.priority.TaskSource;
import org.aso.core.priority.Triage;
import org.aso.core.priority.Urgency;
import org.aso.core.priority.UrgencyPolicy;
import org.aso.docs.Archive;
import org.aso.docs.ArchiveSearch;
import org.aso.docs.DayPlanSheet;
import org.aso.docs.DocumentKind;
import org.aso.docs.DocumentMetadata;
import org.aso.docs.Draft;
import org.aso.docs.Drafts;
import org.aso.docs.MeetingAgenda;
import org.aso.docs.Memo;
import org.aso.docs.Minutes;
import org.aso.docs.PendencyReport;
import org.aso.mail.Email;
import org.aso.mail.IncomingMail;
import org.aso.mail.Mail;
import org.aso.mail.MailTransport;
import org.aso.mail.Outbox;
import org.aso.mail.SmtpSettings;
import org.aso.store.Aggregate;
import org.aso.store.EventStore;
import org.aso.store.StoredState;
import org.h2.jdbcx.JdbcConnectionPool;

/** One run of the demo: a working day of the section, played on the state the previous runs left. */
final class DemoDay {
    /** The first day the demo plays: Monday 9 March 2026 (New York already on summer time, Paris not yet). */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 9);
    /** The file that marks a folder as the demo's output, so that nothing else is ever removed. */
    static final String MARKER = ".aso-demo";
    /** The folders of the demo's state, kept from run to run and not linked from the index. */
    static final List<String> INTERNAL = List.of("base", "boite-envoi", "archives");
    /** The folders of documents, written again by each run. */
    static final List<String> DOCUMENTS = List.of("courrier", "messages", "calendrier", "documents");

    private static final String DOMAIN = "example.fr";

    private final Demo.Options options;
    private final PrintStream log;
    private final Locale locale;
    private final Path out;
    private final List<DemoIndex.Step> steps = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();
    private final Set<String> sent = new java.util.HashSet<>();
    private DemoIndex.Step step;

    DemoDay(Demo.Options options, PrintStream log) {
        this.options = options;
        this.log = log;
        this.locale = options.locale();
        this.out = options.out();
    }

    private String t(String fr, String en) {
        return locale.getLanguage().equals("fr") ? fr : en;
    }

    // ------------------------------------------------------------------ the day

    Demo.Result play() throws DemoFailure, IOException {
        prepareFolder();
        DemoData data = DemoData.load();
        BusinessCalendar paris = data.calendarOf(PersonId.of("claire"));
        Person claire = data.person("claire");
        Person marc = data.person("marc");
        Person lea = data.person("lea");
        Person luc = data.person("luc");
        Person paul = data.person("paul");
        Ics.Directory directory = Ics.Directory.of(List.copyOf(data.people.values()), data.rooms);
        Ics ics = Ics.builder(directory).locale(locale).uidDomain(DOMAIN).build();
        Mail mail = Mail.builder(directory).domain(DOMAIN)
                .sender(data.service.email().orElseThrow(), data.service.name()).locale(locale).zone(paris.zone()).build();
        Drafts drafts = Drafts.of(data.service.organisation().orElse(data.service.name()), Optional.empty());

        RegisterSettings settings = CorrespondenceExample.general(paris);
        DossierRules rules = DossierRules.of(filingPlan(), DossierPolicy.of(paris).withNumbering(NumberingScheme.chronological()));
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + out.resolve("base").resolve("aso"), "demo", "");
        MailTransport transport = options.smtp().map(DemoDay::smtp).orElseGet(() -> Mail.pickupFolder(out.resolve("messages")));
        try (Outbox outbox = done("boite-envoi", Outbox.open(out.resolve("boite-envoi"), transport, Outbox.Retry.DEFAULT));
             Archive archive = done("archives", Archive.open(out.resolve("archives")));
             ArchiveSearch search = ArchiveSearch.inMemory()) {
            EventStore store = EventStore.on(pool);
            done("migrate", store.migrate());
            StoredState<Register> general = done("register", store.open("register/GEN", Aggregate.register(settings)));
            StoredState<DossierBook> book = done("dossiers", store.open("dossiers/S2", Aggregate.dossierBook(rules)));
            StoredState<Agenda> agenda = done("agenda", store.open("agenda/B2", Aggregate.agenda(data.rooms, data.equipment)));
            StoredState<NoticeLog> notices = done("notices", store.open("notices/S2", Aggregate.noticeLog()));
            search.rebuild(archive.documents());
            search.follow(archive);

            int run = 1 + (int) general.get().entries().stream().filter(e -> e.direction() == Direction.OUTGOING).count();
            LocalDate day = general.get().entries().stream().map(Entry::registeredAt).max(Comparator.naturalOrder())
                    .map(last -> paris.deadline(last.atZone(paris.zone()).toLocalDate(), 1).due()).orElse(FIRST_DAY);
            Clock clock = Clock.fixed(at(paris, day, 8, 30), paris.zone());
            String dayText = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
            log.println(t("Démo ASO : journée n° " + run + ", " + dayText + " (section S2, Paris et New York)",
                    "ASO demo: day " + run + ", " + dayText + " (section S2, Paris and New York)"));
            log.println(run == 1 ? t("Nouvelle base dans " + out.resolve("base"), "New database in " + out.resolve("base"))
                    : t("Reprise de l'état enregistré par les journées précédentes (" + out.resolve("base") + ")",
                    "Carrying on from the state saved by the previous days (" + out.resolve("base") + ")"));

            // 1. the mail of the day
            begin(t("1. Le courrier arrivé : enregistrement, affectation, délais, accusés de réception",
                    "1. Incoming mail: registration, assignment, deadlines, acknowledgements"));
            Map<String, Entry> letters = new LinkedHashMap<>();
            for (Map.Entry<String, PersonId> letter : data.letters.entrySet()) {
                Instant now = at(paris, day, 8, 30).plusSeconds(60L * letters.size());
                Context clerk = Context.of(now, claire.id(), claire.clearance());
                IncomingMail in = done(letter.getKey(), mail.read(DemoData.letter(letter.getKey())));
                Optional<Entry> already = in.messageId().flatMap(id -> mail.registered(general.get(), id));
                if (already.isPresent()) {
                    letters.put(letter.getKey(), already.get());
                    say(t(letter.getKey() + " : déjà enregistré sous le n° " + already.get().number() + " (pas de doublon)",
                            letter.getKey() + ": already registered as " + already.get().number() + " (no duplicate)"));
                    continue;
                }
                Register.Registered r = done(letter.getKey(), general.update(reg -> mail.draft(reg, in, clerk)
                        .flatMap(d -> mail.register(reg, d, clerk))));
                numbers.add(r.entry().number().text());
                Register.Change assigned = done(letter.getKey(), general.update(reg -> reg.assign(r.entry().id(),
                        letter.getValue(), Assignment.Purpose.ACTION, t("Pour réponse", "For reply"), clerk)));
                Entry entry = assigned.entry();
                letters.put(letter.getKey(), entry);
                say(entry.number() + "  " + entry.subject().orElse("") + t("  -> affecté à ", "  -> assigned to ")
                        + name(data, letter.getValue()));
                r.acknowledgementDeadline().ifPresent(d -> say("    " + t("accusé de réception : ", "acknowledgement: ")
                        + d.explanation(t("reçu", "received"), locale)));
                r.replyDeadline().ifPresent(d -> say("    " + t("réponse : ", "reply: ") + d.explanation(t("reçu", "received"), locale)));
                Acknowledgement ack = done(letter.getKey(), Problems.asOne(Acknowledgement.prepare(entry, data.service,
                        Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2)))));
                Draft draft = done(letter.getKey(), Drafts.acknowledgement(ack));
                String base = "courrier/accuse-reception-" + safe(entry.number().text());
                document(drafts, draft, base, Clock.fixed(now, paris.zone()));
                Email email = done(letter.getKey(), mail.acknowledgement(entry, ack, now));
                done(letter.getKey(), outbox.enqueue(email, now));
                done(letter.getKey(), general.update(reg -> reg.acknowledge(entry.id(), clerk)));
            }
            Instant replyAt = at(paris, day, 8, 55);
            Context officer = Context.of(replyAt, claire.id(), claire.clearance());
            Entry complaint = letters.get("02-association-reclamation.eml");
            Register.Registered reply = done("reply", general.update(reg -> reg.register(Registration.builder()
                    .direction(Direction.OUTGOING).channel(Channel.POST).receivedOn(day)
                    .addRecipients(complaint == null ? Contact.named("Association des usagers") : complaint.sender().orElseThrow())
                    .subject(run == 1 ? t("Réponse sur les horaires d'accueil", "Reply on the opening hours")
                            : t("Suivi n° " + run + " de la réclamation", "Follow-up no. " + run + " of the complaint"))
                    .build(), officer)));
            numbers.add(reply.entry().number().text());
            say(reply.entry().number() + "  " + reply.entry().subject().orElse("") + t(" (départ)", " (outgoing)"));
            if (run == 1 && complaint != null) {
                done("reply", general.update(reg -> reg.linkReply(reply.entry().id(), List.of(complaint.id()), officer)));
                say(t("    enregistré comme réponse au n° ", "    recorded as the reply to ") + complaint.number());
            }
            deliver(outbox, replyAt);

            // 2. the files
            begin(t("2. Les dossiers : ouverture, pièces, mouvements", "2. Files: opened, items added, moved"));
            Instant filesAt = at(paris, day, 9, 0);
            Context desk = Context.of(filesAt, marc.id(), marc.clearance());
            openFile(book, desk, "d-subvention", t("Subvention de la fête du quartier", "Grant for the neighbourhood fair"),
                    "S2-10", Confidentiality.PUBLIC, lea, letters.get("01-mairie-subvention.eml"));
            openFile(book, desk, "d-reclamation", t("Réclamation sur les horaires d'accueil", "Complaint about opening hours"),
                    "S2-20", Confidentiality.PUBLIC, claire, complaint);
            openFile(book, desk, "d-rapport", t("Communication du rapport d'activité 2025", "Access to the 2025 activity report"),
                    "S2-20", Confidentiality.RESTRICTED, lea, letters.get("03-communication-documents.eml"));
            DossierId moving = DossierId.of("d-reclamation");
            done("d-reclamation", book.update(b -> b.decide(moving, DossierCommand.AddItem.of(reply.entry().id().ref(),
                    reply.entry().subject().orElse(""), 1), desk)));
            Dossier before = book.get().get(moving).orElseThrow();
            Person next = before.holder().equals(marc.id()) ? claire : marc;
            DossierBook.Change moved = done("d-reclamation", book.update(b -> b.decide(moving,
                    DossierCommand.Transfer.of(next, next == marc ? t("Pour signature", "For signature")
                            : t("Signé, pour envoi", "Signed, for dispatch")), desk.withInstant(filesAt.plusSeconds(300)))));
            say(t("Dossier ", "File ") + moved.dossier().reference() + t(" transmis de ", " passed from ")
                    + name(data, before.holder()) + t(" à ", " to ") + name(data, next.id()) + " ("
                    + book.get().get(moving).orElseThrow().movements().size() + t(" mouvements)", " moves)"));

            // 3. a meeting
            begin(t("3. Une réunion : créneaux, salle, vidéoprojecteur et secours", "3. A meeting: slots, room, projector and spare"));
            Instant slotsAt = at(paris, day, 9, 30);
            Context organiser = Context.of(slotsAt, claire.id(), claire.clearance());
            Interval window = Interval.of(slotsAt, day.plusDays(3).atStartOfDay(paris.zone()).toInstant());
            List<FreeBusy> paulsOwn = done("agenda-paul.ics", ics.busy(data.outsideCalendar, window));
            say(t("Agenda extérieur de Paul (New York) lu : ", "Paul's outside calendar (New York) read: ") + paulsOwn.size()
                    + t(" plages occupées dans la fenêtre", " busy spans in the window"));
            List<PersonId> required = List.of(marc.id(), claire.id(), paul.id(), PersonId.of("alice"));
            PersonId optional = PersonId.of("nadia");
            List<Availability> people = new ArrayList<>();
            for (PersonId p : Stream.concat(required.stream(), Stream.of(optional)).toList()) {
                Availability.Builder a = Availability.of(p, data.calendarOf(p)).meetings(agenda.get(), window);
                if (p.equals(paul.id())) {
                    a.outside(paulsOwn, window);
                }
                people.add(a.build());
            }
            SlotRequest request = SlotRequest.builder()
                    .addAttendees(SlotAttendee.required(marc.id()), SlotAttendee.required(claire.id()),
                            SlotAttendee.required(paul.id()), SlotAttendee.required(PersonId.of("alice")),
                            SlotAttendee.optional(optional))
                    .duration(Duration.ofHours(1)).window(window)
                    .room(RoomNeeds.builder().addEquipment("projector").build())
                    .addEquipment("projector")
                    .maxSuggestions(3).build();
            SlotAnswer answer = done("slots", SlotFinder.find(agenda.get(), people, request, slotsAt));
            if (!answer.isFound()) {
                throw new DemoFailure(t("aucun créneau pour le comité : ", "no slot for the committee: ")
                        + answer.blockers().stream().map(b -> b.message(locale)).toList());
            }
            for (Suggestion s : answer.suggestions()) {
                say(t("  proposé : ", "  suggested: ") + when(s.interval(), paris) + ", " + s.room().map(RoomId::value).orElse("-")
                        + ", " + s.equipment().stream().map(EquipmentId::value).toList()
                        + (s.missingOptional().isEmpty() ? "" : t(", sans ", ", without ") + s.missingOptional()));
            }
            Suggestion best = answer.suggestions().get(0);
            best.roomReason().ifPresent(r -> say(t("  la salle : ", "  the room: ") + r));
            MeetingId committee = MeetingId.of("copil-" + day);
            List<EquipmentId> fixed = data.equipment.stream().filter(e -> e.room().equals(best.room()))
                    .filter(e -> e.kind().equals("projector")).map(Equipment::id).toList();
            Agenda.Change booked = done("book", agenda.update(a -> a.book(MeetingRequest.builder().id(committee)
                    .title(t("Comité de pilotage de la fête du quartier", "Steering committee of the neighbourhood fair"))
                    .organizer(claire.id())
                    .addAttendees(Attendee.of(marc.id(), Attendee.Role.CHAIR), Attendee.of(claire.id(), Attendee.Role.REQUIRED),
                            Attendee.of(paul.id(), Attendee.Role.REQUIRED), Attendee.of(PersonId.of("alice"), Attendee.Role.REQUIRED),
                            Attendee.of(optional, Attendee.Role.OPTIONAL))
                    .room(best.room()).start(best.interval().start().atZone(paris.zone()))
                    .end(best.interval().end().atZone(paris.zone()))
                    .addAllEquipment(fixed).addAllEquipment(best.equipment())
                    .addAbout(DossierId.of("d-subvention").ref())
                    .build(), organiser)));
            Meeting meeting = booked.meeting();
            say(t("Réservé : ", "Booked: ") + meeting.title() + ", " + when(Interval.of(meeting.start().toInstant(),
                    meeting.end().toInstant()), paris) + t(" (", " (") + meeting.start().withZoneSameInstant(data.calendarOf(paul.id()).zone())
                    .toLocalTime() + t(" à New York), salle ", " in New York), room ") + meeting.room().map(RoomId::value).orElse("-")
                    + ", " + meeting.equipment().stream().map(EquipmentId::value).sorted().toList());
            SlotRequest fourHours = SlotRequest.builder()
                    .addAttendees(SlotAttendee.required(marc.id()), SlotAttendee.required(paul.id()))
                    .duration(Duration.ofHours(4))
                    .window(Interval.of(slotsAt, day.plusDays(1).atStartOfDay(paris.zone()).toInstant())).build();
            SlotAnswer impossible = done("slots", SlotFinder.find(agenda.get(), people, fourHours, slotsAt));
            say(t("Quatre heures avec Marc et Paul aujourd'hui : ", "Four hours with Marc and Paul today: ")
                    + (impossible.isFound() ? t("trouvé", "found") : t("aucun créneau", "no slot")));
            impossible.blockers().stream().map(b -> b.message(locale)).forEach(m -> say(t("  pourquoi : ", "  why: ") + m));
            impossible.relaxations().stream().map(r -> r.message(locale)).forEach(m -> say(t("  en relâchant : ", "  relax: ") + m));

            // 4. invitations, an update, a reply, a colleague away
            begin(t("4. Invitations, mise à jour, réponse ; une collègue malade passe la main",
                    "4. Invitations, an update, a reply; a colleague falls ill and hands over"));
            Instant inviteAt = at(paris, day, 9, 45);
            Ics.Message invitation = done("invitation", ics.message(booked.events().get(0), inviteAt));
            document("calendrier/invitation-" + committee.value() + ".ics", invitation.text());
            List<Email> invitations = done("invitation", mail.invitation(invitation, meeting, List.of(), inviteAt));
            done("invitation", outbox.enqueueAll(invitations, inviteAt));
            say(invitation.method() + " " + t("à ", "to ") + invitation.to() + t(" (séquence ", " (sequence ") + invitation.sequence() + ")");
            deliver(outbox, inviteAt);

            Instant updateAt = at(paris, day, 10, 0);
            Agenda.Change later = done("update", agenda.update(a -> a.move(committee, meeting.start().plusMinutes(30),
                    meeting.end().plusMinutes(30), Context.of(updateAt, claire.id(), claire.clearance()))));
            Ics.Message update = done("update", ics.message(later.events().get(0), updateAt));
            document("calendrier/mise-a-jour-" + committee.value() + ".ics", update.text());
            done("update", outbox.enqueueAll(done("update", mail.invitation(update, later.meeting(), List.of(), updateAt)), updateAt));
            say(t("Décalé d'une demi-heure : ", "Moved by half an hour: ") + later.meeting().start().toLocalTime() + ", "
                    + update.method() + t(" séquence ", " sequence ") + update.sequence());
            deliver(outbox, updateAt);

            Instant replyIn = at(paris, day, 10, 15);
            String paulsReply = replyText(update, paul, claire, replyIn);
            document("calendrier/reponse-paul-" + committee.value() + ".ics", paulsReply);
            Agenda.Change answered = done("reply", agenda.update(a -> ics.applyReply(a, paulsReply, paul.email().orElseThrow(),
                    Context.of(replyIn, claire.id(), claire.clearance()))));
            say(t("Réponse de Paul importée : ", "Paul's reply imported: ")
                    + answered.meeting().attendee(paul.id()).map(x -> x.response().toString()).orElse("?"));

            Instant breaksAt = at(paris, day, 11, 0);
            Context officerAtBreak = Context.of(breaksAt, claire.id(), claire.clearance());
            Optional<EquipmentId> roomProjector = answered.meeting().equipment().stream()
                    .filter(e -> data.equipment.stream().anyMatch(x -> x.id().equals(e) && x.room().isPresent())).findFirst();
            if (roomProjector.isPresent()) {
                Interval repair = Interval.of(breaksAt, day.plusDays(1).atTime(8, 0).atZone(paris.zone()).toInstant());
                Agenda.OutageChange broken = done("out of service", agenda.update(a -> a.putOutOfService(roomProjector.get(),
                        repair, t("Lampe grillée", "Lamp blown"), officerAtBreak)));
                say(t("Le vidéoprojecteur de la salle tombe en panne : ", "The room's projector breaks down: ")
                        + broken.hits().size() + t(" réunion(s) touchée(s)", " meeting(s) hit"));
                List<Availability> now = new ArrayList<>();
                for (PersonId p : Stream.concat(required.stream(), Stream.of(optional)).toList()) {
                    now.add(Availability.of(p, data.calendarOf(p)).meetings(agenda.get(), window).build());
                }
                List<OutOfService.Options> proposals = OutOfService.propose(agenda.get(), broken.hits(), now, officerAtBreak);
                Map<ResourceOutage.Hit, OutOfService.Choice> choices = new LinkedHashMap<>();
                for (OutOfService.Options o : proposals) {
                    o.proposals().forEach(pr -> say("  " + t("proposé : ", "proposed: ") + pr.kind() + " - " + pr.reason(locale)));
                    Optional<OutOfService.Proposal> spare = o.proposals().stream()
                            .filter(pr -> pr.kind() == OutOfService.Kind.SPARE).findFirst();
                    // the spare booked with the meeting takes over: the meeting keeps it, without the broken one
                    choices.put(o.hit(), spare.<OutOfService.Choice>map(OutOfService.Choice::take)
                            .orElseGet(OutOfService.Choice.KeepWithout::new));
                }
                OutOfService.Resolution resolved = done("out of service", agenda.update(a ->
                        OutOfService.apply(a, broken.hits(), choices, officerAtBreak)));
                for (OutOfService.Resolved r : resolved.resolved()) {
                    String chosen = r.choice() instanceof OutOfService.Choice.Take take ? take.proposal().reason(locale)
                            : t("la réunion garde sa salle et son heure avec le vidéoprojecteur de secours réservé avec elle",
                            "the meeting keeps its room and time with the spare projector booked with it");
                    say(t("  choisi pour ", "  chosen for ") + r.meeting().id() + t(" : ", ": ") + chosen + " "
                            + r.meeting().equipment().stream().map(EquipmentId::value).toList());
                }
                for (MeetingEvent event : resolved.events()) {
                    Ics.Message message = done("out of service", ics.message(event, breaksAt));
                    Meeting changed = event.meeting();
                    document("calendrier/projecteur-" + changed.id().value() + ".ics", message.text());
                    done("out of service", outbox.enqueueAll(done("out of service",
                            mail.invitation(message, changed, List.of(), breaksAt)), breaksAt));
                    say(t("  mise à jour envoyée : ", "  update sent: ") + message.method() + t(" séquence ", " sequence ")
                            + message.sequence());
                }
                deliver(outbox, breaksAt);
            }

            Instant fallsIll = at(paris, FIRST_DAY, 11, 30);
            Absence ill = Absence.of(lea.id(), Absence.Kind.SICK_LEAVE,
                    Interval.of(fallsIll, FIRST_DAY.plusWeeks(7).atTime(8, 0).atZone(paris.zone()).toInstant()));
            Escalation escalation = Escalation.of(EscalationPolicy.defaults(), paris, data.orgChart);
            Instant handoverAt = at(paris, day, 11, 45);
            if (ill.interval().contains(handoverAt)) {
                escalation = escalation.withDeputy(new Escalation.Deputy(lea.id(), luc.id(), ill.interval()));
                Context head = Context.of(handoverAt, marc.id(), marc.clearance());
                HandoverState desks = HandoverState.of(Registers.of(List.of(general.get())), book.get(),
                        tasks(general.get(), data, List.of()));
                AbsenceImpact impact = done("absence", AbsenceImpact.of(ill, desks, agenda.get(), escalation, head));
                say(t("Léa Moreau en arrêt maladie jusqu'au ", "Léa Moreau on sick leave until ")
                        + ill.interval().end().atZone(paris.zone()).toLocalDate()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
                        + t(" : ", ": ") + impact.items().size() + t(" élément(s) touché(s)", " item(s) touched"));
                HandoverOutcome handover = done("handover", Handover.decide(desks, escalation,
                        HandoverRequest.of(ill, luc, impact.handOverable(), t("Arrêt maladie de Léa", "Léa's sick leave")), head));
                if (handover.note().handedOver().isEmpty()) {
                    say(t("Rien de plus à confier à Luc : ", "Nothing more to hand over to Luc: ")
                            + handover.note().kept().size() + t(" élément(s) gardé(s)", " item(s) kept"));
                } else {
                    Register decidedOn = general.get();
                    DossierBook bookBefore = book.get();
                    List<EntryEvent> entryEvents = handover.events().stream().filter(EntryEvent.class::isInstance)
                            .map(EntryEvent.class::cast).toList();
                    List<DossierEvent> bookEvents = handover.events().stream().filter(DossierEvent.class::isInstance)
                            .map(DossierEvent.class::cast).toList();
                    Register after = handover.state().registers().get(settings.id()).orElseThrow();
                    done("handover", general.update(reg -> applied(reg, decidedOn, after, entryEvents)));
                    done("handover", book.update(b -> applied(b, bookBefore, handover.state().dossiers(), bookEvents)));
                    say(t("Confié à Luc Bernard : ", "Handed over to Luc Bernard: ")
                            + handover.note().handedOver().stream().map(i -> i.ref().toString()).toList());
                    handover.note().kept().forEach(k -> say(t("  gardé : ", "  kept: ") + k.item().ref() + " (" + k.code() + ")"));
                    String note = handover.note().toText(locale, paris.zone());
                    Memo memo = new Memo(name(data, marc.id()), List.of(name(data, luc.id()), name(data, lea.id())),
                            t("Passation pendant l'absence de Léa Moreau", "Handover during Léa Moreau's absence"), day,
                            List.of(note.split("\n")));
                    document(drafts, memo, "documents/passation-lea", Clock.fixed(handoverAt, paris.zone()));
                }
            } else {
                say(t("Léa Moreau est de retour : plus de suppléance.", "Léa Moreau is back: no deputy any more."));
            }

            // 5. documents
            begin(t("5. Ordre du jour et compte rendu : rédaction, archivage, recherche",
                    "5. Agenda and minutes: drafted, archived, searched"));
            Meeting held = agenda.get().meeting(committee).orElseThrow();
            Map<PersonId, String> names = new LinkedHashMap<>();
            held.attendees().forEach(a -> names.put(a.person(), name(data, a.person())));
            names.put(claire.id(), claire.name());
            Instant agendaAt = at(paris, day, 12, 0);
            MeetingAgenda agendaDoc = new MeetingAgenda(held, held.room().flatMap(r -> data.rooms.stream()
                    .filter(x -> x.id().equals(r)).findFirst()).map(x -> x.name()).orElse("-"), names, false);
            document(drafts, agendaDoc, "documents/ordre-du-jour-" + committee.value(), Clock.fixed(agendaAt, paris.zone()));
            Instant minutesAt = held.end().toInstant().plus(Duration.ofMinutes(30));
            Minutes minutes = Minutes.of(held, Set.of(marc.id(), claire.id(), paul.id()), Set.of(PersonId.of("alice")), names,
                    List.of(new Minutes.Decision("D1", t("Le budget de la fête du quartier est fixé à 2 500 euros",
                            "The fair's budget is set at 2,500 euros"), Optional.of(DossierId.of("d-subvention")))),
                    List.of(new Minutes.ActionItem("A1", t("Préparer la convention de subvention", "Draft the grant agreement"),
                                    claire.id(), paris.deadline(day, 3).due(), false),
                            new Minutes.ActionItem("A2", t("Réserver le matériel de sonorisation", "Book the sound equipment"),
                                    paul.id(), paris.deadline(day, 5).due(), false)),
                    Optional.empty());
            byte[] minutesPdf = document(drafts, minutes, "documents/compte-rendu-" + committee.value(),
                    Clock.fixed(minutesAt, paris.zone()));
            Context archivist = Context.of(minutesAt, claire.id(), claire.clearance());
            Archive.Stored stored = done("archive", archive.store("cr-" + committee.value(), minutesPdf, "application/pdf",
                    new DocumentMetadata(minutes.title(), DocumentKind.MINUTES, Optional.of("S2-10"),
                            Optional.of(DossierId.of("d-subvention")), List.of(), claire.id(), day, minutesAt,
                            Confidentiality.RESTRICTED, locale, Set.of("copil")), archivist));
            say(t("Archivé : ", "Archived: ") + stored.id() + " v" + stored.version() + " (sha-256 " + stored.sha256().substring(0, 12) + "...)");
            var found = done("search", search.search(ArchiveSearch.Query.of("fete quartier"), archivist));
            say(t("Recherche « fete quartier » : ", "Search \"fete quartier\": ") + found.total()
                    + t(" document(s) dans les archives ", " document(s) in the archive ")
                    + found.items().stream().map(ArchiveSearch.Hit::documentId).toList());

            // 6. tomorrow's plan, notices, pendency
            begin(t("6. Le plan de demain, les relances dues, l'état des instances",
                    "6. Tomorrow's plan, the notices due, the pendency report"));
            Instant eveningAt = at(paris, day, 17, 45);
            Context evening = Context.of(eveningAt, marc.id(), marc.clearance());
            List<Task> more = new ArrayList<>(minutes.tasks(OrgUnitId.of("S2"), general.get().entries().get(0).grade(),
                    minutesAt).stream().map(b -> b.effort(Duration.ofHours(2)).build()).toList());
            // a standing task of the section, due on the first day: its notices climb the ladder from day to day
            more.add(Task.builder().id(TaskId.of("t-rapport-mensuel"))
                    .title(t("Rapport mensuel d'activité de février", "February's monthly activity report"))
                    .assignee(claire.id()).unit(OrgUnitId.of("S2")).grade(general.get().entries().get(0).grade())
                    .dueDate(FIRST_DAY).effort(Duration.ofHours(3)).createdAt(at(paris, FIRST_DAY.minusDays(7), 9, 0)).build());
            List<Task> tasks = tasks(general.get(), data, more);
            List<Task> hers = tasks.stream().filter(x -> x.assignee().equals(claire.id())).toList();
            List<Urgency> ranked = done("triage", Problems.asOne(Triage.of(UrgencyPolicy.defaults(), paris).rank(hers, eveningAt)));
            for (int i = 0; i < ranked.size(); i++) {
                Urgency u = ranked.get(i);
                say(String.format(Locale.ROOT, "  %d. %s  (%.1f, %s)", i + 1, u.task().title(), u.score(), u.quadrant()));
                if (i < 2) {
                    u.breakdown().stream().filter(c -> c.contribution() > 0)
                            .sorted(Comparator.comparingDouble(Contribution::contribution).reversed()).limit(3)
                            .forEach(c -> say(String.format(Locale.ROOT, "       %s %+.2f : %s", c.term(), c.contribution(),
                                    c.reason(locale))));
                }
            }
            LocalDate tomorrow = paris.deadline(day, 1).due();
            Interval tomorrowHours = Interval.of(tomorrow.atStartOfDay(paris.zone()).toInstant(),
                    tomorrow.plusDays(1).atStartOfDay(paris.zone()).toInstant());
            DayPlan plan = done("plan", DayPlanner.plan(ranked.stream().map(u -> PlanItem.of(u, true)).toList(),
                    FreeTime.of(paris, agenda.get(), claire.id(), tomorrowHours), tomorrowHours));
            Map<TaskId, String> titles = new LinkedHashMap<>();
            tasks.forEach(x -> titles.put(x.id(), x.title()));
            plan.blocks().forEach(b -> say("  " + b.interval().start().atZone(paris.zone()).toLocalTime() + "-"
                    + b.interval().end().atZone(paris.zone()).toLocalTime() + "  " + titles.get(b.task())));
            document(drafts, new DayPlanSheet(claire.name(), tomorrow, plan, titles, paris.zone()),
                    "documents/plan-du-jour-claire", Clock.fixed(eveningAt, paris.zone()));

            Escalation ladder = escalation;
            EscalationRound round = done("notices", notices.update(l -> ladder.evaluate(l, tasks, evening)));
            int sent = 0;
            List<Notice> report = new ArrayList<>();
            for (Notice n : round.notices()) {
                if (n.recipient().isEmpty()) {
                    report.add(n);
                    continue;
                }
                Either<Problem, Email> email = mail.notice(n, eveningAt);
                if (email.isRight()) {
                    done("notice", outbox.enqueue(email.get(), eveningAt));
                    sent++;
                    say("  " + n.kind() + " " + titles.getOrDefault(n.task(), n.task().value()) + t(" -> ", " -> ")
                            + name(data, n.recipient().get()));
                } else {
                    say("  " + n.kind() + " " + n.task().value() + ": " + email.getLeft().message(locale));
                }
            }
            if (!report.isEmpty()) {
                PersonId head = data.orgChart.unit(OrgUnitId.of("SD")).flatMap(u -> u.head()).orElse(marc.id());
                done("report", outbox.enqueue(done("report", mail.exceptionReport(report, head, eveningAt)), eveningAt));
                sent++;
                say(t("  état d'exception à ", "  exception report to ") + name(data, head) + " (" + report.size() + ")");
            }
            say(t("Relances envoyées : ", "Notices sent: ") + sent + t(" (déjà données les jours précédents : non répétées)",
                    " (those given on previous days are not repeated)"));
            deliver(outbox, eveningAt);
            Pendency pendency = Pendency.of(general.get(), eveningAt,
                    p -> Optional.ofNullable(data.people.get(p)).flatMap(Person::unit));
            document(drafts, new PendencyReport(settings.name(), pendency), "documents/etat-des-instances",
                    Clock.fixed(eveningAt, paris.zone()));
            say(t("État des instances : ", "Pendency report: ") + pendency.groups().size() + t(" groupes", " groups"));

            begin(t("7. Les jours fériés de l'année pour les agendas", "7. The year's holidays for everyone's calendar"));
            document("calendrier/jours-feries-" + day.getYear() + ".ics",
                    Ics.holidays(paris.holidays(), day.getYear(), day.getYear(), eveningAt));

            search.flush();
            List<Path> files = DemoIndex.write(out, steps, run, dayText, locale);
            log.println();
            log.println(t("Fichiers écrits (" + files.size() + ") et index : ", "Files written (" + files.size() + ") and index: ")
                    + out.resolve("index.html"));
            log.println(t("Relancez la même commande pour jouer la journée suivante ; --fresh repart de zéro.",
                    "Run the same command again to play the next day; --fresh starts from scratch."));
            return new Demo.Result(out, run, day, numbers, sent, files);
        } finally {
            pool.dispose();
        }
    }

    // ------------------------------------------------------------------ helpers of the day

    private static MailTransport smtp(String server) {
        boolean plain = server.startsWith("plain:");
        String hostPort = plain ? server.substring("plain:".length()) : server;
        int colon = hostPort.lastIndexOf(':');
        int port = Integer.parseInt(hostPort.substring(colon + 1));
        return Mail.smtp(SmtpSettings.builder(hostPort.substring(0, colon), port)
                .security(plain ? SmtpSettings.Security.INSECURE_PLAINTEXT_FOR_TESTING
                        : port == 465 ? SmtpSettings.Security.IMPLICIT_TLS : SmtpSettings.Security.STARTTLS_REQUIRED)
                .build());
    }

    private static FilingPlan filingPlan() throws DemoFailure {
        RetentionRule rule = RetentionRule.of(Period.ofYears(2), Period.ofYears(10), DisposalAction.TRANSFER_TO_ARCHIVES);
        return done("filing plan", Problems.asOne(FilingPlan.of(List.of(
                FilingPlanEntry.builder().code(ClassificationCode.of("S2-10")).title("Subventions").retention(rule).build(),
                FilingPlanEntry.builder().code(ClassificationCode.of("S2-20")).title("Relations avec les usagers")
                        .retention(rule).build()))));
    }

    private void openFile(StoredState<DossierBook> book, Context ctx, String id, String title, String code,
                          Confidentiality marking, Person holder, Entry letter) throws DemoFailure {
        DossierId dossier = DossierId.of(id);
        if (book.get().get(dossier).isPresent()) {
            return;
        }
        DossierBook.Change opened = done(id, book.update(b -> b.open(OpenDossier.builder().id(dossier).title(title)
                .classification(ClassificationCode.of(code)).confidentiality(marking).ownerUnit(OrgUnitId.of("S2"))
                .holder(holder.id()).holderClearance(holder.clearance()).build(), ctx)));
        if (letter != null) {
            done(id, book.update(b -> b.decide(dossier, DossierCommand.AddItem.of(letter.id().ref(),
                    letter.subject().orElse(letter.number().text()), 1), ctx)));
        }
        say(t("Ouvert : ", "Opened: ") + opened.dossier().reference() + "  " + title + t(", détenu par ", ", held by ")
                + holder.name() + (letter == null ? "" : t(", avec le courrier ", ", with letter ") + letter.number()));
    }

    /** The open letters assigned to a person for action, as their tasks (a host would keep its own task list). */
    private static List<Task> tasks(Register register, DemoData data, List<Task> more) {
        List<Task> tasks = new ArrayList<>();
        for (Entry e : register.entries()) {
            if (e.direction() != Direction.INCOMING || !e.answeredBy().isEmpty() || e.replyDue().isEmpty()
                    || e.status() == EntryStatus.CLOSED || e.cancellation().isPresent()) {
                continue;
            }
            Optional<PersonId> handler = e.assignments().stream()
                    .filter(a -> a.purpose() == Assignment.Purpose.ACTION && a.endedAt().isEmpty())
                    .map(Assignment::assignee).filter(PersonId.class::isInstance).map(PersonId.class::cast)
                    .reduce((a, b) -> b);
            if (handler.isEmpty()) {
                continue;
            }
            OrgUnitId unit = Optional.ofNullable(data.people.get(handler.get())).flatMap(Person::unit)
                    .orElse(OrgUnitId.of("S2"));
            tasks.add(Task.builder().id(TaskId.of("t-" + safe(e.number().text()))).title(e.subject().orElse(e.number().text()))
                    .source(TaskSource.letter(e.id())).assignee(handler.get()).unit(unit).grade(e.grade())
                    .dueDate(e.replyDue().get()).effort(Duration.ofHours(2)).createdAt(e.registeredAt()).build());
        }
        tasks.addAll(more);
        return tasks;
    }

    /** Paul's calendar client accepts the updated invitation (as Outlook or Thunderbird would write it). */
    private static String replyText(Ics.Message update, Person paul, Person claire, Instant stamp) {
        String utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC).format(stamp);
        return String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Exemple//Agenda de l'antenne//FR", "VERSION:2.0",
                "METHOD:REPLY", "BEGIN:VEVENT", "UID:" + update.uid(), "SEQUENCE:" + update.sequence(), "DTSTAMP:" + utc,
                "ORGANIZER;CN=\"" + claire.name() + "\":mailto:" + claire.email().orElseThrow(),
                "ATTENDEE;PARTSTAT=ACCEPTED;CN=\"" + paul.name() + "\":mailto:" + paul.email().orElseThrow(),
                "END:VEVENT", "END:VCALENDAR", "");
    }

    /** The outcome of a decision taken elsewhere on {@code decidedOn}, applied if the state is still that one. */
    private static <S> Either<Problem, Outcome<S>> applied(S current, S decidedOn, S after, List<? extends DomainEvent> events) {
        if (!current.equals(decidedOn)) {     // one thread plays the day: nothing else changes the state
            throw new IllegalStateException("the state changed since the handover was decided");
        }
        return Either.right(new Applied<>(after, List.copyOf(events)));
    }

    private record Applied<S>(S state, List<? extends DomainEvent> events) implements Outcome<S> {}

    /** Delivers what the outbox holds and links the messages the pickup folder received to the current step. */
    private void deliver(Outbox outbox, Instant now) throws IOException {
        outbox.deliver(now).stream().filter(d -> d.problem().isPresent())
                .forEach(d -> say(t("  envoi en attente : ", "  sending delayed: ") + d.problem().get().message(locale)));
        Path messages = out.resolve("messages");
        if (Files.isDirectory(messages)) {
            try (Stream<Path> files = Files.list(messages)) {
                for (Path f : files.sorted().toList()) {
                    String relative = "messages/" + f.getFileName();
                    if (sent.add(relative)) {
                        step.files().add(relative);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ output

    private void prepareFolder() throws DemoFailure, IOException {
        boolean exists = Files.isDirectory(out);
        boolean ours = Files.exists(out.resolve(MARKER));
        if (exists && !ours) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new DemoFailure(t("le dossier " + out + " n'est pas vide et n'est pas une sortie de la démo ; choisissez-en un autre (--out)",
                            "the folder " + out + " is not empty and is not the demo's output; choose another (--out)"));
                }
            }
        }
        if (options.fresh() && ours) {
            deleteTree(out);
        } else if (ours) {
            for (String f : DOCUMENTS) {
                deleteTree(out.resolve(f));
            }
            Files.deleteIfExists(out.resolve("index.html"));
        }
        Files.createDirectories(out.resolve("messages"));
        Demo.write(out.resolve(MARKER), "ASO demo output folder: the demo may delete what it wrote here\n");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void begin(String title) {
        log.println();
        log.println("== " + title);
        step = new DemoIndex.Step(title, new ArrayList<>(), new ArrayList<>());
        steps.add(step);
    }

    private void say(String line) {
        log.println(line);
        step.lines().add(line);
    }

    private void document(String relative, String text) throws IOException {
        Demo.write(out.resolve(relative), text);
        step.files().add(relative);
    }

    /** Writes a draft as HTML and PDF; returns the PDF. */
    private byte[] document(Drafts drafts, Draft draft, String base, Clock clock) throws DemoFailure, IOException {
        String html = done(base, drafts.html(draft, locale));
        byte[] pdf = done(base, drafts.pdf(draft, locale, clock));
        Demo.write(out.resolve(base + ".html"), html);
        Demo.write(out.resolve(base + ".pdf"), pdf);
        step.files().add(base + ".html");
        step.files().add(base + ".pdf");
        return pdf;
    }

    private static <T> T done(String what, Either<Problem, T> result) throws DemoFailure {
        if (result.isLeft()) {
            throw DemoFailure.of(what, result.getLeft());
        }
        return result.get();
    }

    private static String name(DemoData data, PersonId id) {
        return Optional.ofNullable(data.people.get(id)).map(Person::name).orElse(id.value());
    }

    private static Instant at(BusinessCalendar cal, LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(cal.zone()).toInstant();
    }

    private String when(Interval i, BusinessCalendar cal) {
        ZonedDateTime s = i.start().atZone(cal.zone());
        return s.toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)) + " "
                + s.toLocalTime() + "-" + i.end().atZone(cal.zone()).toLocalTime();
    }

    static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
