package org.aso.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aso.core.correspondence.Alert;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryStatus;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registration;
import org.aso.core.kernel.Context;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "What is due or overdue at T" on a register of 1,000,000 entries received over four years
 * (about 1,000 a working day). Replies go out before the due day (97%), a few days late (3%) or
 * never (0.2%); what was answered before T is closed. The indexed query is compared with a
 * straightforward scan of every entry on the same register.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class DueQueryBenchmark {
    static final int ENTRIES = 1_000_000;
    static final LocalDate FIRST = LocalDate.of(2022, 1, 3);
    static final LocalDate LAST = LocalDate.of(2025, 12, 12);
    static final LocalDate NOW = LocalDate.of(2025, 12, 15);

    Register register;
    Instant at;
    LocalDate today;
    int expected;

    @Setup(Level.Trial)
    public void setUp() {
        register = build(ENTRIES);
        at = RegisterData.clerkAt(NOW, 60).at();
        today = register.today(at);
        expected = register.dueAt(at).size();
        System.err.println("register: " + register.size() + " entries, " + register.openWithDeadline()
                + " open with a deadline, " + expected + " due soon or overdue at " + at);
        if (expected != scan().size()) {
            throw new IllegalStateException("Index and scan disagree: " + expected + " vs " + scan().size());
        }
    }

    /** Builds a register of {@code size} entries received between 2022 and mid-December 2025. */
    static Register build(int size) {
        Register r = Register.of(RegisterData.settings());
        var cal = r.settings().calendar();
        SplittableRandom random = new SplittableRandom(11);
        long span = java.time.temporal.ChronoUnit.DAYS.between(FIRST, LAST);
        List<Registration> letters = null;
        LocalDate lettersDay = null;
        for (int i = 0; i < size; i++) {
            LocalDate day = FIRST.plusDays(span * i / size);
            if (!day.equals(lettersDay)) {
                letters = RegisterData.letters(day);
                lettersDay = day;
            }
            Context ctx = RegisterData.clerkAt(day, i % 400);
            Register.Registered reg = r.register(letters.get(i & 63), ctx).getOrElseThrow(p -> new IllegalStateException(p.toString()));
            r = reg.register();
            // most replies go out a few working days before the due day, 3% a few days late, 0.2% never
            int roll = random.nextInt(1000);
            if (roll < 2) {
                continue;
            }
            LocalDate due = reg.entry().replyDue().orElseThrow();
            LocalDate answered = roll < 32 ? cal.plusWorkingDays(due, 1 + random.nextInt(5))
                    : cal.minusWorkingDays(due, random.nextInt(Math.min(10, reg.entry().replyWithinWorkingDays().get())));
            if (answered.isBefore(NOW)) {
                r = r.changeStatus(reg.entry().id(), EntryStatus.CLOSED, ctx).get().register();
            }
        }
        return r;
    }

    /** The indexed query. */
    @Benchmark
    public List<Alert> dueAt() {
        return register.dueAt(at);
    }

    /** The reference: look at every entry. */
    @Benchmark
    public List<Entry> scan() {
        LocalDate horizon = register.settings().calendar().plusWorkingDays(today, register.settings().alertLeadWorkingDays());
        List<Entry> out = new ArrayList<>();
        for (Entry e : register.entries()) {
            if (e.isOpen() && e.replyDue().isPresent() && !e.replyDue().get().isAfter(horizon)) {
                out.add(e);
            }
        }
        return out;
    }
}
