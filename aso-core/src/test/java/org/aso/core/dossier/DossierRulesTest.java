package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.CLERK;
import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.HEAD;
import static org.aso.core.fixtures.DossierFixtures.OFFICER;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.aso.core.fixtures.DossierFixtures.openCommand;
import static org.aso.core.fixtures.DossierFixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.aso.core.correspondence.EntryId;
import org.aso.core.dossier.DossierCommand.AddActionItem;
import org.aso.core.dossier.DossierCommand.AddItem;
import org.aso.core.dossier.DossierCommand.AddTag;
import org.aso.core.dossier.DossierCommand.Archive;
import org.aso.core.dossier.DossierCommand.AwaitReply;
import org.aso.core.dossier.DossierCommand.Close;
import org.aso.core.dossier.DossierCommand.CompleteActionItem;
import org.aso.core.dossier.DossierCommand.Dispose;
import org.aso.core.dossier.DossierCommand.RemoveTag;
import org.aso.core.dossier.DossierCommand.Reopen;
import org.aso.core.dossier.DossierCommand.StartWork;
import org.aso.core.dossier.DossierCommand.Transfer;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;
import org.junit.jupiter.api.Test;

/** Each rule of {@link DossierRules}, accepted and refused. */
class DossierRulesTest {
    private final DossierRules rules = DossierFixtures.rules();
    private final Dossier opened = DossierFixtures.opened("d-1", GENERAL, "2026-03-02T09:00");

    private Dossier accept(Dossier d, DossierCommand cmd, String when) {
        Either<Problem, DossierOutcome> r = rules.decide(d, cmd, ctx(when));
        assertThat(r.isRight()).as("%s accepted, got %s", cmd, r).isTrue();
        return r.get().dossier();
    }

    private Problem refuse(Dossier d, DossierCommand cmd, String when) {
        return refuse(d, cmd, ctx(when));
    }

    private Problem refuse(Dossier d, DossierCommand cmd, Context ctx) {
        Either<Problem, DossierOutcome> r = rules.decide(d, cmd, ctx);
        assertThat(r.isLeft()).as("%s refused, got %s", cmd, r).isTrue();
        assertThat(r.getLeft().detail("dossier")).contains(d.id().value());
        return r.getLeft();
    }

    private Dossier closed() {
        return accept(opened, new Close(), "2026-03-16T10:00");
    }

    // ---------------------------------------------------------------- opening

    @Test
    void open_startsOpenWithTheHolderAndAnEmptyFirstVolume() {
        // when
        DossierOutcome o = rules.open(openCommand("d-9", GENERAL).addTag("budget").build(), ctx("2026-03-02T09:00")).get();
        // then
        Dossier d = o.dossier();
        assertThat(d.status()).isEqualTo(DossierStatus.OPEN);
        assertThat(d.holder()).isEqualTo(OFFICER);
        assertThat(d.heldSince()).isEqualTo(paris("2026-03-02T09:00"));
        assertThat(d.movements()).singleElement().satisfies(m -> assertThat(m.from()).isEmpty());
        assertThat(d.volumes()).singleElement().satisfies(v -> assertThat(v.itemCount()).isZero());
        assertThat(d.tags()).containsExactly("budget");
        assertThat(o.events()).singleElement().isInstanceOfSatisfying(DossierEvent.Opened.class, e -> {
            assertThat(e.action()).isEqualTo("dossier.opened");
            assertThat(e.subject()).isEqualTo(d.id());
            assertThat(e.actor()).isEqualTo(OFFICER);
            assertThat(e.details()).containsEntry("classification", "1.1").containsEntry("holder", "p-17");
        });
    }

    @Test
    void open_unknownClassification_isRefused() {
        var r = rules.open(openCommand("d-9", ClassificationCode.of("9.9")).build(), ctx("2026-03-02T09:00"));
        assertThat(r.getLeft().code()).isEqualTo("dossier.classification.unknown");
    }

    @Test
    void open_aboveOwnClearance_isRefused() {
        var cmd = openCommand("d-9", GENERAL).confidentiality(Confidentiality.SECRET).build();
        assertThat(rules.open(cmd, ctx("2026-03-02T09:00")).getLeft().code()).isEqualTo("dossier.confidential.not-cleared");
    }

    @Test
    void open_blankTitle_isRefused() {
        var r = rules.open(openCommand("d-9", GENERAL, "  ", opened.reference()).build(), ctx("2026-03-02T09:00"));
        assertThat(r.getLeft().code()).isEqualTo("dossier.input.blank");
        assertThat(r.getLeft().detail("field")).contains("title");
    }

    // ---------------------------------------------------------------- work status

    @Test
    void status_goesFromOpenToInProgressToWaitingAndBack() {
        Dossier working = accept(opened, new StartWork(), "2026-03-02T10:00");
        assertThat(working.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        var waiting = rules.decide(working, new AwaitReply("opinion of the legal service"), ctx("2026-03-03T10:00")).get();
        assertThat(waiting.dossier().status()).isEqualTo(DossierStatus.WAITING_FOR_REPLY);
        assertThat(waiting.events()).singleElement().isInstanceOfSatisfying(DossierEvent.StatusChanged.class, e ->
                assertThat(e.details()).containsEntry("from", "IN_PROGRESS").containsEntry("to", "WAITING_FOR_REPLY"));
        assertThat(accept(waiting.dossier(), new StartWork(), "2026-03-04T10:00").status())
                .isEqualTo(DossierStatus.IN_PROGRESS);
    }

    @Test
    void startWork_whenAlreadyInProgress_isRefused() {
        Dossier working = accept(opened, new StartWork(), "2026-03-02T10:00");
        assertThat(refuse(working, new StartWork(), "2026-03-02T11:00").code())
                .isEqualTo("dossier.status.illegal-transition");
        Dossier waiting = accept(working, new AwaitReply("reply of the mayor"), "2026-03-02T11:00");
        assertThat(refuse(waiting, new AwaitReply("again"), "2026-03-02T12:00").code())
                .isEqualTo("dossier.status.illegal-transition");
    }

    // ---------------------------------------------------------------- items, actions, tags

    @Test
    void addItem_ofRefs_filesTheLetterAndTheDocument_andEachItemGivesItsRefBack() {
        Ref letter = EntryId.of("e-815").ref();
        Dossier d = accept(opened, AddItem.of(letter, "Reply of the Prefecture", 2), "2026-03-02T10:00");
        d = accept(d, AddItem.of(Ref.document("doc-1"), "Request", 3), "2026-03-02T11:00");
        d = accept(d, AddItem.note("Minute", "Agree.", 1), "2026-03-02T12:00");
        assertThat(d.items()).extracting(Item::kind)
                .containsExactly(ItemKind.CORRESPONDENCE, ItemKind.DOCUMENT, ItemKind.NOTE);
        assertThat(d.item(1).flatMap(Item::correspondence)).contains(EntryId.of("e-815"));
        assertThat(d.items()).extracting(Item::ref)
                .containsExactly(Optional.of(letter), Optional.of(Ref.document("doc-1")), Optional.empty());
        assertThat(AddItem.correspondence(EntryId.of("e-1"), "x", 1).ref()).contains(EntryId.of("e-1").ref());
        assertThat(AddItem.note("x", "y", 1).ref()).isEmpty();
        assertThat(AddItem.document("x", 1, "doc-2").ref()).contains(Ref.document("doc-2"));
    }

    @Test
    void addItem_ofAMeetingOrTaskRef_throws() {
        assertThatThrownBy(() -> AddItem.of(DossierId.of("d-2").ref(), "Other file", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOSSIER d-2");
    }

    @Test
    void addItem_numbersItemsInFilingOrderAndKeepsTheLink() {
        Dossier d = accept(opened, AddItem.document("Request", 3, "doc-1"), "2026-03-02T10:00");
        d = accept(d, AddItem.correspondence(EntryId.of("e-815"), "Reply of the Prefecture", 2), "2026-03-02T11:00");
        d = accept(d, AddItem.note("Minute", "Agree; for signature.", 1), "2026-03-02T12:00");
        assertThat(d.items()).extracting(Item::number).containsExactly(1, 2, 3);
        assertThat(d.items()).extracting(Item::kind)
                .containsExactly(ItemKind.DOCUMENT, ItemKind.CORRESPONDENCE, ItemKind.NOTE);
        assertThat(d.item(2).flatMap(Item::correspondence)).contains(EntryId.of("e-815"));
        assertThat(d.item(3).flatMap(Item::text)).contains("Agree; for signature.");
        assertThat(d.item(4)).isEmpty();
    }

    @Test
    void addItem_event_doesNotCopyTheContent() {
        var o = rules.decide(opened, AddItem.note("Private remark", "Secret text", 1), ctx("2026-03-02T10:00")).get();
        assertThat(o.events()).singleElement().satisfies(e -> assertThat(e.details().values())
                .noneMatch(v -> v.contains("Secret") || v.contains("Private")));
    }

    @Test
    void addItem_blankTitle_isRefused() {
        assertThat(refuse(opened, AddItem.document(" ", 1, "doc-1"), "2026-03-02T10:00").code())
                .isEqualTo("dossier.input.blank");
    }

    @Test
    void addItem_linkWithoutCorrespondenceKind_isAProgrammerError() {
        assertThatThrownBy(() -> new AddItem(ItemKind.NOTE, "x", 1, Optional.of(EntryId.of("e-1")),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddItem.document("x", -1, "d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actionItems_areRecordedAndCompletedOnce() {
        Dossier d = accept(opened, AddActionItem.of("Reply to the mayor", LocalDate.of(2026, 3, 20), HEAD),
                "2026-03-02T10:00");
        assertThat(d.openActions()).hasSize(1);
        assertThat(d.action(1).get().isOverdue(LocalDate.of(2026, 3, 21))).isTrue();
        d = accept(d, new CompleteActionItem(1), "2026-03-05T10:00");
        assertThat(d.openActions()).isEmpty();
        assertThat(d.action(1).get().completedAt()).contains(paris("2026-03-05T10:00"));
        assertThat(d.action(1).get().completedBy()).contains(OFFICER);
        assertThat(refuse(d, new CompleteActionItem(1), "2026-03-05T11:00").code()).isEqualTo("dossier.action.already-done");
        assertThat(refuse(d, new CompleteActionItem(2), "2026-03-05T11:00").code()).isEqualTo("dossier.action.unknown");
        assertThat(refuse(d, new CompleteActionItem(0), "2026-03-05T11:00").code()).isEqualTo("dossier.action.unknown");
    }

    @Test
    void tags_areAddedAndRemovedOnce() {
        Dossier d = accept(opened, new AddTag("  urgent "), "2026-03-02T10:00");
        assertThat(d.tags()).containsExactly("urgent");
        assertThat(refuse(d, new AddTag("urgent"), "2026-03-02T10:00").code()).isEqualTo("dossier.tag.duplicate");
        assertThat(refuse(d, new AddTag(" "), "2026-03-02T10:00").code()).isEqualTo("dossier.input.blank");
        assertThat(refuse(d, new RemoveTag("audit"), "2026-03-02T10:00").code()).isEqualTo("dossier.tag.unknown");
        assertThat(accept(d, new RemoveTag("urgent"), "2026-03-02T11:00").tags()).isEmpty();
    }

    @Test
    void retitle_changesTitleAndSubject_butNotToBlank() {
        DossierOutcome o = rules.decide(opened, new DossierCommand.Retitle(" Archive room ", "Works"),
                ctx("2026-03-02T10:00")).get();
        assertThat(o.dossier().title()).isEqualTo("Archive room");
        assertThat(o.dossier().subject()).isEqualTo("Works");
        assertThat(o.events()).singleElement().satisfies(e -> assertThat(e.details()).isEmpty());
        assertThat(refuse(opened, new DossierCommand.Retitle(" ", ""), "2026-03-02T10:00").code())
                .isEqualTo("dossier.input.blank");
    }

    @Test
    void reclassify_movesTheDossierInThePlan_andItsRetentionFollows() {
        Dossier d = accept(opened, new DossierCommand.Reclassify(DossierFixtures.BUDGET), "2026-03-02T10:00");
        assertThat(d.classification()).isEqualTo(DossierFixtures.BUDGET);
        Dossier closed = accept(d, new Close(), "2026-03-16T10:00");
        assertThat(closed.retention().get().action()).isEqualTo(DisposalAction.TRANSFER_TO_ARCHIVES);
        assertThat(refuse(d, new DossierCommand.Reclassify(ClassificationCode.of("9.9")), "2026-03-03T10:00").code())
                .isEqualTo("dossier.classification.unknown");
        assertThat(refuse(d, new DossierCommand.Reclassify(DossierFixtures.BUDGET), "2026-03-03T10:00").code())
                .isEqualTo("dossier.classification.unchanged");
        assertThat(refuse(closed, new DossierCommand.Reclassify(GENERAL), "2026-03-17T10:00").code())
                .isEqualTo("dossier.closed.read-only");
    }

    // ---------------------------------------------------------------- closing

    @Test
    void close_withOpenActions_isRefused() {
        // given
        Dossier d = accept(opened, AddActionItem.of("Reply", LocalDate.of(2026, 3, 20)), "2026-03-02T10:00");
        // when
        Problem p = refuse(d, new Close(), "2026-03-16T10:00");
        // then
        assertThat(p.code()).isEqualTo("dossier.close.open-actions");
        assertThat(p.detail("openActions")).contains("[1]");
    }

    @Test
    void close_withOpenActions_isAcceptedWhenThePolicyAllowsIt() {
        // given
        DossierRules lenient = rules.withPolicy(rules.policy().withClosingWithOpenActions(true));
        Dossier d = accept(opened, new AddActionItem("Reply", LocalDate.of(2026, 3, 20), Optional.empty()), "2026-03-02T10:00");
        // when
        DossierOutcome o = lenient.decide(d, new Close(), ctx("2026-03-16T10:00")).get();
        // then: closed, the action item stays open and frozen
        assertThat(o.dossier().status()).isEqualTo(DossierStatus.CLOSED);
        assertThat(o.dossier().openActions()).hasSize(1);
        assertThat(o.events()).singleElement().isInstanceOfSatisfying(DossierEvent.Closed.class,
                e -> assertThat(e.openActions()).isEqualTo(1));
        assertThat(lenient.decide(o.dossier(), new CompleteActionItem(1), ctx("2026-03-17T10:00")).getLeft().code())
                .isEqualTo("dossier.closed.read-only");
    }

    @Test
    void close_twice_isRefused() {
        assertThat(refuse(closed(), new Close(), "2026-03-17T10:00").code()).isEqualTo("dossier.close.not-active");
    }

    @Test
    void closed_dossier_isReadOnly() {
        Dossier c = closed();
        for (DossierCommand cmd : new DossierCommand[] {
                AddItem.document("Late", 1, "doc-9"), new AddActionItem("Late", LocalDate.of(2026, 4, 1), Optional.empty()),
                new AddTag("late"), new StartWork(), new AwaitReply("late"), new DossierCommand.Retitle("Late", "")}) {
            assertThat(refuse(c, cmd, "2026-03-17T10:00").code()).as("%s", cmd).isEqualTo("dossier.closed.read-only");
        }
    }

    @Test
    void closed_dossier_mayStillMove() {
        Dossier moved = accept(closed(), new Transfer(CLERK, "to the record room"), "2026-03-17T10:00");
        assertThat(moved.holder()).isEqualTo(CLERK);
        assertThat(moved.status()).isEqualTo(DossierStatus.CLOSED);
    }

    @Test
    void reopen_closedDossier_dropsItsRetentionUntilClosedAgain() {
        Dossier reopened = accept(closed(), new Reopen("new facts"), "2026-04-01T10:00");
        assertThat(reopened.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(reopened.retention()).isEmpty();
        assertThat(reopened.closedAt()).isEmpty();
        Dossier closedAgain = accept(reopened, new Close(), "2026-05-04T10:00");
        assertThat(closedAgain.retention().get().closedOn()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void reopen_notClosedOrArchived_isRefused() {
        assertThat(refuse(opened, new Reopen("why"), "2026-03-17T10:00").code()).isEqualTo("dossier.reopen.not-closed");
        Dossier archived = accept(closed(), new Archive(), "2026-03-17T10:00");
        assertThat(refuse(archived, new Reopen("why"), "2026-03-18T10:00").code()).isEqualTo("dossier.reopen.archived");
    }

    // ---------------------------------------------------------------- archive, dispose

    @Test
    void archive_openDossier_isRefused() {
        assertThat(refuse(opened, new Archive(), "2026-03-17T10:00").code()).isEqualTo("dossier.archive.not-closed");
    }

    @Test
    void archived_dossier_staysPutAndReadOnly() {
        Dossier archived = accept(closed(), new Archive(), "2026-03-17T10:00");
        assertThat(refuse(archived, new Transfer(CLERK, "out"), "2026-03-18T10:00").code())
                .isEqualTo("dossier.transfer.archived");
        assertThat(refuse(archived, new AddTag("x"), "2026-03-18T10:00").code()).isEqualTo("dossier.closed.read-only");
        assertThat(refuse(archived, new Archive(), "2026-03-18T10:00").code()).isEqualTo("dossier.archive.not-closed");
    }

    @Test
    void dispose_notArchived_isRefused() {
        assertThat(refuse(closed(), new Dispose(), "2032-01-01T10:00").code()).isEqualTo("dossier.dispose.not-archived");
    }

    @Test
    void disposed_dossier_acceptsNothing() {
        Dossier archived = accept(closed(), new Archive(), "2026-03-17T10:00");
        Dossier disposed = accept(archived, new Dispose(), "2031-03-17T10:00");
        assertThat(disposed.status()).isEqualTo(DossierStatus.DISPOSED);
        assertThat(refuse(disposed, new Transfer(CLERK, "x"), "2031-03-18T10:00").code()).isEqualTo("dossier.disposed");
        assertThat(refuse(disposed, new DossierCommand.PlaceLegalHold("x"), "2031-03-18T10:00").code())
                .isEqualTo("dossier.disposed");
    }

    // ---------------------------------------------------------------- transfers, time, clearance

    @Test
    void transfer_toTheHolder_isRefused() {
        assertThat(refuse(opened, new Transfer(OFFICER, "again"), "2026-03-02T10:00").code())
                .isEqualTo("dossier.transfer.same-holder");
        assertThat(refuse(opened, new Transfer(HEAD, " "), "2026-03-02T10:00").code()).isEqualTo("dossier.input.blank");
    }

    @Test
    void decision_datedBeforeTheLastChange_isRefused() {
        Dossier d = accept(opened, new Transfer(HEAD, "for signature"), "2026-03-05T10:00");
        Problem p = refuse(d, new Transfer(OFFICER, "back"), "2026-03-04T10:00");
        assertThat(p.code()).isEqualTo("dossier.time.out-of-order");
    }

    @Test
    void uncleared_actor_mayMoveTheFileButNotReadOrEditIt() {
        // given: a confidential dossier and a clerk cleared for public information only
        Dossier secret = rules.open(openCommand("d-c", GENERAL).confidentiality(Confidentiality.CONFIDENTIAL).build(),
                ctx("2026-03-02T09:00")).get().dossier();
        Context clerk = ctx("2026-03-02T10:00", CLERK, Clearance.none());
        // then
        assertThat(refuse(secret, AddItem.document("x", 1, "d"), clerk).code()).isEqualTo("dossier.confidential.not-cleared");
        assertThat(refuse(secret, new Close(), clerk).code()).isEqualTo("dossier.confidential.not-cleared");
        assertThat(rules.read(secret, clerk).getLeft().code()).isEqualTo("dossier.confidential.not-cleared");
        DossierOutcome moved = rules.decide(secret, new Transfer(HEAD, "for signature",
                Clearance.of(Confidentiality.CONFIDENTIAL)), clerk).get();
        assertThat(moved.dossier().holder()).isEqualTo(HEAD);
        assertThat(moved.view().holder()).isEqualTo(HEAD);
        assertThat(moved.view().isRedacted()).as("the clerk carries the file without reading it").isTrue();
        assertThat(refuse(secret, new Transfer(HEAD, "for signature"), clerk).code())
                .as("the recipient's clearance is not given").isEqualTo("dossier.transfer.recipient-not-cleared");
        assertThat(rules.read(secret, ctx("2026-03-02T10:00")).get()).isEqualTo(secret);
    }

    @Test
    void compartments_mustAllBeHeld() {
        Dossier marked = rules.open(openCommand("d-p", GENERAL).confidentiality(Confidentiality.RESTRICTED)
                .addCompartment("PERSONNEL").build(), ctx("2026-03-02T09:00", OFFICER,
                Clearance.of(Confidentiality.CONFIDENTIAL).withCompartments(java.util.Set.of("PERSONNEL")))).get().dossier();
        assertThat(marked.isVisibleTo(Clearance.of(Confidentiality.SECRET))).isFalse();
        assertThat(marked.isVisibleTo(Clearance.of(Confidentiality.RESTRICTED).withCompartments(java.util.Set.of("PERSONNEL"))))
                .isTrue();
    }

    @Test
    void view_withoutClearance_isRedacted() {
        Dossier secret = rules.open(openCommand("d-c", GENERAL).confidentiality(Confidentiality.CONFIDENTIAL).build(),
                ctx("2026-03-02T09:00")).get().dossier();
        DossierView redacted = DossierView.of(secret, Clearance.none());
        assertThat(redacted.isRedacted()).isTrue();
        assertThat(redacted.holder()).isEqualTo(OFFICER);
        assertThat(redacted.reference()).isEqualTo(secret.reference());
        assertThat(redacted.toString()).doesNotContain(secret.title());
        assertThat(DossierView.of(secret, Clearance.of(Confidentiality.SECRET)).content()).contains(secret);
    }

    @Test
    void accepted_decisions_stampTheEventsAndTheDossier() {
        DossierOutcome o = rules.decide(opened, new Transfer(HEAD, "for signature"), ctx("2026-03-03T10:00")).get();
        assertThat(o.dossier().lastChangedAt()).isEqualTo(paris("2026-03-03T10:00"));
        assertThat(o.events()).allSatisfy(e -> {
            assertThat(e.at()).isEqualTo(paris("2026-03-03T10:00"));
            assertThat(e.actor()).isEqualTo(OFFICER);
            assertThat(e.dossier()).isEqualTo(opened.id());
        });
    }

    // ---------------------------------------------------------------- refusals at the edges

    @Test
    void open_withoutAReferenceNumber_isRefused_becauseOnlyABookNumbersDossiers() {
        OpenDossier unnumbered = OpenDossier.builder().id(DossierId.of("d-9")).title("Unnumbered")
                .classification(GENERAL).ownerUnit(DossierFixtures.S2).holder(OFFICER).build();
        Problem p = rules.open(unnumbered, ctx("2026-03-02T09:00")).getLeft();
        assertThat(p.code()).isEqualTo("dossier.open.no-reference");
        assertThat(p.detail("dossier")).contains("d-9");
    }

    @Test
    void open_blankTagOrUntrimmedCompartment_isRefused_namingTheField() {
        var blankTag = rules.open(openCommand("d-9", GENERAL).addTag(" ").build(), ctx("2026-03-02T09:00")).getLeft();
        assertThat(blankTag.code()).isEqualTo("dossier.input.blank");
        assertThat(blankTag.detail("field")).contains("tag");
        Context cleared = ctx("2026-03-02T09:00", OFFICER, Clearance.of(Confidentiality.SECRET)
                .withCompartments(java.util.Set.of("PERSONNEL")));
        for (String compartment : new String[] {" ", " PERSONNEL"}) {
            var p = rules.open(openCommand("d-9", GENERAL).addCompartment(compartment).build(), cleared).getLeft();
            assertThat(p.code()).as("'%s'", compartment).isEqualTo("dossier.input.blank");
            assertThat(p.detail("field")).contains("compartment");
        }
        assertThat(rules.open(openCommand("d-9", GENERAL).addCompartment("PERSONNEL").build(), cleared).isRight())
                .isTrue();
    }

    @Test
    void open_atMostFiftyCompartments() {
        Clearance all = Clearance.of(Confidentiality.SECRET).withCompartments(
                java.util.stream.IntStream.rangeClosed(1, 51).mapToObj(i -> "C" + i).collect(java.util.stream.Collectors.toSet()));
        Context cleared = ctx("2026-03-02T09:00", OFFICER, all);
        OpenDossier.Builder fifty = openCommand("d-9", GENERAL);
        for (int i = 1; i <= 50; i++) {
            fifty.addCompartment("C" + i);
        }
        assertThat(rules.open(fifty.build(), cleared).get().dossier().compartments()).hasSize(50);
        Problem p = rules.open(fifty.addCompartment("C51").build(), cleared).getLeft();
        assertThat(p.code()).isEqualTo("dossier.input.too-many");
        assertThat(p.detail("count")).contains("51");
        assertThat(p.detail("max")).contains("50");
    }

    @Test
    void decisionTimeOutsideTheSupportedRange_isRefused() {
        Instant tooLate = Limits.MAX_INSTANT.plusSeconds(1);
        Context late = Context.of(tooLate, OFFICER, Clearance.of(Confidentiality.CONFIDENTIAL));
        Problem opening = rules.open(openCommand("d-9", GENERAL).build(), late).getLeft();
        assertThat(opening.code()).isEqualTo("kernel.range.instant");
        assertThat(opening.detail("value")).contains(tooLate.toString());
        Problem deciding = rules.decide(opened, new Transfer(HEAD, "x"), late).getLeft();
        assertThat(deciding.code()).isEqualTo("kernel.range.instant");
        assertThat(rules.decide(opened, new Transfer(HEAD, "x"),
                Context.of(Limits.MAX_INSTANT, OFFICER, Clearance.none())).isRight()).isTrue();
    }

    @Test
    void addItem_blankNoteTextOrDocumentReference_isRefused_namingTheField() {
        Problem text = refuse(opened, AddItem.note("Minute", " ", 1), "2026-03-02T10:00");
        assertThat(text.code()).isEqualTo("dossier.input.blank");
        assertThat(text.detail("field")).contains("text");
        Problem document = refuse(opened, AddItem.document("Request", 1, " "), "2026-03-02T10:00");
        assertThat(document.code()).isEqualTo("dossier.input.blank");
        assertThat(document.detail("field")).contains("document");
    }

    @Test
    void addActionItem_blankDescriptionOrDueDateOutsideTheRange_isRefused() {
        Problem blank = refuse(opened, new AddActionItem(" ", LocalDate.of(2026, 3, 20), Optional.empty()),
                "2026-03-02T10:00");
        assertThat(blank.code()).isEqualTo("dossier.input.blank");
        assertThat(blank.detail("field")).contains("description");
        Problem far = refuse(opened, new AddActionItem("Reply", Limits.MAX_DATE.plusDays(1), Optional.empty()),
                "2026-03-02T10:00");
        assertThat(far.code()).isEqualTo("kernel.range.date");
        assertThat(accept(opened, new AddActionItem("Reply", Limits.MAX_DATE, Optional.empty()), "2026-03-02T10:00")
                .action(1).map(ActionItem::due)).contains(Limits.MAX_DATE);
    }

    @Test
    void actionItem_isOverdueOnlyAfterItsDueDay() {
        Dossier d = accept(opened, AddActionItem.of("Reply", LocalDate.of(2026, 3, 20), HEAD), "2026-03-02T10:00");
        ActionItem a = d.action(1).orElseThrow();
        assertThat(a.isOverdue(LocalDate.of(2026, 3, 20))).as("on the due day").isFalse();
        assertThat(a.isOverdue(LocalDate.of(2026, 3, 21))).isTrue();
        ActionItem done = accept(d, new CompleteActionItem(1), "2026-03-25T10:00").action(1).orElseThrow();
        assertThat(done.isOverdue(LocalDate.of(2026, 3, 26))).as("completed late, no longer overdue").isFalse();
    }

    @Test
    void awaitReply_reopen_andLiftHold_needAReason() {
        Problem await = refuse(opened, new AwaitReply(" "), "2026-03-02T10:00");
        assertThat(await.code()).isEqualTo("dossier.input.blank");
        assertThat(await.detail("field")).contains("reason");
        assertThat(refuse(closed(), new Reopen(" "), "2026-03-17T10:00").detail("field")).contains("reason");
        Dossier held = accept(opened, new DossierCommand.PlaceLegalHold("inquiry"), "2026-03-02T10:00");
        Problem lift = refuse(held, new DossierCommand.LiftLegalHold(" "), "2026-03-02T11:00");
        assertThat(lift.code()).isEqualTo("dossier.input.blank");
        assertThat(lift.detail("field")).contains("reason");
    }

    @Test
    void close_ofACodeThatLeftTheFilingPlan_isRefused() {
        // given a dossier filed under a code the current plan no longer has
        Dossier orphan = ((ImmutableDossier) opened).withClassification(ClassificationCode.of("9.9"));
        // when
        Problem p = refuse(orphan, new Close(), "2026-03-16T10:00");
        // then
        assertThat(p.code()).isEqualTo("dossier.close.no-retention-rule");
        assertThat(p.detail("classification")).contains("9.9");
    }

    @Test
    void close_whoseRetentionDatesLeaveTheSupportedRange_isRefused() {
        // code 1.1 reviews 2 years after closing: closing in 9999 would review in 10001
        Dossier late = rules.open(openCommand("d-9", GENERAL).build(), ctx("9999-06-01T09:00")).get().dossier();
        Problem p = refuse(late, new Close(), "9999-06-02T09:00");
        assertThat(p.code()).isEqualTo("kernel.range.date");
        assertThat(p.detail("what")).contains("review date");
    }

    @Test
    void rules_areEqualWhenPlanAndPolicyAre() {
        DossierRules same = DossierRules.of(DossierFixtures.plan(), DossierFixtures.policy());
        assertThat(same).isEqualTo(rules).hasSameHashCodeAs(rules);
        DossierRules otherPolicy = rules.withPolicy(rules.policy().withClosingWithOpenActions(true));
        assertThat(otherPolicy).isNotEqualTo(rules);
        assertThat(otherPolicy.hashCode()).isNotEqualTo(rules.hashCode());
        DossierRules otherPlan = DossierRules.of(FilingPlan.of(DossierFixtures.planEntries().subList(0, 3)).get(),
                DossierFixtures.policy());
        assertThat(otherPlan).isNotEqualTo(rules);
        assertThat(otherPlan.hashCode()).isNotEqualTo(rules.hashCode());
        assertThat(rules).isNotEqualTo("rules");
    }
}
