package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.HEAD;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.ReferenceNumber;
import org.junit.jupiter.api.Test;

class DossierRestoreTest {
    private final DossierRules rules = DossierFixtures.rules();

    /** A dossier with two items and a completed action item, in a book. */
    private ImmutableDossier filed(String id) {
        DossierBook book = DossierBook.empty(rules)
                .open(DossierFixtures.openCommand(id, GENERAL).build(), ctx("2026-05-04T09:00")).get().book();
        DossierId d = DossierId.of(id);
        book = book.decide(d, DossierCommand.AddItem.document("Request", 3, "doc-1"), ctx("2026-05-04T10:00")).get().book();
        book = book.decide(d, DossierCommand.AddItem.note("Note", "Seen.", 1), ctx("2026-05-04T11:00")).get().book();
        book = book.decide(d, new DossierCommand.AddActionItem("Reply", LocalDate.of(2026, 6, 1), Optional.empty()),
                ctx("2026-05-04T12:00")).get().book();
        book = book.decide(d, new DossierCommand.CompleteActionItem(1), ctx("2026-05-05T12:00")).get().book();
        return (ImmutableDossier) book.get(d).orElseThrow();
    }

    private List<Problem> refused(Dossier... dossiers) {
        Either<List<Problem>, DossierBook> r = DossierBook.restore(rules, new DossierBookSnapshot(List.of(dossiers)));
        assertThat(r.isLeft()).as("%s", r).isTrue();
        return r.getLeft();
    }

    private static Problem single(List<Problem> problems, String code) {
        assertThat(problems).extracting(Problem::code).containsExactly(code);
        return problems.get(0);
    }

    @Test
    void restore_ofASnapshot_givesAnEqualBook_thatDecidesAsTheOriginal() {
        // given
        DossierBook book = DossierBook.empty(rules).open(DossierFixtures.openCommand("d-1", GENERAL).build(),
                ctx("2026-05-04T09:00")).get().book();
        book = book.decide(DossierId.of("d-1"), new DossierCommand.Transfer(HEAD, "for signature"),
                ctx("2026-05-04T10:00")).get().book();
        // when
        DossierBook restored = DossierBook.restore(rules, book.snapshot()).get();
        // then
        assertThat(restored).isEqualTo(book).hasSameHashCodeAs(book);
        assertThat(restored.snapshot().schemaVersion()).isEqualTo(DossierBookSnapshot.SCHEMA_VERSION).isEqualTo(1);
        assertThat(restored.decide(DossierId.of("d-1"), new DossierCommand.Close(), ctx("2026-05-04T09:30")).getLeft()
                .code()).isEqualTo("dossier.time.out-of-order");
        var sameReference = DossierFixtures.openCommand("d-2", GENERAL, "Other", book.all().get(0).reference()).build();
        assertThat(restored.open(sameReference, ctx("2026-05-04T11:00")).getLeft().code())
                .isEqualTo("dossier.open.duplicate-reference");
        assertThat(DossierBook.restore(rules, new DossierBookSnapshot(List.of())).get()).isEqualTo(DossierBook.empty(rules));
    }

    @Test
    void restore_sameIdTwice_isRefused() {
        Dossier d = filed("d-1");
        assertThat(single(refused(d, d), "dossier.restore.duplicate-id").detail("dossier")).contains("d-1");
    }

    @Test
    void restore_sameReferenceTwice_evenPrintedDifferently_isRefused() {
        Dossier a = filed("d-1");
        ReferenceNumber reprinted = ReferenceNumber.of("other-text", a.reference().series(), a.reference().sequence());
        Problem p = single(refused(a, filed("d-2").withReference(reprinted)), "dossier.restore.duplicate-reference");
        assertThat(p.detail("dossier")).contains("d-2");
        assertThat(p.detail("other")).contains("d-1");
    }

    @Test
    void restore_instantsOutsideTheSupportedRange_areRefused() {
        ImmutableDossier d = filed("d-1");
        Instant before = Limits.MIN_INSTANT.minusSeconds(86_400);
        Dossier ancient = d.withOpenedAt(before).withMovements(List.of(((ImmutableMovement) d.movements().get(0))
                .withAt(before))).withVolumes(List.of(((ImmutableVolume) d.volumes().get(0)).withStartedAt(before)));
        List<Problem> problems = refused(ancient);
        assertThat(problems).extracting(Problem::code).containsExactly("kernel.range.instant");
        assertThat(problems.get(0).detail("dossier")).contains("d-1");
    }

    @Test
    void restore_datesOutsideTheLifeOrOutOfOrder_areRefused() {
        ImmutableDossier d = filed("d-1");
        Instant after = d.lastChangedAt().plusSeconds(1);
        List<ActionItem> actions = List.of(((ImmutableActionItem) d.actions().get(0)).withCompletedAt(after));
        ImmutableVolume v1 = (ImmutableVolume) d.volumes().get(0);
        ImmutableItem item1 = (ImmutableItem) d.items().get(0);
        ImmutableItem item2 = (ImmutableItem) d.items().get(1);
        assertThat(single(refused(d.withVolumes(v1.withStartedAt(d.openedAt().minusSeconds(1)))),
                "dossier.restore.time-inconsistent").detail("field")).contains("volumes");
        assertThat(single(refused(d.withItems(item1, item2.withAddedAt(after))),
                "dossier.restore.time-inconsistent").detail("field")).contains("items");
        assertThat(single(refused(d.withItems(item1, item2.withAddedAt(item1.addedAt().minusSeconds(1)))),
                "dossier.restore.time-inconsistent").detail("field")).contains("items");
        assertThat(single(refused(d.withActions(actions)), "dossier.restore.time-inconsistent").detail("field"))
                .contains("action items");
        assertThat(single(refused(d.withLegalHold(LegalHold.builder().reason("inquiry").placedAt(after).placedBy(HEAD)
                .build())), "dossier.restore.time-inconsistent").detail("field"))
                .contains("closing, legal hold and disposal");
    }

    @Test
    void restore_volumeCountsThatAreNotThoseOfTheItems_areRefused() {
        ImmutableDossier d = filed("d-1");
        ImmutableVolume v1 = ((ImmutableVolume) d.volumes().get(0));
        assertThat(single(refused(d.withVolumes(v1.withPageCount(5))), "dossier.restore.volume-mismatch")
                .detail("volume")).contains("1");
        assertThat(single(refused(d.withVolumes(v1.withItemCount(1))), "dossier.restore.volume-mismatch")
                .detail("volume")).contains("1");
        // items out of volume order: item 1 in volume 2, item 2 in volume 1
        Volume v2 = Volume.builder().number(2).startedAt(d.openedAt()).pageCount(3).itemCount(1).build();
        Dossier swapped = d.withVolumes(v1.withPageCount(1).withItemCount(1), v2)
                .withItems(((ImmutableItem) d.items().get(0)).withVolume(2), d.items().get(1));
        assertThat(single(refused(swapped), "dossier.restore.volume-mismatch").detail("volume")).contains("1");
    }

    @Test
    void restore_disposedUnderLegalHold_isRefused_andEveryProblemIsReportedAtOnce() {
        // given a dossier disposed of, then a hold forced on it
        DossierBook book = DossierBook.empty(rules).open(DossierFixtures.openCommand("d-1", GENERAL).build(),
                ctx("2026-05-04T09:00")).get().book();
        DossierId id = DossierId.of("d-1");
        book = book.decide(id, new DossierCommand.Close(), ctx("2026-05-04T10:00")).get().book();
        book = book.decide(id, new DossierCommand.Archive(), ctx("2026-05-04T11:00")).get().book();
        book = book.decide(id, new DossierCommand.Dispose(), ctx("2031-05-05T10:00")).get().book();
        ImmutableDossier disposed = (ImmutableDossier) book.get(id).orElseThrow();
        Dossier held = disposed.withLegalHold(LegalHold.builder().reason("inquiry")
                .placedAt(disposed.lastChangedAt()).placedBy(HEAD).build());
        assertThat(single(refused(held), "dossier.restore.disposed-under-hold").detail("dossier")).contains("d-1");
        // and with more wrong at once
        ImmutableDossier other = filed("d-2");
        List<Problem> all = refused(held, other.withVolumes(((ImmutableVolume) other.volumes().get(0))
                .withPageCount(0)), other);
        assertThat(all).extracting(Problem::code).containsExactly("dossier.restore.disposed-under-hold",
                "dossier.restore.volume-mismatch", "dossier.restore.duplicate-id");
    }

    @Test
    void restore_lastChangeOutsideTheSupportedRange_isRefused() {
        ImmutableDossier d = filed("d-1");
        Problem p = single(refused(d.withLastChangedAt(Limits.MAX_INSTANT.plusSeconds(1))), "kernel.range.instant");
        assertThat(p.detail("what")).contains("last change of the dossier");
        assertThat(p.detail("dossier")).contains("d-1");
    }

    @Test
    void restore_closingOrDisposalOutsideTheLifeOrOutOfOrder_isRefused() {
        // given a dossier closed, archived and disposed of
        DossierBook book = DossierBook.empty(rules).open(DossierFixtures.openCommand("d-1", GENERAL).build(),
                ctx("2026-05-04T09:00")).get().book();
        DossierId id = DossierId.of("d-1");
        book = book.decide(id, new DossierCommand.Close(), ctx("2026-05-04T10:00")).get().book();
        ImmutableDossier closed = (ImmutableDossier) book.get(id).orElseThrow();
        book = book.decide(id, new DossierCommand.Archive(), ctx("2026-05-04T11:00")).get().book();
        book = book.decide(id, new DossierCommand.Dispose(), ctx("2031-05-05T10:00")).get().book();
        ImmutableDossier disposed = (ImmutableDossier) book.get(id).orElseThrow();
        Instant closing = closed.closedAt().orElseThrow();
        // then
        assertThat(single(refused(closed.withClosedAt(closed.lastChangedAt().plusSeconds(1))),
                "dossier.restore.time-inconsistent").detail("field")).contains("closing, legal hold and disposal");
        assertThat(single(refused(disposed.withDisposedAt(disposed.lastChangedAt().plusSeconds(1))),
                "dossier.restore.time-inconsistent").detail("field")).contains("closing, legal hold and disposal");
        assertThat(single(refused(disposed.withDisposedAt(closing.minusSeconds(1))),
                "dossier.restore.time-inconsistent").detail("field")).contains("closing, legal hold and disposal");
        assertThat(DossierBook.restore(rules, new DossierBookSnapshot(List.of(disposed.withDisposedAt(closing))))
                .isRight()).as("disposed of in the instant of closing").isTrue();
    }
}
