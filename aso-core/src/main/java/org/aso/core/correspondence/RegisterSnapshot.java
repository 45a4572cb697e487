package org.aso.core.correspondence;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a register holds, for a host to store and restore: its id, its entries whole in register
 * order, and its numbering counters (series key to the last number given, as
 * {@link org.aso.core.numbering.Numbering#snapshot()} gives them). The settings are not part of
 * it: they are the host's configuration, given again to {@link Register#restore}.
 *
 * <pre>{@code
 * RegisterSnapshot saved = register.snapshot();                 // store it
 * Either<List<Problem>, Register> back = Register.restore(settings, saved);
 * }</pre>
 *
 * <p>A snapshot is a plain value and may hold anything; {@link Register#restore} checks that it
 * is a register its decisions could have produced. Entries carry their content: store snapshots
 * with the protection of the register itself.
 *
 * <h2>Versions</h2>
 * This is version {@value #SCHEMA_VERSION} of the snapshot's schema (the components below and
 * those of {@link Entry} and the values it holds). Within a version nothing is renamed or removed
 * and nothing changes meaning; a later version that does increases {@code SCHEMA_VERSION}, and its
 * reader upgrades a snapshot stored with an older version (written next to it by the store) before
 * restoring it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param register the register's id
 * @param entries every entry in register order (position 1 first), cancelled ones included
 * @param counters the last number given in each series of the register's numbering scheme
 */
public record RegisterSnapshot(RegisterId register, List<Entry> entries, Map<String, Long> counters) {
    /** The version of this schema. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A snapshot; the lists and maps are copied.
     *
     * @param register the register's id
     * @param entries every entry, in register order
     * @param counters the last number given in each series, by series key
     * @throws NullPointerException if a component, an entry, a key or a value is null
     */
    public RegisterSnapshot {
        Objects.requireNonNull(register, "register");
        entries = List.copyOf(entries);
        counters = Map.copyOf(counters);
    }

    /** {@return {@value #SCHEMA_VERSION}: the version of the schema this snapshot follows} */
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    @Override
    public String toString() {
        return "RegisterSnapshot[" + register + ", " + entries.size() + " entries, " + counters.size() + " series]";
    }
}
