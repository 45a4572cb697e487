package org.aso.store.json;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.audit.AuditTrail;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.PhoneLog;
import org.aso.core.correspondence.TransmissionSlips;
import org.aso.core.correspondence.VisitorLog;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierEvent;
import org.aso.core.dossier.DossierId;
import org.aso.core.dossier.DossierRules;
import org.aso.core.dossier.OpenDossier;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.DossierFixtures.BookStep;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.LogFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.fixtures.PriorityFixtures.EscalationStep;
import org.aso.core.fixtures.RegisterCommands;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.EscalationEvent;
import org.aso.core.priority.EscalationLadder;
import org.aso.core.priority.EscalationPolicy;
import org.aso.core.priority.EscalationRound;
import org.aso.core.priority.NoticeLog;
import org.aso.core.priority.TaskId;

/**
 * Real histories of every aggregate of aso-core, made by its decisions from core's test fixtures: the
 * events in order, the aggregate at the end and its snapshot.
 */
final class Histories {
    private Histories() {
    }

    /** What a run of decisions left: its events, the final state and that state's snapshot. */
    record History(String family, List<? extends DomainEvent> events, Object state, Object snapshot) {}

    static Arbitrary<History> registers() {
        return RegisterCommands.steps(40).map(steps -> {
            RegisterCommands.Run run = RegisterCommands.run(CorrespondenceFixtures.emptyGeneral(), steps);
            return new History("EntryEvent", run.events(), run.register(), run.register().snapshot());
        });
    }

    static Arbitrary<History> agendas() {
        return AgendaFixtures.steps(30).map(steps -> {
            Agenda agenda = AgendaFixtures.agenda();
            List<MeetingEvent> events = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                Optional<Either<Problem, Agenda.Change>> c = AgendaFixtures.decide(agenda, steps.get(i), i);
                if (c.isPresent() && c.get().isRight()) {
                    agenda = c.get().get().agenda();
                    events.addAll(c.get().get().events());
                }
            }
            return new History("MeetingEvent", events, agenda, agenda.snapshot());
        });
    }

    static DossierRules dossierRules(boolean numbered) {
        return numbered ? DossierFixtures.rules().withPolicy(
                DossierFixtures.policy().withNumbering(NumberingScheme.indianFileNumber())) : DossierFixtures.rules();
    }

    static Arbitrary<History> dossierBooks() {
        return Combinators.combine(DossierFixtures.bookScripts(), Arbitraries.of(true, false)).as((script, numbered) -> {
            DossierRules rules = dossierRules(numbered);
            DossierBook book = DossierBook.empty(rules);
            List<DossierEvent> events = new ArrayList<>();
            Instant t = DossierFixtures.paris("2026-03-02T09:00");
            for (BookStep step : script) {
                t = t.plus(Duration.ofMinutes(step.minutesLater()));
                Context ctx = step.byTheClerk() ? Context.of(t, DossierFixtures.CLERK, Clearance.none())
                        : Context.of(t, DossierFixtures.OFFICER, Clearance.of(Confidentiality.CONFIDENTIAL));
                DossierId id = DossierId.of("d-" + step.dossier());
                Confidentiality marking = step.dossier() % 2 == 0 ? Confidentiality.PUBLIC : Confidentiality.CONFIDENTIAL;
                Either<Problem, DossierBook.Change> r = book.get(id).isPresent()
                        ? book.decide(id, step.command(), ctx)
                        : numbered
                        ? book.open(OpenDossier.builder().id(id).title("Dossier " + id.value()).classification(step.code())
                                .ownerUnit(DossierFixtures.S2).holder(DossierFixtures.OFFICER).confidentiality(marking)
                                .build(), ctx)
                        : book.open(DossierFixtures.openCommand(id.value(), step.code()).confidentiality(marking).build(),
                                ctx);
                if (r.isRight()) {
                    book = r.get().book();
                    events.addAll(r.get().events());
                }
            }
            return new History(numbered ? "DossierEvent/numbered" : "DossierEvent", events, book, book.snapshot());
        });
    }

    private static <S, C, E extends DomainEvent> History logRun(String family, S initial,
            List<LogFixtures.Step> steps, BiFunction<S, LogFixtures.Step, Either<Problem, C>> decide,
            Function<C, S> stateOf, Function<C, E> eventOf, Function<S, Object> snapshot) {
        S state = initial;
        List<E> events = new ArrayList<>();
        for (LogFixtures.Step s : steps) {
            Either<Problem, C> c = decide.apply(state, s);
            if (c.isRight()) {
                state = stateOf.apply(c.get());
                events.add(eventOf.apply(c.get()));
            }
        }
        return new History(family, events, state, snapshot.apply(state));
    }

    static Arbitrary<History> phoneLogs() {
        return LogFixtures.steps(40).map(steps -> logRun("PhoneLogEvent", LogFixtures.emptyPhoneLog(), steps,
                LogFixtures::apply, PhoneLog.Change::log, PhoneLog.Change::event, PhoneLog::snapshot));
    }

    static Arbitrary<History> visitorLogs() {
        return LogFixtures.steps(40).map(steps -> logRun("VisitorLogEvent", LogFixtures.emptyVisitorLog(), steps,
                LogFixtures::apply, VisitorLog.Change::log, VisitorLog.Change::event, VisitorLog::snapshot));
    }

    static Arbitrary<History> transmissionSlips() {
        return LogFixtures.steps(40).map(steps -> logRun("TransmissionSlipEvent", LogFixtures.emptySlips(), steps,
                LogFixtures::apply, TransmissionSlips.Change::slips, TransmissionSlips.Change::event,
                TransmissionSlips::snapshot));
    }

    static final Escalation ESCALATION = Escalation.of(
            EscalationPolicy.defaults().withLadder("very-urgent", EscalationLadder.of(1, 0, 1))
                    .withLadder("normal", EscalationLadder.of(0, 3, 10)),
            KernelFixtures.paris(), PriorityFixtures.orgChart());

    static Arbitrary<History> noticeLogs() {
        return Combinators.combine(PriorityFixtures.escalationTasks(), PriorityFixtures.escalationSteps())
                .as((tasks, steps) -> {
                    NoticeLog log = NoticeLog.empty();
                    List<EscalationEvent> events = new ArrayList<>();
                    for (EscalationStep step : steps) {
                        Context by = Context.of(step.at(), PriorityFixtures.OFFICER, Clearance.none());
                        if (step.reset() >= 0) {
                            NoticeLog.Change reset = log.reset(TaskId.of("t-" + step.reset()), by).get();
                            events.addAll(reset.events());
                            log = reset.log();
                        }
                        EscalationRound round = ESCALATION.evaluate(log, tasks, by).get();
                        events.addAll(round.events());
                        log = round.state();
                    }
                    return new History("EscalationEvent", events, log, log.snapshot());
                });
    }

    /** The audit trail of the events of another history. */
    static History audit(History of) {
        AuditTrail trail = AuditTrail.empty();
        for (DomainEvent e : of.events()) {
            trail = trail.append(e).get();
        }
        return new History("audit", List.of(), trail, trail.snapshot());
    }

    /** Every kind of history. */
    static Arbitrary<History> any() {
        return Arbitraries.oneOf(List.of(registers(), agendas(), dossierBooks(), phoneLogs(), visitorLogs(),
                transmissionSlips(), noticeLogs(), registers().map(Histories::audit)));
    }
}
