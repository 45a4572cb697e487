package org.aso.core.dossier;

import java.util.Map;
import java.util.Objects;
import org.aso.core.internal.EventDetails;

/** Helpers for the event records: null checks and details in a stable order. */
final class Events {
    private Events() {}

    /** Checks name/value pairs for null, naming the first null one. */
    static void requireNonNull(Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Objects.requireNonNull(namesAndValues[i + 1], (String) namesAndValues[i]);
        }
    }

    /** Key/value pairs as an unmodifiable map in the order given; values via {@code String.valueOf}. */
    static Map<String, String> details(Object... keysAndValues) {
        return EventDetails.of(keysAndValues);
    }
}
