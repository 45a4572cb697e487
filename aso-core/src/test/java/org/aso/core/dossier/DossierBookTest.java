package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.ADMINISTRATION;
import static org.aso.core.fixtures.DossierFixtures.BUDGET;
import static org.aso.core.fixtures.DossierFixtures.CLERK;
import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.HEAD;
import static org.aso.core.fixtures.DossierFixtures.LEGAL;
import static org.aso.core.fixtures.DossierFixtures.OFFICER;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.aso.core.fixtures.DossierFixtures.openCommand;
import static org.aso.core.fixtures.DossierFixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aso.core.dossier.DossierCommand.AddItem;
import org.aso.core.dossier.DossierCommand.Archive;
import org.aso.core.dossier.DossierCommand.Close;
import org.aso.core.dossier.DossierCommand.Transfer;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.SharedState;
import org.junit.jupiter.api.Test;

class DossierBookTest {
    private DossierBook book = DossierBook.empty(DossierFixtures.rules());

    private Dossier open(String id, ClassificationCode code) {
        book = book.open(openCommand(id, code).build(), ctx("2026-05-04T09:00")).get().book();
        return book.get(DossierId.of(id)).orElseThrow();
    }

    private void decide(String id, DossierCommand cmd, String when) {
        Either<Problem, DossierBook.Change> r = book.decide(DossierId.of(id), cmd, ctx(when));
        assertThat(r.isRight()).as("%s", r).isTrue();
        book = r.get().book();
    }

    @Test
    void open_sameIdOrReference_isRefused() {
        open("d-1", GENERAL);
        assertThat(book.open(openCommand("d-1", BUDGET).build(), ctx("2026-05-04T10:00")).getLeft().code())
                .isEqualTo("dossier.open.duplicate-id");
        var sameReference = openCommand("d-2", BUDGET, "Other", book.get(DossierId.of("d-1")).get().reference()).build();
        assertThat(book.open(sameReference, ctx("2026-05-04T10:00")).getLeft().code())
                .isEqualTo("dossier.open.duplicate-reference");
        // the same place in the same series, printed differently, is the same number
        var d1 = book.get(DossierId.of("d-1")).get().reference();
        var reprinted = openCommand("d-3", BUDGET, "Other",
                org.aso.core.numbering.ReferenceNumber.of("other-text", d1.series(), d1.sequence())).build();
        assertThat(book.open(reprinted, ctx("2026-05-04T10:00")).getLeft().code())
                .isEqualTo("dossier.open.duplicate-reference");
        assertThat(book.size()).isEqualTo(1);
    }

    @Test
    void decide_unknownDossier_isRefused() {
        assertThat(book.decide(DossierId.of("nope"), new Close(), ctx("2026-05-04T10:00")).getLeft().code())
                .isEqualTo("dossier.unknown");
    }

    @Test
    void refusal_leavesTheBookAsItWas() {
        Dossier d = open("d-1", GENERAL);
        DossierBook before = book;
        assertThat(book.decide(d.id(), new Archive(), ctx("2026-05-04T10:00")).isLeft()).isTrue();
        assertThat(book).isSameAs(before);
        assertThat(book.get(d.id())).contains(d);
    }

    @Test
    void queries_byHolderUnitStatusAndClassification() {
        // given
        open("d-1", GENERAL);
        open("d-2", BUDGET);
        open("d-3", LEGAL);
        decide("d-2", new Transfer(HEAD, "for signature"), "2026-05-04T10:00");
        decide("d-3", new Close(), "2026-05-04T10:00");
        // then
        assertThat(book.all()).extracting(d -> d.id().value()).containsExactly("d-1", "d-2", "d-3");
        assertThat(book.heldBy(HEAD)).extracting(d -> d.id().value()).containsExactly("d-2");
        assertThat(book.heldBy(OFFICER)).extracting(d -> d.id().value()).containsExactly("d-1", "d-3");
        assertThat(book.ownedBy(DossierFixtures.S2)).hasSize(3);
        assertThat(book.ownedBy(OrgUnitId.of("S3"))).isEmpty();
        assertThat(book.withStatus(DossierStatus.CLOSED)).extracting(d -> d.id().value()).containsExactly("d-3");
        assertThat(book.classifiedUnder(ADMINISTRATION)).extracting(d -> d.id().value()).containsExactly("d-1", "d-2");
        assertThat(book.classifiedUnder(BUDGET)).extracting(d -> d.id().value()).containsExactly("d-2");
        assertThat(book.byReference(book.get(DossierId.of("d-2")).get().reference()))
                .map(d -> d.id().value()).contains("d-2");
    }

    @Test
    void heldTooLong_listsTheActiveFilesPastTheLimit() {
        open("d-1", GENERAL);
        open("d-2", GENERAL);
        open("d-3", GENERAL);
        decide("d-2", new Transfer(HEAD, "for opinion"), "2026-05-07T15:00");
        decide("d-3", new Close(), "2026-05-04T10:00");
        // d-1 held since Monday 4 May: 5, 6, 7, 11, 12, 13, 15 May -> the 8th working day is 18 May
        assertThat(book.heldTooLong(paris("2026-05-15T12:00"))).isEmpty();
        assertThat(book.heldTooLong(paris("2026-05-18T12:00"))).extracting(a -> a.dossier().value())
                .containsExactly("d-1");
        assertThat(book.heldTooLong(paris("2026-05-21T12:00"))).extracting(a -> a.dossier().value())
                .containsExactly("d-1", "d-2");
    }

    @Test
    void dueForDisposal_skipsHeldAndEarlyOnes() {
        open("d-1", GENERAL);
        open("d-2", GENERAL);
        for (String id : List.of("d-1", "d-2")) {
            decide(id, new Close(), "2026-05-04T10:00");
            decide(id, new Archive(), "2026-05-04T10:00");
        }
        decide("d-2", new DossierCommand.PlaceLegalHold("inquiry"), "2026-06-01T10:00");
        assertThat(book.dueForDisposal(LocalDate.of(2031, 5, 3))).isEmpty();
        assertThat(book.dueForDisposal(LocalDate.of(2031, 5, 4))).extracting(d -> d.id().value()).containsExactly("d-1");
    }

    @Test
    void sharedBook_underContention_losesNoItemAndKeepsTheLogChained() throws Exception {
        // given one dossier in a shared book, and four threads filing items and passing the file on
        open("d-1", GENERAL);
        SharedState<DossierBook> shared = SharedState.of(book);
        DossierId id = DossierId.of("d-1");
        int threads = 4;
        int perThread = 200;
        List<PersonId> people = List.of(OFFICER, HEAD, CLERK, PersonId.of("p-99"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Integer>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            PersonId me = people.get(t);
            jobs.add(() -> {
                int transfers = 0;
                for (int i = 0; i < perThread; i++) {
                    shared.update(b -> b.decide(id, AddItem.document("Doc", 1, "doc"), ctx("2026-05-04T10:00"))).get();
                    // refused when the file is already with me: that is fine
                    if (shared.update(b -> b.decide(id, new Transfer(me, "take it"), ctx("2026-05-04T10:00")))
                            .isRight()) {
                        transfers++;
                    }
                }
                return transfers;
            });
        }
        // when
        int transfers = 0;
        for (Future<Integer> f : pool.invokeAll(jobs)) {
            transfers += f.get();
        }
        pool.shutdown();
        // then
        Dossier d = shared.get().get(id).orElseThrow();
        assertThat(d.items()).hasSize(threads * perThread);
        assertThat(d.items()).extracting(Item::number).doesNotHaveDuplicates();
        assertThat(d.movements()).hasSize(1 + transfers);
        for (int i = 1; i < d.movements().size(); i++) {
            assertThat(d.movements().get(i).from()).contains(d.movements().get(i - 1).to());
        }
    }

    @Test
    void books_areEqualWhenTheirRulesAndDossiersAre() {
        DossierBook same = DossierBook.empty(DossierFixtures.rules());
        assertThat(same).isEqualTo(book).hasSameHashCodeAs(book);
        assertThat(book.rules()).isEqualTo(DossierFixtures.rules());
        DossierRules lenient = DossierFixtures.rules()
                .withPolicy(DossierFixtures.policy().withClosingWithOpenActions(true));
        DossierBook otherRules = DossierBook.empty(lenient);
        assertThat(otherRules).isNotEqualTo(book);
        assertThat(otherRules.hashCode()).isNotEqualTo(book.hashCode());
        assertThat(otherRules.rules()).isEqualTo(lenient);
        open("d-1", GENERAL);
        assertThat(book).isNotEqualTo(same);
        assertThat(book.hashCode()).isNotEqualTo(same.hashCode());
        assertThat(book).isNotEqualTo("book");
    }
}
