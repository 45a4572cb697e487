package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.CLERK;
import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.general;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The register at the bounds of {@link Limits}: time limits of more working days than supported
 * are refused at the decision, decisions dated outside the supported instants are refused, and the
 * queries answer for any instant. The timeout only guards against a regression that loops.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RegisterBoundsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final PriorityGrade FOREVER = PriorityGrade.of("forever", "Forever", 0, Integer.MAX_VALUE);

    /** The settings of {@link org.aso.core.fixtures.CorrespondenceFixtures#general()}, without the acknowledgement delay. */
    private static RegisterSettings.Builder settings() {
        RegisterSettings g = general();
        RegisterSettings.Builder b = RegisterSettings.builder();
        b.id(g.id()).code(g.code()).name(g.name()).numbering(g.numbering()).calendar(g.calendar())
                .putAllReplyWithinByDocumentType(g.replyWithinByDocumentType());
        return b;
    }

    private static Register withGrades(PriorityGrade... extra) {
        List<PriorityGrade> grades = new java.util.ArrayList<>(PriorityGrade.frenchMailRoom());
        grades.addAll(List.of(extra));
        return Register.of(settings().grades(grades).build());
    }

    @Test
    void register_underAGradeOfIntegerMaxValueWorkingDays_isRefusedAtOnce_andNumbersNothing() {
        Register r = withGrades(FOREVER);
        Either<Problem, Register.Registered> refused = r.register(letter(DAY, "Sans fin").grade("forever").build(), clerkOn(DAY));
        assertThat(refused.getLeft().code()).isEqualTo("kernel.range.working-days");
        assertThat(refused.getLeft().detail("value")).contains(String.valueOf(Integer.MAX_VALUE));
        assertThat(r.validate(letter(DAY, "Sans fin").grade("forever").build(), clerkOn(DAY)))
                .extracting(Problem::code).containsExactly("kernel.range.working-days");
        // the next registration still gets number 1
        assertThat(r.register(letter(DAY, "Normal").build(), clerkOn(DAY)).get().entry().number().sequence()).isEqualTo(1);
    }

    @Test
    void register_atTheLargestCount_isAccepted_andTheShorterDocumentTypeLimitWins() {
        PriorityGrade longest = PriorityGrade.of("longest", "Longest", 0, Limits.MAX_WORKING_DAYS);
        Register r = withGrades(longest, FOREVER);
        var accepted = r.register(letter(DAY, "Long").grade("longest").build(), clerkOn(DAY)).get();
        assertThat(accepted.entry().replyWithinWorkingDays()).contains(Limits.MAX_WORKING_DAYS);
        assertThat(accepted.replyDeadline().get().workingDays()).isEqualTo(Limits.MAX_WORKING_DAYS);
        // a grade beyond the bound with a document type of 10 days: 10 days apply
        var question = r.register(letter(DAY, "Question").grade("forever").documentType("parliamentary-question").build(),
                clerkOn(DAY)).get();
        assertThat(question.entry().replyWithinWorkingDays()).contains(10);
    }

    @Test
    void register_withAnAcknowledgementLimitBeyondTheLargestCount_isRefused() {
        Register r = Register.of(settings()
                .acknowledgeWithinWorkingDays(Limits.MAX_WORKING_DAYS + 1).build());
        assertThat(r.register(letter(DAY, "Accusé").build(), clerkOn(DAY)).getLeft().code())
                .isEqualTo("kernel.range.working-days");
        // outgoing mail has no acknowledgement: accepted
        assertThat(r.register(Registration.builder().direction(Direction.OUTGOING).channel(Channel.POST).receivedOn(DAY)
                .addRecipients(org.aso.core.kernel.Contact.named("Mairie")).subject("Réponse").build(), clerkOn(DAY))
                .isRight()).isTrue();
    }

    @Test
    void register_withAnAcknowledgementLimitOfTheLargestCount_explainsItsDeadline() {
        Register r = Register.of(settings().acknowledgeWithinWorkingDays(Limits.MAX_WORKING_DAYS).build());
        var registered = r.register(letter(DAY, "Accusé").build(), clerkOn(DAY)).get();
        assertThat(registered.acknowledgementDeadline()).hasValueSatisfying(d -> {
            assertThat(d.workingDays()).isEqualTo(Limits.MAX_WORKING_DAYS);
            assertThat(d.due()).isEqualTo(registered.entry().acknowledgementDue().get());
        });
    }

    @Test
    void acknowledgementDeadline_underALimitBeyondTheLargestCount_isNone_notAFailure() {
        // given: mail registered under a limit of 5 working days, restored under settings whose limit no registration accepts
        var registered = Register.of(settings().acknowledgeWithinWorkingDays(5).build())
                .register(letter(DAY, "Accusé").build(), clerkOn(DAY)).get();
        Register restored = Register.restore(settings().acknowledgeWithinWorkingDays(Limits.MAX_WORKING_DAYS + 1).build(),
                registered.register().snapshot()).get();
        // then: the due day stays as registered, and no deadline is explained beyond the supported count
        assertThat(restored.entry(registered.entry().id()).get().acknowledgementDue())
                .isEqualTo(registered.entry().acknowledgementDue());
        assertThat(restored.acknowledgementDeadline(registered.entry().id())).isEmpty();
    }

    static Stream<Instant> outside() {
        return Stream.of(Instant.MIN, Instant.MAX, Limits.MIN_INSTANT.minusSeconds(1), Limits.MAX_INSTANT.plusSeconds(1));
    }

    @ParameterizedTest
    @MethodSource("outside")
    void register_atAnInstantOutsideTheSupportedRange_isRefusedWithTheInstant(Instant at) {
        Register r = emptyGeneral();
        Context ctx = Context.of(at, CLERK, Clearance.of(Confidentiality.RESTRICTED));
        Either<Problem, Register.Registered> refused = r.register(letter(DAY, "Hors du temps").build(), ctx);
        assertThat(refused.getLeft().code()).isEqualTo("kernel.range.instant");
        assertThat(refused.getLeft().detail("value")).contains(at.toString());
        assertThat(r.validate(letter(DAY, "Hors du temps").build(), ctx)).extracting(Problem::code)
                .contains("kernel.range.instant");
        assertThat(r.size()).isZero();
    }

    @Test
    void register_onTheLastSupportedDay_countsItsDeadlinesIntoYear10000() {
        Context last = clerkOn(Limits.MAX_DATE);
        var r = emptyGeneral().register(letter(Limits.MAX_DATE, "Dernier jour").build(), last).get();
        assertThat(r.entry().replyDue().get().getYear()).isEqualTo(10_000);
        assertThat(r.replyDeadline().get().due()).isEqualTo(r.entry().replyDue().get());
        // asked at the end of time, it is not yet due: time stops at the last supported instant
        assertThat(r.register().dueAt(Instant.MAX)).isEmpty();
        // the last supported second is already 1 January 10000 in Paris: an arrival that day is outside
        Context lastSecond = Context.of(Limits.MAX_INSTANT, CLERK, Clearance.of(Confidentiality.RESTRICTED));
        LocalDate parisDay = emptyGeneral().today(Limits.MAX_INSTANT);
        assertThat(parisDay).isEqualTo(LocalDate.of(10_000, 1, 1));
        assertThat(emptyGeneral().register(letter(parisDay, "Trop tard").build(), lastSecond).getLeft().code())
                .isEqualTo("kernel.range.date");
        // mail of the last supported day registered at that second would be numbered in year 10000 (the
        // register's day in Paris), outside the range a number is made for: refused, not numbered wrongly
        var lastMail = emptyGeneral().register(letter(Limits.MAX_DATE, "Juste à temps").build(), lastSecond);
        assertThat(lastMail.getLeft().code()).isEqualTo("kernel.range.date");
    }

    @Test
    void registeredDates_outsideTheSupportedRange_areInputProblems() {
        Register r = emptyGeneral();
        assertThat(r.validate(letter(LocalDate.MIN, "Ancien").build(), clerkOn(DAY))).extracting(Problem::code)
                .contains("correspondence.registration.past-date");
        assertThat(r.validate(letter(LocalDate.MAX, "Futur").letterDate(LocalDate.MIN).build(), clerkOn(DAY)))
                .extracting(Problem::code).contains("correspondence.registration.future-date");
        // registering on 1 January of year 1 mail received ten years before: the date is outside
        Context first = Context.of(Limits.MIN_INSTANT.plusSeconds(86_400 * 3), CLERK, Clearance.of(Confidentiality.RESTRICTED));
        assertThat(r.register(letter(Limits.MIN_DATE.minusYears(1), "Avant l'an 1").build(), first).getLeft().code())
                .isEqualTo("kernel.range.date");
    }

    @Test
    void dueAt_anyInstant_answers_forThePartInsideTheSupportedRange() {
        var r = emptyGeneral().register(letter(DAY, "Un").build(), clerkOn(DAY)).get().register();
        assertThat(r.dueAt(Instant.MAX)).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(Alert.Kind.OVERDUE));
        assertThat(r.dueAt(Instant.MAX).get(0).workingDaysLeft()).isNegative();
        assertThat(r.dueAt(Instant.MIN)).isEmpty();
        assertThat(r.dueAt(Instant.MAX, clerkOn(DAY))).hasSize(1);
        assertThat(r.today(Instant.MAX)).isEqualTo(r.today(Limits.MAX_INSTANT));
        assertThat(r.today(Instant.MIN)).isEqualTo(r.today(Limits.MIN_INSTANT));
        assertThat(r.find(EntryQuery.builder().overdueAt(Instant.MAX).build(), clerkOn(DAY)).total()).isEqualTo(1);
        assertThat(r.find(EntryQuery.builder().overdueAt(Instant.MIN).build(), clerkOn(DAY)).total()).isZero();
    }

    @Test
    void dueAt_withAnAlertLeadOfIntegerMaxValue_warnsOfEverythingOpen() {
        Register r = Register.of(settings().alertLeadWorkingDays(Integer.MAX_VALUE).build());
        r = r.register(letter(DAY, "Un").build(), clerkOn(DAY)).get().register();
        assertThat(r.dueAt(clerkOn(DAY).at())).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(Alert.Kind.DUE_SOON));
    }

    @Test
    void restore_ofEntriesNoRegistrationAccepts_isRefused_soTheirDeadlinesAlwaysExplain() {
        var registered = emptyGeneral().register(letter(DAY, "Un").build(), clerkOn(DAY)).get();
        Entry e = registered.entry();
        var counters = registered.register().numbering().snapshot();
        for (Entry bad : List.of(Register.im(e).withReplyWithinWorkingDays(Integer.MAX_VALUE),
                Register.im(e).withRegisteredAt(Instant.MAX), Register.im(e).withReceivedOn(LocalDate.MAX))) {
            var restored = Register.restore(general(), new RegisterSnapshot(e.register(), List.of(bad), counters));
            assertThat(restored.getLeft()).extracting(Problem::code).singleElement().asString().startsWith("kernel.range.");
            assertThat(restored.getLeft().get(0).detail("entry")).contains(e.id().toString());
        }
        assertThat(Register.restore(general(), new RegisterSnapshot(e.register(), List.of(e), counters)).get()
                .replyDeadline(e.id())).isPresent();
    }

    static Stream<Arguments> decisions() {
        List<Function<Register.Registered, Function<Context, Either<Problem, ?>>>> all = List.of(
                reg -> ctx -> reg.register().assign(reg.entry().id(), OrgUnitId.of("S2"), Assignment.Purpose.ACTION, ctx),
                reg -> ctx -> reg.register().redirect(reg.entry().id(), OrgUnitId.of("S3"), "Mieux placé", ctx),
                reg -> ctx -> reg.register().changeStatus(reg.entry().id(), EntryStatus.CLOSED, ctx),
                reg -> ctx -> reg.register().cancel(reg.entry().id(), "Doublon", ctx),
                reg -> ctx -> reg.register().acknowledge(reg.entry().id(), ctx),
                reg -> ctx -> reg.register().explainDelay(reg.entry().id(), "Attente d'avis", ctx),
                reg -> ctx -> reg.register().recordContent(reg.entry().id(), "Sujet", List.of(), ctx),
                reg -> ctx -> reg.register().linkReply(reg.entry().id(), List.of(reg.entry().id()), ctx));
        return outside().flatMap(at -> java.util.stream.IntStream.range(0, all.size())
                .mapToObj(i -> Arguments.of(at, i, all.get(i))));
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("decisions")
    void everyDecision_atAnInstantOutsideTheSupportedRange_isRefused(Instant at, int which,
            Function<Register.Registered, Function<Context, Either<Problem, ?>>> decision) {
        var registered = emptyGeneral().register(letter(DAY, "Un").build(), clerkOn(DAY)).get();
        Context ctx = Context.of(at, CLERK, Clearance.of(Confidentiality.SECRET));
        assertThat(decision.apply(registered).apply(ctx).getLeft().code()).isEqualTo("kernel.range.instant");
    }
}
