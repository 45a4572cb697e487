package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.SharedState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Numbers stay unique and gapless when many threads register through the shared holder.
 * Tagged heavy (800,000 registrations): CI runs it; locally add {@code -Pheavy}.
 */
@Tag("heavy")
class ConcurrentRegistrationTest {
    static final int THREADS = 8;
    static final int PER_THREAD = 100_000;

    @Test
    void eightThreads_register100000Each_everyNumberOnceAndNoGap() throws Exception {
        // given
        LocalDate day = LocalDate.of(2026, 3, 2);
        Context ctx = clerkOn(day);
        Registration letter = letter(day, "Demande").build();
        SharedState<Register> shared = SharedState.of(emptyGeneral());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Callable<long[]>> jobs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            jobs.add(() -> {
                long[] mine = new long[PER_THREAD];
                for (int i = 0; i < PER_THREAD; i++) {
                    mine[i] = shared.update(r -> r.register(letter, ctx))
                            .get().entry().number().sequence();
                }
                return mine;
            });
        }
        // when
        BitSet seen = new BitSet();
        int handedOut = 0;
        for (Future<long[]> f : pool.invokeAll(jobs)) {
            for (long n : f.get()) {
                assertThat(seen.get((int) n)).as("number %d given twice", n).isFalse();
                seen.set((int) n);
                handedOut++;
            }
        }
        pool.shutdown();
        // then: numbers 1..N each handed out once, and the register holds them in order
        int total = THREADS * PER_THREAD;
        assertThat(handedOut).isEqualTo(total);
        assertThat(seen.cardinality()).isEqualTo(total);
        assertThat(seen.nextClearBit(1)).isEqualTo(total + 1);
        Register r = shared.get();
        assertThat(r.size()).isEqualTo(total);
        for (int i = 0; i < total; i++) {
            Entry e = r.entries().get(i);
            assertThat(e.number().sequence()).isEqualTo(i + 1L);
            assertThat(e.position()).isEqualTo(i + 1L);
        }
        assertThat(r.entries().get(total - 1).number().text()).isEqualTo("2026-A-800000");
    }
}
