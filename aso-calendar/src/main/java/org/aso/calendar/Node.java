package org.aso.calendar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One component of text read by {@link ContentParser}: its name, its properties in order and the
 * components inside it. Names are upper case; values are raw (still escaped). Filled while
 * parsing, read-only afterwards; nothing of ical4j is kept.
 */
final class Node {
    /**
     * One property.
     *
     * @param name the name, upper case
     * @param params the parameters by upper-case name (the first of a repeated name), values without quotes
     * @param value the raw value, as written (TEXT escapes still in)
     * @param line the line (of the text as sent) where it starts
     */
    record Prop(String name, Map<String, String> params, String value, int line) {
        Optional<String> param(String key) {
            return Optional.ofNullable(params.get(key));
        }
    }

    private final String name;
    private final int line;
    final List<Prop> props = new ArrayList<>();
    final List<Node> children = new ArrayList<>();

    Node(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    List<Prop> props() {
        return Collections.unmodifiableList(props);
    }

    List<Node> children() {
        return Collections.unmodifiableList(children);
    }

    /** The first property of that name. */
    Optional<Prop> prop(String propName) {
        for (Prop p : props) {
            if (p.name().equals(propName)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every property of that name, in order. */
    List<Prop> all(String propName) {
        List<Prop> out = new ArrayList<>();
        for (Prop p : props) {
            if (p.name().equals(propName)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The components of that name inside this one, in order. */
    List<Node> children(String childName) {
        List<Node> out = new ArrayList<>();
        for (Node c : children) {
            if (c.name().equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }
}
