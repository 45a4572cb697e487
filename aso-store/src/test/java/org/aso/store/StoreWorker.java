package org.aso.store;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.equipment;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.aso.core.fixtures.AgendaFixtures.rooms;
import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.general;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;

import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aso.core.agenda.Agenda;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.Problem;
import org.aso.store.json.AsoJson;

/**
 * A JVM of its own that works on a PostgreSQL database through {@link EventStore} and
 * {@link StoredState}, started by {@link ManyJvmsTest}. It talks through lines: it prints
 * {@code ready} once its stream is open and waits for {@code go}; prints one line per decision
 * ({@code ok}, {@code won}, {@code lost}); prints {@code done} and waits for {@code final}, then reads
 * the stream again, writes the state's snapshot as JSON to {@code <folder>/<name>.json} and prints
 * {@code final <version> <conflicts>} (how many of its appends lost a race). A store problem is printed as {@code error <code>} and ends it with exit
 * code 3.
 *
 * <p>Command line: {@code port database folder name mode count}; the modes are
 * <ul>
 *   <li>{@code register}: {@code count} decisions (for ever if negative), each registering a batch of one
 *       to three letters (decision {@code d} registers {@code 1 + d % 3}) as one decision, all or none;
 *       it prints {@code try <d>} before and {@code ok <d> <number>,<number>...} after. With a negative count it goes on until the file
 *       {@code <folder>/stop} exists. The letters' subjects say whose they are:
 *       {@code <name> <d> <i>/<k>}.</li>
 *   <li>{@code book}: {@code count} races; race {@code r} books the large room from
 *       {@link #RACE_START} plus {@code r} hours for an hour, as meeting {@code <name>-<r>}; it prints
 *       {@code won <r>} or {@code lost <r> <code>}.</li>
 *   <li>{@code migrate}: waits for {@code go}, applies the schema ({@link EventStore#migrate()}) and prints
 *       {@code final <schema version>}.</li>
 *   <li>{@code load}: no decision; it writes the register's snapshot at once and prints {@code final}.</li>
 * </ul>
 */
final class StoreWorker {
    /** The register every worker numbers into. */
    static final String REGISTER = "register/general";
    /** The agenda every worker books in. */
    static final String AGENDA = "agenda/building-b2";
    /** The day every letter is received and registered. */
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    /** When the first race's meeting starts. */
    static final ZonedDateTime RACE_START = ZonedDateTime.of(2026, 3, 10, 8, 0, 0, 0, KernelFixtures.PARIS);
    /** A snapshot every 40 events, so that the workers write and read snapshots while they race. */
    static final int SNAPSHOT_EVERY = 40;
    /** A letter's subject, as the register keeps it: who, which decision, which part of how many. */
    static final Pattern SUBJECT = Pattern.compile("(\\S+) (\\d+) (\\d+)/(\\d+)");

    private StoreWorker() {
    }

    /**
     * Several registrations decided as one: the register after all of them, and their events.
     *
     * @param register the register after the batch
     * @param events the batch's events, one per letter
     */
    record Batch(Register register, List<EntryEvent> events) implements Outcome<Register> {
        @Override
        public Register state() {
            return register;
        }
    }

    /** {@return the register for these letters, registered in order as one decision; or the first refusal} */
    static Either<Problem, Batch> registerAll(Register register, String name, int decision, Context ctx) {
        int parts = 1 + decision % 3;
        Register r = register;
        List<EntryEvent> events = new ArrayList<>();
        for (int i = 1; i <= parts; i++) {
            Either<Problem, Register.Registered> one = r.register(letter(DAY, name + " " + decision + " " + i + "/" + parts).build(), ctx);
            if (one.isLeft()) {
                return Either.left(one.getLeft());
            }
            r = one.get().register();
            events.addAll(one.get().events());
        }
        return Either.right(new Batch(r, List.copyOf(events)));
    }

    /** {@return the store settings every worker and the test use} */
    static StoreSettings settings() {
        return new StoreSettings(AsoJson.create(), SNAPSHOT_EVERY, 10_000);
    }

    /** {@return the register aggregate every worker and the test use} */
    static Aggregate<Register> register() {
        return Aggregate.register(general());
    }

    /** {@return the agenda aggregate every worker and the test use} */
    static Aggregate<Agenda> agenda() {
        return Aggregate.agenda(rooms(), equipment());
    }

    /**
     * Runs one worker; see the class documentation.
     *
     * @param args port, database, folder, name, mode, count
     * @throws IOException if standard input or the snapshot file fails
     */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        String database = args[1];
        Path folder = Path.of(args[2]);
        String name = args[3];
        String mode = args[4];
        int count = Integer.parseInt(args[5]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        EventStore store = EventStore.on(PostgresServer.dataSource(port, database), settings());
        switch (mode) {
            case "register" -> {
                StoredState<Register> state = orExit(store.open(REGISTER, register()));
                say("ready");
                expect(in, "go");
                Context ctx = clerkOn(DAY);
                for (int d = 0; count >= 0 ? d < count : !Files.exists(folder.resolve("stop")); d++) {
                    int decision = d;
                    say("try " + d);
                    Batch done = orExit(state.update(r -> registerAll(r, name, decision, ctx)));
                    say("ok " + d + " " + done.events().stream()
                            .map(e -> Long.toString(((EntryEvent.MailRegistered) e).mail().number().sequence()))
                            .collect(Collectors.joining(",")));
                }
                say("done");
                expect(in, "final");
                Register last = orExit(state.refresh());
                write(folder.resolve(name + ".json"), last.snapshot());
                say("final " + state.version() + " " + state.conflicts());
            }
            case "book" -> {
                StoredState<Agenda> state = orExit(store.open(AGENDA, agenda()));
                say("ready");
                expect(in, "go");
                Context ctx = Context.of(RACE_START.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
                for (int r = 0; r < count; r++) {
                    var req = meeting(name + "-" + r, LARGE, RACE_START.plusHours(r), 60, "attendee-" + name).build();
                    Either<Problem, Agenda.Change> result = state.update(a -> a.book(req, ctx));
                    if (result.isRight()) {
                        say("won " + r);
                    } else if (result.getLeft().code().startsWith("store.")) {
                        orExit(result);
                    } else {
                        say("lost " + r + " " + result.getLeft().code());
                    }
                }
                say("done");
                expect(in, "final");
                Agenda last = orExit(state.refresh());
                write(folder.resolve(name + ".json"), last.snapshot());
                say("final " + state.version() + " " + state.conflicts());
            }
            case "migrate" -> {
                say("ready");
                expect(in, "go");
                say("final " + orExit(store.migrate()));
            }
            case "load" -> {
                StoredState<Register> state = orExit(store.open(REGISTER, register()));
                write(folder.resolve(name + ".json"), state.get().snapshot());
                say("final " + state.version());
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    /** {@return the numbers of the letters of decision {@code d} of worker {@code name} in a register, in register order} */
    static List<Long> numbersOf(Register register, String name, int d) {
        List<Long> numbers = new ArrayList<>();
        for (Entry e : register.entries()) {
            Matcher m = SUBJECT.matcher(e.subject().orElse(""));
            if (m.matches() && m.group(1).equals(name) && Integer.parseInt(m.group(2)) == d) {
                numbers.add(e.number().sequence());
            }
        }
        return numbers;
    }

    private static void write(Path file, Object snapshot) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            settings().json().write(snapshot, out);
        }
    }

    private static <T> T orExit(Either<Problem, T> result) {
        if (result.isLeft()) {
            say("error " + result.getLeft().code() + " " + result.getLeft().message());
            System.exit(3);
        }
        return result.get();
    }

    private static void expect(BufferedReader in, String word) throws IOException {
        String line = in.readLine();
        if (!word.equals(line)) {
            System.err.println("expected " + word + ", read " + line);
            System.exit(4);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
