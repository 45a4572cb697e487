package org.aso.core.correspondence;

import io.vavr.collection.TreeMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Page;

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

    /** The register with this id. */
    public Optional<Register> get(RegisterId id) {
        return byId.get(id.value()).toJavaOptional();
    }

    /** The same set with {@code register} added or replaced (by id). */
    public Registers with(Register register) {
        return new Registers(byId.put(register.settings().id().value(), register));
    }

    /** Every register, by id. */
    public List<Register> all() {
        return byId.values().asJava();
    }

    /**
     * Searches the registers named by the query (all if none): entries in order of registration
     * (then register id, then place in its register), redacted for the viewer, a page at a time.
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
}
