package org.aso.core.correspondence;

import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Page;
import org.aso.core.kernel.Problem;

/**
 * The registers a section keeps side by side (general mail, parliamentary questions,
 * right-to-information requests, court cases...), each with its own numbering and delays,
 * searched together.
 *
 * <pre>{@code
 * Registers all = Registers.of(List.of(general, questions, rti));
 * all.find(EntryQuery.builder().overdueAt(now).build(), ctx);                 // every register
 * all.find(EntryQuery.builder().addRegisters(RegisterId.of("PQ")).build(), ctx); // one of them
 * }</pre>
 *
 * <p>Like each register, the set is rebuilt from the events of all its registers
 * ({@link #replay}) or restored from their snapshots ({@link #restore}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Registers {
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::registeredAt)
            .thenComparing(e -> e.register().value()).thenComparingLong(Entry::position);

    private final TreeMap<String, Register> byId;

    private Registers(TreeMap<String, Register> byId) {
        this.byId = byId;
    }

    /**
     * The given registers.
     *
     * @param registers the registers
     * @return the set
     * @throws IllegalArgumentException if two share an id
     */
    public static Registers of(Collection<Register> registers) {
        TreeMap<String, Register> map = TreeMap.empty();
        for (Register r : registers) {
            String id = r.settings().id().value();
            if (map.containsKey(id)) {
                throw new IllegalArgumentException("Two registers have the id " + id);
            }
            map = map.put(id, r);
        }
        return new Registers(map);
    }

    /**
     * The registers that the decisions producing {@code events} left, from empty registers with
     * {@code settings}: each event goes to the register it names ({@link Register#evolve}), so the
     * events of several registers may come interleaved, oldest first.
     *
     * @param settings the settings of every register
     * @param events the events, oldest first
     * @return the registers, or the first event that does not fit:
     *     {@code correspondence.replay.inconsistent} with the details of {@link Register#evolve}
     *     and {@code index} (its place in {@code events}, from 0); an event of a register not in
     *     {@code settings} does not fit
     * @throws IllegalArgumentException if two settings share an id
     */
    public static Either<Problem, Registers> replay(Collection<RegisterSettings> settings,
                                                    Iterable<? extends EntryEvent> events) {
        Objects.requireNonNull(events, "events");
        Registers all = of(settings.stream().map(Register::of).toList());
        int index = 0;
        for (EntryEvent e : events) {
            Either<Problem, Registers> next = all.evolve(e);
            if (next.isLeft()) {
                return Either.left(next.getLeft().with("index", index));
            }
            all = next.get();
            index++;
        }
        return Either.right(all);
    }

    /**
     * The set with one more event applied to the register it names.
     *
     * @param event the next event
     * @return the registers after the event, or {@code correspondence.replay.inconsistent} (details
     *     {@code action}, {@code entry}, {@code reason}) if the set has no such register or the event
     *     does not fit it ({@link Register#evolve})
     */
    public Either<Problem, Registers> evolve(EntryEvent event) {
        Objects.requireNonNull(event, "event");
        Optional<Register> r = get(event.register());
        if (r.isEmpty()) {
            String reason = "there is no register " + event.register();
            return Either.left(Problem.of("correspondence.replay.inconsistent",
                            "Event " + event.action() + " on " + event.entry() + " does not fit: " + reason)
                    .with("action", event.action()).with("entry", event.entry()).with("reason", reason));
        }
        return r.get().evolve(event).map(this::with);
    }

    /** {@return the snapshot of each register ({@link Register#snapshot()}), by register id} Costs a copy of every entry list. */
    public List<RegisterSnapshot> snapshot() {
        return byId.values().map(Register::snapshot).asJava();
    }

    /**
     * The registers the snapshots hold, each checked as {@link Register#restore} checks it, every
     * problem at once.
     *
     * @param settings the settings of every register, each with its snapshot in {@code snapshots}
     * @param snapshots what the host stored, one snapshot per register
     * @return the registers, or every problem found: those of each register's restore, and
     *     {@code correspondence.restore.duplicate-register} (two settings or two snapshots of one
     *     register), {@code correspondence.restore.unknown-register} (a snapshot of a register with
     *     no settings), {@code correspondence.restore.missing-register} (settings with no snapshot:
     *     a register the host did not save is not restored empty), each with the detail
     *     {@code register}
     */
    public static Either<List<Problem>, Registers> restore(Collection<RegisterSettings> settings,
                                                           Collection<RegisterSnapshot> snapshots) {
        List<Problem> problems = new ArrayList<>();
        Map<RegisterId, RegisterSnapshot> byRegister = new LinkedHashMap<>();
        for (RegisterSnapshot s : snapshots) {
            if (byRegister.putIfAbsent(s.register(), s) != null) {
                problems.add(Problem.of("correspondence.restore.duplicate-register",
                        "Two snapshots of register " + s.register()).with("register", s.register()));
            }
        }
        Set<RegisterId> configured = new HashSet<>();
        List<Register> restored = new ArrayList<>();
        for (RegisterSettings rs : settings) {
            if (!configured.add(rs.id())) {
                problems.add(Problem.of("correspondence.restore.duplicate-register",
                        "Two settings of register " + rs.id()).with("register", rs.id()));
                continue;
            }
            RegisterSnapshot s = byRegister.get(rs.id());
            if (s == null) {
                problems.add(Problem.of("correspondence.restore.missing-register",
                        "No snapshot of register " + rs.id()).with("register", rs.id()));
                continue;
            }
            Register.restore(rs, s).peek(restored::add).peekLeft(problems::addAll);
        }
        for (RegisterId id : byRegister.keySet()) {
            if (!configured.contains(id)) {
                problems.add(Problem.of("correspondence.restore.unknown-register",
                        "A snapshot of register " + id + ", which has no settings").with("register", id));
            }
        }
        return problems.isEmpty() ? Either.right(of(restored)) : Either.left(List.copyOf(problems));
    }

    /**
     * {@return the register with this id}
     *
     * @param id the register's id
     */
    public Optional<Register> get(RegisterId id) {
        return byId.get(id.value()).toJavaOptional();
    }

    /**
     * {@return the same set with {@code register} added or replaced (by id)}
     *
     * @param register the register
     */
    public Registers with(Register register) {
        return new Registers(byId.put(register.settings().id().value(), register));
    }

    /** {@return every register, by id} */
    public List<Register> all() {
        return byId.values().asJava();
    }

    /**
     * Searches the registers named by the query (all if none): entries in order of registration
     * (then register id, then place in its register), redacted for the viewer, a page at a time.
     *
     * @param q the criteria and the page
     * @param viewer who looks, with what clearance
     * @return the page of entries
     */
    public Page<Entry> find(EntryQuery q, Context viewer) {
        List<Entry> matching = new ArrayList<>();
        for (Register r : byId.values()) {
            r.matching(q, viewer).forEach(matching::add);
        }
        matching.sort(ORDER);
        int from = Math.min(q.offset(), matching.size());
        int to = Math.min(from + q.limit(), matching.size());
        return Page.of(List.copyOf(matching.subList(from, to)), from, matching.size());
    }

    /** True if {@code o} holds equal registers ({@link Register#equals}). Costs a pass over every register. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Registers other && byId.equals(other.byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "Registers" + byId.keySet().toJavaList();
    }
}
