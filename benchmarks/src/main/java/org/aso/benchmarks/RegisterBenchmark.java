package org.aso.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterId;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.correspondence.Registration;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.SharedState;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingWeek;
import org.aso.core.numbering.NumberingScheme;

/** Shared data for the register benchmarks: a Paris general register and realistic letters. */
final class RegisterData {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final PersonId CLERK = PersonId.of("clerk");

    private RegisterData() {}

    static RegisterSettings settings() {
        BusinessCalendar cal = BusinessCalendar.of(PARIS,
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30")),
                FrenchHolidays.metropolitan());
        return RegisterSettings.builder()
                .id(RegisterId.of("GEN")).code("A").name("Courrier général")
                .numbering(NumberingScheme.chronological())
                .calendar(cal)
                .acknowledgeWithinWorkingDays(5)
                .putReplyWithinByDocumentType("parliamentary-question", 10)
                .build();
    }

    static Context clerkAt(LocalDate day, int minute) {
        Instant at = day.atTime(LocalTime.of(9, 0).plusMinutes(minute)).atZone(PARIS).toInstant();
        return Context.of(at, CLERK, Clearance.of(Confidentiality.RESTRICTED));
    }

    /** 64 distinct letters: senders, subjects, grades and document types as a general register sees them. */
    static List<Registration> letters(LocalDate receivedOn) {
        String[] grades = {"normal", "normal", "normal", "urgent", "very-urgent"};
        String[] senders = {"Mairie de Lyon", "Préfecture du Rhône", "M. Jean Dupont", "Assemblée nationale",
                "Cour des comptes", "Association des usagers", "Conseil régional", "Mme Claire Petit"};
        List<Registration> out = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 64; i++) {
            Registration.Builder b = Registration.builder();
            b.direction(Direction.INCOMING)
                    .channel(Channel.values()[random.nextInt(Channel.values().length)])
                    .receivedOn(receivedOn)
                    .letterDate(receivedOn.minusDays(random.nextInt(1, 6)))
                    .sender(Contact.builder().name(senders[i % senders.length]).build())
                    .subject("Demande n° " + (1000 + i) + " relative au dossier " + senders[(i * 3) % senders.length])
                    .grade(grades[random.nextInt(grades.length)]);
            if (i % 16 == 0) {
                b.documentType("parliamentary-question");
            }
            out.add(b.build());
        }
        return out;
    }
}

/**
 * Registering 1,000,000 entries into one register through the thread-safe holder, with one and
 * with two threads; each invocation starts from an empty register.
 */
@org.openjdk.jmh.annotations.State(org.openjdk.jmh.annotations.Scope.Benchmark)
@org.openjdk.jmh.annotations.BenchmarkMode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
@org.openjdk.jmh.annotations.OutputTimeUnit(TimeUnit.MILLISECONDS)
@org.openjdk.jmh.annotations.Warmup(iterations = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 5)
@org.openjdk.jmh.annotations.Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class RegisterBenchmark {
    static final int ENTRIES = 1_000_000;

    RegisterSettings settings;
    List<Registration> letters;
    Context ctx;

    @org.openjdk.jmh.annotations.Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void setUp() {
        settings = RegisterData.settings();
        LocalDate day = LocalDate.of(2026, 3, 2);
        letters = RegisterData.letters(day);
        ctx = RegisterData.clerkAt(day, 30);
    }

    static void registerInto(SharedState<Register> shared, List<Registration> letters, Context ctx, int from, int count) {
        for (int i = from; i < from + count; i++) {
            Registration letter = letters.get(i & 63);
            shared.update(r -> r.register(letter, ctx))
                    .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        }
    }

    /** One thread registers 1,000,000 letters. */
    @org.openjdk.jmh.annotations.Benchmark
    public Register register1M_1thread() {
        SharedState<Register> shared = SharedState.of(Register.of(settings));
        registerInto(shared, letters, ctx, 0, ENTRIES);
        return check(shared.get());
    }

    /** Two threads register 500,000 letters each into the same register. */
    @org.openjdk.jmh.annotations.Benchmark
    public Register register1M_2threads() throws InterruptedException {
        SharedState<Register> shared = SharedState.of(Register.of(settings));
        Thread a = new Thread(() -> registerInto(shared, letters, ctx, 0, ENTRIES / 2));
        Thread b = new Thread(() -> registerInto(shared, letters, ctx, ENTRIES / 2, ENTRIES / 2));
        a.start();
        b.start();
        a.join();
        b.join();
        return check(shared.get());
    }

    static Register check(Register r) {
        if (r.size() != ENTRIES || r.entries().get(ENTRIES - 1).number().sequence() != ENTRIES) {
            throw new IllegalStateException("Lost registrations: " + r.size());
        }
        return r;
    }
}
