package org.aso.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSnapshot;
import org.aso.core.kernel.DomainEvent;
import org.aso.store.json.AsoJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * aso-store's JSON: an event written and read back ({@code AsoJson.write} then {@code read} as its
 * family), over events of every family made by real decisions ({@link EventMix}); and a register's
 * snapshot of 10,000 entries written, read, and read then restored as a register.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBenchmark {
    /** Events in the rotation of {@link #roundTrip()}. */
    static final int EVENTS = 2_000;
    /** Entries of the snapshot. */
    static final int SNAPSHOT_ENTRIES = 10_000;

    /** {@code mix} (every family in its share) or one family's simple name. */
    @Param({"mix", "EntryEvent", "DossierEvent", "MeetingEvent", "EscalationEvent", "PhoneLogEvent", "VisitorLogEvent",
            "TransmissionSlipEvent"})
    public String events;

    AsoJson json;
    List<EventMix.Sample> samples;
    int next;
    RegisterSnapshot snapshot;
    String snapshotJson;

    /** Makes the events, the snapshot and its JSON. */
    @Setup(Level.Trial)
    public void setUp() {
        json = AsoJson.create();
        samples = events.equals("mix") ? EventMix.mix(EVENTS) : EventMix.of(EventMix.FAMILIES.stream()
                .filter(f -> f.getSimpleName().equals(events)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(events)), EVENTS);
        snapshot = RegisterHistory.build(SNAPSHOT_ENTRIES).register().snapshot();
        snapshotJson = json.write(snapshot);
    }

    /** One event written and read back (the next of the rotation). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DomainEvent roundTrip() {
        EventMix.Sample s = samples.get(next);
        next = next + 1 == samples.size() ? 0 : next + 1;
        return roundTrip(json, s);
    }

    static DomainEvent roundTrip(AsoJson json, EventMix.Sample s) {
        return json.read(json.write(s.event()), s.family())
                .getOrElseThrow(p -> new IllegalStateException(p.code() + " " + p.details()));
    }

    /** The snapshot of a register of 10,000 entries written. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String snapshotWrite() {
        return json.write(snapshot);
    }

    /** The same snapshot read. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RegisterSnapshot snapshotRead() {
        return json.read(snapshotJson, RegisterSnapshot.class)
                .getOrElseThrow(p -> new IllegalStateException(p.code() + " " + p.details()));
    }

    /** The same snapshot read and restored as a register (its invariants checked), as a store's load does. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Register snapshotReadAndRestore() {
        return Register.restore(RegisterData.settings(), snapshotRead())
                .getOrElseThrow(ps -> new IllegalStateException(ps.get(0).code()));
    }
}
