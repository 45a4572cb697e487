package org.aso.core.agenda;

import java.util.List;

/**
 * The contents of an {@link Agenda}, for a host to store: its rooms, its equipment, its
 * meetings (cancelled ones included, each with its sequence number, answers and the changes of its
 * series) and the outages of its rooms and equipment. The reservations are not stored:
 * {@link Agenda#restore} works them out again from the meetings and refuses contents that break what
 * the agenda keeps.
 *
 * <pre>{@code
 * AgendaSnapshot s = agenda.snapshot();            // store s.schemaVersion() beside it
 * Agenda back = Agenda.restore(s).get();           // equals agenda
 * }</pre>
 *
 * <h2>Versions</h2>
 * This is version {@value #SCHEMA_VERSION} of the snapshot's schema: these four lists with the
 * fields of {@link Room}, {@link Equipment}, {@link Meeting} and {@link ResourceOutage}. A store writes
 * the version beside the snapshot; a later version of this library reads an older snapshot by
 * upgrading it to the current shape before {@link Agenda#restore} (a new field gets the value the
 * older agenda implied). Within version 1 no field is renamed or removed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rooms the rooms
 * @param equipment the pieces of equipment
 * @param meetings the meetings, cancelled ones included
 * @param outages the rooms and equipment out of service, and when
 */
public record AgendaSnapshot(List<Room> rooms, List<Equipment> equipment, List<Meeting> meetings,
                             List<ResourceOutage> outages) {
    /** The version of this schema. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A snapshot; the lists are copied.
     *
     * @param rooms the rooms
     * @param equipment the pieces of equipment
     * @param meetings the meetings, cancelled ones included
     * @param outages the rooms and equipment out of service, and when
     */
    public AgendaSnapshot {
        rooms = List.copyOf(rooms);
        equipment = List.copyOf(equipment);
        meetings = List.copyOf(meetings);
        outages = List.copyOf(outages);
    }

    /**
     * A snapshot with no room or piece of equipment out of service; the lists are copied.
     *
     * @param rooms the rooms
     * @param equipment the pieces of equipment
     * @param meetings the meetings, cancelled ones included
     */
    public AgendaSnapshot(List<Room> rooms, List<Equipment> equipment, List<Meeting> meetings) {
        this(rooms, equipment, meetings, List.of());
    }

    /** {@return the version of the schema this snapshot follows: {@value #SCHEMA_VERSION}} */
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /**
     * {@return the same contents with other rooms and equipment (a host's configuration, which wins over
     * the stored one)}
     *
     * @param rooms the rooms
     * @param equipment the pieces of equipment
     */
    public AgendaSnapshot withConfiguration(List<Room> rooms, List<Equipment> equipment) {
        return new AgendaSnapshot(rooms, equipment, meetings, outages);
    }
}
