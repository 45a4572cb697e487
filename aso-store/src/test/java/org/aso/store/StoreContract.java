package org.aso.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.MeetingId;
import org.aso.core.audit.AuditEntry;
import org.aso.core.audit.AuditTrail;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.PhoneLog;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterId;
import org.aso.core.correspondence.RegisterSnapshot;
import org.aso.core.correspondence.TransmissionSlips;
import org.aso.core.correspondence.VisitorLog;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierCommand;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.AuditFixtures;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.LogFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.Problem;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.EscalationPolicy;
import org.aso.core.priority.NoticeLog;
import org.aso.store.json.AsoJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's behaviour on any database: each subclass gives a fresh, empty database (or schema) per
 * test through {@link #dataSource()}. The SQL here is the portable DML the store itself uses.
 */
abstract class StoreContract {

    /**
     * {@return a data source on a fresh, empty database or schema, the same for the whole test} Called first
     * from this class's {@code @BeforeEach}, before a subclass's own: make it on the first call.
     */
    protected abstract DataSource dataSource();

    /** How the tests write payloads of their own (tampered rows): the store's JSON. */
    private final Codec codec = Codec.json(AsoJson.create());

    @BeforeEach
    void migrate() {
        assertThat(EventStore.on(dataSource()).migrate()).isEqualTo(Either.right(1));
    }

    /** A store on the test's database, a snapshot every {@code every} events. */
    EventStore store(int every) {
        return EventStore.on(dataSource(), new StoreSettings(AsoJson.create(), every, 10_000));
    }

    EventStore store() {
        return store(1_000);
    }

    // ------------------------------------------------------------------ schema

    @Test
    void migrate_again_isHarmlessAndKeepsTheVersion() {
        // given: a migrated database (see migrate())
        EventStore store = store();
        // when
        Either<Problem, Integer> again = store.migrate();
        // then
        assertThat(again).isEqualTo(Either.right(1));
        assertThat(count("SELECT COUNT(*) FROM aso_schema_history")).isEqualTo(1);
        assertThat(EventStore.schemaScripts()).containsExactly("org/aso/store/sql/V1__streams_events_snapshots.sql");
    }

    @Test
    void migrate_fromTwoThreadsAtOnce_bothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Either<Problem, Integer>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return store().migrate();
                }));
            }
            for (Future<Either<Problem, Integer>> run : runs) {
                assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(Either.right(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void migrate_whenTheDatabaseFails_isUnavailable() {
        // given: a database that lost its history, whose connection drops when the history is written
        execute("DROP TABLE aso_schema_history");
        FailingDataSource failing = new FailingDataSource(dataSource());
        failing.failAt("INSERT INTO aso_schema_history", 1);
        // when
        Either<Problem, Integer> migrated = EventStore.on(failing).migrate();
        // then
        assertThat(failing.failures()).isEqualTo(1);
        assertThat(migrated.getLeft().code()).isEqualTo("store.unavailable");
        assertThat(migrated.getLeft().detail("sqlState")).isPresent();
        // and a second run completes it
        assertThat(EventStore.on(dataSource()).migrate()).isEqualTo(Either.right(1));
        assertThat(count("SELECT COUNT(*) FROM aso_schema_history")).isEqualTo(1);
    }

    // ------------------------------------------------------------------ the JDBC layer, payloads as text

    private EventLog log(int pageSize) {
        return new EventLog(dataSource(), java.time.Clock.systemUTC(), pageSize);
    }

    private static List<EventLog.NewEvent> texts(String... payloads) {
        return java.util.Arrays.stream(payloads).map(p -> new EventLog.NewEvent("Text", 1, p)).toList();
    }

    private static List<String> readAll(EventLog log, String stream, long after) {
        List<String> out = new ArrayList<>();
        assertThat(log.read(stream, after, row -> {
            out.add(row.version() + ":" + row.payload());
            return Optional.empty();
        }).isRight()).isTrue();
        return out;
    }

    @Test
    void append_toANewStream_thenAfterItsVersion_readsBackInOrder() {
        EventLog log = log(1_000);
        // when
        assertThat(log.append("s", "text", 0, texts("a", "b"))).isEqualTo(Either.right(2L));
        assertThat(log.append("s", "text", 2, texts("c"))).isEqualTo(Either.right(3L));
        // then
        assertThat(readAll(log, "s", 0)).containsExactly("1:a", "2:b", "3:c");
        assertThat(readAll(log, "s", 2)).containsExactly("3:c");
        assertThat(log.stream("s").get()).contains(new EventLog.StreamRow("text", 3));
        assertThat(log.stream("other").get()).isEmpty();
    }

    @Test
    void append_withAStaleVersion_isAConflictAndAppendsNothing() {
        EventLog log = log(1_000);
        log.append("s", "text", 0, texts("a"));
        log.append("s", "text", 1, texts("b"));
        // when: a writer that saw version 1, and one that thinks the stream is new
        Either<Problem, Long> stale = log.append("s", "text", 1, texts("x", "y"));
        Either<Problem, Long> fresh = log.append("s", "text", 0, texts("z"));
        // then
        assertThat(stale.getLeft().code()).isEqualTo(EventLog.CONFLICT);
        assertThat(fresh.getLeft().code()).isEqualTo(EventLog.CONFLICT);
        assertThat(readAll(log, "s", 0)).containsExactly("1:a", "2:b");
        assertThat(log.stream("s").get()).contains(new EventLog.StreamRow("text", 2));
    }

    @Test
    void read_inPages_givesEveryEventOnce() {
        EventLog log = log(7);
        List<String> expected = new ArrayList<>();
        long version = 0;
        for (int batch = 0; batch < 5; batch++) {
            String[] payloads = new String[batch * 3 + 1];
            for (int i = 0; i < payloads.length; i++) {
                payloads[i] = "p" + (version + i + 1);
                expected.add((version + i + 1) + ":" + payloads[i]);
            }
            version = log.append("s", "text", version, texts(payloads)).get();
        }
        // when: read in pages of 7
        List<String> read = readAll(log, "s", 0);
        // then
        assertThat(version).isEqualTo(35);
        assertThat(read).isEqualTo(expected);
        assertThat(readAll(log, "s", 34)).containsExactly("35:p35");
    }

    @Test
    void read_stopsAtTheSinksProblem() {
        EventLog log = log(2);
        log.append("s", "text", 0, texts("a", "b", "c"));
        List<Long> seen = new ArrayList<>();
        Either<Problem, Long> read = log.read("s", 0, row -> {
            seen.add(row.version());
            return row.version() == 2 ? Optional.of(Problem.of("json.syntax", "bad")) : Optional.empty();
        });
        assertThat(read.getLeft().code()).isEqualTo("json.syntax");
        assertThat(seen).containsExactly(1L, 2L);
    }

    @Test
    void snapshots_theLatestIsRead_andOlderOnesAreRemoved() {
        EventLog log = log(1_000);
        log.append("s", "text", 0, texts("a", "b", "c"));
        assertThat(log.latestSnapshot("s", (v, sv, r) -> Either.right(v)).get()).isEmpty();
        // when
        assertThat(log.writeSnapshot("s", 2, 1, StoreSettings.MAX_SNAPSHOT_LENGTH, out -> out.write("two"))).isEqualTo(Either.right(true));
        assertThat(log.writeSnapshot("s", 3, 1, StoreSettings.MAX_SNAPSHOT_LENGTH, out -> out.write("three"))).isEqualTo(Either.right(true));
        assertThat(log.writeSnapshot("s", 3, 1, StoreSettings.MAX_SNAPSHOT_LENGTH, out -> out.write("three again"))).isEqualTo(Either.right(false));
        // then
        Either<Problem, Optional<EventLog.Snapshot<String>>> latest = log.latestSnapshot("s",
                (v, sv, r) -> Either.right(sv + ":" + text(r)));
        assertThat(latest.get()).contains(new EventLog.Snapshot<>(3, "1:three"));
        assertThat(count("SELECT COUNT(*) FROM aso_snapshot")).isEqualTo(1);
    }

    @Test
    void aSnapshotBeyondTheLength_isNotWritten_andTheStreamLoadsFromItsEvents() {
        EventLog log = log(1_000);
        log.append("s", "text", 0, texts("a", "b"));
        assertThat(log.writeSnapshot("s", 1, 1, 1_000, out -> out.write("x".repeat(1_000)))).isEqualTo(Either.right(true));
        // when: a longer one, written in pieces
        Either<Problem, Boolean> tooLong = log.writeSnapshot("s", 2, 1, 1_000, out -> {
            for (int i = 0; i < 11; i++) {
                out.write("y".repeat(100));
            }
        });
        // then: refused, and the one before is kept whole
        assertThat(tooLong.getLeft().code()).isEqualTo("store.snapshot.too-large");
        assertThat(tooLong.getLeft().detail("max")).contains("1000");
        assertThat(log.latestSnapshot("s", (v, sv, r) -> Either.right(v + ":" + text(r).length())).get())
                .contains(new EventLog.Snapshot<>(1, "1:1000"));

        // and through a holder: snapshots too large are given up, the updates go on, a restart replays
        StoreSettings small = new StoreSettings(AsoJson.create(), 2, 10_000, 500);
        Aggregate<Register> aggregate = Aggregate.register(CorrespondenceFixtures.general());
        StoredState<Register> general = EventStore.on(dataSource(), small).open("register/small", aggregate).get();
        for (int i = 0; i < 6; i++) {
            int n = i;
            assertThat(general.update(r -> r.register(letter(n), clerk(n))).isRight()).isTrue();
        }
        assertThat(count("SELECT COUNT(*) FROM aso_snapshot WHERE stream = ?", "register/small")).isEqualTo(0);
        Register again = EventStore.on(dataSource(), small).open("register/small", aggregate).get().get();
        assertThat(again.snapshot()).isEqualTo(general.get().snapshot());
        assertThat(again.entries()).hasSize(6);
    }

    @Test
    void aLargeSnapshot_isWrittenAndReadWhole() {
        EventLog log = log(1_000);
        log.append("s", "text", 0, texts("a"));
        String large = "0123456789".repeat(400_000);
        // when
        assertThat(log.writeSnapshot("s", 1, 1, StoreSettings.MAX_SNAPSHOT_LENGTH, out -> {
            for (int i = 0; i < 400_000; i++) {
                out.write("0123456789");
            }
        })).isEqualTo(Either.right(true));
        // then
        assertThat(log.latestSnapshot("s", (v, sv, r) -> Either.right(text(r))).get().get().value()).isEqualTo(large);
    }

    @Test
    void aDatabaseFailure_isUnavailable_withTheSqlStateAndNeverTheValues() {
        // given: the events table gone
        execute("DROP TABLE aso_snapshot");
        execute("DROP TABLE aso_event");
        EventLog log = log(1_000);
        // when
        Either<Problem, Long> appended = log.append("s", "text", 0, texts("Objet confidentiel"));
        Either<Problem, Long> read = log.read("s", 0, row -> Optional.empty());
        // then
        for (Problem p : List.of(appended.getLeft(), read.getLeft())) {
            assertThat(p.code()).isEqualTo("store.unavailable");
            assertThat(p.detail("sqlState")).isPresent().get().asString().hasSize(5);
            assertThat(p.detail("stream")).contains("s");
            assertThat(p.toString()).doesNotContain("confidentiel").doesNotContain("aso_event");
        }
        assertThat(appended.getLeft().detail("operation")).contains("appending");
        assertThat(log.stream("s").get()).isEmpty();
    }

    // ------------------------------------------------------------------ streams

    @Test
    void open_aBadStreamName_isInvalid() {
        EventStore store = store();
        Aggregate<NoticeLog> notices = Aggregate.noticeLog();
        for (String bad : List.of("", "   ", "a".repeat(201), "line\nbreak", "nul\u0000", "half\ud800")) {
            assertThat(store.open(bad, notices).getLeft().code()).as(bad).isEqualTo("store.stream.invalid");
        }
        assertThat(store.openTrail("tab\there").getLeft().code()).isEqualTo("store.stream.invalid");
        // trimmed, and 200 characters is enough
        assertThat(store.open("  notices  ", notices).get().stream()).isEqualTo("notices");
        assertThat(store.open("n".repeat(200), notices).isRight()).isTrue();
    }

    @Test
    void open_aStreamOfAnotherKind_isAKindMismatch() {
        EventStore store = store();
        StoredState<Register> general = store.open("register/general",
                Aggregate.register(CorrespondenceFixtures.general())).get();
        assertThat(general.update(r -> r.register(letter(0), clerk(0))).isRight()).isTrue();
        // when
        Problem p = store.open("register/general", Aggregate.noticeLog()).getLeft();
        Problem trail = store.openTrail("register/general").getLeft();
        // then
        assertThat(p.code()).isEqualTo("store.stream.kind-mismatch");
        assertThat(p.detail("kind")).contains("register");
        assertThat(p.detail("expected")).contains("notice-log");
        assertThat(trail.code()).isEqualTo("store.stream.kind-mismatch");
    }

    // ------------------------------------------------------------------ each aggregate, kept whole

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static org.aso.core.correspondence.Registration letter(int i) {
        return CorrespondenceFixtures.letter(MONDAY.plusDays(i / 10), "Demande " + i).build();
    }

    private static Context clerk(int i) {
        return CorrespondenceFixtures.clerkOn(MONDAY.plusDays(i / 10));
    }

    @Test
    void aRegister_keptInTheStore_opensAgainTheSame_fromSnapshotOrFromEveryEvent() {
        Aggregate<Register> aggregate = Aggregate.register(CorrespondenceFixtures.general());
        StoredState<Register> general = store(4).open("register/general", aggregate).get();
        // when: letters registered, one assigned, one cancelled
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int n = i;
            entries.add(general.update(r -> r.register(letter(n), clerk(n))).get().entry());
        }
        general.update(r -> r.assign(entries.get(1).id(), DossierFixtures.OFFICER, org.aso.core.correspondence.Assignment.Purpose.ACTION,
                clerk(2))).get();
        general.update(r -> r.cancel(entries.get(2).id(), "Registered twice", clerk(3))).get();
        // then
        assertThat(general.version()).isEqualTo(9);
        assertThat(general.get().snapshot().entries()).hasSize(7);
        assertKeptWhole("register/general", aggregate, general, Register::snapshot);
    }

    @Test
    void aDossierBook_keptInTheStore_opensAgainTheSame() {
        Aggregate<DossierBook> aggregate = Aggregate.dossierBook(DossierFixtures.rules());
        StoredState<DossierBook> book = store(2).open("dossiers", aggregate).get();
        for (String id : List.of("d-1", "d-2", "d-3")) {
            book.update(b -> b.open(DossierFixtures.openCommand(id, DossierFixtures.GENERAL).build(),
                    DossierFixtures.ctx("2026-05-04T09:00"))).get();
        }
        book.update(b -> b.decide(DossierId.of("d-2"), new DossierCommand.Transfer(DossierFixtures.HEAD, "for signature"),
                DossierFixtures.ctx("2026-05-04T10:00"))).get();
        book.update(b -> b.decide(DossierId.of("d-3"), new DossierCommand.Close(), DossierFixtures.ctx("2026-05-05T10:00")))
                .get();
        assertThat(book.get().snapshot().dossiers()).hasSize(3);
        assertKeptWhole("dossiers", aggregate, book, DossierBook::snapshot);
    }

    @Test
    void anAgenda_keptInTheStore_opensAgainTheSame() {
        Aggregate<Agenda> aggregate = Aggregate.agenda(AgendaFixtures.rooms(), AgendaFixtures.equipment());
        StoredState<Agenda> agenda = store(3).open("agenda", aggregate).get();
        ZonedDateTime nine = AgendaFixtures.STEPS_MONDAY.plusHours(1);
        Context ctx = AgendaFixtures.STEPS_CONTEXT;
        agenda.update(a -> a.book(AgendaFixtures.meeting("m1", AgendaFixtures.SMALL, nine, 60, "p1").build(), ctx)).get();
        agenda.update(a -> a.book(AgendaFixtures.meeting("m2", AgendaFixtures.LARGE, nine, 60, "p2")
                .addEquipment(AgendaFixtures.FIXED_PROJECTOR).build(), ctx)).get();
        agenda.update(a -> a.move(MeetingId.of("m1"), nine.plusHours(2), nine.plusHours(3), ctx)).get();
        // the slot m1 left is free again; the one it took is not
        agenda.update(a -> a.book(AgendaFixtures.meeting("m3", AgendaFixtures.SMALL, nine, 60, "p3").build(), ctx)).get();
        assertThat(agenda.update(a -> a.book(AgendaFixtures.meeting("m4", AgendaFixtures.SMALL, nine.plusHours(2), 30, "p4")
                .build(), ctx)).getLeft().code()).isEqualTo("agenda.room.double-booked");
        assertThat(agenda.version()).isEqualTo(4);
        assertKeptWhole("agenda", aggregate, agenda, Agenda::snapshot);
    }

    @Test
    void aNoticeLog_keptInTheStore_opensAgainTheSame_andNoNoticeIsGivenTwice() {
        Escalation escalation = Escalation.of(EscalationPolicy.defaults(), KernelFixtures.paris(), PriorityFixtures.orgChart());
        Aggregate<NoticeLog> aggregate = Aggregate.noticeLog();
        StoredState<NoticeLog> notices = store(5).open("notices", aggregate).get();
        List<org.aso.core.priority.Task> tasks = List.of(PriorityFixtures.replyToDeputy());
        Instant late = Instant.parse("2024-05-21T12:00:00Z");
        Context ctx = Context.of(late, PriorityFixtures.OFFICER, Clearance.none());
        int first = notices.update(log -> escalation.evaluate(log, tasks, ctx)).get().events().size();
        // when: the next round, from a fresh store, gives nothing new but its evaluation
        StoredState<NoticeLog> again = store(5).open("notices", aggregate).get();
        int second = again.update(log -> escalation.evaluate(log, tasks, Context.of(late.plusSeconds(3600),
                PriorityFixtures.OFFICER, Clearance.none()))).get().events().size();
        // then
        assertThat(first).isGreaterThan(1);
        assertThat(second).isEqualTo(1);
        again.update(log -> log.reset(tasks.get(0).id(), Context.of(late.plusSeconds(7200), PriorityFixtures.OFFICER,
                Clearance.none()))).get();
        assertKeptWhole("notices", aggregate, again, NoticeLog::snapshot);
    }

    @Test
    void phoneAndVisitorLogsAndSlips_keptInTheStore_openAgainTheSame() {
        List<LogFixtures.Step> steps = List.of(
                new LogFixtures.Step(LogFixtures.Kind.ADD, 10, 0, 2, 1),
                new LogFixtures.Step(LogFixtures.Kind.ADD, 20, 1, 1, 2),
                new LogFixtures.Step(LogFixtures.Kind.CLOSE, 30, 2, 1, 0),
                new LogFixtures.Step(LogFixtures.Kind.ADD, 40, 0, 2, 1));
        Aggregate<PhoneLog> phone = Aggregate.phoneLog(LogFixtures.PHONE);
        Aggregate<VisitorLog> visitors = Aggregate.visitorLog(LogFixtures.RECEPTION);
        Aggregate<TransmissionSlips> slips = Aggregate.transmissionSlips(LogFixtures.emptySlips());
        StoredState<PhoneLog> p = store(3).open("phone", phone).get();
        StoredState<VisitorLog> v = store(3).open("visitors", visitors).get();
        StoredState<TransmissionSlips> s = store(3).open("slips", slips).get();
        for (LogFixtures.Step step : steps) {
            assertThat(p.update(log -> LogFixtures.apply(log, step)).map(c -> true)).as("phone " + step)
                    .isEqualTo(Either.right(true));
            assertThat(v.update(log -> LogFixtures.apply(log, step)).map(c -> true)).as("visitor " + step)
                    .isEqualTo(Either.right(true));
            assertThat(s.update(book -> LogFixtures.apply(book, step)).map(c -> true)).as("slip " + step)
                    .isEqualTo(Either.right(true));
        }
        assertThat(List.of(p.version(), v.version(), s.version())).containsOnly(4L);
        assertKeptWhole("phone", phone, p, PhoneLog::snapshot);
        assertKeptWhole("visitors", visitors, v, VisitorLog::snapshot);
        assertKeptWhole("slips", slips, s, TransmissionSlips::snapshot);
    }

    /**
     * A fresh store on the same database opens the stream with the same state and version, from its
     * latest snapshot and the events after it; and from every event once the snapshots are gone.
     */
    private <S> void assertKeptWhole(String stream, Aggregate<S> aggregate, StoredState<S> holder,
                                     Function<S, Object> snapshot) {
        Object expected = snapshot.apply(holder.get());
        assertThat(count("SELECT COUNT(*) FROM aso_snapshot WHERE stream = ?", stream)).as("snapshots of " + stream)
                .isEqualTo(1);
        assertThat(longValue("SELECT version FROM aso_snapshot WHERE stream = ?", stream)).as("events after the snapshot")
                .isPositive().isLessThan(holder.version());
        StoredState<S> again = store().open(stream, aggregate).get();
        assertThat(again.version()).isEqualTo(holder.version());
        assertThat(snapshot.apply(again.get())).isEqualTo(expected);
        execute("DELETE FROM aso_snapshot WHERE stream = ?", stream);
        StoredState<S> replayed = store().open(stream, aggregate).get();
        assertThat(replayed.version()).isEqualTo(holder.version());
        assertThat(snapshot.apply(replayed.get())).isEqualTo(expected);
    }

    @Test
    void aDecisionWithNoEvent_changesNothingStored() {
        StoredState<NoticeLog> notices = store().open("notices", Aggregate.noticeLog()).get();
        // when: a decision that records nothing
        Either<Problem, NoticeLog.Change> none = notices.update(log -> Either.right(new NoticeLog.Change(log, List.of())));
        // then
        assertThat(none.isRight()).isTrue();
        assertThat(notices.version()).isZero();
        assertThat(count("SELECT COUNT(*) FROM aso_stream")).isZero();
    }

    @Test
    void aRefusedDecision_isReturned_andNothingIsStored() {
        StoredState<Register> general = store().open("register/general",
                Aggregate.register(CorrespondenceFixtures.general())).get();
        Problem refusal = Problem.of("correspondence.entry.unknown", "no");
        Either<Problem, Register.Registered> refused = general.update(r -> Either.left(refusal));
        assertThat(refused).isEqualTo(Either.left(refusal));
        assertThat(count("SELECT COUNT(*) FROM aso_event")).isZero();
    }

    @Test
    void theSnapshotPolicy_writesOneEveryNEvents_andKeepsTheLatest() {
        StoredState<Register> general = store(4).open("register/general",
                Aggregate.register(CorrespondenceFixtures.general())).get();
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            general.update(r -> r.register(letter(n), clerk(n))).get();
            versions.add(longValue("SELECT MAX(version) FROM aso_snapshot WHERE stream = ?", "register/general"));
        }
        assertThat(versions).containsExactly(0L, 0L, 0L, 4L, 4L, 4L, 4L, 8L, 8L, 8L);
        assertThat(count("SELECT COUNT(*) FROM aso_snapshot")).isEqualTo(1);
    }

    // ------------------------------------------------------------------ bad stored rows

    @Test
    void aCorruptedEventPayload_isTheJsonProblem_withTheStreamAndVersion() {
        StoredState<Register> general = store().open("register/general",
                Aggregate.register(CorrespondenceFixtures.general())).get();
        for (int i = 0; i < 3; i++) {
            int n = i;
            general.update(r -> r.register(letter(n), clerk(n))).get();
        }
        // when
        execute("UPDATE aso_event SET payload = ? WHERE stream = ? AND version = ?", "{\"type\":\"MailRegis", "register/general", 2L);
        Problem p = store().open("register/general", Aggregate.register(CorrespondenceFixtures.general())).getLeft();
        // then
        assertThat(p.code()).startsWith("json.");
        assertThat(p.detail("stream")).contains("register/general");
        assertThat(p.detail("version")).contains("2");
        // and the holder that is already open reports it when it catches up
        execute("UPDATE aso_stream SET version = 4 WHERE name = ?", "register/general");
        execute("INSERT INTO aso_event (stream, version, type, schema_version, recorded_at, payload) VALUES (?, ?, ?, ?, ?, ?)",
                "register/general", 4L, "MailRegistered", 1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), "[1,");
        Problem caught = general.refresh().getLeft();
        assertThat(caught.code()).startsWith("json.");
        assertThat(caught.detail("version")).contains("4");
    }

    @Test
    void anEventThatDoesNotFit_isReplayInconsistent_withItsVersion() {
        Aggregate<Register> aggregate = Aggregate.register(CorrespondenceFixtures.general());
        StoredState<Register> general = store().open("register/general", aggregate).get();
        Register.Registered first = general.update(r -> r.register(letter(0), clerk(0))).get();
        general.update(r -> r.register(letter(1), clerk(1))).get();
        // when: the first registration appended again, as if written by a broken writer
        EventLog log = log(1_000);
        assertThat(log.append("register/general", "register", 2, StoredState.rows(codec, first.events())).isRight()).isTrue();
        Either<Problem, StoredState<Register>> opened = store().open("register/general", aggregate);
        Either<Problem, Register.Registered> update = general.update(r -> r.register(letter(2), clerk(2)));
        // then
        for (Problem p : List.of(opened.getLeft(), update.getLeft())) {
            assertThat(p.code()).isEqualTo("store.replay.inconsistent");
            assertThat(p.detail("version")).contains("3");
            assertThat(p.detail("cause")).contains("correspondence.replay.inconsistent");
        }
    }

    @Test
    void aSnapshotOfAnotherRegister_orUnreadable_isRefused() {
        Aggregate<Register> aggregate = Aggregate.register(CorrespondenceFixtures.general());
        StoredState<Register> general = store(1).open("register/general", aggregate).get();
        general.update(r -> r.register(letter(0), clerk(0))).get();
        RegisterSnapshot stored = general.get().snapshot();
        // when: the snapshot replaced by one of another register
        RegisterSnapshot other = new RegisterSnapshot(RegisterId.of("OTHER"), stored.entries(), stored.counters());
        execute("UPDATE aso_snapshot SET payload = ? WHERE stream = ?", codec.write(other), "register/general");
        Problem p = store().open("register/general", aggregate).getLeft();
        // then
        assertThat(p.code()).isEqualTo("store.snapshot.invalid");
        assertThat(p.detail("stream")).contains("register/general");
        assertThat(p.detail("version")).contains("1");
        // and one that does not read
        execute("UPDATE aso_snapshot SET payload = ? WHERE stream = ?", "{", "register/general");
        assertThat(store().open("register/general", aggregate).getLeft().code()).startsWith("json.");
    }

    // ------------------------------------------------------------------ the audit trail

    private static AuditFixtures.Recorded audited(int i) {
        return AuditFixtures.event(AuditFixtures.MONDAY_9AM.plusSeconds(60L * i), "clerk", "dossier.transferred",
                DossierId.of("d-" + i), "to", "p-" + i);
    }

    @Test
    void aTrail_keptInTheStore_opensAgainVerified_fromSnapshotOrRows() {
        StoredTrail trail = store(3).openTrail("audit").get();
        for (int i = 0; i < 4; i++) {
            assertThat(trail.append(List.of(audited(2 * i), audited(2 * i + 1))).isRight()).isTrue();
        }
        // then
        assertThat(trail.get().size()).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM aso_event WHERE stream = ? AND type = 'AuditEntry'", "audit")).isEqualTo(8);
        assertThat(longValue("SELECT MAX(version) FROM aso_snapshot WHERE stream = ?", "audit")).isEqualTo(6);
        StoredTrail again = store().openTrail("audit").get();
        assertThat(again.get()).isEqualTo(trail.get());
        execute("DELETE FROM aso_snapshot WHERE stream = ?", "audit");
        assertThat(store().openTrail("audit").get().get()).isEqualTo(trail.get());
        // a time going backwards is refused by the trail, and nothing is appended
        assertThat(again.append(List.of(audited(0))).getLeft().code()).isEqualTo("audit.time.backwards");
        assertThat(again.append(List.of(audited(9))).get().size()).isEqualTo(9);
        assertThat(trail.refresh().get().size()).isEqualTo(9);
    }

    @Test
    void aTamperedAuditRow_isAChainBroken() {
        StoredTrail trail = store().openTrail("audit").get();
        trail.append(List.of(audited(0), audited(1), audited(2))).get();
        AuditEntry second = trail.get().entry(2).get();
        // when: the second entry's details changed in the database, its hash kept
        AuditEntry forged = forged(second, second.actor(), Map.of("to", "p-666"));
        execute("UPDATE aso_event SET payload = ? WHERE stream = ? AND version = ?", codec.write(forged), "audit", 2L);
        Problem p = store().openTrail("audit").getLeft();
        // then
        assertThat(p.code()).isEqualTo("audit.chain.broken");
        assertThat(p.detail("sequence")).contains("2");
        assertThat(p.detail("stream")).contains("audit");
        // put back, the trail opens again
        execute("UPDATE aso_event SET payload = ? WHERE stream = ? AND version = ?", codec.write(second), "audit", 2L);
        assertThat(store().openTrail("audit").map(StoredTrail::get)).isEqualTo(Either.right(trail.get()));
    }

    @Test
    void aTrailWhoseLastRowsAreDeleted_isRefused() {
        StoredTrail trail = store(2).openTrail("audit").get();
        trail.append(List.of(audited(0), audited(1))).get();
        trail.append(List.of(audited(2))).get();
        assertThat(longValue("SELECT MAX(version) FROM aso_snapshot WHERE stream = ?", "audit")).isEqualTo(2);
        // when: the last entry deleted, after the snapshot of the first two
        execute("DELETE FROM aso_event WHERE stream = ? AND version = ?", "audit", 3L);
        Problem p = store().openTrail("audit").getLeft();
        // then
        assertThat(p.code()).isEqualTo("store.replay.inconsistent");
        assertThat(p.detail("version")).contains("3");
        assertThat(p.detail("reason")).contains("missing");
    }

    @Test
    void aTrailCatchingUp_withAnotherWritersTamperedEntry_isAChainBroken() {
        StoredTrail one = store().openTrail("audit").get();
        StoredTrail two = store().openTrail("audit").get();
        one.append(List.of(audited(0))).get();
        two.append(List.of(audited(1))).get();
        AuditEntry entry = two.get().entry(2).get();
        execute("UPDATE aso_event SET payload = ? WHERE stream = ? AND version = ?",
                codec.write(forged(entry, org.aso.core.kernel.PersonId.of("mallory"), entry.details())),
                "audit", 2L);
        // when: the first holder catches up
        Either<Problem, AuditTrail> caught = one.append(List.of(audited(2)));
        // then
        assertThat(caught.getLeft().code()).isEqualTo("audit.chain.broken");
        assertThat(count("SELECT COUNT(*) FROM aso_event WHERE stream = ?", "audit")).isEqualTo(2);
    }

    /** The entry with another actor and details, its hashes kept. */
    private static AuditEntry forged(AuditEntry e, org.aso.core.kernel.PersonId actor, Map<String, String> details) {
        return AuditEntry.builder().sequence(e.sequence()).at(e.at()).actor(actor).action(e.action())
                .subjectType(e.subjectType()).subject(e.subject()).putAllDetails(details)
                .previousHash(e.previousHash()).hash(e.hash()).build();
    }

    // ------------------------------------------------------------------ races between holders

    @Test
    void manyHolders_registeringIntoOneRegister_useEveryNumberOnceWithoutGaps() throws Exception {
        int threads = 8;
        int each = 25;
        Aggregate<Register> aggregate = Aggregate.register(CorrespondenceFixtures.general());
        List<StoredState<Register>> holders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            holders.add(store(25).open("register/race", aggregate).get());  // one holder per thread, as one per JVM
        }
        List<Long> numbers = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier together = new CyclicBarrier(threads);   // each round starts at once: appends collide
        run(threads, t -> {
            for (int i = 0; i < each; i++) {
                await(together);
                int n = t * each + i;
                Register.Registered r = holders.get(t).update(reg -> reg.register(letter(n % 50), clerk(n % 50))).get();
                numbers.add(r.entry().number().sequence());
            }
        });
        // then
        int total = threads * each;
        assertThat(numbers).hasSize(total).doesNotHaveDuplicates();
        assertThat(numbers.stream().mapToLong(Long::longValue).max().getAsLong()).isEqualTo(total);
        StoredState<Register> reopened = store().open("register/race", aggregate).get();
        assertThat(reopened.version()).isEqualTo(total);
        List<Long> stored = reopened.get().snapshot().entries().stream().map(e -> e.number().sequence()).toList();
        assertThat(stored).isEqualTo(java.util.stream.LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(holders.stream().mapToLong(StoredState::conflicts).sum()).as("conflicts").isPositive();
    }

    @Test
    void manyHolders_racingForOneRoom_oneBookingWinsEachRace() throws Exception {
        int threads = 8;
        int races = 15;
        Aggregate<Agenda> aggregate = Aggregate.agenda(AgendaFixtures.rooms(), AgendaFixtures.equipment());
        List<StoredState<Agenda>> holders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            holders.add(store().open("agenda/race", aggregate).get());
        }
        CyclicBarrier together = new CyclicBarrier(threads);
        Map<Integer, AtomicInteger> wins = new ConcurrentHashMap<>();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        run(threads, t -> {
            for (int race = 0; race < races; race++) {
                ZonedDateTime start = AgendaFixtures.STEPS_MONDAY.plusDays(race % 5).plusHours(1 + race / 5);
                String id = "r" + race + "-t" + t;
                await(together);
                Either<Problem, Agenda.Change> booked = holders.get(t).update(a -> a.book(
                        AgendaFixtures.meeting(id, AgendaFixtures.SMALL, start, 30, "p" + t).build(), AgendaFixtures.STEPS_CONTEXT));
                if (booked.isRight()) {
                    wins.computeIfAbsent(race, r -> new AtomicInteger()).incrementAndGet();
                } else {
                    refusals.merge(booked.getLeft().code(), 1, Integer::sum);
                }
            }
        });
        // then
        assertThat(wins).hasSize(races);
        assertThat(wins.values()).allSatisfy(w -> assertThat(w.get()).isEqualTo(1));
        assertThat(refusals).containsOnlyKeys("agenda.room.double-booked");
        assertThat(refusals.get("agenda.room.double-booked")).isEqualTo(races * (threads - 1));
        StoredState<Agenda> reopened = store().open("agenda/race", aggregate).get();
        assertThat(reopened.get().snapshot().meetings()).hasSize(races);
        assertThat(holders.stream().mapToLong(StoredState::conflicts).sum()).as("conflicts").isPositive();
    }

    @Test
    void manyHolders_appendingToOneTrail_keepOneChain() throws Exception {
        int threads = 4;
        int each = 10;
        List<StoredTrail> holders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            holders.add(store(7).openTrail("audit/race").get());
        }
        CyclicBarrier together = new CyclicBarrier(threads);   // each round starts at once: appends collide
        run(threads, t -> {
            for (int i = 0; i < each; i++) {
                await(together);
                // the same instant for all: a trail refuses only an event dated before its last entry
                assertThat(holders.get(t).append(List.of(audited(0))).isRight()).isTrue();
            }
        });
        AuditTrail trail = store().openTrail("audit/race").get().get();
        assertThat(trail.size()).isEqualTo(threads * each);
        assertThat(AuditTrail.verify(trail.entries()).isIntact()).isTrue();
        assertThat(holders.stream().mapToLong(StoredTrail::conflicts).sum()).as("conflicts").isPositive();
    }

    // ------------------------------------------------------------------ failures

    @Test
    void anAppendThatFailsMidway_leavesTheStreamAsItWas_andTheHolderRecovers() {
        FailingDataSource failing = new FailingDataSource(dataSource());
        Aggregate<Register> aggregate = Aggregate.register(CorrespondenceFixtures.general());
        EventStore store = EventStore.on(failing, new StoreSettings(AsoJson.create(), 1_000, 10));
        StoredState<Register> general = store.open("register/general", aggregate).get();
        general.update(r -> r.register(letter(0), clerk(0))).get();
        general.update(r -> r.register(letter(1), clerk(1))).get();
        // when: the connection drops when the events are inserted, after the stream's row moved
        failing.failAt("INSERT INTO aso_event", 1);
        Either<Problem, Register.Registered> failed = general.update(r -> r.register(letter(2), clerk(2)));
        // then
        assertThat(failing.failures()).isEqualTo(1);
        assertThat(failed.getLeft().code()).isEqualTo("store.unavailable");
        assertThat(failed.getLeft().detail("sqlState")).contains("08006");
        assertThat(count("SELECT COUNT(*) FROM aso_event")).isEqualTo(2);
        assertThat(longValue("SELECT version FROM aso_stream WHERE name = ?", "register/general")).isEqualTo(2);
        assertThat(general.version()).isEqualTo(2);
        // and the holder goes on: the next registration takes number 3
        assertThat(general.update(r -> r.register(letter(2), clerk(2))).get().entry().number().sequence()).isEqualTo(3);
        assertThat(store().open("register/general", aggregate).get().get().snapshot())
                .isEqualTo(general.get().snapshot());
    }

    @Test
    void aSnapshotThatFailsToWrite_doesNotFailTheUpdate() {
        FailingDataSource failing = new FailingDataSource(dataSource());
        EventStore store = EventStore.on(failing, new StoreSettings(AsoJson.create(), 2, 10));
        Aggregate<Register> aggregate = Aggregate.register(CorrespondenceFixtures.general());
        StoredState<Register> general = store.open("register/general", aggregate).get();
        general.update(r -> r.register(letter(0), clerk(0))).get();
        failing.failAt("INSERT INTO aso_snapshot", 1);
        // when
        Either<Problem, Register.Registered> second = general.update(r -> r.register(letter(1), clerk(1)));
        // then
        assertThat(failing.failures()).isEqualTo(1);
        assertThat(second.isRight()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM aso_snapshot")).isZero();
        assertThat(count("SELECT COUNT(*) FROM aso_event")).isEqualTo(2);
        general.update(r -> r.register(letter(2), clerk(2))).get();
        general.update(r -> r.register(letter(3), clerk(3))).get();
        assertThat(longValue("SELECT MAX(version) FROM aso_snapshot WHERE stream = ?", "register/general")).isEqualTo(4);
    }

    @Test
    void aStreamOutpacedBeyondTheAttempts_isContention() {
        EventStore store = EventStore.on(dataSource(), new StoreSettings(AsoJson.create(), 1_000, 3));
        Aggregate<Register> aggregate = Aggregate.register(CorrespondenceFixtures.general());
        StoredState<Register> slow = store.open("register/general", aggregate).get();
        StoredState<Register> fast = store.open("register/general", aggregate).get();
        AtomicInteger runs = new AtomicInteger();
        // when: each time the slow holder decides, the fast one appends first
        Either<Problem, Register.Registered> outpaced = slow.update(r -> {
            int n = runs.incrementAndGet();
            fast.update(f -> f.register(letter(n), clerk(n))).get();
            return r.register(letter(0), clerk(0));
        });
        // then
        assertThat(outpaced.getLeft().code()).isEqualTo("store.contention");
        assertThat(outpaced.getLeft().detail("attempts")).contains("3");
        assertThat(runs.get()).isEqualTo(3);
        assertThat(slow.conflicts()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM aso_event")).isEqualTo(3);
    }

    // ------------------------------------------------------------------ helpers

    private interface Work {
        void run(int thread) throws Exception;
    }

    private static void run(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    work.run(thread);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(java.io.Reader r) {
        try {
            java.io.StringWriter out = new java.io.StringWriter();
            r.transferTo(out);
            return out.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void execute(String sql, Object... args) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long longValue(String sql, Object... args) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    int count(String sql, Object... args) {
        return (int) longValue(sql, args);
    }
}
