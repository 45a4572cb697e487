package org.aso.store.json;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The forms of optional values, collections and maps. */
final class Containers {
    private Containers() {
    }

    /** An {@code Optional}: left out when empty; missing or null reads as empty. */
    static final class Opt extends Shape {
        private final Shape inner;

        Opt(Type type, Shape inner) {
            super(type);
            this.inner = inner;
        }

        @Override
        void write(Object value, JsonGenerator out) {
            Optional<?> o = (Optional<?>) value;
            if (o.isPresent()) {
                inner.write(o.get(), out);
            } else {
                out.writeNull();
            }
        }

        @Override
        Object read(JsonParser in, Loc at) {
            return in.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(inner.read(in, at));
        }

        @Override
        Object absent() {
            return Optional.empty();
        }

        @Override
        boolean omitted(Object value) {
            return ((Optional<?>) value).isEmpty();
        }

        @Override
        String expected() {
            return inner.expected() + " or nothing";
        }
    }

    /** What kind of collection an array is read into. */
    enum Kind { LIST, SET, SORTED_SET }

    /** A list or set: an array; sets of comparable elements are written sorted. */
    static final class Coll extends Shape {
        private final Kind kind;
        private final Shape element;

        Coll(Type type, Kind kind, Shape element) {
            super(type);
            this.kind = kind;
            this.element = element;
        }

        @Override
        void write(Object value, JsonGenerator out) {
            Collection<?> c = (Collection<?>) value;
            if (kind == Kind.SET && c.size() > 1 && !(c instanceof SortedSet) && comparable(c)) {
                List<Object> sorted = new ArrayList<>(c);
                sorted.sort(null);
                c = sorted;
            }
            out.writeStartArray(c, c.size());
            for (Object e : c) {
                if (e == null) {
                    throw new IllegalArgumentException("A collection of " + name(type) + " holds null");
                }
                element.write(e, out);
            }
            out.writeEndArray();
        }

        private static boolean comparable(Collection<?> c) {
            for (Object e : c) {
                if (!(e instanceof Comparable)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object read(JsonParser in, Loc at) {
            if (in.currentToken() != JsonToken.START_ARRAY) {
                throw invalid(in, at);
            }
            Collection<Object> out = kind == Kind.LIST ? new ArrayList<>()
                    : kind == Kind.SET ? new LinkedHashSet<>() : new TreeSet<>();
            int i = 0;
            while (in.nextToken() != JsonToken.END_ARRAY) {
                Loc here = at.index(i++);
                Object e = element.read(in, here);
                if (!out.add(e)) {
                    throw fail("json.value.invalid", "The set at '" + at.pointer() + "' holds an element twice",
                            here, element.type);
                }
            }
            switch (kind) {
                case LIST: return Collections.unmodifiableList((List<Object>) out);
                case SET: return Collections.unmodifiableSet((Set<Object>) out);
                default: return Collections.unmodifiableSortedSet((SortedSet) out);
            }
        }

        @Override
        Object absent() {
            switch (kind) {
                case LIST: return List.of();
                case SET: return Set.of();
                default: return Collections.emptySortedSet();
            }
        }

        @Override
        String expected() {
            return "an array of " + element.expected();
        }
    }

    /** A map: an object whose keys are the string form of the map's keys. */
    static final class Dict extends Shape {
        private final boolean sorted;
        private final Shape key;
        private final Shape value;

        Dict(Type type, boolean sorted, Shape key, Shape value) {
            super(type);
            this.sorted = sorted;
            this.key = key;
            this.value = value;
        }

        @Override
        void write(Object v, JsonGenerator out) {
            Map<?, ?> m = (Map<?, ?>) v;
            out.writeStartObject(m, m.size());
            if (m instanceof SortedMap || m.size() < 2) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    entry(e.getKey(), e.getValue(), key.toKey(e.getKey()), out);
                }
            } else { // in the order of the keys as written, whatever the map's order
                List<Map.Entry<String, Object>> keyed = new ArrayList<>(m.size());
                for (Object k : m.keySet()) {
                    keyed.add(Map.entry(k == null ? "" : key.toKey(k), k == null ? this : k));
                }
                keyed.sort(Map.Entry.comparingByKey());
                for (Map.Entry<String, Object> e : keyed) {
                    Object k = e.getValue() == this ? null : e.getValue();
                    entry(k, m.get(k), e.getKey(), out);
                }
            }
            out.writeEndObject();
        }

        private void entry(Object k, Object v, String name, JsonGenerator out) {
            if (k == null || v == null) {
                throw new IllegalArgumentException("A map of " + name(type) + " holds null");
            }
            out.writeName(name);
            value.write(v, out);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object read(JsonParser in, Loc at) {
            if (in.currentToken() != JsonToken.START_OBJECT) {
                throw invalid(in, at);
            }
            Map<Object, Object> out = sorted ? new TreeMap<>() : new LinkedHashMap<>();
            for (String name = in.nextName(); name != null; name = in.nextName()) {
                Loc here = at.field(name);
                Object k = key.fromKey(name, here);
                in.nextToken();
                if (out.put(k, value.read(in, here)) != null) {
                    throw fail("json.field.duplicate", "The key at '" + here.pointer() + "' is given twice", here,
                            key.type);
                }
            }
            return sorted ? Collections.unmodifiableSortedMap((SortedMap) out) : Collections.unmodifiableMap(out);
        }

        @Override
        Object absent() {
            return sorted ? Collections.emptySortedMap() : Map.of();
        }

        @Override
        String expected() {
            return "an object of " + value.expected();
        }
    }
}
