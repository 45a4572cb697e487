package org.aso.store.json;

import java.util.Set;

/**
 * The catalogue of types that have a JSON form: every public value, event, command and snapshot
 * of aso-core. Aggregates ({@code Register}, {@code Agenda}, ...) have none of their own: they are
 * stored as their events and their snapshots.
 */
public final class JsonTypes {
    private JsonTypes() {
    }

    /** {@return every type with a JSON form} */
    public static Set<Class<?>> all() {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the event families (sealed types whose records carry a schema version)} */
    public static Set<Class<?>> eventFamilies() {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the snapshot types} */
    public static Set<Class<?>> snapshots() {
        throw new UnsupportedOperationException("not yet");
    }
}
