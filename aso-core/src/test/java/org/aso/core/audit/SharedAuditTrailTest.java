package org.aso.core.audit;

import static org.aso.core.fixtures.AuditFixtures.MONDAY_9AM;
import static org.aso.core.fixtures.AuditFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.SharedState;
import org.junit.jupiter.api.Test;

/** One trail shared by several threads of a host through {@link SharedState}. */
class SharedAuditTrailTest {
    static final int THREADS = 4;
    static final int PER_THREAD = 5_000;

    static <T> List<T> runAll(List<Callable<List<T>>> jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        try {
            List<T> all = new ArrayList<>();
            for (Future<List<T>> f : pool.invokeAll(jobs)) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void concurrent_appends_keep_one_gapless_valid_chain() throws Exception {
        // given: a host clock read inside the update, so that every attempt is stamped after the state it sees
        SharedState<AuditTrail> shared = SharedState.of(AuditTrail.empty());
        AtomicLong clock = new AtomicLong();
        List<Callable<List<Long>>> jobs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String actor = "p-" + t;
            jobs.add(() -> {
                List<Long> sequences = new ArrayList<>(PER_THREAD);
                for (int i = 0; i < PER_THREAD; i++) {
                    String n = Integer.toString(i);
                    Either<Problem, AuditTrail> r = shared.update(trail -> trail.append(event(
                            MONDAY_9AM.plusMillis(clock.incrementAndGet()), actor, "dossier.transferred",
                            DossierId.of("d-" + (Integer.parseInt(n) % 10)), "n", n)), trail -> trail);
                    sequences.add(r.get().last().get().sequence());
                }
                return sequences;
            });
        }
        // when
        List<Long> handedOut = runAll(jobs);
        // then
        AuditTrail trail = shared.get();
        int total = THREADS * PER_THREAD;
        assertThat(trail.size()).isEqualTo(total);
        Verification v = AuditTrail.verify(trail.entries());
        assertThat(v.isIntact()).as("%s", v).isTrue();
        assertThat(v.head()).isEqualTo(trail.checkpoint());
        assertThat(trail.entries()).extracting(AuditEntry::sequence)
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, total).boxed().toList());
        // every append saw its own entry, and no two appends got the same one
        assertThat(handedOut).hasSize(total).doesNotHaveDuplicates();
        // each thread's events are recorded once, in the order the thread made them
        for (int t = 0; t < THREADS; t++) {
            assertThat(trail.by(PersonId.of("p-" + t))).extracting(e -> Integer.parseInt(e.details().get("n")))
                    .isEqualTo(java.util.stream.IntStream.range(0, PER_THREAD).boxed().toList());
        }
    }

    @Test
    void events_stamped_before_a_race_are_refused_cleanly_when_they_fall_behind() throws Exception {
        // given: each thread stamps its event before the update, as a host reading its clock early would
        SharedState<AuditTrail> shared = SharedState.of(AuditTrail.empty());
        AtomicLong clock = new AtomicLong();
        int perThread = 2_000;
        List<Callable<List<Either<Problem, AuditTrail>>>> jobs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String actor = "p-" + t;
            jobs.add(() -> {
                List<Either<Problem, AuditTrail>> outcomes = new ArrayList<>(perThread);
                for (int i = 0; i < perThread; i++) {
                    var stamped = event(MONDAY_9AM.plusMillis(clock.incrementAndGet()), actor, "dossier.opened",
                            DossierId.of("d-" + i));
                    outcomes.add(shared.update(trail -> trail.append(stamped), trail -> trail));
                }
                return outcomes;
            });
        }
        // when
        List<Either<Problem, AuditTrail>> outcomes = runAll(jobs);
        // then: a refusal is only ever the time rule, and the accepted events form one sound chain
        assertThat(outcomes.stream().filter(Either::isLeft).map(r -> r.getLeft().code()))
                .allMatch("audit.time.backwards"::equals);
        long accepted = outcomes.stream().filter(Either::isRight).count();
        AuditTrail trail = shared.get();
        assertThat(trail.size()).isEqualTo(accepted);
        assertThat(AuditTrail.verify(trail.entries()).isIntact()).isTrue();
    }
}
