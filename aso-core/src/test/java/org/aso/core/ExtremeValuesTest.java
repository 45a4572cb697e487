package org.aso.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.aso.core.agenda.Agenda;
import org.aso.core.audit.AuditTrail;
import org.aso.core.correspondence.Acknowledgement;
import org.aso.core.correspondence.EntryQuery;
import org.aso.core.correspondence.Pendency;
import org.aso.core.correspondence.PhoneLog;
import org.aso.core.correspondence.PhoneLogId;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registers;
import org.aso.core.correspondence.TransmissionSlips;
import org.aso.core.correspondence.TransmissionSlipsId;
import org.aso.core.correspondence.VisitorLog;
import org.aso.core.correspondence.VisitorLogId;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierCommand;
import org.aso.core.dossier.DossierId;
import org.aso.core.dossier.DossierRules;
import org.aso.core.dossier.RetentionRule;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.AuditFixtures;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.priority.DayPlan;
import org.aso.core.priority.DayPlanner;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.EscalationPolicy;
import org.aso.core.priority.NoticeLog;
import org.aso.core.priority.FreeTime;
import org.aso.core.priority.Overload;
import org.aso.core.priority.PlanItem;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.aso.core.priority.TeamLoad;
import org.aso.core.priority.Triage;
import org.aso.core.priority.Urgency;
import org.aso.core.priority.UrgencyPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extreme but well-typed values against every decision and query of the correspondence, dossier,
 * priority and audit packages: {@link Instant#MIN}, {@link Instant#MAX}, the edges of the
 * supported range ({@link Limits}) and {@link LocalDate#MIN}/{@link LocalDate#MAX}. A decision
 * outside the range is refused with a {@code kernel.range.*} problem; at the edges and for queries
 * the answer is a problem or a result, never an exception. The timeout only guards against a
 * regression that loops.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExtremeValuesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOON = Instant.parse("2026-03-02T11:00:00Z");
    private static final PersonId DIRECTOR = PersonId.of("director");
    private static final BusinessCalendar PARIS = KernelFixtures.paris();

    static Stream<Instant> outside() {
        return Stream.of(Instant.MIN, Instant.MAX, Limits.MIN_INSTANT.minusNanos(1), Limits.MAX_INSTANT.plusSeconds(1));
    }

    static Stream<Instant> edges() {
        return Stream.of(Limits.MIN_INSTANT, Limits.MAX_INSTANT);
    }

    static Stream<Instant> anyInstant() {
        return Stream.concat(outside(), edges());
    }

    static Stream<LocalDate> dates() {
        return Stream.of(LocalDate.MIN, LocalDate.MAX, Limits.MIN_DATE, Limits.MAX_DATE,
                Limits.MIN_DATE.minusDays(1), Limits.MAX_DATE.plusDays(1));
    }

    private static Context at(Instant at) {
        return Context.of(at, DossierFixtures.OFFICER, Clearance.of(Confidentiality.SECRET));
    }

    /** A decision's answer: a refusal or an outcome, never an exception. */
    private static <T> Either<Problem, T> decided(Supplier<Either<Problem, T>> decision) {
        return assertDoesNotThrow(decision::get);
    }

    private static void refused(String code, Supplier<? extends Either<Problem, ?>> decision) {
        Either<Problem, ?> answer = assertDoesNotThrow(decision::get);
        assertThat(answer.isLeft()).as("refused").isTrue();
        assertThat(answer.getLeft().code()).isEqualTo(code);
    }

    /** Either an outcome, or a refusal about the supported range (the outcome would leave it). */
    private static void rightOrOutOfRange(Supplier<? extends Either<Problem, ?>> decision) {
        Either<Problem, ?> answer = assertDoesNotThrow(decision::get);
        if (answer.isLeft()) {
            assertThat(answer.getLeft().code()).startsWith("kernel.range.");
        }
    }

    // ---------------------------------------------------------------- correspondence

    private static PhoneLog.Message.Builder message() {
        return PhoneLog.Message.builder().caller("M. Dupont").forWhom(DIRECTOR).text("Rappeler");
    }

    private static final OrgUnit S2 = OrgUnit.builder().id(OrgUnitId.of("S2")).code("S2").name("Section 2").build();
    private static final OrgUnit S3 = OrgUnit.builder().id(OrgUnitId.of("S3")).code("S3").name("Section 3").build();

    private static TransmissionSlips slips() {
        return TransmissionSlips.of(TransmissionSlipsId.of("S2-slips"), NumberingScheme.parse("BE-{code}-{year}-{counter:4}", NumberingScheme.Reset.YEARLY).get(),
                "S2", KernelFixtures.PARIS);
    }

    @ParameterizedTest
    @MethodSource("outside")
    void correspondence_decisionsOutsideTheSupportedRange_areRefused(Instant instant) {
        Context ctx = at(instant);
        Context now = CorrespondenceFixtures.clerkOn(DAY);
        PhoneLog log = PhoneLog.empty(PhoneLogId.of("S2-phone")).record(message(), now).get().log();
        refused("kernel.range.instant", () -> PhoneLog.empty(PhoneLogId.of("S2-phone")).record(message(), ctx));
        refused("kernel.range.instant", () -> log.markDone(1, ctx));
        VisitorLog visits = VisitorLog.empty(VisitorLogId.of("reception")).arrive(VisitorLog.Visitor.named("Mme Petit").wearing("V-1"), DIRECTOR, now).get().log();
        refused("kernel.range.instant", () -> VisitorLog.empty(VisitorLogId.of("reception")).arrive(VisitorLog.Visitor.named("Mme Petit"), DIRECTOR, ctx));
        refused("kernel.range.instant", () -> visits.depart(1, ctx));
        var sent = slips().send(S2, S3, List.of("Note 45"), now).get();
        refused("kernel.range.instant", () -> slips().send(S2, S3, List.of("Note 45"), ctx));
        refused("kernel.range.instant", () -> sent.slips().acknowledge(sent.slip().number(), ctx));
    }

    @ParameterizedTest
    @MethodSource("edges")
    void correspondence_decisionsAtTheEdgesOfTheSupportedRange_areDecided(Instant instant) {
        Context ctx = at(instant);
        var recorded = decided(() -> PhoneLog.empty(PhoneLogId.of("S2-phone")).record(message(), ctx));
        assertThat(recorded.get().message().at()).isEqualTo(instant);
        decided(() -> recorded.get().log().markDone(1, ctx));
        var arrived = decided(() -> VisitorLog.empty(VisitorLogId.of("reception")).arrive(VisitorLog.Visitor.named("Mme Petit"), DIRECTOR, ctx));
        decided(() -> arrived.get().log().depart(1, ctx));
        var sent = decided(() -> slips().send(S2, S3, List.of("Note 45"), ctx));
        if (sent.isRight()) {
            decided(() -> sent.get().slips().acknowledge(sent.get().slip().number(), ctx));
        }
    }

    @ParameterizedTest
    @MethodSource("anyInstant")
    void correspondence_queries_answerForAnyInstant(Instant instant) {
        Register register = CorrespondenceFixtures.emptyGeneral()
                .register(CorrespondenceFixtures.letter(DAY, "Un").build(), CorrespondenceFixtures.clerkOn(DAY)).get().register();
        Context viewer = at(instant);
        Pendency report = assertDoesNotThrow(() -> Pendency.of(register, instant, p -> Optional.empty()));
        assertThat(report.day()).isEqualTo(register.today(instant));
        assertThat(report.toText()).startsWith("Pendency on");
        assertDoesNotThrow(() -> register.dueAt(instant));
        assertDoesNotThrow(() -> register.dueAt(instant, viewer));
        EntryQuery overdue = EntryQuery.builder().overdueAt(instant).build();
        int expected = instant.isAfter(NOON) ? 1 : 0;
        assertThat(register.find(overdue, viewer).total()).isEqualTo(expected);
        assertThat(Registers.of(List.of(register)).find(overdue, viewer).total()).isEqualTo(expected);
        Interval period = instant.isBefore(NOON) ? Interval.of(instant, NOON.plusSeconds(86_400))
                : Interval.of(NOON.minusSeconds(86_400), instant);
        assertThat(register.find(EntryQuery.builder().period(period).build(), viewer).total()).isEqualTo(1);
    }

    private static Contact service() {
        return Contact.builder().name("Bureau").postalAddress("1 rue de Grenelle\n75007 Paris")
                .email(EmailAddress.of("bureau@example.gouv.fr")).phone(PhoneNumber.of("01 40 00 00 00")).build();
    }

    @Test
    void acknowledgement_whoseSilenceDateLeavesTheSupportedRange_isAProblem() {
        var entry = CorrespondenceFixtures.emptyGeneral()
                .register(CorrespondenceFixtures.letter(DAY, "Un").build(), CorrespondenceFixtures.clerkOn(DAY)).get().entry();
        var forever = assertDoesNotThrow(() -> Acknowledgement.prepare(entry, service(),
                Acknowledgement.Silence.acceptanceAfter(Period.ofYears(Integer.MAX_VALUE))));
        assertThat(forever.getLeft()).extracting(Problem::code).containsExactly("kernel.range.date");
        var last = CorrespondenceFixtures.emptyGeneral().register(CorrespondenceFixtures.letter(Limits.MAX_DATE, "Dernier").build(),
                CorrespondenceFixtures.clerkOn(Limits.MAX_DATE)).get().entry();
        var late = assertDoesNotThrow(() -> Acknowledgement.prepare(last, service(),
                Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2))));
        assertThat(late.getLeft()).extracting(Problem::code).containsExactly("kernel.range.date");
        assertThat(Acknowledgement.prepare(entry, service(), Acknowledgement.Silence.acceptanceAfter(Period.ofMonths(2))).get().silenceDate()).isEqualTo(DAY.plusMonths(2));
    }

    // ---------------------------------------------------------------- dossier

    private static final DossierId ID = DossierId.of("d-1");

    private static DossierBook bookWithOne(Context openedBy) {
        return DossierBook.empty(DossierFixtures.rules())
                .open(DossierFixtures.openCommand("d-1", DossierFixtures.ADMINISTRATION).build(), openedBy).get().book();
    }

    static List<DossierCommand> commands() {
        return List.of(new DossierCommand.Transfer(DossierFixtures.HEAD, "for signature"), new DossierCommand.StartWork(),
                new DossierCommand.AwaitReply("waiting"), DossierCommand.AddItem.note("Note", "Seen", 1),
                new DossierCommand.AddActionItem("Reply", DAY.plusDays(10), Optional.empty()),
                new DossierCommand.CompleteActionItem(1), new DossierCommand.AddTag("urgent"),
                new DossierCommand.RemoveTag("urgent"), new DossierCommand.Retitle("Title", "Subject"),
                new DossierCommand.Reclassify(DossierFixtures.GENERAL), new DossierCommand.Close(),
                new DossierCommand.Reopen("again"), new DossierCommand.Archive(), new DossierCommand.PlaceLegalHold("appeal"),
                new DossierCommand.LiftLegalHold("dismissed"), new DossierCommand.Dispose());
    }

    @ParameterizedTest
    @MethodSource("outside")
    void dossier_decisionsOutsideTheSupportedRange_areRefused(Instant instant) {
        DossierBook book = bookWithOne(DossierFixtures.ctx("2026-03-02T10:00"));
        refused("kernel.range.instant", () -> DossierBook.empty(DossierFixtures.rules())
                .open(DossierFixtures.openCommand("d-2", DossierFixtures.ADMINISTRATION).build(), at(instant)));
        refused("kernel.range.instant", () -> DossierFixtures.rules()
                .open(DossierFixtures.openCommand("d-2", DossierFixtures.ADMINISTRATION).build(), at(instant)));
        for (DossierCommand c : commands()) {
            refused("kernel.range.instant", () -> book.decide(ID, c, at(instant)));
        }
    }

    @ParameterizedTest
    @MethodSource("edges")
    void dossier_decisionsAtTheEdgesOfTheSupportedRange_areDecided(Instant instant) {
        DossierBook book = bookWithOne(DossierFixtures.ctx("2026-03-02T10:00"));
        var opened = decided(() -> DossierBook.empty(DossierFixtures.rules())
                .open(DossierFixtures.openCommand("d-1", DossierFixtures.ADMINISTRATION).build(), at(instant)));
        DossierBook life = opened.isRight() ? opened.get().book() : null;
        for (DossierCommand c : commands()) {
            decided(() -> book.decide(ID, c, at(instant)));
            // a whole life at the edge: each command after the others
            if (life != null) {
                DossierBook current = life;
                var next = decided(() -> current.decide(ID, c, at(instant)));
                if (next.isRight()) {
                    life = next.get().book();
                }
            }
        }
    }

    @Test
    void closingADossier_whoseRetentionDatesLeaveTheSupportedRange_isRefused_andNothingChanges() {
        DossierBook book = bookWithOne(DossierFixtures.ctx("2026-03-02T10:00"));
        Context lastDay = Context.of(Limits.MAX_DATE.atTime(10, 0).atZone(KernelFixtures.PARIS).toInstant(),
                DossierFixtures.OFFICER, Clearance.of(Confidentiality.CONFIDENTIAL));
        var refused = decided(() -> book.decide(ID, new DossierCommand.Close(), lastDay));
        assertThat(refused.getLeft().code()).isEqualTo("kernel.range.date");
        assertThat(refused.getLeft().detail("what").orElseThrow()).contains("review date");
        assertThat(book.get(ID).orElseThrow().isActive()).isTrue();
        // the rule itself says what is wrong when asked directly
        RetentionRule forever = RetentionRule.of(Period.ofYears(1), Period.ofYears(Integer.MAX_VALUE),
                org.aso.core.dossier.DisposalAction.DESTROY);
        assertThatThrownBy(() -> forever.applyTo(DAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disposal date");
        RetentionRule fromNewYear = RetentionRule.permanent(Period.ofYears(1))
                .withCountFrom(org.aso.core.dossier.RetentionStart.END_OF_CLOSING_YEAR);
        assertThatThrownBy(() -> fromNewYear.applyTo(Limits.MAX_DATE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retention count");
        assertThatThrownBy(() -> fromNewYear.applyTo(LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(LocalDate.MAX.toString());
        assertThat(fromNewYear.applyTo(Limits.MAX_DATE.minusYears(2)).reviewOn()).isEqualTo(Limits.MAX_DATE.plusDays(1).minusYears(1));
    }

    @Test
    void holdingLimit_beyondTheLargestCount_isRefused_andTheLargestOneIsExplained() {
        assertThatThrownBy(() -> DossierFixtures.policy().withHoldingLimit(Limits.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(Limits.MAX_WORKING_DAYS + 1));
        DossierRules rules = DossierFixtures.rules()
                .withPolicy(DossierFixtures.policy().withHoldingLimit(Limits.MAX_WORKING_DAYS));
        var d = rules.open(DossierFixtures.openCommand("d-1", DossierFixtures.ADMINISTRATION).build(),
                DossierFixtures.ctx("2026-03-02T10:00")).get().dossier();
        var alert = decided(() -> Either.right(rules.heldTooLong(d, Instant.MAX))).get().orElseThrow();
        assertThat(alert.workingDaysHeld()).isGreaterThan(Limits.MAX_WORKING_DAYS);
        assertThat(alert.dueBack().workingDays()).isEqualTo(Limits.MAX_WORKING_DAYS);
        assertThat(rules.heldTooLong(d, DossierFixtures.paris("2030-03-02T10:00"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("dates")
    void dossier_actionItemDueOutsideTheSupportedRange_isRefused_andQueriesOnAnyDateAnswer(LocalDate date) {
        DossierBook book = bookWithOne(DossierFixtures.ctx("2026-03-02T10:00"));
        var added = decided(() -> book.decide(ID, new DossierCommand.AddActionItem("Reply", date, Optional.empty()),
                DossierFixtures.ctx("2026-03-02T11:00")));
        assertThat(added.isRight()).isEqualTo(Limits.contains(date));
        if (added.isLeft()) {
            assertThat(added.getLeft().code()).isEqualTo("kernel.range.date");
        }
        assertThat(book.dueForDisposal(date)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("anyInstant")
    void dossier_queries_answerForAnyInstant(Instant instant) {
        DossierBook book = bookWithOne(DossierFixtures.ctx("2026-03-02T10:00"));
        DossierRules rules = book.rules();
        var alerts = assertDoesNotThrow(() -> book.heldTooLong(instant));
        assertThat(alerts).hasSize(instant.isAfter(NOON) ? 1 : 0);
        assertDoesNotThrow(() -> rules.heldTooLong(book.get(ID).orElseThrow(), instant));
        assertThat(rules.day(instant)).isEqualTo(rules.day(Limits.clamp(instant)));
        alerts.forEach(a -> assertThat(a.explanation()).contains("held"));
    }

    // ---------------------------------------------------------------- priority

    private static Task.Builder task(String id) {
        Task.Builder b = Task.builder();
        b.id(TaskId.of(id)).title("Task " + id).assignee(PriorityFixtures.OFFICER).unit(PriorityFixtures.S2)
                .grade(PriorityFixtures.URGENT).createdAt(NOON);
        return b;
    }

    private static final Triage TRIAGE = Triage.of(UrgencyPolicy.defaults(), PARIS);
    private static final Escalation ESCALATION = Escalation.of(EscalationPolicy.defaults(), PARIS, PriorityFixtures.orgChart());

    /** The officer evaluating escalation at {@code at}. */
    private static Context by(Instant at) {
        return Context.of(at, PriorityFixtures.OFFICER, Clearance.none());
    }

    @ParameterizedTest
    @MethodSource("outside")
    void priority_decisionsOutsideTheSupportedRange_areRefused(Instant instant) {
        List<Task> tasks = List.of(task("t-1").build(), task("t-2").dueDate(DAY.plusDays(3)).build());
        assertThat(decided(() -> TRIAGE.rank(tasks, instant).mapLeft(l -> l.get(0))).getLeft().code())
                .isEqualTo("kernel.range.instant");
        refused("kernel.range.instant", () -> ESCALATION.evaluate(NoticeLog.empty(), tasks, by(instant)));
        // a task created or due outside the range is refused too, wherever the evaluation stands
        for (Task bad : List.of(task("t-3").build().withCreatedAt(instant), task("t-3").dueAt(instant).build())) {
            List<Task> withBad = List.of(tasks.get(0), bad);
            assertThat(decided(() -> TRIAGE.rank(withBad, NOON).mapLeft(l -> l.get(0))).getLeft().code())
                    .isEqualTo("kernel.range.instant");
            refused("kernel.range.instant", () -> ESCALATION.evaluate(NoticeLog.empty(), withBad, by(NOON)));
            assertThatThrownBy(() -> bad.dueInstant(PARIS)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(instant.toString());
            assertThatThrownBy(() -> TRIAGE.score(bad, NOON)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void priority_taskDueOnAnyDate_isRankedOrRefusedAsOutOfRange(LocalDate date) {
        Task t = task("t-1").dueDate(date).build();
        var ranked = decided(() -> TRIAGE.rank(List.of(t), NOON).mapLeft(l -> l.get(0)));
        assertThat(ranked.isRight()).isEqualTo(Limits.contains(date));
        if (ranked.isLeft()) {
            assertThat(ranked.getLeft().code()).isEqualTo("kernel.range.date");
        }
        rightOrOutOfRange(() -> ESCALATION.evaluate(NoticeLog.empty(), List.of(t), by(NOON)));
    }

    @Test
    void priority_gradeOfIntegerMaxValueWorkingDays_isRefusedAtOnce() {
        Task t = task("t-1").build().withGrade(org.aso.core.kernel.PriorityGrade.of("forever", "Forever", 1, Integer.MAX_VALUE));
        assertThat(decided(() -> TRIAGE.rank(List.of(t), NOON).mapLeft(l -> l.get(0))).getLeft().code())
                .isEqualTo("kernel.range.working-days");
        refused("kernel.range.working-days", () -> ESCALATION.evaluate(NoticeLog.empty(), List.of(t), by(NOON)));
        assertThatThrownBy(() -> t.dueInstant(PARIS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(Integer.MAX_VALUE));
        // with a date of its own, the grade's limit does not matter
        assertThat(TRIAGE.rank(List.of(t.withDueDate(DAY.plusDays(3))), NOON).isRight()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("edges")
    void priority_decisionsAtTheEdgesOfTheSupportedRange_areDecided(Instant instant) {
        List<Task> tasks = List.of(task("t-1").build(), task("t-2").dueDate(DAY.plusDays(3)).build(),
                task("t-3").build().withCreatedAt(instant), task("t-4").dueAt(instant).build());
        rightOrOutOfRange(() -> TRIAGE.rank(tasks, instant).mapLeft(l -> l.get(0)));
        rightOrOutOfRange(() -> ESCALATION.evaluate(NoticeLog.empty(), tasks, by(instant)));
        rightOrOutOfRange(() -> TRIAGE.rank(tasks, NOON).mapLeft(l -> l.get(0)));
        rightOrOutOfRange(() -> ESCALATION.evaluate(NoticeLog.empty(), tasks, by(NOON)));
    }

    @ParameterizedTest
    @MethodSource("anyInstant")
    void priority_queries_answerForAnyInstant(Instant instant) {
        Task t = task("t-1").build();
        Urgency u = assertDoesNotThrow(() -> TRIAGE.score(t, instant));
        assertThat(u.score()).isFinite();
        Agenda agenda = AgendaFixtures.agenda();
        Interval around = instant.isBefore(NOON) ? Interval.of(instant, NOON) : Interval.of(NOON, instant);
        Interval week = instant.isBefore(NOON) ? Interval.of(instant, instant.plusSeconds(7 * 86_400L))
                : Interval.of(instant.minusSeconds(7 * 86_400L), instant);
        FreeTime free = assertDoesNotThrow(() -> FreeTime.of(PARIS, agenda, DIRECTOR, week));
        FreeTime monday = FreeTime.of(PARIS, agenda, DIRECTOR, Interval.of(NOON, NOON.plusSeconds(86_400)));
        List<PlanItem> items = List.of(
                PriorityFixtures.item("a", 60).due(instant).build(),
                PriorityFixtures.item("b", 30).notBefore(instant).build(),
                PriorityFixtures.splittable("c", 90, instant).minimumChunk(Duration.ofMinutes(30)).build());
        for (FreeTime f : List.of(free, monday, FreeTime.ofPeriods(List.of(week)))) {
            for (Interval window : List.of(around, week)) {
                DayPlan plan = assertDoesNotThrow(() -> DayPlanner.plan(items, f, window)).get();
                assertThat(plan.blocks()).allMatch(b -> window.encloses(b.interval()));
            }
            assertDoesNotThrow(() -> Overload.check(items, f, instant));
            TeamLoad team = assertDoesNotThrow(() -> TeamLoad.of(List.of(TeamLoad.Member.of(DIRECTOR, items, f),
                    TeamLoad.Member.of(PriorityFixtures.OFFICER, List.of(), monday)), instant));
            assertDoesNotThrow(() -> team.before(instant));
            assertDoesNotThrow(() -> team.before(Instant.MAX));
            assertDoesNotThrow(() -> team.before(Instant.MIN));
            for (Overload w : Overload.check(items, f, NOON)) {
                assertDoesNotThrow(() -> team.suggestFor(w, DIRECTOR));
            }
        }
    }

    // ---------------------------------------------------------------- audit

    @ParameterizedTest
    @MethodSource("outside")
    void audit_appendOutsideTheSupportedRange_isRefused(Instant instant) {
        var event = AuditFixtures.event(instant, "p-17", "dossier.opened", ID);
        refused("kernel.range.instant", () -> AuditTrail.empty().append(event));
        AuditTrail one = AuditTrail.empty().append(AuditFixtures.event(NOON, "p-17", "dossier.opened", ID)).get();
        refused("kernel.range.instant", () -> one.append(event));
    }

    @ParameterizedTest
    @MethodSource("edges")
    void audit_appendAtTheEdgesOfTheSupportedRange_isRecorded_andFoundByAnyPeriod(Instant instant) {
        var event = AuditFixtures.event(instant, "p-17", "dossier.opened", ID);
        AuditTrail trail = decided(() -> AuditTrail.empty().append(event)).get();
        assertThat(trail.during(Interval.of(Instant.MIN, Instant.MAX))).hasSize(1);
        assertThat(AuditTrail.verify(trail.entries()).isIntact()).isTrue();
    }
}
