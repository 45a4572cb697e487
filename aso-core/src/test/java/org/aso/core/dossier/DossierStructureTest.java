package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.CLERK;
import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.HEAD;
import static org.aso.core.fixtures.DossierFixtures.OFFICER;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.aso.core.correspondence.EntryId;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Limits;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The structure every dossier value keeps, checked on construction (what a host restoring dossiers from its storage
 * may not get wrong): the movement log, the numbering of items, action items and volumes, the closing state, and the
 * parts the dossier is made of.
 */
class DossierStructureTest {
    private final DossierRules rules = DossierFixtures.rules();

    /** A dossier transferred once, with two items, an open action item, a tag. */
    private ImmutableDossier filed() {
        DossierBook book = DossierBook.empty(rules)
                .open(DossierFixtures.openCommand("d-1", GENERAL).addTag("budget").build(), ctx("2026-05-04T09:00"))
                .get().book();
        DossierId d = DossierId.of("d-1");
        book = book.decide(d, new DossierCommand.Transfer(HEAD, "for signature"), ctx("2026-05-04T10:00")).get().book();
        book = book.decide(d, DossierCommand.AddItem.document("Request", 3, "doc-1"), ctx("2026-05-04T11:00")).get().book();
        book = book.decide(d, DossierCommand.AddItem.note("Note", "Seen.", 1), ctx("2026-05-04T12:00")).get().book();
        book = book.decide(d, new DossierCommand.AddActionItem("Reply", LocalDate.of(2026, 6, 1), Optional.empty()),
                ctx("2026-05-04T13:00")).get().book();
        return (ImmutableDossier) book.get(d).orElseThrow();
    }

    private static void refused(ThrowingCallable build) {
        assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMovementLog_startsWithTheOpening_andIsAChronologicalChain() {
        ImmutableDossier d = filed();
        ImmutableMovement opening = (ImmutableMovement) d.movements().get(0);
        ImmutableMovement transfer = (ImmutableMovement) d.movements().get(1);
        refused(() -> d.withMovements(List.of()));
        refused(() -> d.withMovements(opening.withFrom(CLERK), transfer.withFrom(OFFICER)));
        refused(() -> d.withMovements(opening, transfer.withFrom(CLERK)));
        refused(() -> d.withMovements(opening, transfer.withAt(opening.at().minusSeconds(1))));
        refused(() -> d.withMovements(opening.withAt(d.openedAt().minusSeconds(1)), transfer));
        refused(() -> d.withLastChangedAt(transfer.at().minusSeconds(1)));
        // at the edges: a transfer in the same instant as the opening, a last change when the file last moved
        assertThat(d.withMovements(opening, transfer.withAt(opening.at())).heldSince()).isEqualTo(opening.at());
        assertThat(d.withLastChangedAt(transfer.at()).holder()).isEqualTo(HEAD);
    }

    @Test
    void itemsActionItemsAndVolumes_areNumberedFromOneWithoutGaps() {
        ImmutableDossier d = filed();
        ImmutableItem item1 = (ImmutableItem) d.items().get(0);
        ImmutableItem item2 = (ImmutableItem) d.items().get(1);
        ImmutableActionItem action1 = (ImmutableActionItem) d.actions().get(0);
        ImmutableVolume volume1 = (ImmutableVolume) d.volumes().get(0);
        refused(() -> d.withItems(item2));
        refused(() -> d.withItems(item1, item2.withNumber(3)));
        refused(() -> d.withItems(item1, item2.withVolume(2)));
        refused(() -> d.withActions(action1.withNumber(2)));
        refused(() -> d.withVolumes(List.of()));
        refused(() -> d.withItems(List.of()).withVolumes(List.of()));
        refused(() -> d.withVolumes(volume1.withNumber(2)));
        refused(() -> d.withVolumes(volume1, volume1));
        // a second volume makes room for an item in volume 2
        Volume volume2 = Volume.builder().number(2).startedAt(item2.addedAt()).pageCount(1).itemCount(1).build();
        assertThat(d.withVolumes(volume1, volume2).withItems(item1, item2.withVolume(2)).currentVolume().number())
                .isEqualTo(2);
    }

    @Test
    void compartmentsAndTags_areTrimmedAndNotBlank() {
        ImmutableDossier d = filed();
        for (String bad : new String[] {" ", " PERSONNEL", "PERSONNEL "}) {
            refused(() -> d.withCompartments(bad));
            refused(() -> d.withTags(bad));
        }
        assertThat(d.withCompartments("PERSONNEL").withTags("audit").compartments()).containsExactly("PERSONNEL");
    }

    @Test
    void aClosedDossier_carriesItsClosingInstantAndRetention_andOnlyADisposedOneItsDisposal() {
        ImmutableDossier d = filed().withActions(List.of());
        ImmutableDossier closed = (ImmutableDossier) rules.decide(d, new DossierCommand.Close(), ctx("2026-05-05T10:00"))
                .get().dossier();
        Instant closing = closed.closedAt().orElseThrow();
        RetentionOutcome retention = closed.retention().orElseThrow();
        refused(() -> d.withStatus(DossierStatus.CLOSED));
        refused(() -> d.withClosedAt(closing));
        refused(() -> d.withRetention(retention));
        refused(() -> closed.withClosedAt(Optional.empty()));
        refused(() -> closed.withRetention(Optional.empty()));
        refused(() -> closed.withStatus(DossierStatus.IN_PROGRESS));
        refused(() -> closed.withDisposedAt(closing));
        refused(() -> closed.withStatus(DossierStatus.DISPOSED));
        assertThat(closed.withStatus(DossierStatus.ARCHIVED).isActive()).isFalse();
    }

    @Test
    void anItem_startsAtOne_hasATitle_andLinksAnEntryExactlyWhenItIsCorrespondence() {
        Instant at = DossierFixtures.paris("2026-05-04T09:00");
        ImmutableItem ok = (ImmutableItem) Item.builder().number(1).kind(ItemKind.NOTE).title("Note").pages(0).volume(1)
                .addedAt(at).addedBy(OFFICER).build();
        assertThat(ok.pages()).isZero();
        refused(() -> ok.withNumber(0));
        refused(() -> ok.withVolume(0));
        refused(() -> ok.withPages(-1));
        refused(() -> ok.withTitle(" "));
        refused(() -> ok.withCorrespondence(EntryId.of("e-1")));
        refused(() -> ok.withKind(ItemKind.CORRESPONDENCE));
        Item letter = Item.builder().number(1).kind(ItemKind.CORRESPONDENCE).title("Letter").pages(2).volume(1)
                .addedAt(at).addedBy(OFFICER).correspondence(EntryId.of("e-1")).build();
        assertThat(letter.ref()).contains(EntryId.of("e-1").ref());
    }

    @Test
    void anActionItem_startsAtOne_hasADescription_andIsCompletedByAPersonAtAnInstant() {
        Instant at = DossierFixtures.paris("2026-05-04T09:00");
        ImmutableActionItem a = (ImmutableActionItem) ActionItem.builder().number(1).description("Reply")
                .due(LocalDate.of(2026, 6, 1)).addedAt(at).build();
        refused(() -> a.withNumber(0));
        refused(() -> a.withDescription(" "));
        refused(() -> a.withCompletedAt(at));
        refused(() -> a.withCompletedBy(OFFICER));
        assertThat(ActionItem.builder().number(1).description("Reply").due(LocalDate.of(2026, 6, 1)).addedAt(at)
                .completedAt(at).completedBy(OFFICER).build().isOpen()).isFalse();
    }

    @Test
    void aMovement_aVolume_aRetentionOutcome_andAPlanEntry_checkTheirParts() {
        Instant at = DossierFixtures.paris("2026-05-04T09:00");
        ImmutableMovement m = (ImmutableMovement) Movement.builder().to(OFFICER).at(at).reason("opened").by(OFFICER).build();
        refused(() -> m.withReason(" "));
        refused(() -> m.withFrom(OFFICER));
        ImmutableVolume v = (ImmutableVolume) Volume.builder().number(1).startedAt(at).pageCount(0).itemCount(0).build();
        refused(() -> v.withNumber(0));
        refused(() -> v.withPageCount(-1));
        refused(() -> v.withItemCount(-1));
        var permanent = RetentionOutcome.builder()
                .closedOn(LocalDate.of(2026, 5, 4)).reviewOn(LocalDate.of(2036, 5, 4))
                .action(DisposalAction.KEEP_PERMANENTLY);
        assertThat(permanent.build().isPermanent()).isTrue();
        refused(() -> permanent.disposalOn(LocalDate.of(2031, 5, 4)).build());
        refused(() -> RetentionOutcome.builder().closedOn(LocalDate.of(2026, 5, 4)).reviewOn(LocalDate.of(2028, 5, 4))
                .action(DisposalAction.DESTROY).build());
        refused(() -> DossierFixtures.entry(ClassificationCode.of("4"), " ", null, null));
        refused(() -> RetentionRule.of(Period.ofYears(1), Period.ofYears(-2), DisposalAction.DESTROY));
        assertThat(RetentionRule.of(Period.ZERO, Period.ZERO, DisposalAction.DESTROY).applyTo(LocalDate.of(2026, 5, 4))
                .disposalOn()).contains(LocalDate.of(2026, 5, 4));
    }

    @Test
    void theHoldingLimit_isFromOneToTheMostWorkingDays() {
        DossierPolicy policy = DossierFixtures.policy();
        assertThat(policy.withHoldingLimit(1).holdingLimit()).isEqualTo(1);
        assertThat(policy.withHoldingLimit(Limits.MAX_WORKING_DAYS).holdingLimit()).isEqualTo(Limits.MAX_WORKING_DAYS);
        refused(() -> policy.withHoldingLimit(0));
        refused(() -> policy.withHoldingLimit(Limits.MAX_WORKING_DAYS + 1));
    }

    @Test
    void volumeLimits_admitAVolumeUpToBothLimits_orAnyPagesForASingleItem() {
        VolumeLimits limits = VolumeLimits.of(10, 2);
        Instant at = DossierFixtures.paris("2026-05-04T09:00");
        ImmutableVolume v = (ImmutableVolume) Volume.builder().number(1).startedAt(at).pageCount(10).itemCount(2).build();
        assertThat(limits.admits(v)).as("exactly full").isTrue();
        assertThat(limits.admits(v.withItemCount(3))).as("one item too many").isFalse();
        assertThat(limits.admits(v.withPageCount(11))).as("one page too many").isFalse();
        assertThat(limits.admits(v.withPageCount(500).withItemCount(1))).as("a single oversized item").isTrue();
    }

    @Test
    void anOutcome_saysWhatHappened_andViewsItsOwnDossier() {
        Dossier d = filed();
        Dossier other = DossierFixtures.opened("d-2", GENERAL, "2026-05-04T09:00");
        DossierEvent e = new DossierEvent.Archived(d.id(), d.lastChangedAt(), OFFICER);
        DossierOutcome o = new DossierOutcome(d, List.of(e), DossierView.of(d, Clearance.none()));
        assertThat(o.state()).isSameAs(d);
        refused(() -> new DossierOutcome(d, List.of(), DossierView.of(d, Clearance.none())));
        refused(() -> new DossierOutcome(d, List.of(e), DossierView.of(other, Clearance.none())));
        assertThat(DossierView.of(d, Clearance.of(Confidentiality.SECRET)).isRedacted()).isFalse();
    }

    @Test
    void aRestoredDossier_givenOnlyWhatIsRequired_isOpenPublicAndLastChangedWhenOpened() {
        Instant at = DossierFixtures.paris("2026-05-04T09:00");
        Dossier d = Dossier.builder().id(DossierId.of("d-9")).reference(filed().reference()).title("Minimal")
                .classification(GENERAL).ownerUnit(DossierFixtures.S2).openedAt(at)
                .addMovement(Movement.builder().to(OFFICER).at(at).reason("opened").by(OFFICER).build())
                .addVolume(Volume.builder().number(1).startedAt(at).pageCount(0).itemCount(0).build())
                .build();
        assertThat(d.status()).isEqualTo(DossierStatus.OPEN);
        assertThat(d.confidentiality()).isEqualTo(Confidentiality.PUBLIC);
        assertThat(d.lastChangedAt()).isEqualTo(at);
        assertThat(d.holder()).isEqualTo(OFFICER);
        assertThat(d.item(1)).isEmpty();
        assertThat(d.action(0)).isEmpty();
    }
}
