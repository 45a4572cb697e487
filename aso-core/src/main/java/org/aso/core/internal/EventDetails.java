package org.aso.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The text details of a domain event, shared by every event family of core. Not exported. */
public final class EventDetails {
    private EventDetails() {}

    /**
     * Key/value pairs as an unmodifiable map in the order given; values via {@code String.valueOf}.
     *
     * @param keysAndValues a key (a {@code String}), then its value, and so on
     * @return the map
     */
    public static Map<String, String> of(Object... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], String.valueOf(keysAndValues[i + 1]));
        }
        return Collections.unmodifiableMap(m);
    }
}
