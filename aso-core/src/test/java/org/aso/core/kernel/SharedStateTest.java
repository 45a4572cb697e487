package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SharedStateTest {
    record Counter(long value) {}

    /** An outcome in the shape core's decisions return: the new state plus what the decision gave. */
    record Ticket(Counter counter, long number) implements Outcome<Counter> {
        @Override
        public Counter state() {
            return counter;
        }

        @Override
        public List<DomainEvent> events() {
            return List.of();
        }
    }

    static Either<Problem, Ticket> take(Counter c) {
        return Either.right(new Ticket(new Counter(c.value() + 1), c.value() + 1));
    }

    @Test
    void update_underContention_losesNoIncrement() throws Exception {
        // given
        SharedState<Counter> shared = SharedState.of(new Counter(0));
        int threads = 4;
        int perThread = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<List<Long>>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(() -> {
                List<Long> seen = new ArrayList<>(perThread);
                for (int i = 0; i < perThread; i++) {
                    seen.add(shared.update(c -> Either.<Problem, Counter>right(new Counter(c.value() + 1)),
                            c -> c).get().value());
                }
                return seen;
            });
        }
        // when
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : pool.invokeAll(jobs)) {
            all.addAll(f.get());
        }
        pool.shutdown();
        // then: every value from 1 to N handed out exactly once
        assertThat(shared.get().value()).isEqualTo((long) threads * perThread);
        assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
        assertThat(all.stream().mapToLong(Long::longValue).max().getAsLong()).isEqualTo((long) threads * perThread);
    }

    @Test
    void update_refused_leavesTheStateAlone() {
        SharedState<Counter> shared = SharedState.of(new Counter(7));
        Either<Problem, Counter> r = shared.update(c -> Either.left(Problem.of("test.refused", "No")), c -> c);
        assertThat(r.getLeft().code()).isEqualTo("test.refused");
        assertThat(shared.get().value()).isEqualTo(7);
    }

    @Test
    void update_withAnOutcome_installsItsState() {
        // given
        SharedState<Counter> shared = SharedState.of(new Counter(41));
        // when
        Either<Problem, Ticket> first = shared.update(SharedStateTest::take);
        Either<Problem, Ticket> second = shared.update(SharedStateTest::take);
        // then
        assertThat(first.get().number()).isEqualTo(42);
        assertThat(second.get().number()).isEqualTo(43);
        assertThat(shared.get()).isEqualTo(new Counter(43));
    }

    @Test
    void update_withAnOutcome_underContention_handsOutEachNumberOnce() throws Exception {
        SharedState<Counter> shared = SharedState.of(new Counter(0));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<List<Long>>> jobs = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            jobs.add(() -> {
                List<Long> seen = new ArrayList<>();
                for (int i = 0; i < 5_000; i++) {
                    seen.add(shared.update(SharedStateTest::take).get().number());
                }
                return seen;
            });
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : pool.invokeAll(jobs)) {
            all.addAll(f.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(15_000).doesNotHaveDuplicates();
        assertThat(shared.get().value()).isEqualTo(15_000);
    }

    @Test
    void update_withAnOutcome_refused_leavesTheStateAlone() {
        SharedState<Counter> shared = SharedState.of(new Counter(7));
        Either<Problem, Ticket> r = shared.update(c -> Either.left(Problem.of("test.refused", "No")));
        assertThat(r.getLeft().code()).isEqualTo("test.refused");
        assertThat(shared.get().value()).isEqualTo(7);
    }

    @Test
    void update_withAnOutcomeWithoutState_throws() {
        SharedState<Counter> shared = SharedState.of(new Counter(7));
        assertThatNullPointerException()
                .isThrownBy(() -> shared.update(c -> Either.right(new Ticket(null, 1))));
        assertThat(shared.get().value()).isEqualTo(7);
    }

    @Test
    void contact_displayName() {
        Contact c = Contact.builder().name("Jean Dupont").organisation("Mairie de Lyon").build();
        assertThat(c.displayName()).isEqualTo("Jean Dupont (Mairie de Lyon)");
        assertThat(Contact.named("Cour des comptes").displayName()).isEqualTo("Cour des comptes");
    }
}
