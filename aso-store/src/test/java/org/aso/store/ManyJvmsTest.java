package org.aso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.AgendaSnapshot;
import org.aso.core.agenda.Meeting;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSnapshot;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several JVMs ({@link StoreWorker}, each a process of its own) share one PostgreSQL database through
 * {@link EventStore}: they number letters into one register and race for one room, and one of them is
 * killed with SIGKILL again and again while it appends. Afterwards the store is read back in this JVM
 * and directly in its tables. Tagged heavy (CI runs it; locally add {@code -Pheavy}).
 */
@Tag("heavy")
@ExtendWith(Postgres.class)
class ManyJvmsTest {
    static final Duration LINE = Duration.ofSeconds(60);
    static final int WORKERS = 4;

    private final List<WorkerProcess> started = new ArrayList<>();

    /** Starts a worker JVM, killed after the test if it is still running (a failed test leaves none behind). */
    private WorkerProcess start(PostgresServer server, String database, Path dir, String name, String mode, int count) {
        WorkerProcess w = WorkerProcess.start(server, database, dir, name, mode, count);
        started.add(w);
        return w;
    }

    @AfterEach
    void killWhatIsLeft() {
        started.stream().filter(w -> w.process().isAlive()).forEach(WorkerProcess::kill);
    }

    @Test
    @Timeout(300)
    void fourJvms_migrateAFreshDatabaseAtOnce_allSucceedOnTheSameSchema(PostgresServer server, @TempDir Path dir) throws Exception {
        // given: a database without the schema, and four JVMs starting at once, as a host's instances do
        String database = server.createDatabase();
        List<WorkerProcess> workers = new ArrayList<>();
        for (int w = 1; w <= WORKERS; w++) {
            workers.add(start(server, database, dir, "m" + w, "migrate", 0));
        }
        // when
        go(workers);
        // then: each applied the schema or found it applied, and reports the same version
        List<String> versions = new ArrayList<>();
        for (WorkerProcess w : workers) {
            versions.add(w.await("final", LINE));
            assertThat(w.exitCode()).as("%s's exit code", w.name()).isZero();
        }
        int latest = EventStore.schemaScripts().size();
        assertThat(versions).containsOnly("final " + latest);
        assertThat(Problems.orThrow(EventStore.on(server.dataSource(database)).migrate())).isEqualTo(latest);
        StoreTables.assertHistory(server.dataSource(database), latest);
    }

    @Test
    @Timeout(300)
    void fourJvms_registerIntoOneRegister_everyNumberOnceWithoutGap(PostgresServer server, @TempDir Path dir) throws Exception {
        // given: a migrated database and four worker JVMs on it
        String database = migrated(server);
        int decisions = 60;
        List<WorkerProcess> workers = new ArrayList<>();
        for (int w = 1; w <= WORKERS; w++) {
            workers.add(start(server, database, dir, "w" + w, "register", decisions));
        }
        // when: they all register at once
        go(workers);
        Map<String, Map<Integer, List<Long>>> acknowledged = new HashMap<>();
        for (WorkerProcess w : workers) {
            acknowledged.put(w.name(), acknowledgements(w, "done"));
        }
        long conflicts = finish(workers);
        // then: they really raced (appends lost to another JVM, caught up and decided again)
        assertThat(conflicts).as("appends that lost a race").isPositive();
        // and every number once, no gap, each worker's decisions whole and where it was told
        Register register = load(server, database);
        int letters = WORKERS * (decisions / 3) * (1 + 2 + 3);
        assertGapless(register, letters);
        for (WorkerProcess w : workers) {
            assertThat(acknowledged.get(w.name())).hasSize(decisions);
            acknowledged.get(w.name()).forEach((d, numbers) ->
                    assertThat(StoreWorker.numbersOf(register, w.name(), d)).as("%s's decision %d", w.name(), d).isEqualTo(numbers));
        }
        assertWholeDecisions(register);
        StoreTables.assertContiguous(server.dataSource(database), StoreWorker.REGISTER, letters);
        // and every JVM, reading again at the end, sees the state this one loads
        for (WorkerProcess w : workers) {
            assertThat(snapshot(dir, w.name(), RegisterSnapshot.class)).as(w.name()).isEqualTo(register.snapshot());
        }
    }

    @Test
    @Timeout(300)
    void fourJvms_raceForTheSameRoom_exactlyOneWinsEachRace(PostgresServer server, @TempDir Path dir) throws Exception {
        // given
        String database = migrated(server);
        int races = 40;
        List<WorkerProcess> workers = new ArrayList<>();
        for (int w = 1; w <= WORKERS; w++) {
            workers.add(start(server, database, dir, "w" + w, "book", races));
        }
        // when: each books the large room for the same hours, at the same time as the others
        go(workers);
        Map<Integer, List<String>> winners = new TreeMap<>();
        Map<String, Integer> lostBy = new TreeMap<>();
        for (WorkerProcess w : workers) {
            for (String line = w.next(LINE); !line.equals("done"); line = w.next(LINE)) {
                String[] parts = line.split(" ");
                int race = Integer.parseInt(parts[1]);
                if (parts[0].equals("won")) {
                    winners.computeIfAbsent(race, r -> new ArrayList<>()).add(w.name());
                } else {
                    assertThat(parts[0]).isEqualTo("lost");
                    lostBy.merge(parts[2], 1, Integer::sum);
                }
            }
        }
        assertThat(finish(workers)).as("appends that lost a race").isPositive();
        // then: one winner per race, the others refused as a double booking
        assertThat(winners).hasSize(races);
        winners.forEach((race, names) -> assertThat(names).as("winners of race %d", race).hasSize(1));
        assertThat(lostBy).containsOnlyKeys("agenda.room.double-booked").containsEntry("agenda.room.double-booked", races * (WORKERS - 1));
        // and the store holds exactly the winners' meetings
        StoredState<Agenda> stored = Problems.orThrow(EventStore.on(server.dataSource(database), StoreWorker.settings())
                .open(StoreWorker.AGENDA, StoreWorker.agenda()));
        Agenda agenda = stored.get();
        for (int race = 0; race < races; race++) {
            var start = StoreWorker.RACE_START.plusHours(race);
            List<Meeting> booked = agenda.bookingsOf(AgendaFixtures.LARGE, Interval.of(start.toInstant(), start.plusHours(1).toInstant()));
            assertThat(booked).as("race %d", race).extracting(m -> m.id().value())
                    .containsExactly(winners.get(race).get(0) + "-" + race);
        }
        StoreTables.assertContiguous(server.dataSource(database), StoreWorker.AGENDA, races);
        for (WorkerProcess w : workers) {
            assertThat(snapshot(dir, w.name(), AgendaSnapshot.class)).as(w.name()).isEqualTo(agenda.snapshot());
        }
    }

    @Test
    @Timeout(600)
    void aJvmKilledWhileAppending_leavesNoPartialDecision_andTheOthersCarryOn(PostgresServer server, @TempDir Path dir) throws Exception {
        // given: three workers registering until told to stop, and a fourth, the victim
        String database = migrated(server);
        List<WorkerProcess> steady = new ArrayList<>();
        for (int w = 1; w < WORKERS; w++) {
            steady.add(start(server, database, dir, "w" + w, "register", -1));
        }
        go(steady);
        Random random = new Random(14);
        Map<String, Map<Integer, List<Long>>> acknowledged = new HashMap<>();
        int kills = 6;
        int insideAnUpdate = 0;
        for (int k = 1; k <= kills; k++) {
            // when: the victim (a fresh JVM, a fresh EventStore.open each time) is killed after a few decisions
            WorkerProcess victim = start(server, database, dir, "v" + k, "register", -1);
            go(List.of(victim));
            int target = 3 + random.nextInt(20);
            Map<Integer, List<Long>> mine = new TreeMap<>();
            while (mine.size() < target) {
                record(victim.next(LINE), mine);
            }
            Thread.sleep(random.nextInt(25));
            victim.kill();
            List<String> rest = victim.rest();
            rest.forEach(line -> record(line, mine));
            List<String> lines = victim.seen();
            insideAnUpdate += lines.get(lines.size() - 1).startsWith("try ") ? 1 : 0;
            acknowledged.put(victim.name(), mine);
        }
        // then: the others carry on to the end
        Files.createFile(dir.resolve("stop"));
        for (WorkerProcess w : steady) {
            acknowledged.put(w.name(), acknowledgements(w, "done"));
            assertThat(acknowledged.get(w.name())).as("%s went on registering", w.name()).hasSizeGreaterThan(10);
        }
        assertThat(finish(steady)).as("appends that lost a race").isPositive();
        // and the store holds every acknowledged decision, whole, and no part of any other
        Register register = load(server, database);
        assertGapless(register, register.size());
        acknowledged.forEach((name, mine) -> mine.forEach((d, numbers) ->
                assertThat(StoreWorker.numbersOf(register, name, d)).as("%s's decision %d", name, d).isEqualTo(numbers)));
        assertWholeDecisions(register);
        StoreTables.assertContiguous(server.dataSource(database), StoreWorker.REGISTER, register.size());
        // and a restarted JVM loads what the others see
        WorkerProcess restarted = start(server, database, dir, "restarted", "load", 0);
        restarted.await("final", LINE);
        assertThat(restarted.exitCode()).isZero();
        assertThat(snapshot(dir, "restarted", RegisterSnapshot.class)).isEqualTo(register.snapshot());
        for (WorkerProcess w : steady) {
            assertThat(snapshot(dir, w.name(), RegisterSnapshot.class)).as(w.name()).isEqualTo(register.snapshot());
        }
        // not asserted (timing): how many killed decisions reached the database unacknowledged
        int unacknowledged = 0;
        for (int k = 1; k <= kills; k++) {
            String name = "v" + k;
            unacknowledged += (int) decisionsIn(register, name).stream().filter(d -> !acknowledged.get(name).containsKey(d)).count();
        }
        System.out.println("ManyJvmsTest: " + register.size() + " letters; " + kills + " kills, " + insideAnUpdate
                + " of them inside an update (between its try and its ok); "
                + unacknowledged + " killed decisions committed but not acknowledged");
    }

    private static String migrated(PostgresServer server) {
        String database = server.createDatabase();
        Problems.orThrow(EventStore.on(server.dataSource(database), StoreWorker.settings()).migrate());
        return database;
    }

    private static Register load(PostgresServer server, String database) {
        return Problems.orThrow(EventStore.on(server.dataSource(database), StoreWorker.settings())
                .open(StoreWorker.REGISTER, StoreWorker.register())).get();
    }

    /** Waits until each worker has opened its stream, then lets them all go at once. */
    private static void go(List<WorkerProcess> workers) {
        for (WorkerProcess w : workers) {
            assertThat(w.next(LINE)).isEqualTo("ready");
        }
        workers.forEach(w -> w.send("go"));
    }

    /**
     * Lets each worker read its stream a last time and write its snapshot, and checks it ends well.
     *
     * @return how many appends lost a race, all workers together
     */
    private static long finish(List<WorkerProcess> workers) {
        workers.forEach(w -> w.send("final"));
        long conflicts = 0;
        for (WorkerProcess w : workers) {
            conflicts += Long.parseLong(w.await("final", LINE).split(" ")[2]);
            assertThat(w.exitCode()).as("%s's exit code", w.name()).isZero();
        }
        return conflicts;
    }

    /** {@return the numbers each decision got, by decision, read until the line {@code end}} */
    private static Map<Integer, List<Long>> acknowledgements(WorkerProcess w, String end) {
        Map<Integer, List<Long>> mine = new TreeMap<>();
        for (String line = w.next(LINE); !line.equals(end); line = w.next(LINE)) {
            record(line, mine);
        }
        return mine;
    }

    private static void record(String line, Map<Integer, List<Long>> mine) {
        String[] parts = line.split(" ");
        if (!parts[0].equals("ok")) {
            return;
        }
        List<Long> numbers = new ArrayList<>();
        for (String n : parts[2].split(",")) {
            numbers.add(Long.parseLong(n));
        }
        assertThat(mine.put(Integer.parseInt(parts[1]), numbers)).as("decision %s acknowledged once", parts[1]).isNull();
    }

    /** Numbers 1 to {@code size}, in register order, each once. */
    private static void assertGapless(Register register, int size) {
        assertThat(register.size()).isEqualTo(size);
        for (int i = 0; i < size; i++) {
            Entry e = register.entries().get(i);
            assertThat(e.number().sequence()).as("number at position %d", i + 1).isEqualTo(i + 1L);
            assertThat(e.position()).isEqualTo(i + 1L);
        }
    }

    /**
     * Every decision in the register is whole: decision {@code d} of a worker registered {@code 1 + d % 3}
     * letters, parts 1 to k, one after the other with nothing between them.
     */
    private static void assertWholeDecisions(Register register) {
        Map<String, List<Entry>> byDecision = new HashMap<>();
        for (Entry e : register.entries()) {
            Matcher m = StoreWorker.SUBJECT.matcher(e.subject().orElse(""));
            assertThat(m.matches()).as("subject of %s", e.number()).isTrue();
            byDecision.computeIfAbsent(m.group(1) + " " + m.group(2), k -> new ArrayList<>()).add(e);
        }
        byDecision.forEach((decision, entries) -> {
            int d = Integer.parseInt(decision.split(" ")[1]);
            int parts = 1 + d % 3;
            assertThat(entries).as("letters of decision %s", decision).hasSize(parts);
            for (int i = 0; i < parts; i++) {
                assertThat(entries.get(i).subject()).contains(decision + " " + (i + 1) + "/" + parts);
                assertThat(entries.get(i).position()).isEqualTo(entries.get(0).position() + i);
            }
        });
    }

    private static List<Integer> decisionsIn(Register register, String name) {
        List<Integer> decisions = new ArrayList<>();
        for (Entry e : register.entries()) {
            Matcher m = StoreWorker.SUBJECT.matcher(e.subject().orElse(""));
            if (m.matches() && m.group(1).equals(name) && m.group(3).equals("1")) {
                decisions.add(Integer.parseInt(m.group(2)));
            }
        }
        return decisions;
    }

    private static <T> T snapshot(Path dir, String name, Class<T> type) throws IOException {
        try (Reader in = Files.newBufferedReader(dir.resolve(name + ".json"), StandardCharsets.UTF_8)) {
            return Problems.orThrow(StoreWorker.settings().json().read(in, type));
        }
    }
}
