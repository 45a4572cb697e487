package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.BUDGET;
import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.HEAD;
import static org.aso.core.fixtures.DossierFixtures.OFFICER;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.aso.core.fixtures.DossierFixtures.openCommand;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

class DossierReplayTest {
    private final DossierRules rules = DossierFixtures.rules();
    private DossierBook book = DossierBook.empty(rules);
    private final List<DossierEvent> events = new ArrayList<>();

    private void open(String id, String when) {
        DossierBook.Change c = book.open(openCommand(id, GENERAL).addTag("audit").build(), ctx(when)).get();
        book = c.book();
        events.addAll(c.events());
    }

    private void decide(String id, DossierCommand cmd, String when) {
        DossierBook.Change c = book.decide(DossierId.of(id), cmd, ctx(when)).get();
        book = c.book();
        events.addAll(c.events());
    }

    private Dossier dossier(String id) {
        return book.get(DossierId.of(id)).orElseThrow();
    }

    @Test
    void replay_ofTheEventsOfTwoInterleavedLives_givesTheSameBook() {
        // given two dossiers, one taken through a full life, their decisions interleaved
        open("d-h", "2026-03-02T09:00");
        open("d-2", "2026-03-02T09:30");
        String[] when = {"2026-03-02T10:00", "2026-03-02T11:00", "2026-03-02T12:00", "2026-03-03T10:00",
                "2026-03-04T10:00", "2026-03-05T10:00", "2026-03-06T10:00", "2026-03-09T10:00",
                "2026-03-10T10:00", "2026-03-11T10:00", "2026-03-12T10:00",
                "2026-03-13T10:00", "2026-03-16T10:00", "2031-03-17T10:00"};
        DossierCommand[] script = {
                new DossierCommand.StartWork(),
                new DossierCommand.Retitle("Archive room", "Works"),
                new DossierCommand.Reclassify(DossierFixtures.SHORT_LIVED),
                DossierCommand.AddItem.document("Request", 3, "doc-1"),
                new DossierCommand.AddActionItem("Reply", LocalDate.of(2026, 3, 20), Optional.of(HEAD)),
                new DossierCommand.Transfer(HEAD, "for signature"),
                new DossierCommand.CompleteActionItem(1),
                new DossierCommand.RemoveTag("audit"),
                new DossierCommand.AwaitReply("answer of the mayor"),
                new DossierCommand.PlaceLegalHold("inquiry"),
                new DossierCommand.Close(),
                new DossierCommand.LiftLegalHold("closed inquiry"),
                new DossierCommand.Archive(),
                new DossierCommand.Dispose()};
        for (int i = 0; i < script.length; i++) {
            decide("d-h", script[i], when[i]);
            if (i % 3 == 0 && i < 9) {
                decide("d-2", DossierCommand.AddItem.note("Note " + i, "Seen.", 1), when[i]);
            }
        }
        // when
        DossierBook replayed = DossierBook.replay(rules, events).get();
        // then
        assertThat(dossier("d-h").status()).isEqualTo(DossierStatus.DISPOSED);
        assertThat(replayed).isEqualTo(book);
        assertThat(replayed.get(DossierId.of("d-2")).get().items()).hasSize(3);
        assertThat(DossierBook.replay(rules, List.of()).get()).isEqualTo(DossierBook.empty(rules));
    }

    @Test
    void evolve_appliesOneMoreEvent_likeTheDecision() {
        open("d-1", "2026-03-02T09:00");
        DossierBook before = book;
        decide("d-1", new DossierCommand.Transfer(HEAD, "for signature"), "2026-03-02T10:00");
        assertThat(before.evolve(events.get(1)).get()).isEqualTo(book);
    }

    @Test
    void replay_ofAnEventThatDoesNotFit_isAProblemWithItsIndex() {
        // given
        open("d-1", "2026-03-02T09:00");
        decide("d-1", DossierCommand.AddItem.document("Request", 3, "doc-1"), "2026-03-02T10:00");
        DossierEvent.Opened opened = (DossierEvent.Opened) events.get(0);
        Instant at = DossierFixtures.paris("2026-03-02T11:00");
        DossierId d1 = DossierId.of("d-1");
        ImmutableItem item2 = (ImmutableItem) Item.builder().number(2).kind(ItemKind.NOTE).title("Note").pages(1).volume(1)
                .addedAt(at).addedBy(OFFICER).text("Seen.").build();
        // then: each misfit, after the two good events
        assertMisfit(new DossierEvent.Archived(DossierId.of("d-9"), at, HEAD), "no such dossier");
        assertMisfit(opened, "already has it");
        assertMisfit(new DossierEvent.Opened(DossierId.of("d-2"), at, OFFICER, opened.reference(), "Other", "",
                BUDGET, DossierFixtures.S2, OFFICER, opened.confidentiality(), List.of(), List.of()), "already used");
        assertMisfit(new DossierEvent.Transferred(d1, DossierFixtures.paris("2026-03-02T09:30"), OFFICER, OFFICER,
                HEAD, "late"), "before the dossier's last change");
        assertMisfit(new DossierEvent.Transferred(d1, at, HEAD, HEAD, OFFICER, "back"), "not with p-3");
        assertMisfit(new DossierEvent.Transferred(d1, at, OFFICER, OFFICER, OFFICER, "to myself"), "does not move to");
        assertMisfit(new DossierEvent.ItemAdded(d1, at, OFFICER, item2.withNumber(3)), "does not follow item 1");
        assertMisfit(new DossierEvent.ItemAdded(d1, at, OFFICER, item2.withVolume(2)), "does not follow item 1");
        assertMisfit(new DossierEvent.VolumeStarted(d1, at, OFFICER, 3), "does not follow volume 1");
        assertMisfit(new DossierEvent.ActionItemCompleted(d1, at, OFFICER, 1), "no open action item 1");
        assertMisfit(new DossierEvent.Reclassified(d1, at, OFFICER, BUDGET, GENERAL), "not 1.2");
        assertMisfit(new DossierEvent.StatusChanged(d1, at, OFFICER, DossierStatus.WAITING_FOR_REPLY,
                DossierStatus.IN_PROGRESS, "resume"), "is OPEN");
        assertMisfit(new DossierEvent.Archived(d1, at, OFFICER), "not CLOSED");
        assertMisfit(new DossierEvent.Reopened(d1, at, OFFICER, "again"), "not CLOSED");
        assertMisfit(new DossierEvent.LegalHoldLifted(d1, at, OFFICER, "none"), "no legal hold");
        assertMisfit(new DossierEvent.Disposed(d1, at, OFFICER, DisposalAction.DESTROY), "not disposed of by");
        assertMisfit(new DossierEvent.Retitled(d1, at, OFFICER, " ", ""), "needs a title");
    }

    @Test
    void replay_afterClosingOrDisposal_refusesWhatTheDecisionsWouldHaveRefused() {
        open("d-1", "2026-03-02T09:00");
        decide("d-1", new DossierCommand.Close(), "2026-03-02T10:00");
        Instant at = DossierFixtures.paris("2026-03-02T11:00");
        DossierId d1 = DossierId.of("d-1");
        assertMisfit(new DossierEvent.TagsChanged(d1, at, OFFICER, List.of("x")), "no longer changes");
        decide("d-1", new DossierCommand.Archive(), "2026-03-02T11:00");
        assertMisfit(new DossierEvent.Transferred(d1, at, OFFICER, OFFICER, HEAD, "out"), "ARCHIVED");
        decide("d-1", new DossierCommand.Dispose(), "2031-03-03T10:00");
        assertMisfit(new DossierEvent.LegalHoldPlaced(d1, DossierFixtures.paris("2031-03-03T11:00"), OFFICER, "late"),
                "disposed of");
    }

    private void assertMisfit(DossierEvent bad, String why) {
        List<DossierEvent> stored = new ArrayList<>(events);
        stored.add(bad);
        Problem p = DossierBook.replay(rules, stored).getLeft();
        assertThat(p.code()).isEqualTo("dossier.replay.inconsistent");
        assertThat(p.detail("index")).contains(String.valueOf(events.size()));
        assertThat(p.detail("dossier")).contains(bad.dossier().value());
        assertThat(p.detail("action")).contains(bad.action());
        assertThat(p.message()).contains(why);
        assertThat(book.evolve(bad).getLeft().code()).isEqualTo("dossier.replay.inconsistent");
    }

    @Test
    void replay_ofActionItemsAndLegalHoldsThatDoNotFit_isAProblem() {
        open("d-1", "2026-03-02T09:00");
        Instant at = DossierFixtures.paris("2026-03-02T11:00");
        DossierId d1 = DossierId.of("d-1");
        ImmutableActionItem second = (ImmutableActionItem) ActionItem.builder().number(2).description("Reply")
                .due(LocalDate.of(2026, 3, 20)).addedAt(at).build();
        assertMisfit(new DossierEvent.ActionItemAdded(d1, at, OFFICER, second), "does not follow 0");
        ActionItem done = ActionItem.builder().number(1).description("Reply").due(LocalDate.of(2026, 3, 20))
                .addedAt(at).completedAt(at).completedBy(OFFICER).build();
        assertMisfit(new DossierEvent.ActionItemAdded(d1, at, OFFICER, done), "open action item 1");
        decide("d-1", new DossierCommand.PlaceLegalHold("inquiry"), "2026-03-02T10:00");
        assertMisfit(new DossierEvent.LegalHoldPlaced(d1, at, OFFICER, "again"), "already stands");
    }

    @Test
    void replay_ofADisposalThatDoesNotFit_saysWhatTheDossierIsToBe() {
        open("d-1", "2026-03-02T09:00");
        decide("d-1", new DossierCommand.Close(), "2026-03-02T10:00");
        decide("d-1", new DossierCommand.Archive(), "2026-03-02T11:00");
        Instant later = DossierFixtures.paris("2031-03-03T10:00");
        DossierId d1 = DossierId.of("d-1");
        assertMisfit(new DossierEvent.Disposed(d1, later, OFFICER, DisposalAction.TRANSFER_TO_ARCHIVES),
                "ARCHIVED, to be DESTROY, not disposed of by TRANSFER_TO_ARCHIVES");
        decide("d-1", new DossierCommand.PlaceLegalHold("inquiry"), "2026-03-02T12:00");
        assertMisfit(new DossierEvent.Disposed(d1, later, OFFICER, DisposalAction.DESTROY),
                "ARCHIVED under legal hold, to be DESTROY");
    }
}
