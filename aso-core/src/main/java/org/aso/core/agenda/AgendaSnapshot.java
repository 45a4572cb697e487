package org.aso.core.agenda;

import java.util.List;

/**
 * The contents of an {@link Agenda}, for a host to store: its rooms, its equipment and its
 * meetings (cancelled ones included, each with its sequence number, answers and the changes of its
 * series). The reservations are not stored: {@link Agenda#restore} works them out again from the
 * meetings and refuses contents that break what the agenda keeps.
 *
 * <pre>{@code
 * AgendaSnapshot s = agenda.snapshot();            // store s.schemaVersion() beside it
 * Agenda back = Agenda.restore(s).get();           // equals agenda
 * }</pre>
 *
 * <h2>Versions</h2>
 * This is version {@value #SCHEMA_VERSION} of the snapshot's schema: these three lists with the
 * fields of {@link Room}, {@link Equipment} and {@link Meeting}. A store writes the version beside
 * the snapshot; a later version of this library reads an older snapshot by upgrading it to the
 * current shape before {@link Agenda#restore} (a new field gets the value the older agenda
 * implied). Within version 1 no field is renamed or removed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rooms the rooms
 * @param equipment the pieces of equipment
 * @param meetings the meetings, cancelled ones included
 */
public record AgendaSnapshot(List<Room> rooms, List<Equipment> equipment, List<Meeting> meetings) {
    /** The version of this schema. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A snapshot; the lists are copied.
     *
     * @param rooms the rooms
     * @param equipment the pieces of equipment
     * @param meetings the meetings, cancelled ones included
     */
    public AgendaSnapshot {
        rooms = List.copyOf(rooms);
        equipment = List.copyOf(equipment);
        meetings = List.copyOf(meetings);
    }

    /** {@return the version of the schema this snapshot follows: {@value #SCHEMA_VERSION}} */
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
