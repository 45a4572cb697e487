package org.aso.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.aso.core.correspondence.Register;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store's contract on a real PostgreSQL server ({@link Postgres}), a fresh database per test. Skipped,
 * saying why, when the server binaries are missing (unless {@code -Daso.pg.required=true}).
 */
@ExtendWith(Postgres.class)
class PostgresStoreTest extends StoreContract {
    private static PostgresServer server;
    private PGSimpleDataSource dataSource;

    @BeforeAll
    static void server(PostgresServer running) {
        server = running;
    }

    @AfterEach
    void forget() {
        dataSource = null;
    }

    /** A new database for each test, made on its first use in the test (the contract's own set-up runs first). */
    @Override
    protected DataSource dataSource() {
        if (dataSource == null) {
            dataSource = server.dataSource(server.createDatabase());
        }
        return dataSource;
    }

    // ------------------------------------------------------------------ PostgreSQL only

    @Test
    @Timeout(60)
    void anAppendWaitingBeyondTheHostsLockTimeout_catchesUpAndDecidesAgain_ratherThanFailing() throws Exception {
        // given: a register with one letter, and a host whose connections wait at most 50 ms for a lock
        LocalDate day = LocalDate.of(2026, 3, 2);
        Aggregate<Register> aggregate = Aggregate.register(CorrespondenceFixtures.general());
        StoredState<Register> first = EventStore.on(dataSource()).open("register/locked", aggregate).get();
        first.update(r -> r.register(CorrespondenceFixtures.letter(day, "First").build(), CorrespondenceFixtures.clerkOn(day))).get();
        PGSimpleDataSource impatient = server.dataSource(((PGSimpleDataSource) dataSource()).getDatabaseName());
        impatient.setOptions("-c lock_timeout=50");
        StoredState<Register> holder = EventStore.on(impatient).open("register/locked", aggregate).get();
        // and another transaction holding the stream's row for 600 ms
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try (Connection c = dataSource().getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("SELECT version FROM aso_stream WHERE name = ? FOR UPDATE")) {
                    ps.setString(1, "register/locked");
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                    }
                }
                locked.countDown();
                Thread.sleep(600);
                c.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        // when: the holder appends while the row is locked (its appends give up after 50 ms, SQL state 55P03)
        Either<Problem, Register.Registered> second = holder.update(
                r -> r.register(CorrespondenceFixtures.letter(day, "Second").build(), CorrespondenceFixtures.clerkOn(day)));
        other.get(30, TimeUnit.SECONDS);
        // then: it tried again until the lock was gone, as after any lost race
        assertThat(second.map(r -> r.entry().number().sequence())).isEqualTo(Either.right(2L));
        assertThat(holder.conflicts()).as("appends that gave up on the lock").isPositive();
        assertThat(EventStore.on(dataSource()).open("register/locked", aggregate).get().version()).isEqualTo(2);
    }

    @Test
    @Timeout(120)
    void holdersOnSerializableConnections_stillNumberEveryLetterOnceWithoutGap() throws Exception {
        // given: a host whose connections default to SERIALIZABLE (a lost race is then SQL state 40001 at the update)
        LocalDate day = LocalDate.of(2026, 3, 2);
        PGSimpleDataSource serializable = server.dataSource(((PGSimpleDataSource) dataSource()).getDatabaseName());
        serializable.setOptions("-c default_transaction_isolation=serializable");
        Aggregate<Register> aggregate = Aggregate.register(CorrespondenceFixtures.general());
        int holders = 4;
        int each = 30;
        ExecutorService pool = Executors.newFixedThreadPool(holders);
        List<CompletableFuture<List<Long>>> runs = new ArrayList<>();
        for (int h = 0; h < holders; h++) {
            StoredState<Register> holder = EventStore.on(serializable).open("register/serializable", aggregate).get();
            runs.add(CompletableFuture.supplyAsync(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(holder.update(r -> r.register(CorrespondenceFixtures.letter(day, "Letter").build(),
                            CorrespondenceFixtures.clerkOn(day))).get().entry().number().sequence());
                }
                return mine;
            }, pool));
        }
        // when
        List<Long> numbers = new ArrayList<>();
        try {
            for (CompletableFuture<List<Long>> run : runs) {
                numbers.addAll(run.get(100, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // then
        assertThat(numbers).hasSize(holders * each).doesNotHaveDuplicates();
        Register stored = EventStore.on(dataSource()).open("register/serializable", aggregate).get().get();
        assertThat(stored.entries()).extracting(e -> e.number().sequence())
                .isEqualTo(LongStream.rangeClosed(1, holders * each).boxed().toList());
        StoreTables.assertContiguous(dataSource(), "register/serializable", holders * each);
    }

    @Test
    void aHost_runningTheScriptsWithPsql_getsAWorkingStore() {
        // given: a database whose schema psql made from the scripts' text (as a host's own tool would)
        String database = server.createDatabase();
        for (String script : EventStore.schemaScripts()) {
            server.psql(database, EventStore.schemaScript(script));
        }
        PGSimpleDataSource own = server.dataSource(database);
        LocalDate day = LocalDate.of(2026, 3, 2);
        // when
        StoredState<Register> general = EventStore.on(own).open("register/general", Aggregate.register(CorrespondenceFixtures.general())).get();
        Either<Problem, Register.Registered> first = general.update(
                r -> r.register(CorrespondenceFixtures.letter(day, "Demande").build(), CorrespondenceFixtures.clerkOn(day)));
        // then
        assertThat(first.map(r -> r.entry().number().sequence())).isEqualTo(Either.right(1L));
        assertThat(EventStore.on(own).open("register/general", Aggregate.register(CorrespondenceFixtures.general())).get().get().size())
                .isEqualTo(1);
        assertThat(EventStore.on(own).migrate()).as("migrate finds the tables there").isEqualTo(Either.right(EventStore.schemaScripts().size()));
    }
}
