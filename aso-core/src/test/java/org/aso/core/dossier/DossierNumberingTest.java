package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.BUDGET;
import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.aso.core.fixtures.DossierFixtures.openCommand;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.SharedState;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.numbering.ReferenceNumber;
import org.junit.jupiter.api.Test;

/** A book whose policy has a numbering scheme numbers the dossiers it opens, as a register numbers mail. */
class DossierNumberingTest {
    private static final DossierRules NUMBERING = DossierFixtures.rules()
            .withPolicy(DossierFixtures.policy().withNumbering(NumberingScheme.indianFileNumber()));

    /** The command without a reference number. */
    private static OpenDossier unnumbered(String id, ClassificationCode code) {
        return OpenDossier.builder().id(DossierId.of(id)).title("Dossier " + id).classification(code)
                .ownerUnit(OrgUnitId.of("S2")).holder(DossierFixtures.OFFICER).build();
    }

    private static DossierBook opened(DossierBook book, String id, ClassificationCode code) {
        return book.open(unnumbered(id, code), ctx("2026-05-04T09:00")).get().book();
    }

    @Test
    void open_withASchemeInThePolicy_givesTheNextNumberOfTheSeries() {
        // given
        DossierBook book = DossierBook.empty(NUMBERING);
        // when
        DossierBook.Change first = book.open(unnumbered("d-1", GENERAL), ctx("2026-05-04T09:00")).get();
        DossierBook.Change second = first.book().open(unnumbered("d-2", GENERAL), ctx("2026-05-04T10:00")).get();
        DossierBook.Change other = second.book().open(unnumbered("d-3", BUDGET), ctx("2026-05-04T11:00")).get();
        // then
        assertThat(first.dossier().reference().text()).isEqualTo(GENERAL.value() + "/1/2026-S2");
        assertThat(second.dossier().reference().text()).isEqualTo(GENERAL.value() + "/2/2026-S2");
        assertThat(other.dossier().reference().text()).isEqualTo(BUDGET.value() + "/1/2026-S2");
        assertThat(other.book().counters()).hasSize(2).containsValues(2L, 1L);
        assertThat(other.book().byReference(second.dossier().reference()).map(Dossier::id)).contains(DossierId.of("d-2"));
    }

    @Test
    void open_refused_givesNoNumber() {
        DossierBook book = DossierBook.empty(NUMBERING);
        OpenDossier blank = OpenDossier.builder().id(DossierId.of("d-1")).title(" ").classification(GENERAL)
                .ownerUnit(OrgUnitId.of("S2")).holder(DossierFixtures.OFFICER).build();
        assertThat(book.open(blank, ctx("2026-05-04T09:00")).getLeft().code()).isEqualTo("dossier.input.blank");
        DossierBook after = opened(book, "d-1", GENERAL);
        assertThat(after.get(DossierId.of("d-1")).get().reference().sequence()).isEqualTo(1);
    }

    @Test
    void open_withOrWithoutAReference_whereTheOtherIsExpected_isRefused() {
        OpenDossier numberedByTheHost = openCommand("d-1", GENERAL).build();
        assertThat(DossierBook.empty(NUMBERING).open(numberedByTheHost, ctx("2026-05-04T09:00")).getLeft().code())
                .isEqualTo("dossier.open.reference-given");
        assertThat(DossierBook.empty(DossierFixtures.rules()).open(unnumbered("d-1", GENERAL), ctx("2026-05-04T09:00"))
                .getLeft().code()).isEqualTo("dossier.open.no-reference");
        assertThat(DossierFixtures.rules().open(unnumbered("d-1", GENERAL), ctx("2026-05-04T09:00")).getLeft().code())
                .isEqualTo("dossier.open.no-reference");
        assertThat(DossierBook.empty(DossierFixtures.rules()).counters()).isEmpty();
    }

    @Test
    void replayAndRestore_keepTheCounters() {
        // given
        List<DossierEvent> events = new ArrayList<>();
        DossierBook book = DossierBook.empty(NUMBERING);
        for (String id : List.of("d-1", "d-2", "d-3")) {
            DossierBook.Change c = book.open(unnumbered(id, id.equals("d-2") ? BUDGET : GENERAL),
                    ctx("2026-05-04T09:00")).get();
            events.addAll(c.events());
            book = c.book();
        }
        // when
        DossierBook replayed = DossierBook.replay(NUMBERING, events).get();
        DossierBook restored = DossierBook.restore(NUMBERING, book.snapshot()).get();
        // then
        assertThat(replayed).isEqualTo(book);
        assertThat(restored).isEqualTo(book);
        assertThat(restored.counters()).isEqualTo(book.counters()).isEqualTo(book.snapshot().counters());
        assertThat(opened(restored, "d-4", GENERAL).get(DossierId.of("d-4")).get().reference().sequence())
                .isEqualTo(3);
        assertThat(opened(replayed, "d-4", GENERAL)).isEqualTo(opened(book, "d-4", GENERAL));
    }

    @Test
    void replay_ofANumberThatIsNotTheNext_isRefused() {
        DossierBook.Change first = DossierBook.empty(NUMBERING).open(unnumbered("d-1", GENERAL), ctx("2026-05-04T09:00"))
                .get();
        DossierBook.Change second = first.book().open(unnumbered("d-2", GENERAL), ctx("2026-05-04T09:00")).get();
        Problem p = DossierBook.replay(NUMBERING, second.events()).getLeft();   // number 2 without number 1
        assertThat(p.code()).isEqualTo("dossier.replay.inconsistent");
        assertThat(p.message()).contains("is not the next number");
        // a book whose host numbers dossiers replays them as they are
        assertThat(DossierBook.replay(DossierFixtures.rules(), second.events()).get().size()).isEqualTo(1);
    }

    @Test
    void restore_withCountersBehindOrBelowZero_isRefused() {
        DossierBook book = opened(opened(DossierBook.empty(NUMBERING), "d-1", GENERAL), "d-2", GENERAL);
        Map<String, Long> behind = new HashMap<>(book.counters());
        behind.replaceAll((series, last) -> last - 1);
        Problem p = DossierBook.restore(NUMBERING, new DossierBookSnapshot(book.all(), behind)).getLeft().get(0);
        assertThat(p.code()).isEqualTo("dossier.restore.counter-behind");
        assertThat(p.detail("dossier")).contains("d-2");
        Map<String, Long> negative = new HashMap<>(book.counters());
        negative.put("other", -1L);
        assertThat(DossierBook.restore(NUMBERING, new DossierBookSnapshot(book.all(), negative)).getLeft())
                .extracting(Problem::code).containsExactly("dossier.restore.bad-counter");
        // counters are ignored by a book whose host numbers dossiers
        assertThat(DossierBook.restore(DossierFixtures.rules(), new DossierBookSnapshot(book.all(), negative)).get()
                .counters()).isEmpty();
    }

    @Test
    void shared_underContention_numbersStayUniqueAndGapless() throws Exception {
        SharedState<DossierBook> shared = SharedState.of(DossierBook.empty(NUMBERING));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<List<Long>>> jobs = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int thread = t;
            jobs.add(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String id = "d-" + thread + "-" + i;
                    mine.add(shared.update(b -> b.open(unnumbered(id, GENERAL), ctx("2026-05-04T09:00"))).get()
                            .dossier().reference().sequence());
                }
                return mine;
            });
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : pool.invokeAll(jobs)) {
            all.addAll(f.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(120).doesNotHaveDuplicates();
        assertThat(all.stream().mapToLong(Long::longValue).max().getAsLong()).isEqualTo(120);
        assertThat(shared.get().counters()).containsValue(120L);
        assertThat(shared.get().all()).extracting(Dossier::reference).extracting(ReferenceNumber::sequence)
                .doesNotHaveDuplicates();
    }

    @Test
    void open_atAnInstantOutsideTheSupportedRange_isRefused_beforeAnyNumberIsGiven() {
        DossierBook book = DossierBook.empty(NUMBERING);
        Context late = Context.of(Limits.MAX_INSTANT.plusSeconds(1), DossierFixtures.OFFICER,
                Clearance.of(Confidentiality.CONFIDENTIAL));
        assertThat(book.open(unnumbered("d-1", GENERAL), late).getLeft().code()).isEqualTo("kernel.range.instant");
    }
}
