package org.aso.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Register;
import org.aso.core.dossier.Dossier;
import org.aso.core.dossier.DossierCommand;
import org.aso.core.dossier.DossierId;
import org.aso.core.dossier.DossierRules;
import org.aso.core.dossier.OpenDossier;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.ReferenceNumber;

/**
 * What a decision accepts, the audit trail records: for any text a caller gives a decision
 * (reasons, notes, titles, subjects, tags, ...), either the decision refuses it with a coded
 * problem, or every event it returns is appended to an {@link AuditTrail}.
 */
class RecordableDecisionsProperties {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Context CLERK = CorrespondenceFixtures.clerkOn(DAY);
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context ORGANIZER = Context.of(TUE_10H.minusDays(7).toInstant(), AgendaFixtures.ORGANIZER,
            Clearance.none());
    private static final Context OFFICER = DossierFixtures.ctx("2026-03-03T09:00");

    /** Every decision that takes free text from its caller, by the text it takes. */
    enum Decision {
        REGISTER_SUBJECT, REGISTER_CANCEL, REGISTER_EXPLAIN_DELAY, REGISTER_REDIRECT, REGISTER_ASSIGN_NOTE,
        MEETING_TITLE, MEETING_DOCUMENT, MEETING_AGENDA_ITEM, MEETING_CANCEL, OCCURRENCE_TITLE,
        DOSSIER_OPEN_TITLE, DOSSIER_OPEN_SUBJECT, DOSSIER_OPEN_TAG, DOSSIER_OPEN_COMPARTMENT,
        DOSSIER_TRANSFER, DOSSIER_AWAIT_REPLY, DOSSIER_REOPEN, DOSSIER_PLACE_HOLD, DOSSIER_LIFT_HOLD,
        DOSSIER_NOTE_TITLE, DOSSIER_NOTE_TEXT, DOSSIER_ACTION, DOSSIER_TAG, DOSSIER_RETITLE
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> nasty = Arbitraries.of('\u0000', '\n', '\r', '\t', '\u001B', '\u007F', '\u0085', '\u2028',
                '\u202E', '\u2066', '\u200E', '\uD83D', '\uDCA9', 'é', 'a', ' ', ',', '"');
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(30),
                nasty.list().ofMinSize(1).ofMaxSize(15).map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat)),
                Arbitraries.strings().withChars('a', 'é', ' ', '\n', '\uD83D', '\uDCA9').ofMinLength(1).ofMaxLength(60),
                Arbitraries.of(150, 200, 201, 300, 301, 500, 501, 4_000, 4_001, 10_000, 10_001, 20_000)
                        .map(n -> "x".repeat(n)));
    }

    @Property(tries = 1500)
    void whatADecisionAccepts_theAuditTrailRecords(@ForAll Decision decision, @ForAll("texts") String text) {
        Either<Problem, List<? extends DomainEvent>> outcome = decide(decision, text);
        if (outcome.isLeft()) {
            assertThat(outcome.getLeft().code()).as("%s refused %s", decision, outcome.getLeft())
                    .matches("kernel\\.text\\..*|.*missing-.*|.*\\.blank|dossier\\.input\\..*|correspondence\\.registration\\.invalid");
            return;
        }
        AuditTrail trail = AuditTrail.empty();
        for (DomainEvent e : outcome.get()) {
            Either<Problem, AuditTrail> appended = trail.append(e);
            assertThat(appended.isRight()).as("%s accepted text of %d chars, audit says %s", decision, text.length(),
                    appended.isLeft() ? appended.getLeft() : "").isTrue();
            trail = appended.get();
        }
    }

    private static Either<Problem, List<? extends DomainEvent>> decide(Decision decision, String text) {
        return switch (decision) {
            case REGISTER_SUBJECT -> CorrespondenceFixtures.emptyGeneral()
                    .register(CorrespondenceFixtures.letter(DAY, text).build(), CLERK).map(Register.Registered::events);
            case REGISTER_CANCEL -> registered().flatMap(r -> r.register().cancel(r.entry().id(), text, CLERK)).map(Register.Change::events);
            case REGISTER_EXPLAIN_DELAY -> registered().flatMap(r -> r.register().explainDelay(r.entry().id(), text, CLERK))
                    .map(Register.Change::events);
            case REGISTER_REDIRECT -> registered().flatMap(r -> r.register().redirect(r.entry().id(), OrgUnitId.of("S3"), text, CLERK))
                    .map(Register.Change::events);
            case REGISTER_ASSIGN_NOTE -> registered().flatMap(r -> r.register().assign(r.entry().id(), OrgUnitId.of("S3"),
                    Assignment.Purpose.COPY, text, CLERK)).map(Register.Change::events);
            case MEETING_TITLE -> book(meeting("m1").title(text)).map(Agenda.Change::events);
            case MEETING_DOCUMENT -> book(meeting("m1").title("Budget").addDocuments(text)).map(Agenda.Change::events);
            case MEETING_AGENDA_ITEM -> text.isBlank() ? Either.left(Problem.of("test.missing-title", "blank"))
                    : book(meeting("m1").title("Budget").addAgenda(AgendaItem.of(text, 10))).map(Agenda.Change::events);
            case MEETING_CANCEL -> book(meeting("m1").title("Budget")).flatMap(b -> b.agenda().cancel(MeetingId.of("m1"), text, ORGANIZER))
                    .map(Agenda.Change::events);
            case OCCURRENCE_TITLE -> text.isBlank() ? Either.left(Problem.of("test.missing-title", "blank"))
                    : book(meeting("m1").title("Budget").recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=3").get()))
                            .flatMap(b -> b.agenda().changeOccurrence(MeetingId.of("m1"), TUE_10H.plusWeeks(1),
                                    OccurrenceChange.builder().title(text).build(), ORGANIZER))
                            .map(Agenda.Change::events);
            case DOSSIER_OPEN_TITLE -> open(openCommand(text, ""));
            case DOSSIER_OPEN_SUBJECT -> open(openCommand("Budget", text));
            case DOSSIER_OPEN_TAG -> open(openCommand("Budget", "").addTags(text));
            case DOSSIER_OPEN_COMPARTMENT -> open(openCommand("Budget", "").addCompartments(text));
            case DOSSIER_TRANSFER -> decide(new DossierCommand.Transfer(DossierFixtures.HEAD, text));
            case DOSSIER_AWAIT_REPLY -> decide(new DossierCommand.AwaitReply(text));
            case DOSSIER_REOPEN -> rules().decide(closed(), new DossierCommand.Reopen(text), OFFICER).map(o -> o.events());
            case DOSSIER_PLACE_HOLD -> decide(new DossierCommand.PlaceLegalHold(text));
            case DOSSIER_LIFT_HOLD -> rules().decide(held(), new DossierCommand.LiftLegalHold(text), OFFICER).map(o -> o.events());
            case DOSSIER_NOTE_TITLE -> decide(DossierCommand.AddItem.note(text, "Seen.", 1));
            case DOSSIER_NOTE_TEXT -> decide(DossierCommand.AddItem.note("Note", text, 1));
            case DOSSIER_ACTION -> decide(new DossierCommand.AddActionItem(text, LocalDate.of(2026, 4, 1), Optional.empty()));
            case DOSSIER_TAG -> decide(new DossierCommand.AddTag(text));
            case DOSSIER_RETITLE -> decide(new DossierCommand.Retitle("Budget", text));
        };
    }

    private static Either<Problem, Register.Registered> registered() {
        return CorrespondenceFixtures.emptyGeneral().register(CorrespondenceFixtures.letter(DAY, "Subvention").build(), CLERK);
    }

    private static MeetingRequest.Builder meeting(String id) {
        MeetingRequest.Builder b = MeetingRequest.builder();
        b.id(MeetingId.of(id)).organizer(AgendaFixtures.ORGANIZER).room(AgendaFixtures.LARGE)
                .start(TUE_10H).end(TUE_10H.plusHours(1));
        return b;
    }

    private static Either<Problem, Agenda.Change> book(MeetingRequest.Builder b) {
        return AgendaFixtures.agenda().book(b.build(), ORGANIZER);
    }

    private static DossierRules rules() {
        return DossierFixtures.rules();
    }

    private static OpenDossier.Builder openCommand(String title, String subject) {
        return OpenDossier.builder().id(DossierId.of("d-2")).reference(ReferenceNumber.of("2026-S2-0002", "S2/2026", 2))
                .title(title).subject(subject).classification(DossierFixtures.GENERAL).ownerUnit(DossierFixtures.S2)
                .holder(DossierFixtures.OFFICER);
    }

    private static Either<Problem, List<? extends DomainEvent>> open(OpenDossier.Builder b) {
        OpenDossier cmd;
        try {
            cmd = b.build();
        } catch (IllegalArgumentException e) {
            return Either.left(Problem.of("test.blank", "not buildable"));
        }
        Clearance all;
        try {
            all = Clearance.of(Confidentiality.SECRET).withCompartments(cmd.compartments());
        } catch (IllegalArgumentException e) { // a blank compartment: the opening refuses it first
            all = Clearance.of(Confidentiality.SECRET);
        }
        return rules().open(cmd, DossierFixtures.ctx("2026-03-02T09:00", DossierFixtures.OFFICER, all)).map(o -> o.events());
    }

    private static Dossier opened() {
        return DossierFixtures.opened("d-1", DossierFixtures.GENERAL, "2026-03-02T09:00");
    }

    private static Dossier closed() {
        return rules().decide(opened(), new DossierCommand.Close(), DossierFixtures.ctx("2026-03-02T10:00")).get().dossier();
    }

    private static Dossier held() {
        return rules().decide(opened(), new DossierCommand.PlaceLegalHold("appeal"), DossierFixtures.ctx("2026-03-02T10:00"))
                .get().dossier();
    }

    private static Either<Problem, List<? extends DomainEvent>> decide(DossierCommand cmd) {
        return rules().decide(opened(), cmd, OFFICER).map(o -> o.events());
    }
}
