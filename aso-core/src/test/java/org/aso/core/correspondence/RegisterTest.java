package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class RegisterTest {
    private static final LocalDate THU_2_MAY_2024 = LocalDate.of(2024, 5, 2);

    private static Register.Registered register(Register r, Registration.Builder b, LocalDate day) {
        return r.register(b.build(), clerkOn(day)).get();
    }

    @Test
    void urgentLetter_beforeTheMayHolidays_explainsItsDeadlinesWordForWord() {
        // given: an urgent letter (8 working days) received Thursday 2 May 2024
        // when
        Register.Registered r = register(emptyGeneral(), letter(THU_2_MAY_2024, "Demande urgente").grade("urgent"), THU_2_MAY_2024);
        // then
        assertThat(r.entry().number().text()).isEqualTo("2024-A-000001");
        assertThat(r.entry().replyDue()).contains(LocalDate.of(2024, 5, 16));
        assertThat(r.replyDeadline().get().explanation("received")).isEqualTo(
                "received Thu 2 May 2024 + 8 working days: skipped 8 May (Victoire 1945), 9 May (Ascension)"
                        + " and 4 weekend days -> Thu 16 May 2024");
        assertThat(r.acknowledgementDeadline().get().explanation("received")).isEqualTo(
                "received Thu 2 May 2024 + 5 working days: skipped 8 May (Victoire 1945), 9 May (Ascension)"
                        + " and 4 weekend days -> Mon 13 May 2024");
        assertThat(r.register().replyDeadline(r.entry().id())).contains(r.replyDeadline().get());
    }

    @Test
    void veryUrgentLetter_atChristmas_skipsNoel() {
        LocalDate mon23Dec = LocalDate.of(2024, 12, 23);
        var r = register(emptyGeneral(), letter(mon23Dec, "Très urgent").grade("very-urgent"), mon23Dec);
        assertThat(r.replyDeadline().get().explanation("received")).isEqualTo(
                "received Mon 23 Dec 2024 + 4 working days: skipped 25 Dec (Noël) and 2 weekend days -> Mon 30 Dec 2024");
    }

    @Test
    void parliamentaryQuestion_takesItsShorterDelay() {
        LocalDate mon4Nov = LocalDate.of(2024, 11, 4);
        var r = register(emptyGeneral(), letter(mon4Nov, "Question écrite n° 1234").documentType("parliamentary-question"), mon4Nov);
        assertThat(r.entry().replyWithinWorkingDays()).contains(10);
        assertThat(r.replyDeadline().get().explanation("received")).isEqualTo(
                "received Mon 4 Nov 2024 + 10 working days: skipped 11 Nov (Armistice 1918) and 4 weekend days -> Tue 19 Nov 2024");
    }

    @Test
    void numbers_followEachOther_andCancellationNeverGivesOneBack() {
        // given
        Register r = emptyGeneral();
        var first = register(r, letter(THU_2_MAY_2024, "Un"), THU_2_MAY_2024);
        var second = register(first.register(), letter(THU_2_MAY_2024, "Deux"), THU_2_MAY_2024);
        // when: the second is cancelled, then a third registered
        var cancelled = second.register().cancel(second.entry().id(), "Registered twice", clerkOn(THU_2_MAY_2024)).get();
        var third = register(cancelled.register(), letter(THU_2_MAY_2024, "Trois"), THU_2_MAY_2024);
        // then
        assertThat(third.register().entries()).extracting(e -> e.number().text())
                .containsExactly("2024-A-000001", "2024-A-000002", "2024-A-000003");
        Entry marked = third.register().entry(second.entry().id()).get();
        assertThat(marked.isCancelled()).isTrue();
        assertThat(marked.cancellation().get().reason()).isEqualTo("Registered twice");
        assertThat(third.register().cancel(second.entry().id(), "again", clerkOn(THU_2_MAY_2024)).getLeft().code())
                .isEqualTo("correspondence.entry.cancelled");
        assertThat(third.register().openWithDeadline()).isEqualTo(2);
    }

    @Test
    void invalidRegistration_reportsEveryProblem_andTakesNoNumber() {
        Register r = emptyGeneral();
        Registration bad = Registration.builder().direction(Direction.INCOMING).channel(Channel.EMAIL)
                .receivedOn(LocalDate.of(2024, 5, 3)).letterDate(LocalDate.of(2024, 5, 4)).grade("whenever").build();
        Context ctx = clerkOn(THU_2_MAY_2024);
        assertThat(r.validate(bad, ctx)).extracting(Problem::code).containsExactly(
                "correspondence.registration.missing-subject", "correspondence.registration.unknown-grade",
                "correspondence.registration.missing-sender", "correspondence.registration.letter-after-arrival",
                "correspondence.registration.future-date");
        Problem p = r.register(bad, ctx).getLeft();
        assertThat(p.code()).isEqualTo("correspondence.registration.invalid");
        assertThat(p.details()).hasSize(5);
        var next = register(r, letter(THU_2_MAY_2024, "OK"), THU_2_MAY_2024);
        assertThat(next.entry().number().sequence()).isEqualTo(1);
    }

    @Test
    void distribution_assignThenRedirect_keepsTheHistory() {
        // given
        var reg = register(emptyGeneral(), letter(THU_2_MAY_2024, "Subvention"), THU_2_MAY_2024);
        EntryId id = reg.entry().id();
        Context ctx = clerkOn(THU_2_MAY_2024);
        // when
        var assigned = reg.register().assign(id, OrgUnitId.of("S2"), Assignment.Purpose.ACTION, ctx).get();
        var copied = assigned.register().assign(id, PersonId.of("director"), Assignment.Purpose.COPY, "FYI", ctx).get();
        var redirected = copied.register().redirect(id, OrgUnitId.of("S3"), "Budget matter", ctx).get();
        // then
        Entry e = redirected.entry();
        assertThat(e.status()).isEqualTo(EntryStatus.ASSIGNED);
        assertThat(e.handler()).contains(OrgUnitId.of("S3"));
        assertThat(e.assignments()).hasSize(3);
        assertThat(e.assignments().get(0).isActive()).isFalse();
        assertThat(e.assignments().get(1).isActive()).isTrue();
        assertThat(redirected.events()).singleElement().satisfies(ev -> {
            assertThat(ev.action()).isEqualTo("correspondence.redirected");
            assertThat(ev.details()).containsEntry("from", "S2").containsEntry("to", "S3");
        });
        assertThat(copied.register().assign(id, OrgUnitId.of("S4"), Assignment.Purpose.ACTION, ctx)
                .getLeft().code()).isEqualTo("correspondence.assignment.already-handled");
        assertThat(redirected.register().redirect(id, OrgUnitId.of("S3"), "again", ctx).getLeft().code())
                .isEqualTo("correspondence.redirect.same-handler");
    }

    @Test
    void dueAt_reportsDueSoonThenOverdue_andAReplyStopsTheClock() {
        // given: reply due Thu 16 May 2024, alerts 2 working days ahead
        var reg = register(emptyGeneral(), letter(THU_2_MAY_2024, "Demande").grade("urgent"), THU_2_MAY_2024);
        Register r = reg.register();
        // then
        assertThat(r.dueAt(clerkOn(LocalDate.of(2024, 5, 13)).at())).isEmpty();
        assertThat(r.dueAt(clerkOn(LocalDate.of(2024, 5, 14)).at())).singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(Alert.Kind.DUE_SOON);
                    assertThat(a.workingDaysLeft()).isEqualTo(2);
                });
        assertThat(r.dueAt(clerkOn(LocalDate.of(2024, 5, 16)).at())).extracting(Alert::kind).containsExactly(Alert.Kind.DUE_SOON);
        assertThat(r.dueAt(clerkOn(LocalDate.of(2024, 5, 17)).at())).singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(Alert.Kind.OVERDUE);
                    assertThat(a.workingDaysLeft()).isEqualTo(-1);
                });
        // when: an outgoing reply is linked
        var reply = r.register(Registration.builder().direction(Direction.OUTGOING).channel(Channel.POST)
                .receivedOn(LocalDate.of(2024, 5, 15)).addRecipients(Contact.named("Mairie de Lyon"))
                .subject("Réponse").build(), clerkOn(LocalDate.of(2024, 5, 15))).get();
        var linked = reply.register().linkReply(reply.entry().id(), List.of(reg.entry().id()), clerkOn(LocalDate.of(2024, 5, 15))).get();
        // then
        Entry answered = linked.register().entry(reg.entry().id()).get();
        assertThat(answered.status()).isEqualTo(EntryStatus.ANSWERED);
        assertThat(answered.answeredBy()).containsExactly(reply.entry().id());
        assertThat(linked.entry().answers()).containsExactly(reg.entry().id());
        assertThat(linked.register().dueAt(clerkOn(LocalDate.of(2024, 5, 17)).at())).isEmpty();
        assertThat(linked.register().find(EntryQuery.builder().overdueAt(clerkOn(LocalDate.of(2024, 5, 17)).at()).build(),
                clerkOn(LocalDate.of(2024, 5, 17))).total()).isZero();
    }

    @Test
    void unopenedMail_showsItsContentOnlyToTheAddressee() {
        // given: a letter for the director, passed on unopened
        PersonId director = PersonId.of("director");
        Registration sealed = Registration.builder().direction(Direction.INCOMING).channel(Channel.HAND_DELIVERY)
                .receivedOn(THU_2_MAY_2024).sender(Contact.named("Cabinet du ministre"))
                .addressee(director).unopened(true).build();
        var reg = emptyGeneral().register(sealed, clerkOn(THU_2_MAY_2024)).get();
        Context directorCtx = Context.of(clerkOn(THU_2_MAY_2024).at(), director, Clearance.of(Confidentiality.RESTRICTED));
        // when: the director records the content
        var recorded = reg.register().recordContent(reg.entry().id(), "Nomination confidentielle",
                List.of("scan-17.pdf"), directorCtx).get();
        Register r = recorded.register();
        // then: the clerk, even cleared SECRET, sees it redacted and cannot find it by its subject
        Context cleared = Context.of(directorCtx.at(), PersonId.of("clerk"), Clearance.of(Confidentiality.SECRET));
        assertThat(r.find(EntryQuery.all(), cleared).items()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEmpty();
            assertThat(e.attachments()).isEmpty();
        });
        assertThat(r.find(EntryQuery.builder().text("nomination").build(), cleared).total()).isZero();
        assertThat(r.find(EntryQuery.builder().text("NOMINATION").build(), directorCtx).items())
                .singleElement().satisfies(e -> assertThat(e.subject()).contains("Nomination confidentielle"));
        assertThat(reg.register().recordContent(reg.entry().id(), "x", List.of(), cleared).getLeft().code())
                .isEqualTo("correspondence.content.not-permitted");
    }

    @Test
    void unopened_withoutAddresseeOrGrading_isRefused() {
        Registration bad = Registration.builder().direction(Direction.INCOMING).channel(Channel.POST)
                .receivedOn(THU_2_MAY_2024).sender(Contact.named("X")).unopened(true).build();
        assertThat(emptyGeneral().register(bad, clerkOn(THU_2_MAY_2024)).getLeft().code())
                .isEqualTo("correspondence.registration.unopened-without-reason");
    }

    @Test
    void classifiedMail_isVisibleToClearedStaffOnly() {
        var reg = register(emptyGeneral(), letter(THU_2_MAY_2024, "Rapport").confidentiality(Confidentiality.SECRET),
                THU_2_MAY_2024);
        Entry e = reg.entry();
        assertThat(e.isContentVisibleTo(PersonId.of("a"), Clearance.of(Confidentiality.SECRET))).isTrue();
        assertThat(e.isContentVisibleTo(PersonId.of("a"), Clearance.of(Confidentiality.CONFIDENTIAL))).isFalse();
    }

    @Test
    void find_filtersAndPagesInRegisterOrder() {
        // given: 25 letters over five days, every fifth one about "Réseau d'eau"
        Register r = emptyGeneral();
        for (int i = 0; i < 25; i++) {
            LocalDate day = LocalDate.of(2024, 6, 3).plusDays(i / 5);
            r = register(r, letter(day, i % 5 == 0 ? "Réseau d'eau n°" + i : "Courrier " + i), day).register();
        }
        Context viewer = clerkOn(LocalDate.of(2024, 6, 10));
        // when
        var page1 = r.find(EntryQuery.builder().text("reseau D'EAU").limit(3).build(), viewer);
        var page2 = r.find(EntryQuery.builder().text("reseau D'EAU").limit(3).offset(3).build(), viewer);
        // then
        assertThat(page1.total()).isEqualTo(5);
        assertThat(page1.items()).extracting(e -> e.subject().get())
                .containsExactly("Réseau d'eau n°0", "Réseau d'eau n°5", "Réseau d'eau n°10");
        assertThat(page1.hasNext()).isTrue();
        assertThat(page2.items()).hasSize(2);
        assertThat(page2.hasNext()).isFalse();
        var monday = org.aso.core.kernel.Interval.of(clerkOn(LocalDate.of(2024, 6, 3)).at(), clerkOn(LocalDate.of(2024, 6, 4)).at());
        assertThat(r.find(EntryQuery.builder().period(monday).build(), viewer).total()).isEqualTo(5);
        assertThat(r.find(EntryQuery.builder().addStatuses(EntryStatus.CLOSED).build(), viewer).total()).isZero();
    }

    @Test
    void separateRegisters_numberAndTimeApart_andAreSearchedTogether() {
        // given: the general register and a register of parliamentary questions with its own numbers and delays
        RegisterSettings questions = RegisterSettings.builder()
                .id(RegisterId.of("PQ")).code("QE").name("Questions parlementaires")
                .kind(RegisterSettings.Kind.PARLIAMENTARY_QUESTIONS)
                .numbering(org.aso.core.numbering.NumberingScheme.frenchMailRoom())
                .calendar(org.aso.core.fixtures.KernelFixtures.paris())
                .grades(List.of(org.aso.core.kernel.PriorityGrade.of("question", "Question écrite", 2, 10)))
                .defaultGrade("question")
                .build();
        var general = register(emptyGeneral(), letter(THU_2_MAY_2024, "Subvention"), THU_2_MAY_2024);
        var question = Register.of(questions).register(letter(THU_2_MAY_2024, "Question écrite n° 15321").build(),
                clerkOn(THU_2_MAY_2024).withInstant(clerkOn(THU_2_MAY_2024).at().plusSeconds(60))).get();
        // then
        assertThat(question.entry().number().text()).isEqualTo("QE/2024E00001");
        assertThat(question.entry().replyDue()).contains(LocalDate.of(2024, 5, 21));
        assertThat(general.entry().replyDue()).contains(LocalDate.of(2024, 6, 18));
        Registers all = Registers.of(List.of(general.register(), question.register()));
        Context viewer = clerkOn(LocalDate.of(2024, 5, 22));
        assertThat(all.find(EntryQuery.all(), viewer).items()).extracting(e -> e.number().text())
                .containsExactly("2024-A-000001", "QE/2024E00001");
        assertThat(all.find(EntryQuery.builder().addRegisters(RegisterId.of("PQ")).build(), viewer).items())
                .extracting(e -> e.number().text()).containsExactly("QE/2024E00001");
        assertThat(all.find(EntryQuery.builder().overdueAt(viewer.at()).build(), viewer).items())
                .extracting(e -> e.number().text()).containsExactly("QE/2024E00001");
    }

    @Test
    void reviewFindings_areRefusedWithCodes() {
        Context ctx = clerkOn(THU_2_MAY_2024);
        // a date decades ago would poison the due index
        assertThat(emptyGeneral().register(letter(LocalDate.of(1900, 1, 1), "Old").build(), ctx).getLeft().code())
                .isEqualTo("correspondence.registration.past-date");
        // a reply linked to the mail it answers is not cancelled
        var in = register(emptyGeneral(), letter(THU_2_MAY_2024, "Question"), THU_2_MAY_2024);
        var out = in.register().register(Registration.builder().direction(Direction.OUTGOING).channel(Channel.POST)
                .receivedOn(THU_2_MAY_2024).addRecipients(Contact.named("X")).subject("Réponse").build(), ctx).get();
        var linked = out.register().linkReply(out.entry().id(), List.of(in.entry().id()), ctx).get();
        assertThat(linked.register().cancel(out.entry().id(), "wrong draft", ctx).getLeft().code())
                .isEqualTo("correspondence.cancel.reply-linked");
        // the content of opened mail is as registered
        assertThat(in.register().recordContent(in.entry().id(), "Other", List.of(), ctx).getLeft().code())
                .isEqualTo("correspondence.content.not-unopened");
    }

    @Test
    void dueAt_forAViewer_redactsWhatTheyMayNotSee() {
        var reg = register(emptyGeneral(), letter(THU_2_MAY_2024, "Secret report").confidentiality(Confidentiality.SECRET),
                THU_2_MAY_2024);
        Context clerk = clerkOn(LocalDate.of(2024, 6, 20));
        assertThat(reg.register().dueAt(clerk.at())).singleElement().satisfies(a -> assertThat(a.entry().subject()).isPresent());
        assertThat(reg.register().dueAt(clerk.at(), clerk)).singleElement().satisfies(a -> assertThat(a.entry().subject()).isEmpty());
    }

    @Test
    void everyOutcome_hasTheRegisterAfterTheDecisionAsItsState() {
        var reg = register(emptyGeneral(), letter(THU_2_MAY_2024, "Info"), THU_2_MAY_2024);
        assertThat(reg.state()).isSameAs(reg.register());
        var assigned = reg.register().assign(reg.entry().id(), OrgUnitId.of("S2"), Assignment.Purpose.ACTION,
                clerkOn(THU_2_MAY_2024)).get();
        assertThat(assigned.state()).isSameAs(assigned.register());
        assertThat(assigned.state().entry(reg.entry().id()).get().status()).isEqualTo(EntryStatus.ASSIGNED);
    }

    @Test
    void closedEntry_cannotChange() {
        var reg = register(emptyGeneral(), letter(THU_2_MAY_2024, "Info"), THU_2_MAY_2024);
        Context ctx = clerkOn(THU_2_MAY_2024);
        var closed = reg.register().changeStatus(reg.entry().id(), EntryStatus.CLOSED, ctx).get();
        assertThat(closed.entry().closedAt()).contains(ctx.at());
        assertThat(closed.register().assign(reg.entry().id(), OrgUnitId.of("S2"), Assignment.Purpose.ACTION, ctx)
                .getLeft().code()).isEqualTo("correspondence.entry.closed");
        assertThat(reg.register().changeStatus(reg.entry().id(), EntryStatus.SENT, ctx).getLeft().code())
                .isEqualTo("correspondence.status.not-allowed");
        assertThat(closed.register().openWithDeadline()).isZero();
    }

    @Test
    void restore_rebuildsAnEqualRegister_andRefusesCountersBehind() {
        Register r = emptyGeneral();
        for (int i = 0; i < 3; i++) {
            r = register(r, letter(THU_2_MAY_2024, "L" + i), THU_2_MAY_2024).register();
        }
        var restored = Register.restore(r.settings(), r.snapshot()).get();
        assertThat(restored.entries()).isEqualTo(r.entries());
        assertThat(restored).isEqualTo(r);
        assertThat(restored.dueAt(clerkOn(LocalDate.of(2024, 7, 1)).at())).hasSize(3);
        var behind = Register.restore(r.settings(), new RegisterSnapshot(r.settings().id(), r.entries(), Map.of()));
        assertThat(behind.getLeft()).extracting(Problem::code).containsOnly("correspondence.restore.counter-behind");
    }
}
